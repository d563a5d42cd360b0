import type { IExecuteFunctions, NodeApiError } from 'n8n-workflow';

import {
	checkedBaseUrl,
	requestUrl,
	v2BaseUrlOf,
} from '../../../nodes/LeonardoAi/transport/baseUrl';
import { nodeOnlyContext } from '../fakeContext';

describe('v2BaseUrlOf: the v2 address is the Base URL with its final /v1 replaced', () => {
	it.each([
		['https://cloud.leonardo.ai/api/rest/v1', 'https://cloud.leonardo.ai/api/rest/v2'],
		['https://cloud.leonardo.ai/api/rest/v1/', 'https://cloud.leonardo.ai/api/rest/v2'],
		['https://cloud.leonardo.ai/api/rest/v1///', 'https://cloud.leonardo.ai/api/rest/v2'],
		['http://127.0.0.1:8080/leonardo/api/rest/v1', 'http://127.0.0.1:8080/leonardo/api/rest/v2'],
	])('%s → %s', (v1, v2) => expect(v2BaseUrlOf(v1)).toBe(v2));

	it.each([
		'https://proxy.example/leonardo',
		'https://proxy.example/v1x',
		'https://proxy.example/v1/extra',
		'not a url',
	])('gives none for %s', (v1) => expect(v2BaseUrlOf(v1)).toBeUndefined());
});

const context = nodeOnlyContext as IExecuteFunctions;
const refusal = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		const { message, description } = error as NodeApiError;
		return { message, description };
	}
	throw new Error('nothing was refused');
};

describe("checkedBaseUrl: the credential's Base URL, refused unless the key travels safely", () => {
	const checked = (baseUrl: unknown) => checkedBaseUrl.call(context, { apiKey: 'k', baseUrl }, 0);

	it("is Leonardo's own address when the field is empty, blank or missing", () => {
		expect(checked('')).toBe('https://cloud.leonardo.ai/api/rest/v1');
		expect(checked('   ')).toBe('https://cloud.leonardo.ai/api/rest/v1');
		expect(checked(undefined)).toBe('https://cloud.leonardo.ai/api/rest/v1');
	});

	it('takes any https address, trimmed, without its trailing slashes', () => {
		expect(checked(' https://leonardo-proxy.example/api/rest/v1// ')).toBe(
			'https://leonardo-proxy.example/api/rest/v1',
		);
	});

	it('takes plain http to this machine only', () => {
		expect(checked('http://[::1]:5690/api/rest/v1')).toBe('http://[::1]:5690/api/rest/v1');
		expect(refusal(() => checked('http://leonardo-proxy.example/api/rest/v1'))).toEqual({
			message:
				'The Base URL in the "Leonardo AI API" credential must use https (it is http://leonardo-proxy.example)',
			description:
				'The API key would travel unencrypted. Use https://cloud.leonardo.ai/api/rest/v1; plain http is allowed only to this machine (localhost, 127.0.0.1, ::1), e.g. the local sandbox.',
		});
	});

	it('refuses other protocols, even to this machine', () => {
		expect(refusal(() => checked('ftp://127.0.0.1:2121/api/rest/v1')).message).toBe(
			'The Base URL in the "Leonardo AI API" credential must use https (it is ftp://127.0.0.1:2121)',
		);
	});

	it('refuses a user name alone, or a password alone', () => {
		const refused = {
			message: 'The Base URL in the "Leonardo AI API" credential contains a user name or password',
			description:
				'Remove them from the Base URL: the node sends the API key itself, and a password in a URL ends up in logs.',
		};
		expect(refusal(() => checked('https://admin@leonardo-proxy.example/api/rest/v1'))).toEqual(
			refused,
		);
		expect(refusal(() => checked('https://:s3cret@leonardo-proxy.example/api/rest/v1'))).toEqual(
			refused,
		);
	});

	it('refuses text that is not a URL, and says what to use', () => {
		expect(refusal(() => checked('cloud.leonardo.ai/api/rest/v1'))).toEqual({
			message: 'The Base URL in the "Leonardo AI API" credential is not a valid URL',
			description:
				'Use https://cloud.leonardo.ai/api/rest/v1, or the address of your proxy or local sandbox.',
		});
	});
});

describe('requestUrl: v1 below the Base URL, v2 below its v2 twin', () => {
	const base = 'https://leonardo-proxy.example/leonardo/api/rest/v1';

	it('puts a v1 request (the default) below the Base URL', () => {
		expect(requestUrl.call(context, base, { method: 'GET', path: '/me' })).toBe(
			'https://leonardo-proxy.example/leonardo/api/rest/v1/me',
		);
		expect(requestUrl.call(context, base, { method: 'GET', path: '/me', apiVersion: 'v1' })).toBe(
			'https://leonardo-proxy.example/leonardo/api/rest/v1/me',
		);
	});

	it('puts a v2 request below the Base URL with its final /v1 replaced', () => {
		expect(
			requestUrl.call(context, base, { method: 'POST', path: '/generations', apiVersion: 'v2' }),
		).toBe('https://leonardo-proxy.example/leonardo/api/rest/v2/generations');
	});

	it('refuses a v2 request when the Base URL does not end in /v1', () => {
		expect(
			refusal(() =>
				requestUrl.call(context, 'https://leonardo-proxy.example/leonardo', {
					method: 'POST',
					path: '/generations',
					apiVersion: 'v2',
				}),
			),
		).toEqual({
			message: "The Base URL gives no address for Leonardo's v2 endpoint",
			description:
				'Newer models use /api/rest/v2, found by replacing the final /v1 of the Base URL with /v2. "https://leonardo-proxy.example/leonardo" does not end in /v1: use a Base URL that ends in /api/rest/v1 (a proxy must keep Leonardo\'s path layout).',
		});
	});
});
