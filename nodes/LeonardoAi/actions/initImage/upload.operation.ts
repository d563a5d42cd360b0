import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryPropertyName, concurrencyOnlyOptions } from '../shared/common.descriptions';
import { INIT_IMAGE_DESTINATION, uploadItem } from '../shared/uploadInputImage';

const properties: INodeProperties[] = [binaryPropertyName, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['upload'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await uploadItem.call(this, itemIndex, INIT_IMAGE_DESTINATION);
}
