import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { initImageId, requestOptions } from '../common.descriptions';
import { ensureFound } from '../found';
import { readId } from '../../helpers/parameters';

const properties: INodeProperties[] = [initImageId, requestOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readId.call(
		this,
		'initImageId',
		'Init Image ID',
		itemIndex,
		'Map it from "Init Image → Upload" ({{ $json.id }}).',
	);
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/init-image/${encodeURIComponent(id)}`,
		itemIndex,
	});
	const image = ensureFound.call(this, response.init_images_by_pk, 'Init image', id, itemIndex);
	return [{ json: image, pairedItem: { item: itemIndex } }];
}
