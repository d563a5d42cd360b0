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
