import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestById } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readModelId } from '../shared/ids';
import { modelIdParameter } from './descriptions';

const properties: INodeProperties[] = [
	{ ...modelIdParameter, description: 'The ID of the custom model to delete' },
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['model'], operation: ['delete'] } },
	properties,
);

/** DELETE /models/{id} (SDK `deletemodelbyid.ts`: `{ delete_custom_models_by_pk: { id } }`). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readModelId.call(this, itemIndex);
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: '/models',
			id,
			responseKey: 'delete_custom_models_by_pk',
			what: 'Model',
		},
		itemIndex,
	);
	return [{ json: { modelId: id, deleted: true }, pairedItem: { item: itemIndex } }];
}
