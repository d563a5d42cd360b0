import { useSandbox } from '../../harness/context';
import { callEditorList } from '../../harness/editorLists';

// Generation → Create's Model picker (parameter modelId, "From List"): the node's
// methods.listSearch.searchModels, called as n8n's editor calls it, against the sandbox.

type Sandbox = ReturnType<typeof useSandbox>['sandbox'];

/** The sandbox account's user ID (test/sandbox/common.js SANDBOX_USER). */
const USER_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

const searchModels = async (sandbox: Sandbox, filter?: string, options: object = {}) =>
	await callEditorList(sandbox, 'listSearch', 'searchModels', { filter, ...options });

const calls = (sandbox: Sandbox) =>
	sandbox.requests.map(({ method, path }: { method: string; path: string }) => `${method} ${path}`);

/** Leonardo's answer to one GET, instead of the sandbox's own. */
const answer = (sandbox: Sandbox, path: string | RegExp, body: object) =>
	(sandbox.faults as object[]).push({ server: 'api', method: 'GET', path, status: 200, body });

const LIGHTNING = {
	name: 'Leonardo Lightning XL',
	value: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
	description: 'Fast, general purpose.',
};
const PHOENIX = {
	name: 'Leonardo Phoenix 1.0',
	value: 'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3',
	description: 'Prompt adherence and text rendering.',
};
const KINO = {
	name: 'Leonardo Kino XL',
	value: 'aa77f04e-3eec-4034-9c07-d0f619684628',
	description: 'Cinematic photography.',
};
const CUSTOM = {
	name: 'My product style (custom)',
	value: 'c0ffee00-0000-4000-8000-00000000c0de',
	description: 'Trained on shop photos',
};

describe('the Model picker lists Leonardo’s models and the account’s own', () => {
	const ctx = useSandbox();

	it('no search text: the platform models in Leonardo’s order, then the account’s custom models marked "(custom)"', async () => {
		const { sandbox } = ctx;
		expect(await searchModels(sandbox)).toEqual({ results: [LIGHTNING, PHOENIX, KINO, CUSTOM] });
		expect(calls(sandbox)).toEqual([
			'GET /platformModels',
			'GET /me',
			`GET /models/user/${USER_ID}`,
		]);
		// An empty search box is no search.
		expect(await searchModels(sandbox, '')).toEqual({
			results: [LIGHTNING, PHOENIX, KINO, CUSTOM],
		});
	});

	it('the search text keeps the models whose name holds it, whatever its case', async () => {
		const { sandbox } = ctx;
		expect(await searchModels(sandbox, 'PHOENIX')).toEqual({ results: [PHOENIX] });
		expect(await searchModels(sandbox, 'xl')).toEqual({ results: [LIGHTNING, KINO] });
		expect(await searchModels(sandbox, 'Product Style')).toEqual({ results: [CUSTOM] });
		// "(custom)" is part of the name: searching "custom" lists the account's models.
		expect(await searchModels(sandbox, 'custom')).toEqual({ results: [CUSTOM] });
		expect(await searchModels(sandbox, 'anime')).toEqual({ results: [] });
	});

	it('Leonardo’s entries as they come: no name → the ID, an empty entry skipped, a long description cut at 200 characters, a description that is not text left out', async () => {
		const { sandbox } = ctx;
		answer(sandbox, '/platformModels', {
			custom_models: [
				{ id: '1e60896f-3c26-4296-8ecc-53e2afecc132', name: 'Leonardo Diffusion XL' },
				null,
				{
					id: '2067ae52-33fd-4a82-bb92-c2c55e7d2786',
					description: 'Photorealistic portraits. '.repeat(10),
				},
				{ id: 'e71a1c2f-4f80-4800-934f-2c68979d8cc8', name: 'AlbedoBase XL', description: 42 },
			],
		});
		answer(sandbox, /^\/models\/user\//, {
			custom_models: [{ id: 'f00dbabe-0000-4000-8000-000000000001', status: 'COMPLETE' }],
		});
		expect(await searchModels(sandbox)).toEqual({
			results: [
				{
					name: 'Leonardo Diffusion XL',
					value: '1e60896f-3c26-4296-8ecc-53e2afecc132',
					description: undefined,
				},
				{
					name: '2067ae52-33fd-4a82-bb92-c2c55e7d2786',
					value: '2067ae52-33fd-4a82-bb92-c2c55e7d2786',
					// 7 × 26 characters, then 18.
					description: 'Photorealistic portraits. '.repeat(7) + 'Photorealistic por',
				},
				{
					name: 'AlbedoBase XL',
					value: 'e71a1c2f-4f80-4800-934f-2c68979d8cc8',
					description: undefined,
				},
				{
					name: 'f00dbabe-0000-4000-8000-000000000001 (custom)',
					value: 'f00dbabe-0000-4000-8000-000000000001',
					description: undefined,
				},
			],
		});
	});

	it('a wrong API key: the picker shows Leonardo’s refusal and what to do, after the first request', async () => {
		const { sandbox } = ctx;
		const refusal = await searchModels(sandbox, undefined, { apiKey: 'not-the-key' }).catch(
			(error: { message: string; description: string }) => error,
		);
		expect({ message: refusal.message, description: refusal.description }).toEqual({
			message: 'Leonardo rejected the API key',
			description:
				'Check the API key in the "Leonardo AI API" credential: create a Production API key at app.leonardo.ai → API Access and paste it there. Leonardo said: "Authentication hook unauthorized this request" (access-denied).',
		});
		expect(calls(sandbox)).toEqual(['GET /platformModels']);
	});

	it('no credential chosen yet: n8n asks for one (the credential is required), nothing is sent', async () => {
		const { sandbox } = ctx;
		const refusal = await searchModels(sandbox, undefined, { withoutCredential: true }).catch(
			(error: Error) => error,
		);
		expect((refusal as Error).message).toBe('Node does not have any credentials set');
		expect(calls(sandbox)).toEqual([]);
	});
});
