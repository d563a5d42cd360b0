import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import {
	describeApiError,
	leonardoErrorText,
	redirected,
	statedStatus,
	unreachable,
} from './apiErrors';
import { checkedBaseUrl, requestUrl } from './baseUrl';
import { markTimedOut, outcomeUnknownError, redactedAnswer } from './errors';
import { NO_REDIRECTS, isRedirect } from './outbound';
import { noteConcurrencySlots, settleTurn, takeTurn } from './pacing';
import type { HttpOutcome, SendResult } from './retry';
import { RequestTimeout, networkErrorCode, networkReason, sendWithRetries } from './retry';

export const CREDENTIAL_TYPE = 'leonardoAiApi';

export type LeonardoContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface LeonardoRequest {
	method: IHttpRequestMethods;
	/** Path below the v1 base URL, e.g. `/generations`. */
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
	itemIndex?: number;
	/** v2 is the newer generation endpoint; its base is the credential's Base URL with its final /v1 → /v2. */
	apiVersion?: 'v1' | 'v2';
	/**
	 * Retry on 429 and 5xx. On by default for GET; presign POSTs opt in. Job-creating POSTs must
	 * leave it off: a job retried after a 5xx can charge credits twice (they are retried on 429 only,
	 * `leonardoJobRequest`).
	 */
	retry?: boolean;
	/** With `retry` off: still sent again after a 429, which started (and charged) nothing (RFC 6585). */
	retryRateLimited?: boolean;
	/** Give up at this moment (ms since the epoch), whatever the per-request timeout: a poll at the end of Wait Timeout. */
	deadline?: number;
	/** How long the request may take (ms), instead of the usual `REQUEST_TIMEOUTS` limit. */
	timeoutMs?: number;
}

/**
 * How long one request may take before it is abandoned: reads and presigns, a job's POST (which
 * Leonardo answers once it has queued the job), and a sync job's POST, which Leonardo answers with
 * the finished result or gives up on after ~27 s (https://docs.leonardo.ai/reference/createsyncgeneration).
 * An object, so tests can lower them.
 */
export const REQUEST_TIMEOUTS = { apiMs: 60_000, jobPostMs: 120_000, syncJobMs: 60_000 };

interface Sent {
	outcome: SendResult;
	/** To remove from any answer that is shown. */
	apiKey: string;
	url: string;
	baseUrl: string;
	retry: boolean;
}

/**
 * Sends one Leonardo API request with the credential's key. The key is attached only here, by
 * n8n's `httpRequestWithAuthentication`, and only to the credential's checked Base URL: redirects
 * are never followed, so it cannot travel on to another host.
 */
async function sendToLeonardo(
	this: LeonardoContext,
	request: LeonardoRequest,
	timeoutMs: number,
	retryRateLimited = false,
): Promise<Sent> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = checkedBaseUrl.call(this, credentials, request.itemIndex);
	const retry = request.retry ?? request.method === 'GET';
	const url = requestUrl.call(this, baseUrl, request);
	const apiKey = String(credentials.apiKey ?? '');
	const paced = {
		baseUrl,
		apiKey,
		method: request.method,
		apiVersion: request.apiVersion ?? 'v1',
		path: request.path,
	};
	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		qs: request.qs,
		body: request.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		...NO_REDIRECTS,
	};
	const outcome = await sendWithRetries(
		this,
		async (abortSignal, timeout) =>
			(await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
				...options,
				abortSignal,
				timeout,
			})) as HttpOutcome,
		{
			retry,
			retryRateLimited,
			attemptTimeoutMs: timeoutMs,
			deadline: request.deadline,
			takeTurn: async (timeLeftMs) => {
				const ticket = await takeTurn(this, paced, timeLeftMs);
				return (statusCode, retryAfterMs) => settleTurn(ticket, statusCode, retryAfterMs);
			},
		},
	);
	if (request.method === 'GET' && request.path === '/me' && 'response' in outcome)
		noteConcurrencySlots(baseUrl, apiKey, accountSlots(outcome.response.body));
	return { outcome, url, baseUrl, retry, apiKey };
}

/** GET /me's `user_details[0].apiConcurrencySlots`: the generation endpoints' rate follows it (rateLimits.ts). */
function accountSlots(body: unknown): unknown {
	const details = (body as { user_details?: Array<{ apiConcurrencySlots?: unknown }> } | null)
		?.user_details;
	return Array.isArray(details) ? details[0]?.apiConcurrencySlots : undefined;
}

/** Calls Leonardo's REST API with the credential's key; any failure is an error that says what to do. */
export async function leonardoApiRequest(
	this: LeonardoContext,
	request: LeonardoRequest,
): Promise<IDataObject> {
	const sent = await sendToLeonardo.call(
		this,
		request,
		REQUEST_TIMEOUTS.apiMs,
		request.retryRateLimited === true,
	);
	if ('networkError' in sent.outcome)
		throw unreachable.call(
			this,
			request,
			sent.baseUrl,
			sent.outcome.attempts,
			sent.outcome.networkError,
		);
	const response = sent.outcome.response;
	if (isRedirect(response)) throw redirected.call(this, request, sent.url, response);
	const { statusCode, body } = response;
	if (statusCode < 400 && leonardoErrorText(body).error === undefined)
		return (body ?? {}) as IDataObject;
	// v2 answers its errors with HTTP 200 and the status they stand for in the body.
	const status = statusCode < 300 ? (statedStatus(body) ?? statusCode) : statusCode;
	throw describeApiError.call(
		this,
		{ ...request, retry: sent.retry },
		status,
		body,
		sent.outcome.attempts,
	);
}

