import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { datasetId, requestOptions } from '../common.descriptions';
import { ensureFound } from '../found';

const properties: INodeProperties[] = [{ ...datasetId, description: 'The ID of the dataset to delete' }, requestOptions];

export const description = updateDisplayOptions({ show: { resource: ['dataset'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = (this.getNodeParameter('datasetId', itemIndex) as string).trim();
	const response = await leonardoApiRequest.call(this, { method: 'DELETE', path: `/datasets/${encodeURIComponent(id)}`, itemIndex });
	ensureFound.call(this, response.delete_datasets_by_pk, 'Dataset', id, itemIndex);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
