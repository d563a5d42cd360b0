import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readOptionValues, readText } from '../../helpers/parameters';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import { referenceUpload } from '../shared/imageReferences';
import type { JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { hiddenFor, pickerModels } from '../../catalog';
import { modelSummary } from '../../catalog/summary';
import { generationJob } from './api';
import {
	DOWNLOAD_IMAGES,
	downloadImagesParameter,
	promptParameter,
	referenceImageFields,
} from './descriptions';
import type { ImageDelivery } from './output';
import { imageDelivery } from './output';
import { v2Options } from './v2';
import type { V2Body } from './v2Body';
import { buildV2Body } from './v2Body';

const properties: INodeProperties[] = [
	{
		displayName: 'Model Name or ID',
		name: 'model',
		type: 'options',
		default: 'gpt-image-1.5',
		options: pickerModels('image').map((model) => ({
			name: model.name,
			value: model.id,
			description: modelSummary(model),
		})),
		description:
			'The image model; the node checks sizes, counts and values against its page before sending. A model Leonardo added since (its ID from Leonardo\'s model guide) can be set with an <a href="https://docs.n8n.io/code/expressions/">expression</a>: it is sent unchecked.',
	},
	{
		...promptParameter,
		description:
			'What the image should show. Each model has its own length limit (its page: 2000 to 10000 characters); the node checks it before sending.',
	},
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		description:
			'Width in pixels; each model has its own sizes (listed under Model). 0 with Height 0: the size of the first reference, on the models that allow it.',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 1024,
		description: 'Height in pixels; each model has its own sizes (listed under Model)',
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
		displayOptions: hiddenFor('image', (model) => model.guidances?.image_reference),
		placeholder: 'Add Image Reference',
		default: {},
		typeOptions: { multipleValues: true },
		description:
			'Images the result should follow; each model takes its own number (listed under Model)',
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
	{
		displayName: 'Reference Images From Binary',
		name: 'referenceBinaryPropertyNames',
		type: 'string',
		displayOptions: hiddenFor('image', (model) => model.guidances?.image_reference),
		default: '',
		placeholder: 'e.g. data, photo',
		hint: 'Input binary fields, comma-separated: each image is uploaded and sent as an image reference, before the Image References above',
		description:
			'Images on the item (PNG, JPEG or WebP) the result should follow, e.g. a product photo from a form upload. Each is uploaded as an init image right before the generation starts.',
	},
	waitForCompletionParameter,
	{ ...downloadImagesParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	v2Options,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['createV2'] } },
	properties,
);

interface CreateV2Request extends JobSettings, V2Body {
	images: ImageDelivery;
}

/** Reads and checks the item before anything is sent: the v2 body (v2Body.ts), the wait and the downloads. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateV2Request> {
	const options = readOptionValues.call(this, itemIndex);
	const modelId = readText.call(this, 'model', itemIndex).trim();
	if (!modelId)
		throw new NodeOperationError(this.getNode(), 'The model is empty', {
			itemIndex,
			description: "Pick a model, or enter a model ID from Leonardo's model guide.",
		});
	const { body, binaryReferences, warnings } = await buildV2Body.call(
		this,
		itemIndex,
		options,
		modelId,
	);
	const wait = readJobSettings.call(this, itemIndex, options, DOWNLOAD_IMAGES);
	return {
		body,
		binaryReferences,
		warnings,
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
	const { body, binaryReferences } = request;
	const job = generationJob.call(this, itemIndex, {
		apiVersion: 'v2',
		body,
		extra: {
			model: body.model,
			...(request.warnings.length ? { warnings: request.warnings } : {}),
		},
		images: request.images,
		upload: referenceUpload.call(
			this,
			itemIndex,
			body,
			binaryReferences,
			'referenceBinaryPropertyNames',
		),
	});
	return await runJob.call(this, itemIndex, job, request);
}
