import { run, useSandbox } from '../../harness/context';

describe('User → Get Me', () => {
	const ctx = useSandbox();

	it('shows the account: user, credits and concurrency slots', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [{ parameters: { resource: 'user', operation: 'getMe' } }]);
		expect(result.output[0].json).toMatchObject({
			userId: 'a1b2c3d4-0000-4000-8000-000000000001',
			username: 'sandbox',
			apiConcurrencySlots: 10,
			apiPaidTokens: 1000,
			apiSubscriptionTokens: 3500,
			totalCredits: 4500,
		});
	});

	it('counts no paid credits when Leonardo reports none (apiPaidTokens null)', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: '/me',
			status: 200,
			body: {
				user_details: [
					{
						user: { id: 'a1b2c3d4-0000-4000-8000-000000000001', username: 'sandbox' },
						apiPaidTokens: null,
						apiSubscriptionTokens: 120,
					},
				],
			},
		});
		const result = await run(sandbox, [{ parameters: { resource: 'user', operation: 'getMe' } }]);
		expect(result.output[0].json).toMatchObject({ totalCredits: 120, apiPaidTokens: null });
	});
});
