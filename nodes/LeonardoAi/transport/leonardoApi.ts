import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	NodeApiError,
} from 'n8n-workflow';

import { requestError } from './errors';
import { NO_REDIRECTS, isRedirect, redirectText } from './outbound';
import type { HttpOutcome } from './retry';
import { networkReason, sendWithRetries, triesText } from './retry';

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
}

/** Known Leonardo error texts and what the user can do about each (leonardo-api.md §11). */
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
 * Calls Leonardo's REST API with the credential's key. The key is attached only here, by
 * n8n's `httpRequestWithAuthentication`, and only to the credential's Base URL: redirects are
 * never followed, so it cannot travel on to another host.
 */
export async function leonardoApiRequest(
	this: LeonardoContext,
	request: LeonardoRequest,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = baseUrlOf(credentials);
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
		async () =>
			(await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
				...options,
			})) as HttpOutcome,
		retry,
	);
	if ('networkError' in outcome) {
		const message = `Could not reach Leonardo at ${baseUrl}`;
		const description = `${networkReason(outcome.networkError)}. Check the Base URL in the "Leonardo AI API" credential and the network.${triesText(outcome.attempts)}`;
		throw requestError(this, { message, description, itemIndex: request.itemIndex });
	}
	const { statusCode, body } = outcome.response;
	if (isRedirect(outcome.response)) {
		const message = `Leonardo's API answered ${request.method} ${request.path} with ${redirectText(outcome.response, url)}`;
		const description =
			'The node never follows redirects from the API, so the API key cannot reach another host. Check the Base URL in the "Leonardo AI API" credential: it must be the API\'s own address (https://cloud.leonardo.ai/api/rest/v1), or a proxy that answers itself.';
		throw requestError(this, {
			message,
			description,
			status: statusCode,
			itemIndex: request.itemIndex,
		});
	}
	if (statusCode < 400 && leonardoErrorText(body).error === undefined)
		return (body ?? {}) as IDataObject;
	throw describeApiError.call(this, { ...request, retry }, statusCode, body, outcome.attempts);
}
