import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';

/**
 * Leonardo's pricing calculator, `POST /pricing-calculator` (docs "Plan with the Pricing Calculator",
 * https://docs.leonardo.ai/docs/plan-with-the-pricing-calculator; API reference "Calculating API
 * Cost"). Wire shape from the SDK's `pricingcalculator.ts` (generated from Leonardo's OpenAPI spec):
 * `{ service, serviceParams: { [service]: {...} } }` → `{ calculateProductionApiServiceCost: { cost } }`.
 */
export interface PricingRequest {
	/** One of the SDK's `PricingCalculatorServices`, e.g. IMAGE_GENERATION. */
	service: string;
	serviceParams: IDataObject;
}

export function pricingRequest(service: string, params: IDataObject): PricingRequest {
	return { service, serviceParams: { [service]: params } };
}

/** Asks the calculator (a read: retried on 429/5xx like a GET, never charged). */
export async function requestPrice(
	this: IExecuteFunctions,
	request: PricingRequest,
	itemIndex: number,
): Promise<number> {
	const response = await leonardoApiRequest.call(this, {
		method: 'POST',
		path: '/pricing-calculator',
		body: request as unknown as IDataObject,
		itemIndex,
		retry: true,
	});
	const answer = response.calculateProductionApiServiceCost as IDataObject | null | undefined;
	const cost = answer?.cost;
	// The SDK's answer has no unit (credits); should one ever come, only CREDITS is a credit cost.
	const unit = answer?.unit;
	if (
		typeof cost !== 'number' ||
		!Number.isFinite(cost) ||
		cost < 0 ||
		(unit !== undefined && unit !== 'CREDITS')
	) {
		throw new NodeApiError(this.getNode(), response as never, {
			message:
				cost === undefined
					? "Leonardo's pricing calculator answered without a cost"
					: `Leonardo's pricing calculator answered ${JSON.stringify(cost)}${unit === undefined ? '' : ` ${String(unit)}`}, not a cost in credits`,
			description: `It was asked to price ${request.service}; its answer: ${JSON.stringify(response).slice(0, 300)}.`,
			itemIndex,
		});
	}
	return cost;
}

/**
 * What the calculator's IMAGE_GENERATION takes, named as Generation → Create names them. Read off a
 * POST /generations body (Max Credits) or off Cost → Estimate's parameters, so both price alike.
 */
export interface ImageGenerationCost {
	modelId?: string;
	width?: number;
	height?: number;
	numImages?: number;
	alchemy?: boolean;
	photoReal?: boolean;
	photoRealVersion?: string;
	ultra?: boolean;
	sdVersion?: string;
	numInferenceSteps?: number;
	/** Elements (platform and trained) used: the calculator's `loraCount`. */
	elementCount?: number;
}

/**
 * The calculator's model family flags, from the SD version when given, else from the model IDs
 * Leonardo's guides document: Phoenix 1.0 (https://docs.leonardo.ai/docs/phoenix), Flux Dev and
 * Flux Schnell (https://docs.leonardo.ai/docs/generate-images-using-flux), Leonardo Lightning XL
 * (the default `modelId` of SDK `creategeneration.ts`, named in the sample requests of
 * https://docs.leonardo.ai/docs/generate-images-using-image-to-image-guidance).
 * Other models are priced without a family flag.
 */
const FAMILY_BY_SD_VERSION: Record<string, string> = {
	PHOENIX: 'isPhoenix',
	FLUX_DEV: 'isFluxDev',
	SDXL_LIGHTNING: 'isSDXLLightning',
	SDXL_0_8: 'isSDXL',
	SDXL_0_9: 'isSDXL',
	SDXL_1_0: 'isSDXL',
};
const FAMILY_BY_MODEL_ID: Record<string, string> = {
	'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3': 'isPhoenix',
	'b2614463-296c-462a-9586-aafdb8f00e36': 'isFluxDev',
	'1dd50843-d653-4516-a8e3-f0238ee453ff': 'isFluxSchnell',
	'b24e16ff-06e3-43eb-8d33-4416c2d75876': 'isSDXLLightning',
};

