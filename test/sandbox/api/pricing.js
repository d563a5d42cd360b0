'use strict';
// Credits: POST /pricing-calculator, the account balance jobs spend, and the prices jobs charge.
//
// Leonardo's real prices are its own business; the sandbox uses one small published rule instead, so
// tests can assert exact totals, and the same rule prices the calculator's answer and the job:
//   IMAGE_GENERATION       per image: ceil(width × height / 262144) (512×512 tiles; 1024×768 = 3),
//                          ×2 with alchemyMode, ×3 with isUltra, +2 with photoRealMode;
//                          × numImages, +2 per element (loraCount). Defaults 1024×768, 4 images.
//   MOTION_VIDEO_GENERATION RESOLUTION_480 → 30, RESOLUTION_720 → 45
//   VEO3_MOTION_VIDEO_GENERATION 600
//   MODEL_TRAINING         sd_version FLUX_DEV: 20 × datasetImageCount; else resolution ≤ 512 → 750, larger → 1500
//   UNIVERSAL_UPSCALER     5 × megapixel (a whole number, 1–20)
//   UNIVERSAL_UPSCALER_ULTRA 10 × ceil(inputWidth × inputHeight × upscaleMultiplier² / 1,000,000)
//   any other service      20
// Jobs the calculator has no service for keep fixed sandbox prices (v2 images 13 each, videos 20 per
// second, other elements 50, variations 5), as their routes say.
const { apiJson } = require('../common');

const TILE = 512 * 512;

/** Each rule returns [cost] or [undefined, error message]. */
const RULES = {
	IMAGE_GENERATION: (p) => {
		const width = p.imageWidth ?? 1024;
		const height = p.imageHeight ?? 768;
		const count = p.numImages ?? 4;
		for (const side of [width, height])
			if (side < 32 || side > 1536 || side % 8 !== 0)
				return [undefined, 'invalid dimensions: must be multiples of 8 between 32 and 1536'];
		if (count < 1 || count > 8) return [undefined, 'numImages must be between 1 and 8'];
		const tiles = Math.ceil((width * height) / TILE);
		const perImage =
			tiles * (p.alchemyMode ? 2 : 1) * (p.isUltra ? 3 : 1) + (p.photoRealMode ? 2 : 0);
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

/** What a POST /generations (v1) body is priced as: the sandbox's own reading of the body. */
function generationCost(body) {
	const [cost] = price('IMAGE_GENERATION', {
		imageWidth: body.width,
		imageHeight: body.height,
		numImages: body.num_images,
		alchemyMode: body.alchemy,
		isUltra: body.ultra,
		photoRealMode: body.photoReal,
		loraCount: (body.elements ?? []).length + (body.userElements ?? []).length,
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
				const [cost, error] = price(service, body.serviceParams?.[service]);
				if (error) return fail([400, error, 'unexpected']);
				return apiJson(res, 200, { calculateProductionApiServiceCost: { cost } });
			},
		},
	];
}

module.exports = { charger, costFields, generationCost, price, pricingRoutes };
