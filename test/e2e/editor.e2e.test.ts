import { RUNTIMES, startEditor } from './editor';

type Editor = Awaited<ReturnType<typeof startEditor>>;

describe.each(RUNTIMES)('the editor side in real n8n $n8n on Node $node', (runtime) => {
	let editor: Editor;

	beforeAll(
		async () => {
			editor = await startEditor(runtime);
		},
		20 * 60 * 1000,
	);

	afterAll(async () => await editor?.stop());

	const testCredential = (data: Record<string, string>) =>
		editor.call('POST', '/credentials/test', {
			credentials: {
				id: editor.credential.id,
				name: editor.credential.name,
				type: 'leonardoAiApi',
				data,
			},
		});

	it('the credential test calls GET /me with the key and reports success', async () => {
		editor.sandbox.reset();
		const response = await testCredential({
			apiKey: editor.sandbox.apiKey,
			baseUrl: editor.sandbox.apiUrl,
		});
		expect(response.body.data).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [me] = editor.sandbox.requestsTo('api', 'GET', '/me');
		expect(me.headers.authorization).toBe(`Bearer ${editor.sandbox.apiKey}`);
	}, 60_000);

	it('the credential test fails for a wrong key', async () => {
		editor.sandbox.reset();
		const response = await testCredential({
			apiKey: 'not-the-key',
			baseUrl: editor.sandbox.apiUrl,
		});
		expect(response.body.data.status).toBe('Error');
		// n8n asks twice when the first answer is a 401 (every version in the matrix).
		const asked = editor.sandbox.requestsTo('api', 'GET', '/me');
		expect(asked.length).toBeGreaterThan(0);
		for (const me of asked) expect(me.headers.authorization).toBe('Bearer not-the-key');
	}, 60_000);

	it('the credential test tolerates a trailing slash on the Base URL', async () => {
		editor.sandbox.reset();
		const response = await testCredential({
			apiKey: editor.sandbox.apiKey,
			baseUrl: `${editor.sandbox.apiUrl}/`,
		});
		expect(response.body.data.status).toBe('OK');
		expect(editor.sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(1);
	}, 60_000);

	it('the credential test follows no redirect: the key never reaches the other host', async () => {
		const { sandbox } = editor;
		sandbox.reset();
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: '/me',
			status: 302,
			headers: { Location: `${sandbox.elsewhereUrl}/api/rest/v1/me` },
		});
		const response = await testCredential({ apiKey: sandbox.apiKey, baseUrl: sandbox.apiUrl });
		expect(response.body.data.status).toBe('Error');
		expect(sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(1);
		expect(sandbox.elsewhereRequests).toEqual([]);
		expect(sandbox.keyLeaks).toEqual([]);
	}, 60_000);

	it('the Elements picker of a generation lists Leonardo’s elements with base model and weight range', async () => {
		const response = await editor.call('POST', '/dynamic-node-parameters/options', {
			nodeTypeAndVersion: { name: 'n8n-nodes-leonardo-ai.leonardoAi', version: 1 },
			methodName: 'getElements',
			path: 'parameters.options.elements.element.id',
			currentNodeParameters: { resource: 'generation', operation: 'create', prompt: 'x' },
			credentials: { leonardoAiApi: { id: editor.credential.id, name: editor.credential.name } },
		});
		expect(response.body.data).toEqual([
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
	}, 60_000);

	it('the Model picker lists platform models and the account’s trained custom models, filtered by name', async () => {
		const search = async (filter: string) =>
			await editor.call('POST', '/dynamic-node-parameters/resource-locator-results', {
				nodeTypeAndVersion: { name: 'n8n-nodes-leonardo-ai.leonardoAi', version: 1 },
				methodName: 'searchModels',
				path: 'parameters.modelId',
				currentNodeParameters: { resource: 'generation', operation: 'create', prompt: 'x' },
				credentials: { leonardoAiApi: { id: editor.credential.id, name: editor.credential.name } },
				filter,
			});
		expect((await search('phoenix')).body.data.results).toEqual([
			{
				name: 'Leonardo Phoenix 1.0',
				value: 'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3',
				description: expect.any(String),
			},
		]);
		expect((await search('custom')).body.data.results).toEqual([
			{
				name: 'My product style (custom)',
				value: 'c0ffee00-0000-4000-8000-00000000c0de',
				description: 'Trained on shop photos',
			},
		]);
	}, 60_000);
});
