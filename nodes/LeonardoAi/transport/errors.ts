import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import type { NodeContext } from '../helpers/context';

export interface RequestFailure {
	message: string;
	description: string;
	itemIndex?: number;
	/** The HTTP status, when there was an answer. */
	status?: number;
}

/**
 * The error for a failed request, built from our own words only: a caught error would carry the
 * request config, Authorization header included.
 */
export function requestError(context: NodeContext, failure: RequestFailure): NodeApiError {
	const { message, description, itemIndex, status } = failure;
	const httpCode = status === undefined ? undefined : String(status);
	return new NodeApiError(context.getNode(), { message, description, httpCode } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex,
	});
}

/** Keys whose values are never shown from an answer, whatever they hold (text, a list, an object). */
const SECRET_KEYS =
	/^(api_?key|key|token|access_?token|secret|password|authorization|signature|policy|x-amz-signature|webhookCallbackApiKey)$/i;

/** An answer body as one short line for a message: secret fields, the API key and bearer tokens removed. */
export function redactedAnswer(body: unknown, secrets: string[]): string {
	let text: string;
	if (body === undefined || body === null || body === '') return '(empty)';
	if (typeof body === 'string') text = body;
	else if (Buffer.isBuffer(body)) text = body.toString('utf8');
	else
		text = JSON.stringify(body, (key, value: unknown) =>
			SECRET_KEYS.test(key) ? '[redacted]' : value,
		);
	for (const secret of secrets) if (secret) text = text.split(secret).join('[redacted]');
	text = text
		.replace(/(bearer\s+)[^\s"',]+/gi, '$1[redacted]')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

export interface UnknownOutcome {
	/** What happened to the POST: "Leonardo answered POST /generations with HTTP 502, not JSON". */
	what: string;
	/** How the user finds out whether the job started: the operation that lists or gets it. */
	howToCheck: string;
	/** The answer, redacted. */
	answer?: string;
	/**
	 * Why there was no answer (ECONNRESET, a timeout), kept out of the message: NodeApiError replaces a
	 * message that names a network error code with n8n's generic text.
	 */
	reason?: string;
	itemIndex?: number;
}

/**
 * A job POST whose outcome is unknown: Leonardo may have started the job and charged for it. The
 * error is marked (`context.jobOutcome`), so the node never sends that job again in the execution.
 */
export function outcomeUnknownError(context: NodeContext, failure: UnknownOutcome): NodeApiError {
	const answer = failure.answer === undefined ? '' : ` Leonardo's answer: ${failure.answer}`;
	const reason = failure.reason === undefined ? '' : `${failure.reason}. `;
	const error = requestError(context, {
		message: `${failure.what}: the job may have started and been charged`,
		description: `${reason}The node does not send it again (a second POST would be a second paid job) and starts no further job in this run. ${failure.howToCheck}${answer}`,
		itemIndex: failure.itemIndex,
	});
	error.context.jobOutcome = 'unknown';
	return error;
}

export function isOutcomeUnknown(error: unknown): error is NodeApiError {
	return error instanceof NodeApiError && error.context?.jobOutcome === 'unknown';
}

/**
 * Marks a job POST's error as "ran out of time" (no answer within the request's limit, or Leonardo
 * answered 408 / 504), for callers with their own words for it (a sync job's ~27 s limit).
 */
export function markTimedOut(error: NodeApiError, timedOut: boolean): NodeApiError {
	if (timedOut) error.context.timedOut = true;
	return error;
}

export function isTimedOut(error: unknown): error is NodeApiError {
	return error instanceof NodeApiError && error.context?.timedOut === true;
}
