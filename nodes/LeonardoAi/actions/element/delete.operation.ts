import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestById } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readElementId } from '../shared/ids';
import { elementIdParameter } from './descriptions';

const properties: INodeProperties[] = [
	{ ...elementIdParameter, description: 'The ID of the trained element to delete' },
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['element'], operation: ['delete'] } },
	properties,
);

/** DELETE /elements/{id} (SDK `deleteelementbyid.ts`: `{ delete_user_loras_by_pk: { id } }`). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readElementId.call(this, itemIndex);
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: '/elements',
			id,
			responseKey: 'delete_user_loras_by_pk',
			what: 'Element',
		},
		itemIndex,
	);
	return [{ json: { elementId: id, deleted: true }, pairedItem: { item: itemIndex } }];
}
