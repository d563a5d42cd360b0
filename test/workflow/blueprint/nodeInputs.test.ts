import { fileItem, run, useSandbox } from '../../harness/context';
import {
	IMAGE_NODE,
	LANGUAGE_NODE,
	NEW_VERSION,
	STYLE_NODE,
	execute,
	photoInSpanish,
} from './sandboxBlueprints';

/**
 * Blueprint → Execute's Node Inputs rows, checked before anything is paid for: what a mistyped row
 * is told, and that no item's run starts while another item's rows are wrong.
 */
describe('Blueprint → Execute: the Node Inputs rows', () => {
	const ctx = useSandbox({ generationDelayMs: 100 });
	const posts = () => ctx.sandbox.requests.filter((r: { method: string }) => r.method === 'POST');

	it.each([
		[
			'an empty node ID',
			[{ nodeId: ' ', settingName: 'text', value: 'x' }],
			'Node Inputs, input 1: "Node ID" is empty',
			/nodeId of the input/,
		],
		[
			'a setting name set by expression to something else',
			[{ nodeId: IMAGE_NODE, settingName: '={{ "image" }}', value: 'x' }],
			'Node Inputs, input 1: "Setting Name" is not one of text, imageUrl, textVariables: "image"',
			/settings a Blueprint input can have/,
		],
		[
			'an image URL that is not where the value starts',
			[{ nodeId: IMAGE_NODE, settingName: 'imageUrl', value: 'see https://cdn.leonardo.ai/a.jpg' }],
			'Node Inputs, input 1: an image needs an Input Binary Field or a URL in "Value"',
			/binary field/,
		],
		[
			'a node ID with the wrong setting',
			[{ nodeId: IMAGE_NODE, settingName: 'text', value: 'x' }, photoInSpanish[1]],
			`Node Inputs, input 1: version ${NEW_VERSION} has no input with node ID ${IMAGE_NODE} and setting text`,
			/The version's inputs/,
		],
		[
			'a text variable the node does not have',
			[
				photoInSpanish[0],
				{ nodeId: LANGUAGE_NODE, settingName: 'textVariables', variable: 'tongue', value: 'x' },
			],
			`Node Inputs, input 2: version ${NEW_VERSION} has no input with node ID ${LANGUAGE_NODE} and setting textVariables, variable "tongue"`,
			/variable "language"/,
		],
	])('refuses %s', async (_what, rows, message, description) => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[execute({ nodeInputs: { input: rows } })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message).toBe(message);
		expect(result.error.description).toMatch(description);
		expect(posts()).toEqual([]);
	});

	it('reads Variable and Input Binary Field trimmed, and refuses a Value that is not text', async () => {
		const { sandbox } = ctx;
		const rows = [
			{ nodeId: IMAGE_NODE, settingName: 'imageUrl', binaryPropertyName: ' data ' },
			{
				nodeId: LANGUAGE_NODE,
				settingName: 'textVariables',
				variable: ' language ',
				value: 'Spanish',
			},
		];
		const result = await run(
			sandbox,
			[execute({ nodeInputs: { input: rows }, downloadImages: false })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);

		const notText = await run(
			sandbox,
			[execute({ nodeInputs: { input: [{ ...rows[1], value: '={{ { a: 1 } }}' }] } })],
			[fileItem('photo-640x480.png')],
		);
		expect(notText.error?.message).toMatch(/^"Node Inputs, input 1: Value" /);
	});

	it('an image row naming a binary field the item lacks says which parameter names it', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				execute({
					nodeInputs: {
						input: [{ ...photoInSpanish[0], binaryPropertyName: 'photo' }, photoInSpanish[1]],
					},
				}),
			],
			[fileItem('photo-640x480.png')],
		);
		expect(`${result.error?.message} ${result.error?.description}`).toMatch(/Input Binary Field/);
		expect(posts()).toEqual([]);
	});

	it('with two required inputs missing, names both, and the variable a row needs', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				execute({
					nodeInputs: {
						input: [
							{ nodeId: STYLE_NODE, settingName: 'textVariables', variable: 'tone', value: 'warm' },
						],
					},
				}),
			],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message).toBe(
			`Version ${NEW_VERSION} needs inputs not given in Node Inputs`,
		);
		expect(result.error.description).toBe(
			`Missing: "Upload Image to Translate": node ID ${IMAGE_NODE}, setting imageUrl; "Target Language": node ID ${LANGUAGE_NODE}, setting textVariables, variable "language". Add a row for each (node ID, setting name, variable).`,
		);
	});

	it('with only an image missing, asks for no variable', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[execute({ nodeInputs: { input: [photoInSpanish[1]] } })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error.description).toBe(
			`Missing: "Upload Image to Translate": node ID ${IMAGE_NODE}, setting imageUrl. Add a row for each (node ID, setting name).`,
		);
	});

	it("a second item's file that is not an image stops the node before the first item's run starts", async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[execute()],
			[fileItem('photo-640x480.png'), fileItem('tone-1s.mp3', { property: 'data' })],
		);
		expect(result.error?.message).toMatch(/not a PNG, JPEG or WebP image/);
		expect(result.error.context?.itemIndex ?? result.error.itemIndex).toBe(1);
		expect(posts()).toEqual([]);
	});
});
