import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { readOptionValues, readText, refuseItem } from '../../helpers/parameters';
import {
	heightParameter,
	modelParameter,
	numImagesParameter,
	widthParameter,
} from '../generation/descriptions';
import { generationOptions } from '../generation/options';
import { MAX_FLUX_DATASET_IMAGES, pricingRequest, requestPrice } from '../shared/pricing';
import { IMAGE_OPTION_NAMES, serviceRequest } from './serviceRequest';

/**
 * The services of the SDK's `PricingCalculatorServices` the node offers, with the parameters each
 * takes (SDK `pricingcalculator.ts`). Others can be priced by expression + Additional Service Parameters.
 */
const SERVICES = [
	{
		name: 'Image Generation',
		value: 'IMAGE_GENERATION',
		description: 'Generation → Create / Create From Image with a v1 model',
	},
	{
		name: 'Model or Element Training',
		value: 'MODEL_TRAINING',
		description: 'Model → Train, or Element → Train on FLUX Dev',
	},
	{
		name: 'Motion Video',
		value: 'MOTION_VIDEO_GENERATION',
		description: 'Video → Create with Motion 2.0',
	},
	{
		name: 'Universal Upscaler',
		value: 'UNIVERSAL_UPSCALER',
		description: 'Variation → Universal Upscale, by the size of the result',
	},
	{
		name: 'Universal Upscaler Ultra',
		value: 'UNIVERSAL_UPSCALER_ULTRA',
		description: 'Variation → Universal Upscale with an Ultra style',
	},
	{
		name: 'Veo 3 Video',
		value: 'VEO3_MOTION_VIDEO_GENERATION',
		description: 'A Veo 3 video at 720p',
	},
];

const forService = (...services: string[]) => ({ show: { service: services } });
/** The same, inside the Options collection (a leading slash names a parameter outside it). */
const forServiceInOptions = (...services: string[]) => ({ show: { '/service': services } });

/** Generation → Create's own option definitions, so the names and values copy across. */
const imageOptions = (generationOptions.options as INodeProperties[]).filter((option) =>
	IMAGE_OPTION_NAMES.includes(option.name),
);

const properties: INodeProperties[] = [
	{
		displayName: 'Service',
		name: 'service',
		type: 'options',
		default: 'IMAGE_GENERATION',
		options: SERVICES,
		description:
			"What to price: the pricing calculator's service (Leonardo's names, e.g. IMAGE_GENERATION; others by expression)",
	},
	{ ...modelParameter, displayOptions: forService('IMAGE_GENERATION') },
	{ ...widthParameter, displayOptions: forService('IMAGE_GENERATION') },
	{ ...heightParameter, displayOptions: forService('IMAGE_GENERATION') },
	{ ...numImagesParameter, displayOptions: forService('IMAGE_GENERATION') },
	{
		displayName: 'Video Resolution',
		name: 'videoResolution',
		type: 'options',
		default: 'RESOLUTION_480',
		options: [
			{ name: '480p', value: 'RESOLUTION_480' },
			{ name: '720p', value: 'RESOLUTION_720' },
		],
		displayOptions: forService('MOTION_VIDEO_GENERATION'),
		description: 'The resolution of the Motion 2.0 video',
	},
	{
		displayName: 'Base Model',
		name: 'sdVersion',
		type: 'options',
		default: 'FLUX_DEV',
		options: [
			{ name: 'FLUX Dev (Element)', value: 'FLUX_DEV' },
			{ name: 'Other (Priced by Resolution)', value: '' },
		],
		displayOptions: forService('MODEL_TRAINING'),
		description:
			'FLUX Dev training is priced by its number of images; other training by its resolution',
	},
	{
		displayName: 'Dataset Image Count',
		name: 'datasetImageCount',
		type: 'number',
		default: 10,
		typeOptions: { minValue: 1, maxValue: MAX_FLUX_DATASET_IMAGES },
		displayOptions: { show: { service: ['MODEL_TRAINING'], sdVersion: ['FLUX_DEV'] } },
		hint: 'The number of images in the dataset (Dataset → Get lists them)',
		description: `How many images the FLUX Dev element is trained on (1–${MAX_FLUX_DATASET_IMAGES})`,
	},
	{
		displayName: 'Resolution',
		name: 'resolution',
		type: 'number',
		default: 512,
		displayOptions: { show: { service: ['MODEL_TRAINING'], sdVersion: [''] } },
		description: 'The training resolution in pixels, as in Model → Train (512 or 768)',
	},
	{
		displayName: 'Megapixels',
		name: 'megapixel',
		type: 'number',
		default: 4,
		typeOptions: { minValue: 1, maxValue: 20 },
		displayOptions: forService('UNIVERSAL_UPSCALER'),
		description: 'The size of the upscaled image in whole megapixels (at most 20)',
	},
	{
		displayName: 'Input Width',
		name: 'inputWidth',
		type: 'number',
		default: 1024,
		typeOptions: { minValue: 1 },
		displayOptions: forService('UNIVERSAL_UPSCALER_ULTRA'),
		description: 'The width of the image to upscale, in pixels',
	},
	{
		displayName: 'Input Height',
		name: 'inputHeight',
		type: 'number',
		default: 768,
		typeOptions: { minValue: 1 },
		displayOptions: forService('UNIVERSAL_UPSCALER_ULTRA'),
		description: 'The height of the image to upscale, in pixels',
	},
	{
		displayName: 'Upscale Multiplier',
		name: 'upscaleMultiplier',
		type: 'number',
		default: 1.5,
		typeOptions: { minValue: 1, maxValue: 2, numberPrecision: 2 },
		displayOptions: forService('UNIVERSAL_UPSCALER_ULTRA'),
		description:
			'How much larger the result is, from 1.0 to 2.0, as in Variation → Universal Upscale',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Additional Service Parameters (JSON)',
				name: 'additionalFields',
				type: 'json',
				default: '{}',
				hint: "Added to the service's parameters, with the pricing calculator's exact names",
				description:
					'Extra pricing calculator parameters the node has no field for, e.g. {"promptMagic": true} or {"controlnetsCost": 2}',
			},
			...imageOptions.map((option) => ({
				...option,
				displayOptions: forServiceInOptions('IMAGE_GENERATION'),
			})),
			{
				displayName: 'Number of Elements',
				name: 'elementCount',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 0 },
				displayOptions: forServiceInOptions('IMAGE_GENERATION'),
				description:
					'How many elements (Options → Elements in Generation → Create) the generation uses',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['cost'], operation: ['estimate'] } },
	properties,
);

/**
 * Prices a job with Leonardo's pricing calculator (nothing is started or charged). The parameters
 * are Generation → Create's (or the training's, upscaler's), so values copy across; Options → Max
 * Credits prices jobs the same way (shared/pricing.ts).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const service = readText.call(this, 'service', itemIndex).trim();
	if (!service)
		refuseItem(
			this,
			itemIndex,
			'The service is empty',
			"Pick a service, or give one of the pricing calculator's service names by expression.",
		);
	const options = readOptionValues.call(this, itemIndex);
	const request = serviceRequest.call(this, service, itemIndex, options);
	const params = withAdditionalFields.call(
		this,
		request.serviceParams[service] as IDataObject,
		options.additionalFields,
		itemIndex,
	);
	const priced = pricingRequest(service, params);
	const credits = await requestPrice.call(this, priced, itemIndex);
	return [
		{
			json: { credits, service, request: priced as unknown as IDataObject },
			pairedItem: { item: itemIndex },
		},
	];
}
