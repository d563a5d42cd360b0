import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
