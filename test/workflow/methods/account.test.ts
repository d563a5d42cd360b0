import { useSandbox } from '../../harness/context';
import { callEditorList } from '../../harness/editorLists';

// The account's part of the editor's lists (methods/account.ts): GET /me for the user ID, then the
// account's custom models (Model picker) or trained elements (Options → Elements), finished ones
// only. Called as n8n's editor calls the node's methods, against the sandbox.

type Sandbox = ReturnType<typeof useSandbox>['sandbox'];

/** The sandbox account's user ID (test/sandbox/common.js SANDBOX_USER). */
const USER_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

const calls = (sandbox: Sandbox) =>
	sandbox.requests.map(({ method, path }: { method: string; path: string }) => `${method} ${path}`);

/** Leonardo's answer to one GET, instead of the sandbox's own. */
const answer = (sandbox: Sandbox, path: string | RegExp, body: object, status = 200) =>
	(sandbox.faults as object[]).push({ server: 'api', method: 'GET', path, status, body });

const modelNames = async (sandbox: Sandbox) =>
	(await callEditorList(sandbox, 'listSearch', 'searchModels')).results.map(
		({ name }: { name: string }) => name,
	);

const elementNames = async (sandbox: Sandbox) =>
	(
		await callEditorList(sandbox, 'loadOptions', 'getElements', {
			path: 'parameters.options.elements.element.id',
		})
	).map(({ name }: { name: string }) => name);

/** Leonardo's own lists, as the sandbox serves them. */
const PLATFORM_MODELS = ['Leonardo Lightning XL', 'Leonardo Phoenix 1.0', 'Leonardo Kino XL'];
const PLATFORM_ELEMENTS = ['Glass Sculptures', 'Watercolor Wash'];

describe('the account’s own entries in the editor’s lists', () => {
	const ctx = useSandbox();

	it('only finished custom models: training (PENDING), FAILED, without a status, or empty entries are left out', async () => {
		const { sandbox } = ctx;
		answer(sandbox, `/models/user/${USER_ID}`, {
			custom_models: [
				{ id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Mugs', status: 'COMPLETE' },
				{ id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Shirts', status: 'PENDING' },
				null,
				{ id: 'c0ffee00-0000-4000-8000-000000000003', name: 'Caps', status: 'FAILED' },
				{ id: 'c0ffee00-0000-4000-8000-000000000004', name: 'Socks' },
				{ id: 'c0ffee00-0000-4000-8000-000000000005', name: 'Bags', status: 'COMPLETE' },
			],
		});
		expect(await modelNames(sandbox)).toEqual([
			...PLATFORM_MODELS,
			'Mugs (custom)',
			'Bags (custom)',
		]);
		expect(calls(sandbox)).toEqual([
			'GET /platformModels',
			'GET /me',
			`GET /models/user/${USER_ID}`,
		]);
	});

	it('only finished trained elements, the same way', async () => {
		const { sandbox } = ctx;
		answer(sandbox, `/elements/user/${USER_ID}`, {
			user_loras: [
				{ id: 100001, name: 'Mascot', baseModel: 'FLUX_DEV', status: 'COMPLETE' },
				{ id: 100002, name: 'Logo', baseModel: 'FLUX_DEV', status: 'PENDING' },
				null,
				{ id: 100003, name: 'Label', baseModel: 'SDXL_1_0', status: 'FAILED' },
			],
		});
		// By name, trained ones among Leonardo's.
		expect(await elementNames(sandbox)).toEqual([
			'Glass Sculptures',
			'Mascot (trained)',
			'Watercolor Wash',
		]);
		expect(calls(sandbox)).toEqual(['GET /elements', 'GET /me', `GET /elements/user/${USER_ID}`]);
	});

	it.each([
		['a user without an ID', { user_details: [{ user: { username: 'nobody' } }] }],
		['an empty user ID', { user_details: [{ user: { id: '', username: 'nobody' } }] }],
		['no user details', { user_details: [] }],
		['nothing', {}],
	])(
		'GET /me answering %s: Leonardo’s own lists only, the account’s are not asked for',
		async (_case, me) => {
			const { sandbox } = ctx;
			answer(sandbox, '/me', me);
			expect(await modelNames(sandbox)).toEqual(PLATFORM_MODELS);
			answer(sandbox, '/me', me);
			expect(await elementNames(sandbox)).toEqual(PLATFORM_ELEMENTS);
			expect(calls(sandbox)).toEqual([
				'GET /platformModels',
				'GET /me',
				'GET /elements',
				'GET /me',
			]);
		},
	);

	it('the user ID goes into the path encoded', async () => {
		const { sandbox } = ctx;
		answer(sandbox, '/me', { user_details: [{ user: { id: 'team/42 x' } }] });
		answer(sandbox, '/models/user/team%2F42%20x', {
			custom_models: [
				{ id: 'c0ffee00-0000-4000-8000-000000000009', name: 'Team', status: 'COMPLETE' },
			],
		});
		expect(await modelNames(sandbox)).toEqual([...PLATFORM_MODELS, 'Team (custom)']);
		expect(calls(sandbox)).toEqual([
			'GET /platformModels',
			'GET /me',
			'GET /models/user/team%2F42%20x',
		]);
	});

	it('GET /me refused: the picker shows Leonardo’s error instead of a list', async () => {
		const { sandbox } = ctx;
		answer(sandbox, '/me', { error: 'user lookup failed', path: '$', code: 'unexpected' }, 400);
		const refusal = await callEditorList(sandbox, 'listSearch', 'searchModels').catch(
			(error: { message: string; description: string }) => error,
		);
		expect({ message: refusal.message, description: refusal.description }).toEqual({
			message: 'Leonardo API error: user lookup failed',
			description: 'Leonardo said: "user lookup failed" (unexpected).',
		});
		expect(calls(sandbox)).toEqual(['GET /platformModels', 'GET /me']);
	});
});
