import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	NodeApiError,
} from 'n8n-workflow';

import { markTimedOut, outcomeUnknownError, redactedAnswer, requestError } from './errors';
import { NO_REDIRECTS, isLoopbackHost, isRedirect, redirectText } from './outbound';
import type { HttpOutcome, SendResult } from './retry';
import {
	RequestTimeout,
	networkErrorCode,
	networkReason,
	sendWithRetries,
	triesText,
} from './retry';

export const CREDENTIAL_TYPE = 'leonardoAiApi';
export const DEFAULT_BASE_URL = 'https://cloud.leonardo.ai/api/rest/v1';

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
	 * leave it off: a retried job can charge credits twice.
	 */
	retry?: boolean;
	/** Give up at this moment (ms since the epoch), whatever the per-request timeout: a poll at the end of Wait Timeout. */
	deadline?: number;
	/** How long the request may take (ms), instead of the usual `REQUEST_TIMEOUTS` limit. */
	timeoutMs?: number;
}

/**
 * Known Leonardo error texts (https://docs.leonardo.ai/docs/api-error-messages) and what the user
 * can do about each; the limits quoted are those of SDK `creategeneration.ts`.
 */
const HINTS: Array<[RegExp, string]> = [
	[
		/invalid dimensions/i,
		'Width and height must be multiples of 8 between 32 and 1536 (at most 1024 with Alchemy).',
	],
	[
		/too many images/i,
		'Lower "Number of Images": at most 8, and at most 4 when a side is larger than 768.',
	],
	[
		/invalid init image id/i,
		'Use the ID output by "Init Image → Upload" (json.id), uploaded with the same API key.',
	],
	[
		/unexpected variable/i,
		'A body field is not one Leonardo knows; field names are case-sensitive. Check "Additional Body Fields (JSON)".',
	],
	[/moderation|inappropriate/i, "Leonardo's content filter refused the prompt: rephrase it."],
	[
		/not supported within the production api/i,
		'Pick another model: this one cannot be used through the API.',
	],
	[
		/couldn't access image|failed to find init variation/i,
		'Check the image ID: upscales need a generated image ID, and "Is Variation" when the ID came from an earlier variation.',
	],
	[
		/expected a boolean|expecting a value|validation/i,
		'A parameter has the wrong type or is missing; check the node parameters.',
	],
];

function baseUrlOf(credentials: IDataObject): string {
	const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/**
 * The v2 base for the newer generation endpoint (`POST /api/rest/v2/generations`, docs.leonardo.ai
 * model guides): Leonardo serves v1 and v2 side by side, so the Base URL's last path segment `v1`
 * becomes `v2`. A Base URL whose path does not end in `/v1` gives no v2 address: undefined.
 */
export function v2BaseUrlOf(v1BaseUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(v1BaseUrl);
	} catch {
		return undefined;
	}
	const segments = url.pathname.replace(/\/+$/, '').split('/');
	if (segments[segments.length - 1] !== 'v1') return undefined;
	segments[segments.length - 1] = 'v2';
	url.pathname = segments.join('/');
	return url.toString().replace(/\/+$/, '');
}

/** Leonardo's error texts: v1 `{error, path, code}`; v2 (GraphQL-style) `[{message, extensions: {code}}]` or `{errors: […]}`. */
export function leonardoErrorText(body: unknown): { error?: string; code?: string } {
	const list = Array.isArray(body)
		? body
		: Array.isArray((body as IDataObject | undefined)?.errors)
			? ((body as IDataObject).errors as unknown[])
			: undefined;
	if (list) {
		const entries = list.filter(
			(entry): entry is IDataObject => !!entry && typeof entry === 'object',
		);
		const messages = entries
			.map((entry) => entry.message)
			.filter((message): message is string => typeof message === 'string' && !!message);
		if (!messages.length) return {};
		const code = (entries[0].extensions as IDataObject | undefined)?.code;
		return { error: messages.join('; '), code: typeof code === 'string' ? code : undefined };
	}
	if (body && typeof body === 'object') {
		const { error, code } = body as IDataObject;
		if (typeof error === 'string')
			return { error, code: typeof code === 'string' ? code : undefined };
		if (error && typeof error === 'object') return { error: JSON.stringify(error) };
	}
	if (typeof body === 'string' && body.trim()) return { error: body.trim().slice(0, 500) };
	return {};
}

