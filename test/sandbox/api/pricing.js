'use strict';
// Credits: POST /pricing-calculator, the account balance jobs spend, and the prices jobs charge.
//
// Leonardo's real prices are its own business; the sandbox uses one small published rule instead, so
// tests can assert exact totals, and the same rule prices the calculator's answer and the job:
//   IMAGE_GENERATION       per image: ceil(width × height / 262144) (512×512 tiles; 1024×768 = 3),
//                          ×2 with alchemyMode, ×3 with isUltra, +2 with photoRealMode, + the model
//                          family's own: isSDXLLightning 1, isFluxSchnell 2, isSDXL 3, isPhoenix 4,
//                          isFluxDev 5 (each its own, so a test sees which flag came);
//                          × numImages, +2 per element (loraCount). Defaults 1024×768, 4 images.
//                          A job's family: its sd_version, else its model (Lightning XL, Phoenix 1.0).
//   MOTION_VIDEO_GENERATION RESOLUTION_480 → 30, RESOLUTION_720 → 45
//   VEO3_MOTION_VIDEO_GENERATION 600
//   MODEL_TRAINING         sd_version FLUX_DEV: 20 × datasetImageCount; else resolution ≤ 512 → 750, larger → 1500
//   UNIVERSAL_UPSCALER     5 × megapixel (a whole number, 1–20)
//   UNIVERSAL_UPSCALER_ULTRA 10 × ceil(inputWidth × inputHeight × upscaleMultiplier² / 1,000,000)
//   LCM_GENERATION         ceil(width × height / 262144) (default 512×512), +1 with instantRefine, +2 with refine
//   any other service      20
// Jobs the calculator has no service for keep fixed sandbox prices (v2 images 13 each, videos 20 per
// second, other elements 50, variations 5), as their routes say.
const { apiJson } = require('../common');

const TILE = 512 * 512;

/** Credits per image each model family flag adds (the sandbox's own numbers, one per flag). */
const FAMILY_CREDITS = {
	isSDXLLightning: 1,
	isFluxSchnell: 2,
	isSDXL: 3,
	isPhoenix: 4,
	isFluxDev: 5,
};

/**
 * What the calculator refuses of an IMAGE_GENERATION beyond the body's types (contract.js): the
 * limits the SDK documents on its fields (@leonardo-ai/sdk, src/sdk/models/operations/
 * pricingcalculator.ts, PricingCalculatorPricingCalculatorRequestObject — its zod schema checks
 * only the types): imageWidth and imageHeight "between 32 and 1024 and be a multiple of 8",
 * numImages "between 1 and 8. If either width or height is over 768, must be between 1 and 4",
 * inferenceSteps "between 10 and 60". A job itself may be larger (1536 a side): it is priced by
 * the rule below, but the calculator cannot price it.
 */
function imageCalculatorRefusal(p) {
	const width = p.imageWidth ?? 1024;
	const height = p.imageHeight ?? 768;
	const count = p.numImages ?? 4;
	for (const [name, side] of [
		['imageWidth', width],
		['imageHeight', height],
	])
		if (side < 32 || side > 1024 || side % 8 !== 0)
			return `${name} must be between 32 and 1024 and be a multiple of 8`;
	if (count < 1 || count > 8) return 'numImages must be between 1 and 8';
	if (count > 4 && (width > 768 || height > 768))
		return 'numImages must be between 1 and 4 when imageWidth or imageHeight is over 768';
	if (p.inferenceSteps !== undefined && (p.inferenceSteps < 10 || p.inferenceSteps > 60))
		return 'inferenceSteps must be between 10 and 60';
	return undefined;
}

