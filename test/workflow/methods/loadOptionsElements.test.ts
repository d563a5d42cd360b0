import { useSandbox } from '../../harness/context';
import { callEditorList } from '../../harness/editorLists';

// Options → Elements of Generation → Create (parameter options.elements.element.id): the node's
// methods.loadOptions.getElements, called as n8n's editor calls it, against the sandbox.

type Sandbox = ReturnType<typeof useSandbox>['sandbox'];

/** The sandbox account's user ID (test/sandbox/common.js SANDBOX_USER). */
const USER_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

const getElements = async (sandbox: Sandbox, options: object = {}) =>
	await callEditorList(sandbox, 'loadOptions', 'getElements', {
		path: 'parameters.options.elements.element.id',
		parameters: { resource: 'generation', operation: 'create', prompt: 'a fox' },
		...options,
	});

const calls = (sandbox: Sandbox) =>
	sandbox.requests.map(({ method, path }: { method: string; path: string }) => `${method} ${path}`);

/** Leonardo's answer to one GET, instead of the sandbox's own. */
const answer = (sandbox: Sandbox, path: string | RegExp, body: object) =>
	(sandbox.faults as object[]).push({ server: 'api', method: 'GET', path, status: 200, body });

describe('Options → Elements lists Leonardo’s elements and the account’s trained ones', () => {
	const ctx = useSandbox();

	it('Leonardo’s elements by name, each with its base model and weight range; value: its akUUID', async () => {
		const { sandbox } = ctx;
		expect(await getElements(sandbox)).toEqual([
			{
				name: 'Glass Sculptures',
				value: '01b6184e-3905-4dc7-9ec6-4f09982536d5',
				description: 'SDXL_1_0; weight -1 to 2 (default 1)',
			},
			{
				name: 'Watercolor Wash',
				value: 'a2a6b9b0-8b1f-4c5d-9e6f-7a8b9c0d1e2f',
				description: 'FLUX_DEV; weight 0 to 1.5 (default 0.8)',
			},
		]);
		expect(calls(sandbox)).toEqual(['GET /elements', 'GET /me', `GET /elements/user/${USER_ID}`]);
	});

	it('the account’s finished elements marked "(trained)", value: their ID; all sorted by name; entries without an akUUID left out', async () => {
		const { sandbox } = ctx;
		answer(sandbox, '/elements', {
			loras: [
				{
					akUUID: '5f3b2a10-9c4e-4d2b-8f61-0a1b2c3d4e5f',
					name: 'Zebra Stripes',
					baseModel: 'SDXL_1_0',
					weightMin: -1,
					weightMax: 2,
					weightDefault: 1,
				},
				{
					akUUID: '0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
					weightMin: 0,
					weightMax: 1,
					weightDefault: 0.6,
				},
				null,
				{ name: 'Without ID', baseModel: 'FLUX_DEV', weightMin: 0, weightMax: 1 },
				{ akUUID: 7, name: 'Numbered', baseModel: 'FLUX_DEV', weightMin: 0, weightMax: 1 },
			],
		});
		answer(sandbox, `/elements/user/${USER_ID}`, {
			user_loras: [
				{ id: 100001, name: 'Mascot', baseModel: 'FLUX_DEV', status: 'COMPLETE' },
				{ id: 100002, status: 'COMPLETE' },
				{ id: 100003, name: 'Alpha', baseModel: 'FLUX_DEV', status: 'PENDING' },
			],
		});
		expect(await getElements(sandbox)).toEqual([
			{
				// No name: its akUUID; no base model: nothing before the weight range.
				name: '0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
				value: '0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
				description: 'weight 0 to 1 (default 0.6)',
			},
			{ name: '100002 (trained)', value: '100002', description: 'your element 100002' },
			{ name: 'Mascot (trained)', value: '100001', description: 'FLUX_DEV; your element 100001' },
			{
				name: 'Zebra Stripes',
				value: '5f3b2a10-9c4e-4d2b-8f61-0a1b2c3d4e5f',
				description: 'SDXL_1_0; weight -1 to 2 (default 1)',
			},
		]);
	});

	it('Leonardo listing no elements: only the trained ones', async () => {
		const { sandbox } = ctx;
		answer(sandbox, '/elements', {});
		answer(sandbox, `/elements/user/${USER_ID}`, {
			user_loras: [{ id: 100004, name: 'Only mine', baseModel: 'SDXL_1_0', status: 'COMPLETE' }],
		});
		expect(await getElements(sandbox)).toEqual([
			{
				name: 'Only mine (trained)',
				value: '100004',
				description: 'SDXL_1_0; your element 100004',
			},
		]);
	});

	it('a wrong API key: the list shows Leonardo’s refusal and what to do', async () => {
		const { sandbox } = ctx;
		const refusal = await getElements(sandbox, { apiKey: 'not-the-key' }).catch(
			(error: { message: string; description: string }) => error,
		);
		expect({ message: refusal.message, description: refusal.description }).toEqual({
			message: 'Leonardo rejected the API key',
			description:
				'Check the API key in the "Leonardo AI API" credential: create a Production API key at app.leonardo.ai → API Access and paste it there. Leonardo said: "Authentication hook unauthorized this request" (access-denied).',
		});
		expect(calls(sandbox)).toEqual(['GET /elements']);
	});
});
