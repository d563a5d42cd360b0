import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ensureFound } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readModelId } from '../shared/ids';
import { getModel, modelJson } from './api';
import { modelIdParameter } from './descriptions';

const properties: INodeProperties[] = [modelIdParameter, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['model'], operation: ['get'] } },
	properties,
);

/** One custom model with its training status (PENDING, COMPLETE or FAILED). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readModelId.call(this, itemIndex);
	const model = ensureFound.call(
		this,
		await getModel.call(this, id, itemIndex),
		'Model',
		id,
		itemIndex,
	);
	return [{ json: modelJson(model), pairedItem: { item: itemIndex } }];
}
