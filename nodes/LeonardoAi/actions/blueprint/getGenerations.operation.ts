import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readBlueprintExecutionId } from '../shared/ids';
import { getExecutionGenerations } from './api';
import { executionId } from './descriptions';

const properties: INodeProperties[] = [executionId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['blueprint'], operation: ['getGenerations'] } },
	properties,
);

/**
 * One item per generation of a run (all pages): its generationId (for "Generation → Get"), status
 * and failedReason. A run Leonardo does not know has none (it answers an empty list).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readBlueprintExecutionId.call(this, itemIndex);
	const generations = await getExecutionGenerations.call(this, id, itemIndex);
	return generations.map((generation) => ({
		json: { blueprintExecutionId: id, ...generation },
		pairedItem: { item: itemIndex },
	}));
}
