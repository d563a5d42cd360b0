import { run, useSandbox } from '../../harness/context';

describe('the router: the chosen resource and operation', () => {
	const ctx = useSandbox();

	it('refuses an operation the resource does not have, before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{ parameters: { resource: 'generation', operation: 'upscale', prompt: 'a fox' } },
		]);
		expect(result.error.message).toBe('The operation "upscale" is not supported for "generation"');
		expect(sandbox.requests).toEqual([]);
	});
});
