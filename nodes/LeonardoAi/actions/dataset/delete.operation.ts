import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { datasetId, requestOptions } from '../common.descriptions';
import { ensureFound } from '../found';
import { readId } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	{ ...datasetId, description: 'The ID of the dataset to delete' },
	requestOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['delete'] } },
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
		method: 'DELETE',
		path: `/datasets/${encodeURIComponent(id)}`,
		itemIndex,
	});
	ensureFound.call(this, response.delete_datasets_by_pk, 'Dataset', id, itemIndex);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
