import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestById } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readMediaId } from '../shared/ids';
import { MEDIA_COLLECTION, MEDIA_RESPONSE_KEY } from '../shared/uploadMedia';
import { mediaId } from './descriptions';

const properties: INodeProperties[] = [mediaId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['get'] } },
	properties,
);

/** GET /v1/media/{id} (https://docs.leonardo.ai/reference/getuploadedmediabyid): the record as Leonardo gives it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readMediaId.call(this, itemIndex);
	const media = await requestById.call(
		this,
		{
			method: 'GET',
			collection: MEDIA_COLLECTION,
			id,
			responseKey: MEDIA_RESPONSE_KEY,
			what: 'Media',
		},
		itemIndex,
	);
	return [{ json: media, pairedItem: { item: itemIndex } }];
}
