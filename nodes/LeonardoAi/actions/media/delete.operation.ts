import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestById } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readMediaId } from '../shared/ids';
import { MEDIA_COLLECTION } from '../shared/uploadMedia';
import { mediaId } from './descriptions';

const properties: INodeProperties[] = [mediaId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['delete'] } },
	properties,
);

/**
 * DELETE /v1/media/{id} → `{ delete_uploaded_media_by_pk: { id } }`, `null` for an unknown ID
 * (https://docs.leonardo.ai/reference/deleteuploadedmediabyid; SDK `deleteuploadedmediabyid.ts`).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readMediaId.call(this, itemIndex);
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: MEDIA_COLLECTION,
			id,
			responseKey: 'delete_uploaded_media_by_pk',
			what: 'Media',
		},
		itemIndex,
	);
	return [{ json: { id, deleted: true }, pairedItem: { item: itemIndex } }];
}
