import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fitGenerationSize } from '../../helpers/image';
import { binaryPropertyName } from '../common.descriptions';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../uploadInputImage';
import {
	buildGenerationBody,
	downloadImagesParameter,
	generationJson,
	generationOptions,
	generationOutput,
	initStrengthParameter,
	maxSideParameter,
	modelParameter,
	numImagesParameter,
	promptParameter,
	readModelId,
	readPrompt,
	startGeneration,
	waitForGeneration,
} from './common';
import { waitTimeoutSeconds } from '../job';

const properties: INodeProperties[] = [
	binaryPropertyName,
	promptParameter,
	modelParameter,
	initStrengthParameter,
	maxSideParameter,
	numImagesParameter,
	downloadImagesParameter,
	generationOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['createFromImage'] } },
	properties,
);

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

/** The whole image-to-image flow for one item: upload, size to the image, generate, wait, download. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const prompt = readPrompt.call(this, itemIndex);
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { image, target } = await uploadInputImage.call(this, itemIndex, propertyName, INIT_IMAGE_DESTINATION);

	const size = fitGenerationSize(image.dimensions, this.getNodeParameter('maxSide', itemIndex) as number);
	const body = buildGenerationBody.call(
		this,
		{
			prompt,
			modelId: readModelId.call(this, itemIndex),
			...size,
			numImages: this.getNodeParameter('numImages', itemIndex) as number,
			initImageId: target.id,
			initStrength: this.getNodeParameter('initStrength', itemIndex) as number,
			options,
		},
		itemIndex,
	);
	const { generationId, cost } = await startGeneration.call(this, body, itemIndex);
	const generation = await waitForGeneration.call(this, generationId, itemIndex, waitTimeoutSeconds(options));

	const json: IDataObject = {
		...generationJson(generation),
		cost,
		initImageId: target.id,
		initImage: { ...image.dimensions, extension: image.extension, bytes: image.size },
	};
	if (image.warnings.length) json.warnings = image.warnings;
	const downloadImages = this.getNodeParameter('downloadImages', itemIndex) as boolean;
	return await generationOutput.call(this, json, itemIndex, downloadImages);
}
