import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readBlueprintExecutionId } from '../shared/ids';
import { getExecution } from './api';
import { executionId } from './descriptions';

const properties: INodeProperties[] = [executionId, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['blueprint'], operation: ['getExecution'] } },
	properties,
);

/** A run's status (PENDING, QUEUED, COMPLETED, FAILED) and inputs, as Leonardo gives them. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readBlueprintExecutionId.call(this, itemIndex);
	const { akUUID, ...execution } = await getExecution.call(this, id, itemIndex);
	return [
		{ json: { blueprintExecutionId: akUUID ?? id, ...execution }, pairedItem: { item: itemIndex } },
	];
}
