import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ensureFound } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readElementId } from '../shared/ids';
import { elementJson, getElement } from './api';
import { elementIdParameter } from './descriptions';

const properties: INodeProperties[] = [elementIdParameter, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['element'], operation: ['get'] } },
	properties,
);

/** One trained element with its training status (PENDING, COMPLETE or FAILED). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = readElementId.call(this, itemIndex);
	const element = ensureFound.call(
		this,
		await getElement.call(this, id, itemIndex),
		'Element',
		id,
		itemIndex,
	);
	return [{ json: elementJson(element), pairedItem: { item: itemIndex } }];
}
