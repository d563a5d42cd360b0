import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryPropertyName, datasetId, requestOptions } from '../common.descriptions';
import { datasetDestination, uploadInputImage, uploadedImageJson } from '../uploadInputImage';
import { readId, readText } from '../../helpers/parameters';

const properties: INodeProperties[] = [datasetId, binaryPropertyName, requestOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['uploadImage'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const dataset = readId.call(
		this,
		'datasetId',
		'Dataset ID',
		itemIndex,
		'Map it from "Dataset → Create" ({{ $json.id }}).',
	);
	const propertyName = readText
		.call(this, 'binaryPropertyName', 'Input Binary Field', itemIndex)
		.trim();
	const uploaded = await uploadInputImage.call(
		this,
		itemIndex,
		propertyName,
		datasetDestination(dataset),
	);
	const item = this.getInputData()[itemIndex];
	return [
		{
			json: { ...uploadedImageJson(uploaded), datasetId: dataset },
			binary: item.binary,
			pairedItem: { item: itemIndex },
		},
	];
}
