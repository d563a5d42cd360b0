import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { datasetId, concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readDatasetId } from '../shared/ids';
import { requestById } from '../shared/byId';

const properties: INodeProperties[] = [
	{ ...datasetId, description: 'The ID of the dataset to get' },
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readDatasetId.call(this, itemIndex);
	const { dataset_images: images, ...dataset } = await requestById.call(
		this,
		{ method: 'GET', collection: '/datasets', id, responseKey: 'datasets_by_pk', what: 'Dataset' },
		itemIndex,
	);
	return [
		{
			json: { ...dataset, images: (images as IDataObject[] | undefined) ?? [] },
			pairedItem: { item: itemIndex },
		},
	];
}
