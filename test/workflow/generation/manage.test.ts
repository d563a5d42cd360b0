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

	it('deletes a generation', async () => {
		const { sandbox } = ctx;
		const { generationId } = await generated(sandbox);
		const result = await run(sandbox, [generation('delete', { generationId })]);
		expect(result.output[0].json).toEqual({ id: generationId, deleted: true });
		const again = await run(sandbox, [generation('delete', { generationId })]);
		expect(again.error.message).toBe(`Generation ${generationId} was not found`);
	});
});
