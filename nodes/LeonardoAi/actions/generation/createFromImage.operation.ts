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
	readDownloadSwitch,
	readNumber,
	readOptionValues,
	readText,
	waitTimeoutSeconds,
} from '../../helpers/parameters';
import { binaryPropertyName } from '../shared/common.descriptions';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../shared/uploadInputImage';
import type { CreditBudget } from '../shared/budget';
import { readCreditBudget } from '../shared/budget';
import { runJob } from '../shared/job';
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
	/** The POST /generations body, sized to the input image; its init image ID is set by the upload. */
	body: IDataObject;
	warnings: string[];
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
	const binaryPropertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	// Checked and measured now (the size is priced before anything is sent), read again at upload
	// time: a batch must not hold every item's file at once.
	const image = await readInputImage.call(this, itemIndex, binaryPropertyName);
	const maxSide = readNumber.call(this, 'maxSide', MAX_SIDE_RULE, itemIndex);
	const body = buildGenerationBody.call(
		this,
		{
			prompt,
			modelId: readModelId.call(this, itemIndex),
			...fitGenerationSize(image.dimensions, maxSide),
			numImages: readNumber.call(this, 'numImages', NUM_IMAGES_RULE, itemIndex),
			// A placeholder, so "Additional Body Fields" cannot claim it: set by the upload.
			initImageId: '',
			initStrength: readNumber.call(this, 'initStrength', INIT_STRENGTH_RULE, itemIndex),
			options,
			elementFields: await readElementFields.call(this, options, itemIndex),
		},
		itemIndex,
	);
	return {
		binaryPropertyName,
		body,
		warnings: image.warnings,
		images: imageDelivery(readDownloadSwitch.call(this, 'downloadImages', itemIndex), options),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/**
 * The whole image-to-image flow for one item: generate at the image's size from its upload (done
 * only once Max Credits let the job start), wait, download.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateFromImageRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const upload = async () => {
		const { image, target } = await uploadInputImage.call(
			this,
			itemIndex,
			request.binaryPropertyName,
			INIT_IMAGE_DESTINATION,
		);
		const extra: IDataObject = {
			initImageId: target.id,
			initImage: { ...image.dimensions, extension: image.extension, bytes: image.size },
		};
		if (request.warnings.length) extra.warnings = request.warnings;
		return { body: { ...request.body, init_image_id: target.id }, extra };
	};
	const job = generationJob.call(this, itemIndex, {
		apiVersion: 'v1',
		body: request.body,
		extra: {},
		images: request.images,
		upload,
	});
	return await runJob.call(this, itemIndex, job, {
		waitForCompletion: true,
		timeoutSeconds: request.timeoutSeconds,
		budget: request.budget,
	});
}
