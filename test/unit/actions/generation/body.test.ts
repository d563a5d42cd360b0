import {
	buildGenerationBody,
	readModelId,
	readPrompt,
} from '../../../../nodes/LeonardoAi/actions/generation/body';
import { parameterContext } from '../../fakeContext';
import { checkV1Body } from '../../../sandbox/contract';
import '../../nodeLabels';

const CREATE = { resource: 'generation', operation: 'create' };
const context = parameterContext(CREATE);

const INIT_ID = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
const build = (options: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	buildGenerationBody.call(context, { prompt: 'a red fox', options, ...extra }, 0);

describe('buildGenerationBody (generation/body.ts)', () => {
	it("sends only what the user set, under Leonardo's wire names, and Leonardo's own schema accepts it", () => {
		const body = build(
			{
				alchemy: true,
				contrast: '3.5',
				guidanceScale: 7,
				negativePrompt: ' blurry ',
				numInferenceSteps: 30,
				presetStyle: 'CINEMATIC',
				scheduler: 'LEONARDO',
				sdVersion: 'SDXL_1_0',
				seed: 42,
				tiling: false,
				imagePrompts: `${INIT_ID}`,
				imageGuidance: {
					guidance: [
						{ imageId: INIT_ID, imageType: 'UPLOADED', preprocessorId: 67, strengthType: 'High' },
					],
				},
			},
			{
				width: 1024,
				height: 768,
				numImages: 2,
				initImageId: INIT_ID,
				initImageType: 'UPLOADED',
				initStrength: 0.4,
			},
		);
		expect(body).toStrictEqual({
			prompt: 'a red fox',
			width: 1024,
			height: 768,
			num_images: 2,
			init_image_id: INIT_ID,
			init_strength: 0.4,
			alchemy: true,
			contrast: 3.5,
			guidance_scale: 7,
			negative_prompt: 'blurry',
			num_inference_steps: 30,
			presetStyle: 'CINEMATIC',
			scheduler: 'LEONARDO',
			sd_version: 'SDXL_1_0',
			seed: 42,
			tiling: false,
			imagePrompts: [INIT_ID],
			controlnets: [
				{
					initImageId: INIT_ID,
					initImageType: 'UPLOADED',
					preprocessorId: 67,
					strengthType: 'High',
				},
			],
		});
		expect(checkV1Body('POST', '/generations', body)).toBeUndefined();
	});

	it('sends a generated image as init_generation_image_id and leaves empty options out', () => {
		const body = build(
			{ negativePrompt: '', presetStyle: '   ', seed: '', alchemy: '' },
			{ initImageId: INIT_ID, initImageType: 'GENERATED', initStrength: 0.5 },
		);
		expect(body).toStrictEqual({
			prompt: 'a red fox',
			init_generation_image_id: INIT_ID,
			init_strength: 0.5,
		});
		expect(checkV1Body('POST', '/generations', body)).toBeUndefined();
	});

	it('refuses a value of the wrong type or range, naming the option', () => {
		expect(() => build({ guidanceScale: 'lots' })).toThrow('Guidance Scale');
		expect(() => build({ numInferenceSteps: 61 })).toThrow('Number of Inference Steps');
		expect(() => build({ additionalFields: '{"prompt": "other"}' })).toThrow(
			'"Additional Body Fields (JSON)" sets "prompt"',
		);
	});

	it('sends nothing but the prompt when nothing else is set', () => {
		expect(build({})).toStrictEqual({ prompt: 'a red fox' });
		expect(build({ seed: undefined, unknownOption: 5 })).toStrictEqual({ prompt: 'a red fox' });
	});

	it('sends the model, a weight instead of a strength type, and the elements as checked', () => {
		const body = build(
			{
				styleUUID: ` ${INIT_ID} `,
				imageGuidance: {
					guidance: [
						{ imageId: ` ${INIT_ID} `, preprocessorId: 19, strengthType: 'weight', weight: '0.5' },
						{ imageId: ' ', preprocessorId: 'not checked: the row is empty' },
						{ imageId: INIT_ID, preprocessorId: 133 },
					],
				},
				imagePrompts: ` ${INIT_ID} , ,`,
			},
			{
				modelId: 'b2614463-296c-462a-9586-aafdb8f00e36',
				initImageId: INIT_ID,
				elementFields: { elements: [{ akUUID: INIT_ID, weight: 1 }] },
			},
		);
		expect(body).toStrictEqual({
			prompt: 'a red fox',
			modelId: 'b2614463-296c-462a-9586-aafdb8f00e36',
			init_image_id: INIT_ID,
			styleUUID: INIT_ID,
			controlnets: [
				{ initImageId: INIT_ID, initImageType: 'UPLOADED', preprocessorId: 19, weight: 0.5 },
				{
					initImageId: INIT_ID,
					initImageType: 'UPLOADED',
					preprocessorId: 133,
					strengthType: 'Mid',
				},
			],
			imagePrompts: [INIT_ID],
			elements: [{ akUUID: INIT_ID, weight: 1 }],
		});
	});

	const refusal = (run: () => unknown) => {
		try {
			run();
		} catch (error) {
			const { message, description } = error as { message: string; description: string };
			return { message, description };
		}
		throw new Error('nothing was refused');
	};

	it.each<[string, Record<string, unknown>, string]>([
		['alchemy as text', { alchemy: 'yes' }, '"Alchemy" must be true or false, not "yes"'],
		['contrast above 4.5', { contrast: 5 }, '"Contrast" must be a number from 1 to 4.5, not 5'],
		[
			'a negative prompt as a list',
			{ negativePrompt: ['x'] },
			'"Negative Prompt" must be text, not a list',
		],
		['a seed of -1', { seed: -1 }, '"Seed" must be a whole number from 0 to 4294967295, not -1'],
		[
			'a style that is no ID',
			{ styleUUID: 'Cinematic' },
			'"Style Name or ID" is not a Leonardo ID: "Cinematic"',
		],
		[
			'a guidance image that is no ID',
			{ imageGuidance: { guidance: [{ imageId: 'fox.png', preprocessorId: 19 }] } },
			'"Image Guidance (ControlNet) → Image ID" is not a Leonardo ID: "fox.png"',
		],
		[
			'a guidance image type that is not text',
			{ imageGuidance: { guidance: [{ imageId: INIT_ID, imageType: {}, preprocessorId: 19 }] } },
			'"Image Guidance (ControlNet) → Image Type" must be text, not an object',
		],
		[
			'preprocessor 0',
			{ imageGuidance: { guidance: [{ imageId: INIT_ID, preprocessorId: 0 }] } },
			'"Image Guidance (ControlNet) → Preprocessor Name or ID" must be a whole number of at least 1, not 0',
		],
		[
			'preprocessor 1.5',
			{ imageGuidance: { guidance: [{ imageId: INIT_ID, preprocessorId: 1.5 }] } },
			'"Image Guidance (ControlNet) → Preprocessor Name or ID" must be a whole number of at least 1, not 1.5',
		],
		[
			'a weight above 2',
			{
				imageGuidance: {
					guidance: [{ imageId: INIT_ID, preprocessorId: 19, strengthType: 'weight', weight: 2.5 }],
				},
			},
			'"Image Guidance (ControlNet) → Weight" must be a number from 0 to 2, not 2.5',
		],
		[
			'a strength type that is a list',
			{ imageGuidance: { guidance: [{ imageId: INIT_ID, preprocessorId: 19, strengthType: [] }] } },
			'"Image Guidance (ControlNet) → Strength" must be text, not a list',
		],
		[
			'image prompt IDs that are a list',
			{ imagePrompts: [INIT_ID] },
			'"Image Prompt IDs" must be text, not a list',
		],
		[
			'an image prompt ID that is no ID',
			{ imagePrompts: `${INIT_ID}, fox.png` },
			'"Image Prompt IDs" is not a Leonardo ID: "fox.png"',
		],
	])('refuses %s, naming the field', (_case, options, message) => {
		expect(refusal(() => build(options)).message).toBe(message);
	});

	it('says what an image prompt ID and a style should be', () => {
		expect(refusal(() => build({ imagePrompts: 'fox.png' })).description).toMatch(
			/Use uploaded init image IDs, separated by commas\.$/,
		);
		expect(refusal(() => build({ styleUUID: 'Cinematic' })).description).toMatch(
			/Pick one from the list\.$/,
		);
	});
});

describe('the model and the prompt, as Generation → Create reads them', () => {
	const model = (modelId: unknown) => readModelId.call(parameterContext({ ...CREATE, modelId }), 0);
	const prompt = (value: unknown, max?: number) =>
		readPrompt.call(parameterContext({ ...CREATE, prompt: value }), 0, max);

	it('takes the model from the list or by ID, trimmed; none when left empty', () => {
		expect(
			model({ __rl: true, mode: 'list', value: ' b2614463-296c-462a-9586-aafdb8f00e36 ' }),
		).toBe('b2614463-296c-462a-9586-aafdb8f00e36');
		expect(model({ __rl: true, mode: 'id', value: '  ' })).toBeUndefined();
	});

	it('refuses a model that is no ID, and says where to find one', () => {
		expect(() => model({ __rl: true, mode: 'id', value: 'Phoenix' })).toThrow(
			'"Model" is not a Leonardo ID: "Phoenix"',
		);
		expect(() => model({ __rl: true, mode: 'id', value: 'Phoenix' })).toThrow(
			expect.objectContaining({
				description: expect.stringMatching(
					/Pick a model from the list, or copy a model ID from "Model → Get Many"\.$/,
				),
			}),
		);
		expect(() => model({ __rl: true, mode: 'id', value: ['x'] })).toThrow(
			'"Model" must be text, not a list',
		);
	});

	it('trims the prompt; refuses one that is empty or longer than the limit, saying what to do', () => {
		expect(prompt('  a fox  ')).toBe('a fox');
		expect(prompt('x'.repeat(1500))).toHaveLength(1500);
		expect(prompt('abc', 3)).toBe('abc');
		expect(() => prompt('abcd', 3)).toThrow(
			expect.objectContaining({
				message: 'The prompt has 4 characters; Leonardo accepts at most 3',
				description: 'Shorten the prompt.',
			}),
		);
		expect(() => prompt('   ')).toThrow(
			expect.objectContaining({
				message: 'The prompt is empty',
				description:
					'Write what Leonardo should make in "Prompt", or map it from an earlier node with an expression.',
			}),
		);
		expect(() => prompt(null)).toThrow('"Prompt" must be text, not null');
	});
});
