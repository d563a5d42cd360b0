import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readBoolean } from '../../helpers/parameters';
import { getGeneration } from './api';
import { readGenerationId } from './body';
import { downloadImagesParameter, generationIdParameter } from './descriptions';
import { resultOptions } from './options';
import { generationJson, generationOutput } from './output';

const properties: INodeProperties[] = [
	generationIdParameter,
	{ ...downloadImagesParameter, description: 'Whether to download the images of a finished generation into binary fields (image_0, image_1, …).' },
	resultOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const generationId = readGenerationId.call(this, itemIndex);
	const generation = await getGeneration.call(this, generationId, itemIndex);
	if (!generation) {
		throw new NodeOperationError(this.getNode(), `Generation ${generationId} was not found`, {
			itemIndex,
			description: 'Check the ID: it must be a generation made with the API key in the credential.',
		});
	}
	const downloadImages = readBoolean.call(this, 'downloadImages', 'Download Images', itemIndex);
	return await generationOutput.call(this, generationJson(generation), itemIndex, downloadImages);
}
