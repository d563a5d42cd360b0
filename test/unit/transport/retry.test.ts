import { sleep } from 'n8n-workflow';

import type { NodeContext } from '../../../nodes/LeonardoAi/helpers/context';
import type { HttpOutcome, SendResult } from '../../../nodes/LeonardoAi/transport/retry';
import {
	RequestTimeout,
	networkErrorCode,
	networkReason,
	sendWithRetries,
	triesText,
} from '../../../nodes/LeonardoAi/transport/retry';
import { settled } from '../fakeClock';

/** A context with no cancel signal (like the editor's), or with the given one. */
const contextWith = (signal?: AbortSignal) =>
	(signal ? { getExecutionCancelSignal: () => signal } : {}) as unknown as NodeContext;

const answer = (statusCode: number, headers: HttpOutcome['headers'] = {}): HttpOutcome => ({
	statusCode,
	headers,
	body: '',
});
const failure = (code?: string, message = 'socket trouble') =>
	Object.assign(new Error(message), code ? { code } : {});

type Step = HttpOutcome | Error;

/** A send that plays the steps in order (repeating the last), noting the (fake) time of each try. */
function scripted(steps: Step[]) {
	const times: number[] = [];
	const send = jest.fn(async () => {
		times.push(Date.now());
		const step = steps[Math.min(times.length - 1, steps.length - 1)];
		if (step instanceof Error) throw step;
		return step;
	});
	const gaps = () => times.slice(1).map((time, i) => time - times[i]);
	return { send, times, gaps };
}

const statusOf = (result: SendResult) =>
	'response' in result ? result.response.statusCode : `error ${result.networkError.message}`;

describe('triesText: " Tried N times." only after a request sent more than once', () => {
	it.each([
		[1, ''],
		[2, ' Tried 2 times.'],
		[4, ' Tried 4 times.'],
		[15, ' Tried 15 times.'],
	])('%i → "%s"', (attempts, text) => expect(triesText(attempts)).toBe(text));
});

describe('network errors in a word', () => {
	it('takes the code from the error, or from its cause (undici), or else the message', () => {
		expect(networkErrorCode(failure('ECONNRESET'))).toBe('ECONNRESET');
		expect(
			networkErrorCode(Object.assign(new Error('fetch failed'), { cause: { code: 'EPIPE' } })),
		).toBe('EPIPE');
		expect(networkErrorCode(new Error('odd'))).toBeUndefined();
		expect(networkReason(failure('ECONNREFUSED'))).toBe('ECONNREFUSED');
		expect(networkReason(new Error('socket hang up'))).toBe('socket hang up');
	});

	it('a try that ran out of time says how long it was given, in whole seconds', () => {
		expect(new RequestTimeout(1000).message).toBe('no answer within 1 s');
		expect(new RequestTimeout(1499).message).toBe('no answer within 1 s');
		expect(new RequestTimeout(1500).message).toBe('no answer within 2 s');
		expect(new RequestTimeout(0).code).toBe('ETIMEDOUT');
		expect(networkReason(new RequestTimeout(90_000))).toBe('no answer within 90 s');
	});
});