/** Network failures where the request cannot have reached Leonardo: nothing was started. */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL']);

/** How a job's POST answer is read. */
export interface JobAnswer {
	/** What the job makes, for messages: "generation", "element". */
	kind: string;
	/**
	 * The new job's ID in the answer (a string, or an integer such as a trained element's). Absent
	 * where the answer is the result itself and names no job (Realtime's LCM endpoints): the ID is ''.
	 */
	idOf?(answer: IDataObject): unknown;
	/** Where the user checks whether the job started after all (see `outcomeUnknownError`). */
	howToCheck: string;
	/**
	 * The endpoint answers a refusal with HTTP 200 and a list of errors (GraphQL's shape): such an
	 * answer started nothing. Set where the spec says so (SDK `executeblueprint.ts`: 200 is
	 * `SuccessResponse | Array<ApiError>`).
	 */
	refusesWithErrorList?: boolean;
}

/**
 * POSTs a paid job (a generation, a variation, a training), sent again only after a 429 (which
 * started nothing), and its answer read for what it means for the user's credits. Leonardo refusing
 * it (4xx, 429 for over a minute, or a 200 whose errors state a 4xx — v2 answers errors with HTTP 200:
 * https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai) started nothing: the
 * usual API error. Anything else that is not a JSON answer with the new job's ID — a 5xx, an HTML
 * page, a dropped connection, no answer in time — may have started the job and charged for it: an
 * error marked as such (`isOutcomeUnknown`), the answer (secrets removed) in it.
 */
export async function leonardoJobRequest(
	this: IExecuteFunctions,
	request: LeonardoRequest,
	job: JobAnswer,
): Promise<{ answer: IDataObject; id: string }> {
	const jobRequest = { ...request, retry: false };
	// A 429 started nothing: sent again (for up to a minute, honouring Retry-After), never after a 5xx.
	const sent = await sendToLeonardo.call(
		this,
		jobRequest,
		request.timeoutMs ?? REQUEST_TIMEOUTS.jobPostMs,
		true,
	);
	const unknown = (what: string, body?: unknown, reason?: string) =>
		outcomeUnknownError(this, {
			what,
			reason,
			answer: body === undefined ? undefined : redactedAnswer(body, [sent.apiKey]),
			howToCheck: job.howToCheck,
			itemIndex: request.itemIndex,
		});
	const call = `${request.method} ${request.apiVersion === 'v2' ? '/v2' : ''}${request.path}`;
	if ('networkError' in sent.outcome) {
		const error = sent.outcome.networkError;
		if (NOT_DELIVERED.has(networkErrorCode(error) ?? ''))
			throw unreachable.call(this, jobRequest, sent.baseUrl, sent.outcome.attempts, error);
		throw markTimedOut(
			unknown(`${call} got no complete answer`, undefined, networkReason(error)),
			error instanceof RequestTimeout,
		);
	}
	const response = sent.outcome.response;
	if (isRedirect(response)) throw redirected.call(this, jobRequest, sent.url, response);
	const { statusCode, body } = response;
	const status = statusCode < 300 ? (statedStatus(body) ?? statusCode) : statusCode;
	// 408 Request Timeout, 504 Gateway Timeout: Leonardo (or its gateway) ran out of time.
	const late = status === 408 || status === 504;
	const refusedInList =
		job.refusesWithErrorList === true &&
		statusCode < 300 &&
		Array.isArray(body) &&
		leonardoErrorText(body).error !== undefined;
	if (refusedInList)
		throw describeApiError.call(
			this,
			jobRequest,
			status < 300 ? 400 : status,
			body,
			sent.outcome.attempts,
		);
	if (status >= 400 && status < 500)
		throw markTimedOut(
			describeApiError.call(this, jobRequest, status, body, sent.outcome.attempts),
			late,
		);
	const isObject = !!body && typeof body === 'object' && !Array.isArray(body);
	if (status >= 300 || !isObject || leonardoErrorText(body).error !== undefined)
		throw markTimedOut(
			unknown(
				`Leonardo answered ${call} with HTTP ${statusCode}${isObject ? '' : ', not JSON'}`,
				body,
			),
			late,
		);
	const answer = body as IDataObject;
	if (!job.idOf) return { answer, id: '' };
	const raw = job.idOf(answer);
	const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
	if (typeof id !== 'string' || !id)
		throw unknown(`Leonardo answered ${call} with HTTP ${statusCode} but no ${job.kind} ID`, body);
	return { answer, id };
}
