import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { requestError } from './errors';
import type { LeonardoContext, LeonardoRequest } from './leonardoApi';
import { redirectText } from './outbound';
import type { HttpOutcome } from './retry';
import { RequestTimeout, networkReason, triesText } from './retry';

/**
 * Known Leonardo error texts (https://docs.leonardo.ai/docs/api-error-messages) and what the user
 * can do about each. The sizes and counts quoted are the SDK's field notes
 * (node_modules/@leonardo-ai/sdk/src/sdk/models/operations/creategeneration.ts: width and height
 * 32–1536 in multiples of 8; 1–8 images, 1–4 when a side is over 768); the file says nothing of
 * the 1024 with Alchemy.
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

/**
 * Leonardo's error texts: v1 `{error, path, code}` (https://docs.leonardo.ai/docs/api-error-messages);
 * v2 (GraphQL-style) `{errors: [{message, extensions: {code, statusCode}}]}`
 * (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai); a bare list of such
 * entries is read alike.
 */
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

/**
 * The HTTP status a v2 error answered with 200 says it stands for (`errors[].extensions.statusCode`,
 * https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai).
 */
export function statedStatus(body: unknown): number | undefined {
	const list = Array.isArray(body) ? body : (body as IDataObject | undefined)?.errors;
	if (!Array.isArray(list)) return undefined;
	return list
		.map((entry: IDataObject | undefined) =>
			Number((entry?.extensions as IDataObject | undefined)?.statusCode),
		)
		.find((status) => Number.isInteger(status));
}

/** Leonardo's answer of an error status (or an error in a 2xx body): what went wrong and what to do. */
export function describeApiError(
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
		hint = 'Lower "Concurrency" in the node options, or run the workflow again in a minute.';
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

/** No answer: the connection failed, or no answer came in time. */
export function unreachable(
	this: LeonardoContext,
	request: LeonardoRequest,
	baseUrl: string,
	attempts: number,
	error: Error,
) {
	const reason = networkReason(error);
	const message =
		error instanceof RequestTimeout
			? `Leonardo did not answer ${request.method} ${request.path} in time (${reason})`
			: `Could not reach Leonardo at ${baseUrl}`;
	const description = `${reason}. Check the Base URL in the "Leonardo AI API" credential and the network.${triesText(attempts)}`;
	return requestError(this, { message, description, itemIndex: request.itemIndex });
}

/** A 3xx answer, which the node never follows (the key would travel with it). */
export function redirected(
	this: LeonardoContext,
	request: LeonardoRequest,
	url: string,
	response: HttpOutcome,
) {
	const message = `Leonardo's API answered ${request.method} ${request.path} with ${redirectText(response, url)}`;
	const description =
		'The node never follows redirects from the API, so the API key cannot reach another host. Check the Base URL in the "Leonardo AI API" credential: it must be the API\'s own address (https://cloud.leonardo.ai/api/rest/v1), or a proxy that answers itself.';
	return requestError(this, {
		message,
		description,
		status: response.statusCode,
		itemIndex: request.itemIndex,
	});
}
