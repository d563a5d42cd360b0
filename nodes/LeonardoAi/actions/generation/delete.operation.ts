import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { requestById } from '../shared/byId';
import { readGenerationId } from './body';
import { generationIdParameter } from './descriptions';

const properties: INodeProperties[] = [
	{ ...generationIdParameter, description: 'The ID of the generation to delete, with its images' },
	concurrencyOnlyOptions,
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
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: '/generations',
			id,
			responseKey: 'delete_generations_by_pk',
			what: 'Generation',
		},
		itemIndex,
	);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
