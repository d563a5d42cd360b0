import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import { checkNumber, readNumber, readText } from '../../helpers/parameters';
import { NUM_IMAGES_RULE, buildGenerationBody, readModelId } from '../generation/body';
import { readSide } from '../generation/size';
import type { PricingRequest } from '../shared/pricing';
import {
	MAX_FLUX_DATASET_IMAGES,
	generationBodyCost,
	imageGenerationPricing,
	pricingRequest,
	trainingPricing,
} from '../shared/pricing';

/** Cost → Estimate's request for each service: the item's parameters as the pricing calculator names them. */

/** Generation → Create's options that price an image generation (Options in Cost → Estimate too). */
export const IMAGE_OPTION_NAMES = [
	'alchemy',
	'numInferenceSteps',
	'photoReal',
	'sdVersion',
	'ultra',
];

/**
 * Image generation priced exactly as Max Credits prices a job: the item's parameters built into a
 * POST /generations body by Generation → Create's own builder (same checks), then read back.
 */
function imageGenerationRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): PricingRequest {
	const body = buildGenerationBody.call(
		this,
		{
			prompt: '',
			modelId: readModelId.call(this, itemIndex),
			width: readSide.call(this, 'width', itemIndex),
			height: readSide.call(this, 'height', itemIndex),
			numImages: readNumber.call(this, 'numImages', NUM_IMAGES_RULE, itemIndex),
			// Only Generation → Create's options: Additional Service Parameters are not body fields.
			options: Object.fromEntries(
				IMAGE_OPTION_NAMES.filter((name) => options[name] !== undefined).map((name) => [
					name,
					options[name],
				]),
			),
		},
		itemIndex,
	);
	const elementCount =
		options.elementCount === undefined
			? undefined
			: checkNumber(
					this,
					parameterLabel(this, 'options.elementCount', itemIndex),
					options.elementCount,
					{ min: 0, integer: true },
					itemIndex,
				);
	return imageGenerationPricing({ ...generationBodyCost(body), elementCount });
}

/** The service's parameters as the calculator names them, read from this item. */
export function serviceRequest(
	this: IExecuteFunctions,
	service: string,
	itemIndex: number,
	options: IDataObject,
): PricingRequest {
	const number = (name: string, rule: { min?: number; max?: number; integer?: boolean }) =>
		readNumber.call(this, name, rule, itemIndex);
	switch (service) {
		case 'IMAGE_GENERATION':
			return imageGenerationRequest.call(this, itemIndex, options);
		case 'MODEL_TRAINING': {
			const sdVersion = readText.call(this, 'sdVersion', itemIndex).trim();
			return trainingPricing({
				kind: 'model',
				sdVersion: sdVersion || undefined,
				datasetImageCount:
					sdVersion === 'FLUX_DEV'
						? number('datasetImageCount', {
								min: 1,
								max: MAX_FLUX_DATASET_IMAGES,
								integer: true,
							})
						: undefined,
				resolution:
					sdVersion === 'FLUX_DEV' ? undefined : number('resolution', { min: 1, integer: true }),
			}) as PricingRequest;
		}
		case 'MOTION_VIDEO_GENERATION':
			return pricingRequest(service, {
				resolution: readText.call(this, 'videoResolution', itemIndex),
			});
		case 'VEO3_MOTION_VIDEO_GENERATION':
			// The only resolution the SDK lists for VEO3.
			return pricingRequest(service, { resolution: 'RESOLUTION_720' });
		case 'UNIVERSAL_UPSCALER':
			return pricingRequest(service, {
				megapixel: number('megapixel', { min: 1, max: 20, integer: true }),
			});
		case 'UNIVERSAL_UPSCALER_ULTRA':
			return pricingRequest(service, {
				inputWidth: number('inputWidth', { min: 1, integer: true }),
				inputHeight: number('inputHeight', { min: 1, integer: true }),
				upscaleMultiplier: number('upscaleMultiplier', { min: 1, max: 2 }),
			});
		default:
			return pricingRequest(service, {});
	}
}
