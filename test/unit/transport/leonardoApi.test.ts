import { leonardoErrorText, v2BaseUrlOf } from '../../../nodes/LeonardoAi/transport/leonardoApi';

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

describe("leonardoErrorText: Leonardo's message and code from either error shape", () => {
	it('reads v1 {error, path, code}', () => {
		expect(
			leonardoErrorText({ error: 'invalid dimensions', path: '$', code: 'unexpected' }),
		).toEqual({ error: 'invalid dimensions', code: 'unexpected' });
	});

	it('reads v2 [{message, extensions: {code}}], joining several messages', () => {
		expect(
			leonardoErrorText([
				{ message: 'a', extensions: { code: 'validation-failed' } },
				{ message: 'b' },
			]),
		).toEqual({ error: 'a; b', code: 'validation-failed' });
		expect(leonardoErrorText({ errors: [{ message: 'c' }] })).toEqual({
			error: 'c',
			code: undefined,
		});
	});

	it('finds nothing in a successful body', () => {
		expect(leonardoErrorText({ sdGenerationJob: { generationId: 'x' } })).toEqual({});
		expect(leonardoErrorText([])).toEqual({});
	});
});
