import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	binaryPropertyName,
	datasetId,
	concurrencyOnlyOptions,
} from '../shared/common.descriptions';
import { readDatasetId } from '../shared/ids';
import { datasetDestination, uploadItem } from '../shared/uploadInputImage';

const properties: INodeProperties[] = [datasetId, binaryPropertyName, concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['uploadImage'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const dataset = readDatasetId.call(this, itemIndex);
	return await uploadItem.call(this, itemIndex, datasetDestination(dataset), {
		datasetId: dataset,
	});
}
