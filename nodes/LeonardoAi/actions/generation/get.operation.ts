import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { downloadImagesParameter, generationJson, generationOutput, getGeneration, readOptions } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Generation ID',
		name: 'generationId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.generationId }}',
		description: 'The ID of the generation, output by "Generation → Create" as generationId',
	},
	{ ...downloadImagesParameter, description: 'Whether to download the images of a finished generation into binary fields (image_0, image_1, …).' },
	readOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const generationId = (this.getNodeParameter('generationId', itemIndex) as string).trim();
	const generation = await getGeneration.call(this, generationId, itemIndex);
	if (!generation) {
		throw new NodeOperationError(this.getNode(), `Generation ${generationId} was not found`, {
			itemIndex,
			description: 'Check the ID: it must be a generation made with the API key in the credential.',
		});
	}
	const downloadImages = this.getNodeParameter('downloadImages', itemIndex) as boolean;
	return await generationOutput.call(this, generationJson(generation), itemIndex, downloadImages);
}
