import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { fitGenerationSize } from '../../helpers/image';
import {
	readBoolean,
	readNumber,
	readOptionValues,
	readText,
	waitTimeoutSeconds,
} from '../../helpers/parameters';
import { binaryPropertyName } from '../common.descriptions';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../uploadInputImage';
import type { CreditBudget } from '../budget';
import { readCreditBudget } from '../budget';
import { runJob } from '../job';
import { generationJob } from './api';
import {
	INIT_STRENGTH_RULE,
	MAX_SIDE_RULE,
	NUM_IMAGES_RULE,
	buildGenerationBody,
	readModelId,
	readPrompt,
} from './body';
import {
	downloadImagesParameter,
	initStrengthParameter,
	maxSideParameter,
	modelParameter,
	numImagesParameter,
	promptParameter,
} from './descriptions';
import { readElementFields } from './elements';
import { generationOptions } from './options';
import type { ImageDelivery } from './output';
import { imageDelivery } from './output';

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

interface CreateFromImageRequest {
	binaryPropertyName: string;
	/** The POST /generations body; its init image ID and size are filled in after the upload. */
	body: IDataObject;
	maxSide: number;
	images: ImageDelivery;
	timeoutSeconds: number;
	budget?: CreditBudget;
}

/** Checks the parameters, the input image and the chosen elements: every item is checked before any job starts. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateFromImageRequest> {
	const prompt = readPrompt.call(this, itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	const binaryPropertyName = readText
		.call(this, 'binaryPropertyName', 'Input Binary Field', itemIndex)
		.trim();
	// Checked now, read again at upload time: a batch must not hold every item's file at once.
	await readInputImage.call(this, itemIndex, binaryPropertyName);
	const body = buildGenerationBody.call(
		this,
		{
			prompt,
			modelId: readModelId.call(this, itemIndex),
			// Placeholders, so "Additional Body Fields" cannot claim them: set after the upload.
			width: 0,
			height: 0,
			numImages: readNumber.call(this, 'numImages', 'Number of Images', NUM_IMAGES_RULE, itemIndex),
			initImageId: '',
			initStrength: readNumber.call(
				this,
				'initStrength',
				'Init Strength',
				INIT_STRENGTH_RULE,
				itemIndex,
			),
			options,
			elementFields: await readElementFields.call(this, options, itemIndex),
		},
		itemIndex,
	);
	return {
		binaryPropertyName,
		body,
		maxSide: readNumber.call(this, 'maxSide', 'Longest Side', MAX_SIDE_RULE, itemIndex),
		images: imageDelivery(
			readBoolean.call(this, 'downloadImages', 'Download Images', itemIndex),
			options,
		),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/** The whole image-to-image flow for one item: upload, size to the image, generate, wait, download. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateFromImageRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { image, target } = await uploadInputImage.call(
		this,
		itemIndex,
		request.binaryPropertyName,
		INIT_IMAGE_DESTINATION,
	);
	const body = {
		...request.body,
		...fitGenerationSize(image.dimensions, request.maxSide),
		init_image_id: target.id,
	};
	const extra: IDataObject = {
		initImageId: target.id,
		initImage: { ...image.dimensions, extension: image.extension, bytes: image.size },
	};
	if (image.warnings.length) extra.warnings = image.warnings;
	const job = generationJob.call(this, itemIndex, {
		apiVersion: 'v1',
		body,
		extra,
		images: request.images,
	});
	return await runJob.call(this, itemIndex, job, {
		waitForCompletion: true,
		timeoutSeconds: request.timeoutSeconds,
		budget: request.budget,
	});
}
