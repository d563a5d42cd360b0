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
		});
	});
});
