import type { IExecuteFunctions } from 'n8n-workflow';

import { describeApiError, leonardoErrorText } from '../../../nodes/LeonardoAi/transport/apiErrors';
import type { LeonardoRequest } from '../../../nodes/LeonardoAi/transport/leonardoApi';
import { nodeOnlyContext } from '../fakeContext';

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

describe('leonardoErrorText: answers in other shapes', () => {
	it('shows an object `error` as JSON, and no code with it', () => {
		expect(leonardoErrorText({ error: { message: 'quota', limit: 5 }, code: 'c' })).toStrictEqual({
			error: '{"message":"quota","limit":5}',
		});
	});

	it('takes no text from an `error` that is neither text nor an object', () => {
		expect(leonardoErrorText({ error: 42, code: 'c' })).toStrictEqual({});
		expect(leonardoErrorText({ error: null })).toStrictEqual({});
		expect(leonardoErrorText({ code: 'only-a-code' })).toStrictEqual({});
	});

	it('reads a text answer (an HTML page, a proxy error) trimmed, at most 500 characters', () => {
		expect(leonardoErrorText('  Bad gateway\n')).toStrictEqual({ error: 'Bad gateway' });
		expect(leonardoErrorText(`${'z'.repeat(600)}`)).toStrictEqual({ error: 'z'.repeat(500) });
		expect(leonardoErrorText(' \n ')).toStrictEqual({});
		expect(leonardoErrorText('')).toStrictEqual({});
	});

	it('finds nothing in no answer at all', () => {
		expect(leonardoErrorText(undefined)).toStrictEqual({});
		expect(leonardoErrorText(null)).toStrictEqual({});
		expect(leonardoErrorText(204)).toStrictEqual({});
	});

	it('skips list entries that are not objects, and the code comes from the first object', () => {
		expect(
			leonardoErrorText([
				null,
				'stray text',
				{ message: 'prompt is required', extensions: { code: 'validation-failed' } },
				{ message: 'width is too large', extensions: { code: 'other' } },
			]),
		).toStrictEqual({ error: 'prompt is required; width is too large', code: 'validation-failed' });
	});

	it('joins only messages that are non-empty text', () => {
		expect(
			leonardoErrorText({
				errors: [
					{ message: 'model not found', extensions: { code: 7 } },
					{ message: '' },
					{ message: 500 },
					{ extensions: { code: 'x' } },
				],
			}),
		).toStrictEqual({ error: 'model not found', code: undefined });
		expect(leonardoErrorText({ errors: [{ message: '' }, { message: 3 }] })).toStrictEqual({});
	});
});

