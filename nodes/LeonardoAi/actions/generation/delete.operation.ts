import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { requestOptions } from '../common.descriptions';
import { ensureFound } from '../found';
import { readGenerationId } from './body';
import { generationIdParameter } from './descriptions';

const properties: INodeProperties[] = [
	{ ...generationIdParameter, description: 'The ID of the generation to delete, with its images' },
	requestOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readGenerationId.call(this, itemIndex);
	const response = await leonardoApiRequest.call(this, {
		method: 'DELETE',
		path: `/generations/${encodeURIComponent(id)}`,
		itemIndex,
	});
	ensureFound.call(this, response.delete_generations_by_pk, 'Generation', id, itemIndex);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
