import type { NodeContext } from '../helpers/context';
import { reportRateLimit } from '../helpers/executionState';
import { cancelSignal, isCancelled, sleepUnlessCancelled } from '../helpers/cancel';

export interface HttpOutcome {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

export type SendResult =
	| { response: HttpOutcome; attempts: number }
	| { networkError: Error & { code?: string }; attempts: number };

const MAX_ATTEMPTS = 4;
/**
 * A 429 means Leonardo did not process the request: safe to keep trying while the batch slows down,
 * for up to a minute (Leonardo's limits are per minute).
 */
const RATE_LIMIT_PATIENCE_MS = 60_000;
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ECONNABORTED',
	'EAI_AGAIN',
]);

export function networkErrorCode(error: unknown): string | undefined {
	const err = error as { code?: string; cause?: { code?: string } };
	return err.code ?? err.cause?.code;
}

/** What went wrong on the network, in a word when Node gives one (ECONNRESET …). */
export function networkReason(error: unknown): string {
	if (error instanceof RequestTimeout) return error.message;
	return networkErrorCode(error) ?? (error as Error).message;
}

/** " Tried N times." after a request that was sent more than once, else nothing. */
export function triesText(attempts: number): string {
	return attempts > 1 ? ` Tried ${attempts} times.` : '';
}

function retryAfterMs(headers: HttpOutcome['headers']): number | undefined {
	const raw = headers?.['retry-after'];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.min(60_000, Math.max(0, seconds * 1000));
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.min(60_000, Math.max(0, date - Date.now()));
}

/** Capped exponential backoff with jitter: ~0.5 s, 1 s, 2 s … at most 8 s. */
function backoffMs(attempt: number): number {
	const capped = Math.min(8000, 500 * 2 ** (attempt - 1));
	return capped / 2 + Math.random() * (capped / 2);
}

/** Jitter after Retry-After, wider with each try, so rate-limited items do not all come back at the same instant. */
function spreadMs(attempt: number): number {
	return Math.random() * Math.min(4000, 250 * 2 ** (attempt - 1));
}

export interface SendOptions {
	/** Send again on 5xx, dropped connections and 429 (GETs, presigns; never a job POST). */
	retry: boolean;
	/**
	 * Send again on 429 even with `retry` off: a 429 says the request was not processed (RFC 6585),
	 * so a job's POST refused with it started no job and charged nothing.
	 */
	retryRateLimited?: boolean;
	/** Each try is abandoned (its connection closed) after this long without a complete answer. */
	attemptTimeoutMs?: number;
	/** No try runs past this moment (ms since the epoch): e.g. the end of a job's Wait Timeout. */
	deadline?: number;
	/**
	 * Waits for the try's turn under the rate limits (pacing.ts), given the time left; returns what
	 * to call with the try's answer.
	 */
	takeTurn?: (timeLeftMs: () => number) => Promise<TurnSettler>;
}

/** Hands a try's answer (status, Retry-After in ms) back to the pacing. */
export type TurnSettler = (statusCode: number, retryAfterMs: number | undefined) => void;

/** A try that ran out of time: reported like a network failure, with the time it was given. */
export class RequestTimeout extends Error {
	code = 'ETIMEDOUT';

	constructor(readonly afterMs: number) {
		super(`no answer within ${Math.round(afterMs / 1000)} s`);
	}
}

/** Resolves never; rejects once the signal aborts (with a RequestTimeout when its own deadline fired). */
function abortedBy(signal: AbortSignal, deadline: AbortSignal, afterMs: number): Promise<never> {
	return new Promise<never>((_resolve, reject) => {
		const fail = () =>
			reject(
				deadline.aborted ? new RequestTimeout(afterMs) : new Error('The execution was cancelled'),
			);
		if (signal.aborted) fail();
		else signal.addEventListener('abort', fail, { once: true });
	});
}

/** Sends one try: with the signal that ends it (its deadline or cancel), and its time limit in ms. */
export type Send = (signal: AbortSignal | undefined, timeoutMs?: number) => Promise<HttpOutcome>;

/**
 * One try, ended at its deadline or on cancel. The race ends the wait even where n8n's request helper
 * replaces the signal (`httpRequestWithAuthentication` sets its own cancel signal); the time limit is
 * also handed to the request, whose socket then closes when it idles that long.
 */
async function sendOnce(
	context: NodeContext,
	send: Send,
	timeoutMs: number | undefined,
): Promise<HttpOutcome> {
	const cancel = cancelSignal(context);
	if (timeoutMs === undefined) return await send(cancel);
	const limitMs = Math.max(1, timeoutMs);
	const deadline = AbortSignal.timeout(limitMs);
	const signal = cancel ? AbortSignal.any([cancel, deadline]) : deadline;
	const aborted = abortedBy(signal, deadline, timeoutMs);
	aborted.catch(() => undefined);
	return await Promise.race([send(signal, limitMs), aborted]);
}

/**
 * Sends a request, and when `retry` is on, sends it again on 5xx, dropped connections and tries that
 * ran out of time (up to 4 tries) and on 429 (for up to a minute, honouring Retry-After; with
 * `retryRateLimited`, on 429 only). Every
 * answer is reported to the call's rate-limit listener (helpers/executionState.ts: the router slows
 * the batch down on 429s). Every try ends at its own timeout, the overall deadline, or cancel. The
 * caller decides what the final outcome means.
 */
export async function sendWithRetries(
	context: NodeContext,
	send: Send,
	options: SendOptions,
): Promise<SendResult> {
	const { attemptTimeoutMs, deadline, takeTurn } = options;
	let firstRateLimit: number | undefined;
	const timeLeft = () => (deadline === undefined ? Infinity : deadline - Date.now());
	for (let attempt = 1; ; attempt++) {
		const settle = takeTurn ? await takeTurn(timeLeft) : undefined;
		const timeoutMs =
			attemptTimeoutMs === undefined && deadline === undefined
				? undefined
				: Math.max(0, Math.min(attemptTimeoutMs ?? Infinity, timeLeft()));
		try {
			if (timeoutMs === 0) throw new RequestTimeout(0);
			const response = await sendOnce(context, send, timeoutMs);
			settle?.(response.statusCode, retryAfterMs(response.headers));
			const rateLimited = response.statusCode === 429;
			reportRateLimit(context, rateLimited);
			if (rateLimited) firstRateLimit ??= Date.now();
			const patient = rateLimited && Date.now() - (firstRateLimit ?? 0) < RATE_LIMIT_PATIENCE_MS;
			const retry = options.retry || (rateLimited && options.retryRateLimited === true);
			const lastTry =
				!retry || (attempt >= MAX_ATTEMPTS && !patient) || isCancelled(context) || timeLeft() <= 0;
			if (lastTry || !RETRYABLE_STATUS.has(response.statusCode))
				return { response, attempts: attempt };
			const retryAfter = retryAfterMs(response.headers);
			await sleepUnlessCancelled(
				context,
				Math.min(
					timeLeft(),
					retryAfter === undefined ? backoffMs(attempt) : retryAfter + spreadMs(attempt),
				),
			);
		} catch (error) {
			const code = networkErrorCode(error);
			const lastTry =
				!options.retry || attempt >= MAX_ATTEMPTS || isCancelled(context) || timeLeft() <= 0;
			if (lastTry || !code || !RETRYABLE_NETWORK_CODES.has(code)) {
				return { networkError: error as Error & { code?: string }, attempts: attempt };
			}
			await sleepUnlessCancelled(context, Math.min(timeLeft(), backoffMs(attempt)));
		}
	}
}
