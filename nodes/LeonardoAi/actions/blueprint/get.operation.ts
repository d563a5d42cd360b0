import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readBlueprintId } from '../shared/ids';
import { getBlueprint } from './api';
import { blueprintId } from './descriptions';

const properties: INodeProperties[] = [blueprintId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['blueprint'], operation: ['get'] } },
	properties,
);

/** GET /blueprints/{id}: the Blueprint's name, description, thumbnails … as Leonardo gives them. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readBlueprintId.call(this, itemIndex);
	const blueprint = await getBlueprint.call(this, id, itemIndex);
	return [{ json: blueprint, pairedItem: { item: itemIndex } }];
}
