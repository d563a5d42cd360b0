import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { binaryPropertyName, requestOptions } from '../common.descriptions';
import { INIT_IMAGE_DESTINATION, uploadInputImage, uploadedImageJson } from '../uploadInputImage';
import { readText } from '../../helpers/parameters';

const properties: INodeProperties[] = [binaryPropertyName, requestOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['upload'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const propertyName = readText
		.call(this, 'binaryPropertyName', 'Input Binary Field', itemIndex)
		.trim();
	const uploaded = await uploadInputImage.call(
		this,
		itemIndex,
		propertyName,
		INIT_IMAGE_DESTINATION,
	);
	const item = this.getInputData()[itemIndex];
	return [
		{ json: uploadedImageJson(uploaded), binary: item.binary, pairedItem: { item: itemIndex } },
	];
}
