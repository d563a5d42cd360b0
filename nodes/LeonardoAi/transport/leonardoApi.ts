import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { HttpOutcome } from './retry';
import { networkErrorCode, sendWithRetries } from './retry';

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
	/** v2 is the newer generation endpoint; its base is the credential's Base URL with v1 → v2. */
	apiVersion?: 'v1' | 'v2';
	/**
	 * Retry on 429 and 5xx. On by default for GET; presign POSTs opt in. Job-creating POSTs must
	 * leave it off: a retried job can charge credits twice.
	 */
	retry?: boolean;
}

/** Known Leonardo error texts and what the user can do about each (leonardo-api.md §11). */
const HINTS: Array<[RegExp, string]> = [
	[/invalid dimensions/i, 'Width and height must be multiples of 8 between 32 and 1536 (at most 1024 with Alchemy).'],
	[/too many images/i, 'Lower "Number of Images": at most 8, and at most 4 when a side is larger than 768.'],
	[/invalid init image id/i, 'Use the ID output by "Init Image → Upload" (json.id), uploaded with the same API key.'],
	[/unexpected variable/i, 'A body field is not one Leonardo knows; field names are case-sensitive. Check "Additional Body Fields (JSON)".'],
	[/moderation|inappropriate/i, 'Leonardo\'s content filter refused the prompt: rephrase it.'],
	[/not supported within the production api/i, 'Pick another model: this one cannot be used through the API.'],
	[/couldn't access image|failed to find init variation/i, 'Check the image ID: upscales need a generated image ID, and "Is Variation" when the ID came from an earlier variation.'],
	[/expected a boolean|expecting a value|validation/i, 'A parameter has the wrong type or is missing; check the node parameters.'],
];

function baseUrlOf(credentials: IDataObject): string {
	const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

function leonardoErrorText(body: unknown): { error?: string; code?: string } {
	if (body && typeof body === 'object' && !Array.isArray(body)) {
		const { error, code } = body as IDataObject;
		if (typeof error === 'string') return { error, code: typeof code === 'string' ? code : undefined };
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
		hint = 'Check the API key in the "Leonardo AI API" credential: create a Production API key at app.leonardo.ai → API Access and paste it there.';
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
	const tries = attempts > 1 ? ` Tried ${attempts} times.` : '';
	const description = [hint, said, tries.trim()].filter(Boolean).join(' ');
	return new NodeApiError(
		this.getNode(),
		{ message, description, httpCode: String(status) } as JsonObject,
		{ message, description, httpCode: String(status), itemIndex: request.itemIndex },
	);
}

/**
 * Calls Leonardo's REST API with the credential's key. The key is attached only here, by
 * n8n's `httpRequestWithAuthentication`, and only to the credential's Base URL.
 */
export async function leonardoApiRequest(
	this: LeonardoContext,
	request: LeonardoRequest,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseUrl = baseUrlOf(credentials);
	const retry = request.retry ?? request.method === 'GET';
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${request.apiVersion === 'v2' ? baseUrl.replace(/\/v1$/, '/v2') : baseUrl}${request.path}`,
		qs: request.qs,
		body: request.body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};

	const outcome = await sendWithRetries(
		this,
		async () => (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, { ...options })) as HttpOutcome,
		retry,
	);
	const tries = outcome.attempts > 1 ? ` Tried ${outcome.attempts} times.` : '';
	if ('networkError' in outcome) {
		const message = `Could not reach Leonardo at ${baseUrl}`;
		const description = `${networkErrorCode(outcome.networkError) ?? outcome.networkError.message}. Check the Base URL in the "Leonardo AI API" credential and the network.${tries}`;
		// A fresh error object: the caught one holds the request config, Authorization header included.
		throw new NodeApiError(this.getNode(), { message, description } as JsonObject, {
			message,
			description,
			itemIndex: request.itemIndex,
		});
	}
	const { statusCode, body } = outcome.response;
	if (statusCode < 400 && leonardoErrorText(body).error === undefined) return (body ?? {}) as IDataObject;
	throw describeApiError.call(this, { ...request, retry }, statusCode, body, outcome.attempts);
}
