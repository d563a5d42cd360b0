import { run, useSandbox } from '../../harness/context';

describe('Model → Get Many', () => {
	const ctx = useSandbox();

	it('lists platform and custom models in one list, each with its source', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{ parameters: { resource: 'model', operation: 'getMany' } },
		]);
		const models = result.output.map((item) => [item.json.name, item.json.source]);
		expect(models).toEqual([
			['Leonardo Lightning XL', 'platform'],
			['Leonardo Phoenix 1.0', 'platform'],
			['Leonardo Kino XL', 'platform'],
			['My product style', 'custom'],
		]);
		expect(sandbox.requestsTo('api', 'GET', /^\/models\/user\//)).toHaveLength(1);
	});

	it('can leave custom models out', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{ parameters: { resource: 'model', operation: 'getMany', includeCustom: false } },
		]);
		expect(result.output.every((item) => item.json.source === 'platform')).toBe(true);
		expect(sandbox.requestsTo('api', 'GET', '/me')).toEqual([]);
	});
});

describe('Model → Get Many with the newer (v2) models', () => {
	const ctx = useSandbox();

	it("adds GET /v2/models's list after the v1 lists, each with Leonardo's ID, its schema and the ID to send", async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'model',
					operation: 'getMany',
					includeCustom: false,
					includeV2: true,
				},
			},
		]);
		expect(sandbox.requestsTo('api', 'GET', '/v2/models')).toHaveLength(1);
		const v2 = result.output.map((item) => item.json).filter((json) => json.source === 'v2');
		expect(v2.length).toBeGreaterThan(40);
		// Leonardo answers with display names and its own IDs, not request IDs: the node adds them.
		expect(v2.find((json) => json.name === 'Nano Banana Pro')).toMatchObject({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			model: 'gemini-image-2',
			kind: 'image',
			parameters: expect.objectContaining({ additionalProperties: false }),
		});
		expect(v2.find((json) => json.name === 'Veo 3.1 Fast')).toMatchObject({
			model: 'veo-3.1-fast-generate-001',
			kind: 'video',
		});
	});

	it('leaves them out unless asked, as saved workflows had it', async () => {
		const { sandbox } = ctx;
		await run(sandbox, [{ parameters: { resource: 'model', operation: 'getMany' } }]);
		expect(sandbox.requestsTo('api', 'GET', '/v2/models')).toEqual([]);
	});
});

describe('a v2 error answered with HTTP 200 (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai)', () => {
	const ctx = useSandbox();
	const getMany = { parameters: { resource: 'model', operation: 'getMany', includeV2: true } };

	it('gets the same hint as its stated status would on v1: a 401 is about the API key', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: '/v2/models',
			status: 200,
			body: {
				errors: [
					{ message: 'invalid api key', extensions: { code: 'UNAUTHORIZED', statusCode: 401 } },
				],
			},
		});
		const result = await run(sandbox, [getMany]);
		expect(result.error.message).toBe('Leonardo rejected the API key');
		expect(result.error.description).toMatch(
			/Check the API key in the "Leonardo AI API" credential/,
		);
		expect(result.error.description).toContain('Leonardo said: "invalid api key" (UNAUTHORIZED).');
	});

	it("a stated 400 shows Leonardo's message", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: '/v2/models',
			status: 200,
			body: {
				errors: [{ message: 'bad request', extensions: { code: 'BAD_REQUEST', statusCode: 400 } }],
			},
		});
		const result = await run(sandbox, [getMany]);
		expect(result.error.message).toBe('Leonardo API error: bad request');
	});
});
