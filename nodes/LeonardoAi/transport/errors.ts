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
