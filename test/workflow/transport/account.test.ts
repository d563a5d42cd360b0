import { run, useSandbox } from '../../harness/context';

const getMany = { parameters: { resource: 'generation', operation: 'getMany', limit: 1 } };
const items = (count: number) => Array.from({ length: count }, () => ({ json: {} }));

describe('GET /me: asked once per execution, asked again after a failure', () => {
	const ctx = useSandbox();

	it('three items of one run share one GET /me', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [getMany], items(3));
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'GET', /^\/generations\/user\//)).toHaveLength(3);
	});

	it('a failed GET /me is not kept: the next item of the same run asks again', async () => {
		const { sandbox } = ctx;
		await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'a fox',
					waitForCompletion: false,
				},
			},
		]);
		sandbox.reset();
		// 400 is not retried: item 0 fails on it; item 1 (one at a time) must ask again and succeed.
		sandbox.faults.push({ server: 'api', method: 'GET', path: '/me', status: 400 });
		const result = await run(
			sandbox,
			[
				{
					...getMany,
					parameters: { ...getMany.parameters, options: { concurrency: 1 } },
					continueOnFail: true,
				},
			],
			items(2),
		);
		expect(sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(2);
		expect(result.output[0].json.error).toMatch(/^Leonardo API error/);
		expect(result.output[1].json).toMatchObject({ generationId: expect.any(String) });
	});

	it('an answer without a user ID says so and points at the API key', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: '/me',
			status: 200,
			body: { user_details: [{ user: { username: 'nobody' } }] },
		});
		const result = await run(sandbox, [getMany]);
		expect(result.error.message).toBe('Leonardo did not return a user ID for this API key');
		expect(result.error.description).toBe(
			'GET /me answered without user_details[0].user.id. Check the API key in the credential.',
		);
	});
});
