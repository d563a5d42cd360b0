import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../helpers/parameters';
import { requestById } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { MODEL_ASSETS_COLLECTION, MODEL_ASSET_DELETE_KEY } from './api';
import { assetId } from './descriptions';

const properties: INodeProperties[] = [assetId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['asset3d'], operation: ['delete'] } },
	properties,
);

/** DELETE /models-3d/{id} (api.ts); an unknown ID is an error naming it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readId.call(
		this,
		'assetId',
		itemIndex,
		'Map it from "3D Asset → Upload" ({{ $json.assetId }}).',
	);
	await requestById.call(
		this,
		{
			method: 'DELETE',
			collection: MODEL_ASSETS_COLLECTION,
			id,
			responseKey: MODEL_ASSET_DELETE_KEY,
			what: '3D asset',
		},
		itemIndex,
	);
	return [{ json: { assetId: id, deleted: true }, pairedItem: { item: itemIndex } }];
}
