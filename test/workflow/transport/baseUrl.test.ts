import { run, useSandbox } from '../../harness/context';

const getMe = { parameters: { resource: 'user', operation: 'getMe' } };

describe("the credential's Base URL is checked before the API key is sent to it", () => {
	const ctx = useSandbox();
	const withBaseUrl = async (baseUrl: string) =>
		await run(ctx.sandbox, [getMe], undefined, ctx.sandbox.apiKey, { baseUrl });

	it('refuses plain http to another host: the key would travel unencrypted', async () => {
		const result = await withBaseUrl('http://leonardo-proxy.example/api/rest/v1');
		expect(result.error.message).toBe(
			'The Base URL in the "Leonardo AI API" credential must use https (it is http://leonardo-proxy.example)',
		);
		expect(result.error.description).toMatch(/plain http is allowed only to this machine/);
	});

	it('refuses a user name or password in it, and never repeats them', async () => {
		const url = new URL(ctx.sandbox.apiUrl);
		url.username = 'admin';
		url.password = 'hunter2-secret';
		const result = await withBaseUrl(url.toString());
		expect(result.error.message).toBe(
			'The Base URL in the "Leonardo AI API" credential contains a user name or password',
		);
		expect(JSON.stringify(result.raw.data)).not.toContain('hunter2-secret');
		expect(ctx.sandbox.requests).toEqual([]);
	});

	it('refuses text that is not a URL', async () => {
		const result = await withBaseUrl('cloud.leonardo.ai/api/rest/v1');
		expect(result.error.message).toBe(
			'The Base URL in the "Leonardo AI API" credential is not a valid URL',
		);
	});

	it('takes plain http to this machine (the sandbox, a local proxy), by name or address', async () => {
		const byName = await withBaseUrl(ctx.sandbox.apiUrl.replace('127.0.0.1', 'localhost'));
		expect(byName.status).toBe('success');
		const byAddress = await withBaseUrl(ctx.sandbox.apiUrl);
		expect(byAddress.status).toBe('success');
		expect(ctx.sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(2);
	});

	it('takes a Base URL with spaces around it and several trailing slashes: requests go to …/v1/me', async () => {
		const result = await withBaseUrl(`  ${ctx.sandbox.apiUrl}///  `);
		expect(result.status).toBe('success');
		expect(ctx.sandbox.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
			'GET /me',
		]);
	});
});