describe('sendWithRetries on a fake clock', () => {
	beforeEach(() => {
		// Whole seconds, so an HTTP-date Retry-After (second precision) lands exactly.
		jest.useFakeTimers({ now: Date.UTC(2026, 11, 2, 12, 0, 0), doNotFake: ['nextTick'] });
		jest.spyOn(Math, 'random').mockReturnValue(0.5);
	});
	afterEach(() => {
		jest.useRealTimers();
		jest.restoreAllMocks();
	});

	describe('what is sent again', () => {
		it.each([500, 502, 503, 504])('HTTP %i: 4 tries, then the last answer', async (status) => {
			const { send } = scripted([answer(status)]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(send).toHaveBeenCalledTimes(4);
			expect(result).toEqual({ response: answer(status), attempts: 4 });
		});

		it.each([200, 204, 301, 400, 401, 403, 404, 409, 422, 501])(
			'HTTP %i: one try',
			async (status) => {
				const { send } = scripted([answer(status)]);
				const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
				expect(send).toHaveBeenCalledTimes(1);
				expect(result).toEqual({ response: answer(status), attempts: 1 });
			},
		);

		it('stops at the first good answer', async () => {
			const { send } = scripted([answer(503), answer(502), answer(200)]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(result).toEqual({ response: answer(200), attempts: 3 });
		});

		it.each(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'EAI_AGAIN'])(
			'%s: 4 tries, then the error',
			async (code) => {
				const error = failure(code);
				const { send } = scripted([error]);
				const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
				expect(send).toHaveBeenCalledTimes(4);
				expect(result).toEqual({ networkError: error, attempts: 4 });
			},
		);

		it('reads the code of a wrapped network error too', async () => {
			const error = Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } });
			const { send } = scripted([error, answer(200)]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(result).toEqual({ response: answer(200), attempts: 2 });
		});

		it.each(['ECONNREFUSED', 'ENOTFOUND', 'ERR_TLS_CERT_ALTNAME_INVALID', undefined])(
			'%s: one try',
			async (code) => {
				const error = failure(code);
				const { send } = scripted([error]);
				const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
				expect(send).toHaveBeenCalledTimes(1);
				expect(result).toEqual({ networkError: error, attempts: 1 });
			},
		);

		it.each([
			['HTTP 503', answer(503)],
			['HTTP 429', answer(429, { 'retry-after': '1' })],
			['ECONNRESET', failure('ECONNRESET')],
		])('without retry (a job POST), %s is final', async (_name, step) => {
			const { send } = scripted([step]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: false }));
			expect(send).toHaveBeenCalledTimes(1);
			expect(result.attempts).toBe(1);
		});
	});

	describe('how long it waits', () => {
		it('backs off about 0.5 s, 1 s, 2 s: half of it fixed, half random', async () => {
			const { send, gaps } = scripted([answer(503)]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([375, 750, 1500]);
		});

		it('waits at least half the step when the random part is nothing', async () => {
			jest.spyOn(Math, 'random').mockReturnValue(0);
			const { send, gaps } = scripted([failure('ECONNRESET')]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([250, 500, 1000]);
		});

		it('caps the step at 8 s (429 without Retry-After, tried for a minute)', async () => {
			const { send, gaps } = scripted([answer(429)]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			// The first 429 at 0 s; the try at 59.625 s is still within the minute, the next is not.
			expect(gaps()).toEqual([375, 750, 1500, 3000, ...Array(10).fill(6000)]);
			expect(result).toEqual({ response: answer(429), attempts: 15 });
		});

		it('honours Retry-After in seconds, plus a spread that widens with each try', async () => {
			const { send, gaps } = scripted([
				answer(429, { 'retry-after': '2' }),
				answer(429, { 'retry-after': '2' }),
				answer(429, { 'retry-after': '2' }),
				answer(200),
			]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([2125, 2250, 2500]);
			expect(result).toEqual({ response: answer(200), attempts: 4 });
		});

		it('widens the spread up to 4 s at most', async () => {
			const { send, gaps } = scripted([answer(429, { 'retry-after': '1' })]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps().slice(0, 6)).toEqual([1125, 1250, 1500, 2000, 3000, 3000]);
			expect(new Set(gaps().slice(5))).toEqual(new Set([3000]));
		});

		it('honours Retry-After on a 503 too', async () => {
			const { send, gaps } = scripted([answer(503, { 'retry-after': '3' }), answer(200)]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([3125]);
		});

		it('honours Retry-After as an HTTP date', async () => {
			const at = new Date(Date.now() + 3000).toUTCString();
			const { send, gaps } = scripted([answer(429, { 'retry-after': at }), answer(200)]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([3125]);
		});

		it.each([
			['600', 60_125],
			['in ten minutes', 60_125],
			['-5', 125],
			['a date already past', 125],
			['not a date', 375],
			['', 375],
		])('Retry-After "%s": waits %i ms (capped at a minute, never negative)', async (name, gap) => {
			const value =
				name === 'in ten minutes'
					? new Date(Date.now() + 600_000).toUTCString()
					: name === 'a date already past'
						? new Date(Date.now() - 600_000).toUTCString()
						: name;
			const { send, gaps } = scripted([answer(503, { 'retry-after': value }), answer(200)]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([gap]);
		});

		it('reads the first of repeated Retry-After headers', async () => {
			const { send, gaps } = scripted([answer(429, { 'retry-after': ['2', '9'] }), answer(200)]);
			await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(gaps()).toEqual([2125]);
		});

		it('retries an answer that came without a headers object', async () => {
			const bare = { statusCode: 503, body: '' } as unknown as HttpOutcome;
			const { send, gaps } = scripted([bare, answer(200)]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(result).toEqual({ response: answer(200), attempts: 2 });
			expect(gaps()).toEqual([375]);
		});
	});

	describe('429: patient for a minute from the first one', () => {
		it('keeps trying past 4 tries while within the minute', async () => {
			jest.spyOn(Math, 'random').mockReturnValue(0);
			const { send, times } = scripted([answer(429, { 'retry-after': '10' })]);
			const start = Date.now();
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			// At 0, 10, … 60 s: the try at exactly one minute is the last.
			expect(times.map((t) => t - start)).toEqual([0, 10, 20, 30, 40, 50, 60].map((s) => s * 1000));
			expect(result).toEqual({
				response: answer(429, { 'retry-after': '10' }),
				attempts: 7,
			});
		});

		it('counts the minute from the first 429, not from the first try', async () => {
			jest.spyOn(Math, 'random').mockReturnValue(0);
			const limited = answer(429, { 'retry-after': '59' });
			const { send, times } = scripted([answer(503), answer(503), answer(503), limited]);
			const start = Date.now();
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			// The first 429 at 1.75 s; 59 s later is still within its minute, 118 s later is not.
			expect(times.map((t) => t - start)).toEqual([0, 250, 750, 1750, 60_750, 119_750]);
			expect(result).toEqual({ response: limited, attempts: 6 });
		});

		it('gives a 5xx after a 429 only the usual 4 tries', async () => {
			jest.spyOn(Math, 'random').mockReturnValue(0);
			const { send, times } = scripted([answer(429, { 'retry-after': '1' }), answer(503)]);
			const start = Date.now();
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true }));
			expect(times.map((t) => t - start)).toEqual([0, 1000, 1500, 2500]);
			expect(result).toEqual({ response: answer(503), attempts: 4 });
		});
	});

	describe('the overall deadline', () => {
		it('sends nothing once the deadline has passed', async () => {
			const { send } = scripted([answer(200)]);
			const result = await settled(
				sendWithRetries(contextWith(), send, { retry: true, deadline: Date.now() - 1 }),
			);
			expect(send).not.toHaveBeenCalled();
			expect('networkError' in result && result.networkError).toBeInstanceOf(RequestTimeout);
			expect(statusOf(result)).toBe('error no answer within 0 s');
			expect(result.attempts).toBe(1);
		});

		it('returns an answer that arrives right at the deadline as it is, without another try', async () => {
			const deadline = Date.now() + 5000;
			const send = jest.fn(async () => {
				jest.setSystemTime(deadline);
				return answer(503);
			});
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true, deadline }));
			expect(result).toEqual({ response: answer(503), attempts: 1 });
		});

		it('returns a network failure right at the deadline as it is, without another try', async () => {
			const deadline = Date.now() + 5000;
			const error = failure('ECONNRESET');
			const send = jest.fn(async () => {
				jest.setSystemTime(deadline);
				throw error;
			});
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true, deadline }));
			expect(result).toEqual({ networkError: error, attempts: 1 });
		});

		it('never waits past the deadline', async () => {
			const deadline = Date.now() + 1000;
			const { send, gaps } = scripted([answer(429, { 'retry-after': '30' })]);
			const result = await settled(sendWithRetries(contextWith(), send, { retry: true, deadline }));
			// The wait is cut to the deadline, where the next try has no time left and is not sent.
			expect(send).toHaveBeenCalledTimes(1);
			expect(gaps()).toEqual([]);
			expect(statusOf(result)).toBe('error no answer within 0 s');
			expect(result.attempts).toBe(2);
		});
	});
});

