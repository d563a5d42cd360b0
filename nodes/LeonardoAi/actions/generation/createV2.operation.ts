import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readNumber,
	readOptionValues,
	readText,
} from '../../helpers/parameters';
import { waitForCompletionParameter } from '../common.descriptions';
import type { JobSettings } from '../job';
import { readJobSettings, runJob } from '../job';
import { findVideoModel } from '../video/models';
import { generationJob } from './api';
import { NUM_IMAGES_RULE, readPrompt } from './body';
import {
	DOWNLOAD_IMAGES,
	downloadImagesParameter,
	promptParameter,
	referenceImageFields,
} from './descriptions';
import type { ImageDelivery } from './output';
import { imageDelivery } from './output';
import { readImageReferences, v2Options } from './v2';

const properties: INodeProperties[] = [
	{
		displayName: 'Model Name or ID',
		name: 'model',
		type: 'options',
		default: 'gpt-image-1.5',
		options: [{ name: 'GPT Image-1.5', value: 'gpt-image-1.5' }],
		description:
			'A model of Leonardo\'s newer generation endpoint (v2). For others (FLUX.2, Nano Banana, Seedream …) enter the model ID from Leonardo\'s model guide using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	promptParameter,
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		description: 'Width in pixels. Each model accepts its own sizes (GPT Image-1.5: 1024 or 1536).',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 1024,
		description:
			'Height in pixels. Each model accepts its own sizes (GPT Image-1.5: 1024 or 1536).',
	},
	{
		displayName: 'Number of Images',
		name: 'numImages',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: 8 },
		description: 'How many images to generate. Each image costs credits.',
	},
	{
		displayName: 'Image References',
		name: 'imageReferences',
		type: 'fixedCollection',
		placeholder: 'Add Image Reference',
		default: {},
		typeOptions: { multipleValues: true },
		description: 'Up to 6 images the result should follow',
		options: [
			{
				displayName: 'Reference',
				name: 'reference',
				values: [
					...referenceImageFields,
					{
						displayName: 'Strength',
						name: 'strength',
						type: 'options',
						default: 'MID',
						options: [
							{ name: 'Low', value: 'LOW' },
							{ name: 'Mid', value: 'MID' },
							{ name: 'High', value: 'HIGH' },
						],
						description: 'How strongly the reference shapes the result',
					},
				],
			},
		],
	},
	waitForCompletionParameter,
	{ ...downloadImagesParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	v2Options,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['createV2'] } },
	properties,
);

interface CreateV2Request extends JobSettings {
	body: IDataObject;
	images: ImageDelivery;
}

/**
 * The v2 body `{ model, parameters, public }`, wire names from docs.leonardo.ai "GPT Image-1.5"
 * (https://docs.leonardo.ai/docs/gpt-image-1-5): parameters.prompt, quantity, width, height, seed,
 * quality ("MEDIUM" in the sample), prompt_enhance ("ON"/"OFF"), guidances.image_reference[] of
 * { image: { id, type }, strength }. `mode` was retired on 2026-05-04 for GPT Image-1.5 and
 * Ideogram 3.0 (https://docs.leonardo.ai/docs/deprecations-changes): requests with it fail.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateV2Request> {
	const options = readOptionValues.call(this, itemIndex);
	if (options.mode !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			'The option "Mode (Retired)" is no longer accepted by Leonardo',
			{
				itemIndex,
				description:
					'Leonardo retired "mode" for GPT Image-1.5 and Ideogram 3.0 on 2026-05-04 and fails any request that has it. Remove "Mode (Retired)" from the options and add "Quality" instead (Low, Medium or High).',
			},
		);
	}
	const parameters: IDataObject = {
		prompt: readPrompt.call(this, itemIndex),
		quantity: readNumber.call(this, 'numImages', 'Number of Images', NUM_IMAGES_RULE, itemIndex),
		width: readNumber.call(this, 'width', 'Width', { min: 1, integer: true }, itemIndex),
		height: readNumber.call(this, 'height', 'Height', { min: 1, integer: true }, itemIndex),
	};
	const quality = checkText(this, 'Quality', options.quality ?? '', itemIndex).trim();
	if (quality) parameters.quality = quality;
	if (options.seed !== undefined)
		parameters.seed = checkNumber(
			this,
			'Seed',
			options.seed,
			{ min: 0, max: 4294967295, integer: true },
			itemIndex,
		);
	if (options.promptEnhance !== undefined)
		parameters.prompt_enhance = checkBoolean(
			this,
			'Prompt Enhance',
			options.promptEnhance,
			itemIndex,
		)
			? 'ON'
			: 'OFF';
	const references = readImageReferences.call(this, itemIndex);
	if (references.length) parameters.guidances = { image_reference: references };
	const body: IDataObject = {
		model: readText.call(this, 'model', 'Model', itemIndex).trim(),
		parameters: withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			'Additional Parameters (JSON)',
		),
	};
	const videoModel = findVideoModel(String(body.model));
	if (videoModel) {
		throw new NodeOperationError(this.getNode(), `${videoModel.name} makes videos, not images`, {
			itemIndex,
			description:
				'Use Video → Create (or Video → Create From Image) for it: they send its video parameters and download the MP4.',
		});
	}
	if (!body.model)
		throw new NodeOperationError(this.getNode(), 'The model is empty', {
			itemIndex,
			description: "Pick a model, or enter a model ID from Leonardo's model guide.",
		});
	if (options.public !== undefined)
		body.public = checkBoolean(this, 'Public', options.public, itemIndex);
	const wait = readJobSettings.call(this, itemIndex, options, DOWNLOAD_IMAGES);
	return {
		body,
		waitForCompletion: wait.waitForCompletion,
		images: imageDelivery(wait.download, options),
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

/** Generates with a v2 model; waits, downloads and outputs like Generation → Create. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateV2Request,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { body } = request;
	const job = generationJob.call(this, itemIndex, {
		apiVersion: 'v2',
		body,
		extra: { model: body.model },
		images: request.images,
	});
	return await runJob.call(this, itemIndex, job, request);
}
