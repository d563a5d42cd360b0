import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readBlueprintId } from '../shared/ids';
import { getBlueprintVersions, versionInputs } from './api';
import { blueprintId } from './descriptions';

const properties: INodeProperties[] = [blueprintId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['blueprint'], operation: ['getVersions'] } },
	properties,
);

/**
 * One item per version: its ID (`blueprintVersionId`, what Execute runs), its inputs (`inputs`: the
 * node ID, setting name and variable each Node Inputs row needs) and its cost, then Leonardo's fields.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readBlueprintId.call(this, itemIndex);
	const versions = await getBlueprintVersions.call(this, id, itemIndex);
	return versions.map((version) => ({
		json: {
			blueprintId: id,
			blueprintVersionId: version.akUUID,
			inputs: versionInputs(version) ?? [],
			cost: version.cost ?? null,
			...version,
		},
		pairedItem: { item: itemIndex },
	}));
}
