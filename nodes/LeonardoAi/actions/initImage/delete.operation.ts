import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { initImageId, concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readInitImageId } from '../shared/ids';
import { requestById } from '../shared/byId';

const properties: INodeProperties[] = [initImageId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readInitImageId.call(this, itemIndex);
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: '/init-image',
			id,
			responseKey: 'delete_init_images_by_pk',
			what: 'Init image',
		},
		itemIndex,
	);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
