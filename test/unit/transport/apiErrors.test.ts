import { leonardoErrorText } from '../../../nodes/LeonardoAi/transport/apiErrors';

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