function describeApiError(
	this: LeonardoContext,
	request: LeonardoRequest,
	status: number,
	body: unknown,
	attempts: number,
): NodeApiError {
	const { error, code } = leonardoErrorText(body);
	const said = error ? `Leonardo said: "${error}"${code ? ` (${code})` : ''}.` : '';
	let message: string;
	let hint: string;
	if (status === 401 || code === 'access-denied' || /authori[sz]ation hook/i.test(error ?? '')) {
		message = 'Leonardo rejected the API key';
		hint =
			'Check the API key in the "Leonardo AI API" credential: create a Production API key at app.leonardo.ai → API Access and paste it there.';
	} else if (status === 429) {
		message = 'Leonardo is rate-limiting requests (429 Too Many Requests)';
		hint = request.retry
			? 'Lower "Concurrency" in the node options, or run the workflow again in a minute.'
			: 'Jobs are never retried automatically (a retry could charge credits twice). Lower "Concurrency" in the node options, or run again in a minute.';
	} else if (status === 404) {
		message = `Leonardo found nothing at ${request.method} ${request.path}`;
		hint = 'Check the ID: it must belong to the account of the API key in the credential.';
	} else {
		message = error ? `Leonardo API error: ${error}` : `Leonardo API error (HTTP ${status})`;
		hint = HINTS.find(([pattern]) => pattern.test(error ?? ''))?.[1] ?? '';
	}
	const description = [hint, said, triesText(attempts).trim()].filter(Boolean).join(' ');
	return requestError(this, { message, description, status, itemIndex: request.itemIndex });
}

/** The URL of a request: the credential's Base URL (v1), or the v2 base derived from it. */
function requestUrl(this: LeonardoContext, baseUrl: string, request: LeonardoRequest): string {
	if (request.apiVersion !== 'v2') return `${baseUrl}${request.path}`;
	const v2 = v2BaseUrlOf(baseUrl);
	if (!v2) {
		throw requestError(this, {
			message: "The Base URL gives no address for Leonardo's v2 endpoint",
			description: `Newer models use /api/rest/v2, found by replacing the final /v1 of the Base URL with /v2. "${baseUrl}" does not end in /v1: use a Base URL that ends in /api/rest/v1 (a proxy must keep Leonardo's path layout).`,
			itemIndex: request.itemIndex,
		});
	}
	return `${v2}${request.path}`;
}

/**
 * The credential's Base URL, refused unless the API key would travel safely to it: https, or plain
 * http to this machine only (the sandbox, a local proxy); never with a user name or password in it
 * (which is then not repeated in any message).
 */
function checkedBaseUrl(
	this: LeonardoContext,
	credentials: IDataObject,
	itemIndex?: number,
): string {
	const baseUrl = baseUrlOf(credentials);
	const refuse = (message: string, description: string) =>
		requestError(this, { message, description, itemIndex });
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw refuse(
			'The Base URL in the "Leonardo AI API" credential is not a valid URL',
			`Use ${DEFAULT_BASE_URL}, or the address of your proxy or local sandbox.`,
		);
	}
	if (url.username || url.password) {
		throw refuse(
			'The Base URL in the "Leonardo AI API" credential contains a user name or password',
			'Remove them from the Base URL: the node sends the API key itself, and a password in a URL ends up in logs.',
		);
	}
	if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))
		return baseUrl;
	throw refuse(
		`The Base URL in the "Leonardo AI API" credential must use https (it is ${url.protocol}//${url.host})`,
		`The API key would travel unencrypted. Use ${DEFAULT_BASE_URL}; plain http is allowed only to this machine (localhost, 127.0.0.1, ::1), e.g. the local sandbox.`,
	);
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
): Promise<Sent> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = checkedBaseUrl.call(this, credentials, request.itemIndex);
	const retry = request.retry ?? request.method === 'GET';
	const url = requestUrl.call(this, baseUrl, request);
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
		{ retry, attemptTimeoutMs: timeoutMs, deadline: request.deadline },
	);
	return { outcome, url, baseUrl, retry, apiKey: String(credentials.apiKey ?? '') };
}

