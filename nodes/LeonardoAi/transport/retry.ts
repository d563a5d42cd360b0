import { slowDown, speedUp } from '../helpers/batch';
import type { NodeContext } from '../helpers/context';
import { isCancelled, sleepUnlessCancelled } from '../helpers/cancel';

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

/**
 * Sends a request, and when `retry` is on, sends it again on 5xx and dropped connections (up to 4
 * tries) and on 429 (for up to a minute, honouring Retry-After; the execution's automatic
 * concurrency halves meanwhile).
 * The caller decides what the final outcome means.
 */
export async function sendWithRetries(
	context: NodeContext,
	send: () => Promise<HttpOutcome>,
	retry: boolean,
): Promise<SendResult> {
	let firstRateLimit: number | undefined;
	for (let attempt = 1; ; attempt++) {
		try {
			const response = await send();
			const rateLimited = response.statusCode === 429;
			if (rateLimited) slowDown(context);
			else speedUp(context);
			if (rateLimited) firstRateLimit ??= Date.now();
			const patient = rateLimited && Date.now() - (firstRateLimit ?? 0) < RATE_LIMIT_PATIENCE_MS;
			const lastTry = !retry || (attempt >= MAX_ATTEMPTS && !patient) || isCancelled(context);
			if (lastTry || !RETRYABLE_STATUS.has(response.statusCode))
				return { response, attempts: attempt };
			const retryAfter = retryAfterMs(response.headers);
			await sleepUnlessCancelled(
				context,
				retryAfter === undefined ? backoffMs(attempt) : retryAfter + spreadMs(attempt),
			);
		} catch (error) {
			const code = networkErrorCode(error);
			const lastTry = !retry || attempt >= MAX_ATTEMPTS || isCancelled(context);
			if (lastTry || !code || !RETRYABLE_NETWORK_CODES.has(code)) {
				return { networkError: error as Error & { code?: string }, attempts: attempt };
			}
			await sleepUnlessCancelled(context, backoffMs(attempt));
		}
	}
}
