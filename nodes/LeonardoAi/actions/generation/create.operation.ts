import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import { MAX_SIDE, MIN_SIDE, SIDE_STEP, aspectRatioDifference, fitGenerationSize } from '../../helpers/image';
import {
	buildGenerationBody,
	downloadImagesParameter,
	generationJson,
	generationOptions,
	generationOutput,
	initImageSize,
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
import { waitForCompletionParameter, waitTimeoutSeconds } from '../job';

/** Above this the result visibly stretches (2%). */
const MAX_ASPECT_DIFFERENCE = 0.02;

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
			{ name: 'Uploaded Init Image', value: 'UPLOADED', description: 'An ID from "Init Image → Upload"' },
			{ name: 'Generated Image', value: 'GENERATED', description: 'The ID of an image Leonardo generated, from a generation\'s images list' },
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
				description: 'Use the init image\'s aspect ratio so the result is not stretched',
			},
		],
		description: 'How the size of the generated images is chosen',
	},
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		typeOptions: { minValue: MIN_SIDE, maxValue: MAX_SIDE, numberStepSize: SIDE_STEP },
		displayOptions: { show: { sizeMode: ['custom'] } },
		description: 'Width in pixels: a multiple of 8 from 32 to 1536',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 768,
		typeOptions: { minValue: MIN_SIDE, maxValue: MAX_SIDE, numberStepSize: SIDE_STEP },
		displayOptions: { show: { sizeMode: ['custom'] } },
		description: 'Height in pixels: a multiple of 8 from 32 to 1536',
	},
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

function ratioText({ width, height }: ImageSize): string {
	return `${width}×${height}`;
}

function checkSide(this: IExecuteFunctions, name: string, value: number, itemIndex: number): void {
	if (Number.isInteger(value) && value >= MIN_SIDE && value <= MAX_SIDE && value % SIDE_STEP === 0) return;
	const nearest = Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(value / SIDE_STEP) * SIDE_STEP));
	throw new NodeOperationError(this.getNode(), `${name} ${value} is not a size Leonardo accepts`, {
		itemIndex,
		description: `Use a multiple of 8 from ${MIN_SIDE} to ${MAX_SIDE}, e.g. ${nearest}.`,
	});
}

async function chooseSize(
	this: IExecuteFunctions,
	itemIndex: number,
	initImageId: string | undefined,
	initImageType: string,
	warnings: string[],
): Promise<ImageSize> {
	const sizeMode = this.getNodeParameter('sizeMode', itemIndex) as string;
	if (sizeMode === 'matchInitImage') {
		if (!initImageId || initImageType !== 'UPLOADED') {
			throw new NodeOperationError(this.getNode(), '"Match Init Image" needs an uploaded Init Image ID', {
				itemIndex,
				description: 'Fill in "Init Image ID" with an uploaded init image (Init Image Type "Uploaded Init Image"), or set "Size" to "Custom".',
			});
		}
		const maxSide = this.getNodeParameter('maxSide', itemIndex) as number;
		return fitGenerationSize(await initImageSize.call(this, initImageId, itemIndex), maxSide);
	}

	const size = {
		width: this.getNodeParameter('width', itemIndex) as number,
		height: this.getNodeParameter('height', itemIndex) as number,
	};
	checkSide.call(this, 'Width', size.width, itemIndex);
	checkSide.call(this, 'Height', size.height, itemIndex);
	if (initImageId && initImageType === 'UPLOADED') {
		try {
			const source = await initImageSize.call(this, initImageId, itemIndex);
			const difference = aspectRatioDifference(source, size);
			if (difference > MAX_ASPECT_DIFFERENCE) {
				warnings.push(
					`The size ${ratioText(size)} distorts the init image's aspect ratio (${ratioText(source)}) by ${Math.round(difference * 100)}%, so the result may look stretched. Set "Size" to "Match Init Image", or crop the image to this aspect ratio first with the Edit Image node.`,
				);
			}
		} catch (error) {
			warnings.push(`Could not check the init image's aspect ratio: ${(error as Error).message}.`);
		}
	}
	return size;
}

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const prompt = readPrompt.call(this, itemIndex);
	const initImageId = (this.getNodeParameter('initImageId', itemIndex, '') as string).trim() || undefined;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const initImageType = this.getNodeParameter('initImageType', itemIndex, 'UPLOADED') as string;
	const warnings: string[] = [];
	const size = await chooseSize.call(this, itemIndex, initImageId, initImageType, warnings);

	const body = buildGenerationBody.call(
		this,
		{
			prompt,
			modelId: readModelId.call(this, itemIndex),
			...size,
			numImages: this.getNodeParameter('numImages', itemIndex) as number,
			initImageId,
			initImageType,
			initStrength: this.getNodeParameter('initStrength', itemIndex) as number,
			options,
		},
		itemIndex,
	);
	const { generationId, cost } = await startGeneration.call(this, body, itemIndex);
	const extra: IDataObject = { cost };
	if (initImageId) extra.initImageId = initImageId;
	if (warnings.length) extra.warnings = warnings;

	if (!(this.getNodeParameter('waitForCompletion', itemIndex) as boolean)) {
		return [{ json: { generationId, status: 'PENDING', ...extra }, pairedItem: { item: itemIndex } }];
	}
	const generation = await waitForGeneration.call(this, generationId, itemIndex, waitTimeoutSeconds(options));
	const downloadImages = this.getNodeParameter('downloadImages', itemIndex) as boolean;
	return await generationOutput.call(this, { ...generationJson(generation), ...extra }, itemIndex, downloadImages);
}