describe('sendWithRetries on the real clock: time limits and cancel', () => {
	afterEach(() => jest.restoreAllMocks());

	it('ends a try that does not answer within its time limit', async () => {
		const calls: Array<{ signal?: AbortSignal; timeoutMs?: number }> = [];
		const send = async (signal?: AbortSignal, timeoutMs?: number) => {
			calls.push({ signal, timeoutMs });
			await sleep(1500);
			return answer(200);
		};
		const started = Date.now();
		const result = await sendWithRetries(contextWith(), send, {
			retry: false,
			attemptTimeoutMs: 100,
		});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(result.attempts).toBe(1);
		const error = 'networkError' in result ? result.networkError : undefined;
		expect(error).toBeInstanceOf(RequestTimeout);
		expect(error).toMatchObject({ afterMs: 100, code: 'ETIMEDOUT' });
		// The request itself is told its limit, and its signal fires at it.
		expect(calls).toHaveLength(1);
		expect(calls[0].timeoutMs).toBe(100);
		expect(calls[0].signal?.aborted).toBe(true);
	});

	it('gives a try no more than the time left before the deadline', async () => {
		const send = async () => {
			await sleep(1500);
			return answer(200);
		};
		const started = Date.now();
		const result = await sendWithRetries(contextWith(), send, {
			retry: true,
			attemptTimeoutMs: 60_000,
			deadline: Date.now() + 200,
		});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(result.attempts).toBe(1);
		const error = 'networkError' in result ? result.networkError : undefined;
		expect(error).toBeInstanceOf(RequestTimeout);
		expect((error as RequestTimeout).afterMs).toBeLessThanOrEqual(200);
	});

	it('sends nothing further once the execution is cancelled: a try already cancelled ends at once', async () => {
		const controller = new AbortController();
		controller.abort();
		const send = jest.fn(async () => {
			await sleep(300);
			return answer(200);
		});
		const result = await sendWithRetries(contextWith(controller.signal), send, {
			retry: true,
			attemptTimeoutMs: 5000,
		});
		expect(statusOf(result)).toBe('error The execution was cancelled');
		expect(result.attempts).toBe(1);
	});

	it('a cancel during a try ends it at once', async () => {
		const controller = new AbortController();
		const send = async () => {
			await sleep(1500);
			return answer(200);
		};
		void sleep(100).then(() => controller.abort());
		const started = Date.now();
		const result = await sendWithRetries(contextWith(controller.signal), send, {
			retry: true,
			attemptTimeoutMs: 5000,
		});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(statusOf(result)).toBe('error The execution was cancelled');
		expect(result.attempts).toBe(1);
	});

	it('a cancel during a wait ends the wait, and the next try gets a signal already aborted', async () => {
		const controller = new AbortController();
		const abortedWhenSent: boolean[] = [];
		const cancelled = failure('ERR_CANCELED', 'canceled');
		// Like n8n's request helper: a request whose signal has fired is not sent.
		const send = async (signal?: AbortSignal) => {
			abortedWhenSent.push(signal?.aborted === true);
			if (signal?.aborted) throw cancelled;
			return answer(503, { 'retry-after': '30' });
		};
		void sleep(100).then(() => controller.abort());
		const started = Date.now();
		const result = await sendWithRetries(contextWith(controller.signal), send, {
			retry: true,
			attemptTimeoutMs: 5000,
		});
		expect(Date.now() - started).toBeLessThan(1500);
		expect(abortedWhenSent).toEqual([false, true]);
		expect(result).toEqual({ networkError: cancelled, attempts: 2 });
	});

	it('leaves no stray rejection behind when a send fails before it starts', async () => {
		const error = failure('EINVAL', 'bad options');
		const send = () => {
			throw error;
		};
		const result = await sendWithRetries(contextWith(), send, {
			retry: true,
			attemptTimeoutMs: 50,
		});
		expect(result).toEqual({ networkError: error, attempts: 1 });
		// The try's time limit passes meanwhile: nothing may reject unhandled (Jest fails the test if so).
		await sleep(200);
	});
});