/** Each rule returns [cost] or [undefined, error message]. */
const RULES = {
	IMAGE_GENERATION: (p) => {
		const width = p.imageWidth ?? 1024;
		const height = p.imageHeight ?? 768;
		const count = p.numImages ?? 4;
		const tiles = Math.ceil((width * height) / TILE);
		const family = Object.entries(FAMILY_CREDITS)
			.filter(([flag]) => p[flag])
			.reduce((sum, [, credits]) => sum + credits, 0);
		const perImage =
			tiles * (p.alchemyMode ? 2 : 1) * (p.isUltra ? 3 : 1) + (p.photoRealMode ? 2 : 0) + family;
		return [perImage * count + 2 * (p.loraCount ?? 0)];
	},
	MOTION_VIDEO_GENERATION: (p) => {
		const prices = { RESOLUTION_480: 30, RESOLUTION_720: 45 };
		const cost = prices[p.resolution ?? 'RESOLUTION_480'];
		return cost ? [cost] : [undefined, 'resolution must be RESOLUTION_480 or RESOLUTION_720'];
	},
	VEO3_MOTION_VIDEO_GENERATION: () => [600],
	MODEL_TRAINING: (p) => {
		if (p.sd_version === 'FLUX_DEV') {
			const count = p.datasetImageCount;
			if (!Number.isInteger(count) || count < 1 || count > 50)
				return [undefined, 'datasetImageCount must be between 1 and 50 for FLUX_DEV'];
			return [20 * count];
		}
		return [(p.resolution ?? 512) <= 512 ? 750 : 1500];
	},
	LCM_GENERATION: (p) => {
		const width = p.width ?? 512;
		const height = p.height ?? 512;
		for (const [name, side] of [
			['width', width],
			['height', height],
		])
			if (![512, 640, 1024].includes(side)) return [undefined, `${name} must be 512, 640 or 1024`];
		return [Math.ceil((width * height) / TILE) + (p.instantRefine ? 1 : 0) + (p.refine ? 2 : 0)];
	},
	UNIVERSAL_UPSCALER: (p) => {
		if (!(p.megapixel >= 1) || p.megapixel > 20)
			return [undefined, 'megapixel must be between 1 and 20'];
		return [5 * p.megapixel];
	},
	UNIVERSAL_UPSCALER_ULTRA: (p) => {
		const multiplier = p.upscaleMultiplier ?? 1.5;
		if (multiplier < 1 || multiplier > 2)
			return [undefined, 'upscaleMultiplier must be between 1.00 and 2.00'];
		if (!(p.inputWidth > 0) || !(p.inputHeight > 0))
			return [undefined, 'inputWidth and inputHeight are required'];
		return [10 * Math.ceil((p.inputWidth * p.inputHeight * multiplier ** 2) / 1_000_000)];
	},
};

function price(service, params) {
	const rule = RULES[service];
	return rule ? rule(params ?? {}) : [20];
}

/** What the calculator answers: the price, unless the question is one it refuses. */
function calculatorPrice(service, params) {
	const refusal = service === 'IMAGE_GENERATION' ? imageCalculatorRefusal(params ?? {}) : undefined;
	return refusal ? [undefined, refusal] : price(service, params);
}

/**
 * A v1 body's model family, as Leonardo reads it: sd_version, else the platform model (IDs from
 * common.js: Leonardo Lightning XL and Phoenix 1.0; Kino XL has no calculator flag).
 */
const FAMILY_BY_SD_VERSION = {
	SDXL_LIGHTNING: 'isSDXLLightning',
	SDXL_0_8: 'isSDXL',
	SDXL_0_9: 'isSDXL',
	SDXL_1_0: 'isSDXL',
	PHOENIX: 'isPhoenix',
	FLUX_DEV: 'isFluxDev',
};
const FAMILY_BY_MODEL_ID = {
	'b24e16ff-06e3-43eb-8d33-4416c2d75876': 'isSDXLLightning',
	'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3': 'isPhoenix',
};

/** What a POST /generations (v1) body is priced as: the sandbox's own reading of the body. */
function generationCost(body) {
	const family = FAMILY_BY_SD_VERSION[body.sd_version] ?? FAMILY_BY_MODEL_ID[body.modelId];
	const [cost] = price('IMAGE_GENERATION', {
		imageWidth: body.width,
		imageHeight: body.height,
		numImages: body.num_images,
		alchemyMode: body.alchemy,
		isUltra: body.ultra,
		photoRealMode: body.photoReal,
		loraCount: (body.elements ?? []).length + (body.userElements ?? []).length,
		...(family ? { [family]: true } : {}),
	});
	return cost;
}

/** A started job's cost as Leonardo reports it (SDK `shared/cost.ts`; `apiCreditCost` is the deprecated twin). */
function costFields(credits) {
	return { apiCreditCost: credits, cost: { amount: String(credits), unit: 'CREDITS' } };
}

/**
 * Spends credits from the account: plan credits first, then paid ones (never below zero). A job costs
 * its price plus `sandbox.surcharge` (0 unless a test sets it): a price that changed since the
 * calculator was asked.
 */
function charger(sandbox, state) {
	return (path, price) => {
		const credits = price + (sandbox.surcharge ?? 0);
		const fromPlan = Math.min(credits, state.balance.subscription);
		state.balance.subscription -= fromPlan;
		state.balance.paid = Math.max(0, state.balance.paid - (credits - fromPlan));
		sandbox.charges.push({ path, credits });
		return credits;
	};
}

function pricingRoutes() {
	return [
		{
			method: 'POST',
			path: '/pricing-calculator',
			handle: ({ body, res, fail }) => {
				// The body's shape and field types are checked against the SDK's schema (contract.js).
				const service = body?.service;
				if (!service)
					return fail([
						400,
						'expecting a value for non-nullable variable: "service"',
						'bad-request',
					]);
				const [cost, error] = calculatorPrice(service, body.serviceParams?.[service]);
				if (error) return fail([400, error, 'unexpected']);
				return apiJson(res, 200, { calculateProductionApiServiceCost: { cost } });
			},
		},
	];
}

module.exports = { charger, costFields, generationCost, price, pricingRoutes };
