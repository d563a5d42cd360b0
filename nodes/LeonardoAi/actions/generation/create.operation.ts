import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import { fitGenerationSize } from '../../helpers/image';
import { readNumber, readOptionalId, readOptionValues, readText } from '../../helpers/parameters';
import { initImageSize } from '../initImage/size';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import type { JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { generationJob } from './api';
import { aspectWarning, readSide } from './size';
import {
	INIT_STRENGTH_RULE,
	MAX_SIDE_RULE,
	NUM_IMAGES_RULE,
	buildGenerationBody,
	readModelId,
	readPrompt,
} from './body';
import {
	DOWNLOAD_IMAGES,
	downloadImagesParameter,
	heightParameter,
	initStrengthParameter,
	maxSideParameter,
	modelParameter,
	numImagesParameter,
	promptParameter,
	widthParameter,
} from './descriptions';
import { readElementFields } from './elements';
import { generationOptions } from './options';
import type { ImageDelivery } from './output';
import { imageDelivery } from './output';

const properties: INodeProperties[] = [
	promptParameter,
	modelParameter,
	{
		displayName: 'Init Image ID',
		name: 'initImageId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
		hint: 'Optional, for image-to-image: json.id of "Init Image → Upload", or a generated image\'s ID (images[n].id)',
		description: 'An image to start from. Leave empty for text-to-image.',
	},
	{
		displayName: 'Init Image Type',
		name: 'initImageType',
		type: 'options',
		default: 'UPLOADED',
		options: [
			{
				name: 'Uploaded Init Image',
				value: 'UPLOADED',
				description: 'An ID from "Init Image → Upload"',
			},
			{
				name: 'Generated Image',
				value: 'GENERATED',
				description: "The ID of an image Leonardo generated, from a generation's images list",
			},
		],
		description: 'Whether the Init Image ID is of an uploaded image or of a generated image',
	},
	{ ...initStrengthParameter, hint: 'Only used with an Init Image ID' },
	{
		displayName: 'Size',
		name: 'sizeMode',
		type: 'options',
		default: 'custom',
		options: [
			{ name: 'Custom', value: 'custom', description: 'Set width and height yourself' },
			{
				name: 'Match Init Image',
				value: 'matchInitImage',
				description: "Use the init image's aspect ratio so the result is not stretched",
			},
		],
		description: 'How the size of the generated images is chosen',
	},
	{ ...widthParameter, displayOptions: { show: { sizeMode: ['custom'] } } },
	{ ...heightParameter, displayOptions: { show: { sizeMode: ['custom'] } } },
	{ ...maxSideParameter, displayOptions: { show: { sizeMode: ['matchInitImage'] } } },
	numImagesParameter,
	waitForCompletionParameter,
	{ ...downloadImagesParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	generationOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['create'] } },
	properties,
);

interface CreateRequest extends JobSettings {
	body: IDataObject;
	/** Set when the size follows the init image: the body's width and height are filled in then. */
	matchMaxSide?: number;
	initImageId?: string;
	initImageType: string;
	images: ImageDelivery;
}

/** Reads and checks the item's parameters (and reads the chosen elements): every item is checked before any job starts. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<CreateRequest> {
	const prompt = readPrompt.call(this, itemIndex);
	const initImageType = readText.call(this, 'initImageType', itemIndex, 'UPLOADED');
	const initImageId = readOptionalId.call(
		this,
		'initImageId',
		itemIndex,
		'Use json.id of "Init Image → Upload", or a generated image\'s ID (images[n].id).',
	);
	const options = readOptionValues.call(this, itemIndex);
	const sizeMode = readText.call(this, 'sizeMode', itemIndex);
	let size: ImageSize = { width: 0, height: 0 };
	let matchMaxSide: number | undefined;
	if (sizeMode === 'matchInitImage') {
		if (!initImageId || initImageType !== 'UPLOADED') {
			throw new NodeOperationError(
				this.getNode(),
				'"Match Init Image" needs an uploaded Init Image ID',
				{
					itemIndex,
					description:
						'Fill in "Init Image ID" with an uploaded init image (Init Image Type "Uploaded Init Image"), or set "Size" to "Custom".',
				},
			);
		}
		matchMaxSide = readNumber.call(this, 'maxSide', MAX_SIDE_RULE, itemIndex);
	} else {
		size = {
			width: readSide.call(this, 'width', itemIndex),
			height: readSide.call(this, 'height', itemIndex),
		};
	}
	const wait = readJobSettings.call(this, itemIndex, options, DOWNLOAD_IMAGES);
	return {
		// With "Match Init Image" the width and height are placeholders until the image is measured.
		body: buildGenerationBody.call(
			this,
			{
				prompt,
				modelId: readModelId.call(this, itemIndex),
				...size,
				numImages: readNumber.call(this, 'numImages', NUM_IMAGES_RULE, itemIndex),
				initImageId,
				initImageType,
				initStrength: initImageId
					? readNumber.call(this, 'initStrength', INIT_STRENGTH_RULE, itemIndex)
					: undefined,
				options,
				elementFields: await readElementFields.call(this, options, itemIndex),
			},
			itemIndex,
		),
		matchMaxSide,
		initImageId,
		initImageType,
		waitForCompletion: wait.waitForCompletion,
		images: imageDelivery(wait.download, options),
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { body, initImageId } = request;
	const warnings: string[] = [];
	if (request.matchMaxSide !== undefined && initImageId) {
		Object.assign(
			body,
			fitGenerationSize(
				await initImageSize.call(this, initImageId, itemIndex),
				request.matchMaxSide,
			),
		);
	} else if (initImageId && request.initImageType === 'UPLOADED') {
		const warning = await aspectWarning.call(
			this,
			initImageId,
			{ width: body.width as number, height: body.height as number },
			itemIndex,
		);
		if (warning) warnings.push(warning);
	}

	const extra: IDataObject = {};
	if (initImageId) extra.initImageId = initImageId;
	if (warnings.length) extra.warnings = warnings;
	return await runJob.call(
		this,
		itemIndex,
		generationJob.call(this, itemIndex, { apiVersion: 'v1', body, extra, images: request.images }),
		request,
	);
}
