import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';

/** Leonardo answers an unknown ID with `null` (HTTP 200): turn that into an error that says so. */
export function ensureFound(
	this: IExecuteFunctions,
	value: unknown,
	what: string,
	id: string,
	itemIndex: number,
): IDataObject {
	if (value && typeof value === 'object') return value as IDataObject;
	throw new NodeOperationError(this.getNode(), `${what} ${id} was not found`, {
		itemIndex,
		description: 'Check the ID: it must belong to the account of the API key in the credential.',
	});
}

export interface ByIdRequest {
	method: 'GET' | 'DELETE';
	/** The path before the ID, e.g. `/datasets`. */
	collection: string;
	/** The key Leonardo wraps the object in, e.g. `datasets_by_pk`. */
	responseKey: string;
	/** For messages: "Dataset". */
	what: string;
	id: string;
}

/** GETs or DELETEs one object by ID; an unknown ID is an error naming it. */
export async function requestById(
	this: IExecuteFunctions,
	request: ByIdRequest,
	itemIndex: number,
): Promise<IDataObject> {
	const response = await leonardoApiRequest.call(this, {
		method: request.method,
		path: `${request.collection}/${encodeURIComponent(request.id)}`,
		itemIndex,
	});
	return ensureFound.call(this, response[request.responseKey], request.what, request.id, itemIndex);
}