export function imageGenerationPricing(input: ImageGenerationCost): PricingRequest {
	const params: IDataObject = {};
	const set = (wire: string, value: unknown) => {
		if (value !== undefined) params[wire] = value;
	};
	set('imageWidth', input.width);
	set('imageHeight', input.height);
	set('numImages', input.numImages);
	set('inferenceSteps', input.numInferenceSteps);
	set('alchemyMode', input.alchemy);
	set('photoRealMode', input.photoReal);
	set('photoRealVersion', input.photoRealVersion);
	set('isUltra', input.ultra);
	if (input.elementCount) params.loraCount = input.elementCount;
	const family =
		(input.sdVersion && FAMILY_BY_SD_VERSION[input.sdVersion]) ??
		(input.modelId && FAMILY_BY_MODEL_ID[input.modelId]);
	if (family) params[family] = true;
	return pricingRequest('IMAGE_GENERATION', params);
}

function optional<T>(value: unknown, type: 'number' | 'boolean' | 'string'): T | undefined {
	return typeof value === type ? (value as T) : undefined;
}

/** A v1 POST /generations body (wire names: SDK `creategeneration.ts`), the calculator's input. */
export function generationBodyCost(body: IDataObject): ImageGenerationCost {
	return {
		modelId: optional(body.modelId, 'string'),
		width: optional(body.width, 'number'),
		height: optional(body.height, 'number'),
		numImages: optional(body.num_images, 'number'),
		alchemy: optional(body.alchemy, 'boolean'),
		photoReal: optional(body.photoReal, 'boolean'),
		photoRealVersion: optional(body.photoRealVersion, 'string'),
		ultra: optional(body.ultra, 'boolean'),
		sdVersion: optional(body.sd_version, 'string'),
		numInferenceSteps: optional(body.num_inference_steps, 'number'),
		elementCount:
			((body.elements as unknown[] | undefined) ?? []).length +
			((body.userElements as unknown[] | undefined) ?? []).length,
	};
}

/**
 * Training as the calculator's MODEL_TRAINING: `resolution`, and for FLUX Dev `sd_version` with
 * `datasetImageCount` (1–50: "for FLUX_DEV specific pricing", SDK; a larger dataset is priced as 50,
 * the most Leonardo's training guide uses). Elements on other base models have no documented
 * MODEL_TRAINING parameters: undefined, so they count as unpriced.
 */
export const MAX_FLUX_DATASET_IMAGES = 50;

export function trainingPricing(training: {
	sdVersion?: string;
	resolution?: number;
	datasetImageCount?: number;
	kind: 'element' | 'model';
}): PricingRequest | undefined {
	if (training.sdVersion === 'FLUX_DEV') {
		return pricingRequest('MODEL_TRAINING', {
			sd_version: 'FLUX_DEV',
			datasetImageCount:
				training.datasetImageCount === undefined
					? undefined
					: Math.min(training.datasetImageCount, MAX_FLUX_DATASET_IMAGES),
			...(training.resolution ? { resolution: training.resolution } : {}),
		});
	}
	if (training.kind === 'element') return undefined;
	return pricingRequest(
		'MODEL_TRAINING',
		training.resolution ? { resolution: training.resolution } : {},
	);
}

/**
 * Motion 2.0 (v1 model MOTION2) as the calculator's MOTION_VIDEO_GENERATION, priced by its
 * `resolution` (RESOLUTION_480 or RESOLUTION_720, SDK). Other video models have no calculator service.
 */
export function videoPricing(body: IDataObject): PricingRequest | undefined {
	if (body.model !== 'MOTION2') return undefined;
	return pricingRequest(
		'MOTION_VIDEO_GENERATION',
		typeof body.resolution === 'string' ? { resolution: body.resolution } : {},
	);
}
