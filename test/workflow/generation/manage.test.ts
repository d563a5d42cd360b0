import { generated, run, useSandbox } from '../../harness/context';

const generation = (operation: string, parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation, ...parameters },
});

describe('Generation → Get Many and Delete', () => {
	const ctx = useSandbox();

	it('lists generations newest first, fetching the user ID once per execution and following pages', async () => {
		const { sandbox } = ctx;
		for (let i = 0; i < 3; i++) {
			await run(sandbox, [
				generation('create', { prompt: `picture ${i}`, waitForCompletion: false }),
			]);
		}
		sandbox.reset();

		const limited = await run(
			sandbox,
			[generation('getMany', { limit: 2 })],
			[{ json: {} }, { json: {} }],
		);
		expect(limited.output.map((i) => [i.json.prompt, i.pairedItem])).toEqual([
			['picture 2', { item: 0 }],
			['picture 1', { item: 0 }],
			['picture 2', { item: 1 }],
			['picture 1', { item: 1 }],
		]);
		expect(sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'GET', /^\/generations\/user\//)[0].query).toEqual({
			offset: '0',
			limit: '2',
		});

		const all = await run(sandbox, [generation('getMany', { returnAll: true })]);
		expect(all.output.map((i) => i.json.prompt)).toEqual(['picture 2', 'picture 1', 'picture 0']);
		expect(all.output[0].json).toMatchObject({
			generationId: expect.any(String),
			status: expect.any(String),
			images: expect.any(Array),
		});
	});

	it.each([0, 2.5])('refuses a Limit of %d before any request', async (limit) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [generation('getMany', { limit })]);
		expect(result.error.message).toBe(`"Limit" must be a whole number of at least 1, not ${limit}`);
		expect(sandbox.requests).toEqual([]);
	});

	it('deletes a generation', async () => {
		const { sandbox } = ctx;
		const { generationId } = await generated(sandbox);
		const result = await run(sandbox, [generation('delete', { generationId })]);
		expect(result.output[0].json).toEqual({ id: generationId, deleted: true });
		const again = await run(sandbox, [generation('delete', { generationId })]);
		expect(again.error.message).toBe(`Generation ${generationId} was not found`);
	});
});

describe('Generation → Get Many: pages', () => {
	// A sandbox of its own: the generations of the tests above would be on its pages.
	const ctx = useSandbox();

	it('follows pages of 50: a limit over one page asks the next page for the rest only', async () => {
		const { sandbox } = ctx;
		const prompts = Array.from({ length: 60 }, (_, i) => `picture ${i}`);
		await run(
			sandbox,
			[generation('create', { prompt: '={{ $json.prompt }}', waitForCompletion: false })],
			prompts.map((prompt) => ({ json: { prompt } })),
		);
		sandbox.reset();
		const pages = () =>
			sandbox.requestsTo('api', 'GET', /^\/generations\/user\//).map((r) => r.query);

		const limited = await run(sandbox, [generation('getMany', { limit: 55 })]);
		expect(limited.output.map((i) => i.json.prompt)).toEqual(prompts.slice(5).reverse());
		expect(pages()).toEqual([
			{ offset: '0', limit: '50' },
			{ offset: '50', limit: '5' },
		]);

		sandbox.reset();
		const all = await run(sandbox, [generation('getMany', { returnAll: true })]);
		expect(all.output).toHaveLength(60);
		expect(all.output[59].json.prompt).toBe('picture 0');
		expect(pages()).toEqual([
			{ offset: '0', limit: '50' },
			{ offset: '50', limit: '50' },
		]);
	});
});
