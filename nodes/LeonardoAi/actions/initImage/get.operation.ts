import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { initImageId, concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readInitImageId } from '../shared/ids';
import { requestById } from '../shared/byId';

const properties: INodeProperties[] = [initImageId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readInitImageId.call(this, itemIndex);
	const image = await requestById.call(
		this,
		{
			method: 'GET',
			collection: '/init-image',
			id,
			responseKey: 'init_images_by_pk',
			what: 'Init image',
		},
		itemIndex,
	);
	return [{ json: image, pairedItem: { item: itemIndex } }];
}