function unreachable(this: LeonardoContext, sent: Sent, request: LeonardoRequest, error: Error) {
	const reason = networkReason(error);
	const message =
		error instanceof RequestTimeout
			? `Leonardo did not answer ${request.method} ${request.path} in time (${reason})`
			: `Could not reach Leonardo at ${sent.baseUrl}`;
	const description = `${reason}. Check the Base URL in the "Leonardo AI API" credential and the network.${triesText(sent.outcome.attempts)}`;
	return requestError(this, { message, description, itemIndex: request.itemIndex });
}

function redirected(
	this: LeonardoContext,
	sent: Sent,
	request: LeonardoRequest,
	response: HttpOutcome,
) {
	const message = `Leonardo's API answered ${request.method} ${request.path} with ${redirectText(response, sent.url)}`;
	const description =
		'The node never follows redirects from the API, so the API key cannot reach another host. Check the Base URL in the "Leonardo AI API" credential: it must be the API\'s own address (https://cloud.leonardo.ai/api/rest/v1), or a proxy that answers itself.';
	return requestError(this, {
		message,
		description,
		status: response.statusCode,
		itemIndex: request.itemIndex,
	});
}

/** Calls Leonardo's REST API with the credential's key; any failure is an error that says what to do. */
export async function leonardoApiRequest(
	this: LeonardoContext,
	request: LeonardoRequest,
): Promise<IDataObject> {
	const sent = await sendToLeonardo.call(this, request, REQUEST_TIMEOUTS.apiMs);
	if ('networkError' in sent.outcome)
		throw unreachable.call(this, sent, request, sent.outcome.networkError);
	const response = sent.outcome.response;
	if (isRedirect(response)) throw redirected.call(this, sent, request, response);
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

/** The HTTP status a v2 error answered with 200 says it stands for (`errors[].extensions.statusCode`). */
function statedStatus(body: unknown): number | undefined {
	const list = Array.isArray(body) ? body : (body as IDataObject | undefined)?.errors;
	if (!Array.isArray(list)) return undefined;
	return list
		.map((entry: IDataObject | undefined) =>
			Number((entry?.extensions as IDataObject | undefined)?.statusCode),
		)
		.find((status) => Number.isInteger(status));
}

/** How a job's POST answer is read. */
export interface JobAnswer {
	/** What the job makes, for messages: "generation", "element". */
	kind: string;
	/** The new job's ID in the answer (a string, or an integer such as a trained element's). */
	idOf(answer: IDataObject): unknown;
	/** Where the user checks whether the job started after all (see `outcomeUnknownError`). */
	howToCheck: string;
}

/**
 * POSTs a paid job (a generation, a variation, a training), once: never retried, and its answer read
 * for what it means for the user's credits. Leonardo refusing it (4xx, 429, or a 200 whose errors
 * state a 4xx — v2 answers errors with HTTP 200:
 * https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai)
 * started nothing: the usual API error. Anything else that is not a JSON answer with the new job's ID
 * — a 5xx, an HTML page, a dropped connection, no answer in time — may have started the job and
 * charged for it: an error marked as such (`isOutcomeUnknown`), the answer (secrets removed) in it.
 */
export async function leonardoJobRequest(
	this: IExecuteFunctions,
	request: LeonardoRequest,
	job: JobAnswer,
): Promise<{ answer: IDataObject; id: string }> {
	const jobRequest = { ...request, retry: false };
	const sent = await sendToLeonardo.call(
		this,
		jobRequest,
		request.timeoutMs ?? REQUEST_TIMEOUTS.jobPostMs,
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
			throw unreachable.call(this, sent, jobRequest, error);
		throw markTimedOut(
			unknown(`${call} got no complete answer`, undefined, networkReason(error)),
			error instanceof RequestTimeout,
		);
	}
	const response = sent.outcome.response;
	if (isRedirect(response)) throw redirected.call(this, sent, jobRequest, response);
	const { statusCode, body } = response;
	const status = statusCode < 300 ? (statedStatus(body) ?? statusCode) : statusCode;
	// 408 Request Timeout, 504 Gateway Timeout: Leonardo (or its gateway) ran out of time.
	const late = status === 408 || status === 504;
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
	const raw = job.idOf(answer);
	const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
	if (typeof id !== 'string' || !id)
		throw unknown(`Leonardo answered ${call} with HTTP ${statusCode} but no ${job.kind} ID`, body);
	return { answer, id };
}
