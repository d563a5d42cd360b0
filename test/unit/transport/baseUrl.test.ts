import { v2BaseUrlOf } from '../../../nodes/LeonardoAi/transport/baseUrl';

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