describe('describeApiError: what went wrong and what to do, in full', () => {
	const get: LeonardoRequest = { method: 'GET', path: '/generations/g-1', retry: true };
	const post: LeonardoRequest = { method: 'POST', path: '/generations', retry: false };
	const shown = (request: LeonardoRequest, status: number, body: unknown, attempts = 1) => {
		const error = describeApiError.call(
			nodeOnlyContext as IExecuteFunctions,
			{ ...request, itemIndex: 3 },
			status,
			body,
			attempts,
		);
		expect(error.context.itemIndex).toBe(3);
		return { message: error.message, description: error.description, httpCode: error.httpCode };
	};
	const KEY_HINT =
		'Check the API key in the "Leonardo AI API" credential: create a Production API key at app.leonardo.ai → API Access and paste it there.';

	it('401: the API key was rejected', () => {
		expect(shown(get, 401, '')).toEqual({
			message: 'Leonardo rejected the API key',
			description: KEY_HINT,
			httpCode: '401',
		});
	});

	// Both answers as https://docs.leonardo.ai/docs/api-error-messages lists them.
	it('"access-denied", whatever the status: the API key was rejected', () => {
		expect(
			shown(post, 403, {
				error: 'Authentication hook unauthorized this request',
				path: '$',
				code: 'access-denied',
			}),
		).toEqual({
			message: 'Leonardo rejected the API key',
			description: `${KEY_HINT} Leonardo said: "Authentication hook unauthorized this request" (access-denied).`,
			httpCode: '403',
		});
	});

	it('"Invalid response from authorization hook" (a key that is no UUID): the API key was rejected', () => {
		expect(
			shown(post, 400, {
				error: 'Invalid response from authorization hook',
				path: '$',
				code: 'unexpected',
			}),
		).toEqual({
			message: 'Leonardo rejected the API key',
			description: `${KEY_HINT} Leonardo said: "Invalid response from authorization hook" (unexpected).`,
			httpCode: '400',
		});
		expect(shown(post, 400, { error: 'Authorisation hook failed' }).message).toBe(
			'Leonardo rejected the API key',
		);
	});

	it.each([
		['a read', 'get'],
		["a job's POST", 'post'],
	])('429 on %s that was sent again for a minute: slow down', (_what, which) => {
		expect(
			shown(
				which === 'get' ? get : post,
				429,
				{ error: 'Too many requests', path: '$', code: 'rate-limited' },
				3,
			),
		).toEqual({
			message: 'Leonardo is rate-limiting requests (429 Too Many Requests)',
			description:
				'Lower "Concurrency" in the node options, or run the workflow again in a minute. Leonardo said: "Too many requests" (rate-limited). Tried 3 times.',
			httpCode: '429',
		});
	});

	it('404: found nothing at that request', () => {
		expect(shown(get, 404, { error: 'not found', path: '$', code: 'not-found' })).toEqual({
			message: 'Leonardo found nothing at GET /generations/g-1',
			description:
				'Check the ID: it must belong to the account of the API key in the credential. Leonardo said: "not found" (not-found).',
			httpCode: '404',
		});
	});

	it('an error without text: the status, and only the tries', () => {
		expect(shown(get, 500, '', 4)).toEqual({
			message: 'Leonardo API error (HTTP 500)',
			description: 'Tried 4 times.',
			httpCode: '500',
		});
	});

	it("an error no hint covers: Leonardo's words alone", () => {
		expect(shown(post, 400, { error: 'something odd happened' })).toEqual({
			message: 'Leonardo API error: something odd happened',
			description: 'Leonardo said: "something odd happened".',
			httpCode: '400',
		});
	});

	it.each([
		[
			'Invalid dimensions',
			'Width and height must be multiples of 8 between 32 and 1536 (at most 1024 with Alchemy).',
		],
		[
			'Too many images requested',
			'Lower "Number of Images": at most 8, and at most 4 when a side is larger than 768.',
		],
		[
			'Invalid init image id',
			'Use the ID output by "Init Image → Upload" (json.id), uploaded with the same API key.',
		],
		[
			"unexpected variable 'Width'",
			'A body field is not one Leonardo knows; field names are case-sensitive. Check "Additional Body Fields (JSON)".',
		],
		['content moderation filter', "Leonardo's content filter refused the prompt: rephrase it."],
		['Inappropriate prompt', "Leonardo's content filter refused the prompt: rephrase it."],
		[
			'This model is not supported within the production API',
			'Pick another model: this one cannot be used through the API.',
		],
		[
			"Couldn't access image",
			'Check the image ID: upscales need a generated image ID, and "Is Variation" when the ID came from an earlier variation.',
		],
		[
			'Failed to find init variation',
			'Check the image ID: upscales need a generated image ID, and "Is Variation" when the ID came from an earlier variation.',
		],
		[
			'expected a boolean for alchemy',
			'A parameter has the wrong type or is missing; check the node parameters.',
		],
		[
			'expecting a value for prompt',
			'A parameter has the wrong type or is missing; check the node parameters.',
		],
		[
			'Validation failed',
			'A parameter has the wrong type or is missing; check the node parameters.',
		],
	])('"%s": %s', (text, hint) => {
		expect(shown(post, 400, { error: text, path: '$', code: 'unexpected' })).toEqual({
			message: `Leonardo API error: ${text}`,
			description: `${hint} Leonardo said: "${text}" (unexpected).`,
			httpCode: '400',
		});
	});
});
