import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { datasetId, requestOptions } from '../common.descriptions';
import { ensureFound } from '../found';
import { readId } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	{ ...datasetId, description: 'The ID of the dataset to get' },
	requestOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readId.call(
		this,
		'datasetId',
		'Dataset ID',
		itemIndex,
		'Map it from "Dataset → Create" ({{ $json.id }}).',
	);
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/datasets/${encodeURIComponent(id)}`,
		itemIndex,
	});
	const { dataset_images: images, ...dataset } = ensureFound.call(
		this,
		response.datasets_by_pk,
		'Dataset',
		id,
		itemIndex,
	);
	return [
		{
			json: { ...dataset, images: (images as IDataObject[] | undefined) ?? [] },
			pairedItem: { item: itemIndex },
		},
	];
}
