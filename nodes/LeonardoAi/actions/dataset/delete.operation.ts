import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { datasetId, concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readDatasetId } from '../shared/ids';
import { requestById } from '../shared/byId';

const properties: INodeProperties[] = [
	{ ...datasetId, description: 'The ID of the dataset to delete' },
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readDatasetId.call(this, itemIndex);
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: '/datasets',
			id,
			responseKey: 'delete_datasets_by_pk',
			what: 'Dataset',
		},
		itemIndex,
	);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
