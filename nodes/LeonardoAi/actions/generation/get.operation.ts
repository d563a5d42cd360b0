import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readDownloadSwitch, readOptionValues } from '../../helpers/parameters';
import { readExistingGeneration } from './api';
import { downloadImagesParameter, generationIdParameter } from './descriptions';
import { resultOptions } from './options';
import { generationJson, generationOutput, imageDelivery } from './output';

const properties: INodeProperties[] = [
	generationIdParameter,
	{
		...downloadImagesParameter,
		description:
			'Whether to download the images of a finished generation into binary fields (image_0, image_1, …).',
	},
	resultOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const generation = await readExistingGeneration.call(this, itemIndex);
	const images = imageDelivery(
		readDownloadSwitch.call(this, 'downloadImages', itemIndex),
		readOptionValues.call(this, itemIndex),
	);
	return await generationOutput.call(this, generationJson(generation), itemIndex, images);
}
