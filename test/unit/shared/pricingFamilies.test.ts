import {
	generationBodyCost,
	imageGenerationPricing,
} from '../../../nodes/LeonardoAi/actions/shared/pricing';

/**
 * The calculator's model family flag (SDK pricingcalculator.ts: isPhoenix, isFluxDev, isFluxSchnell,
 * isSDXL, isSDXLLightning) for a v1 POST /generations body, each entry written out by hand.
 */
const familyOf = (body: Record<string, unknown>) =>
	imageGenerationPricing(generationBodyCost({ prompt: 'a red fox', ...body })).serviceParams
		.IMAGE_GENERATION;

describe('the model family flag sent to the pricing calculator', () => {
	// The SDK's SdVersions with a flag of their own.
	it.each([
		['PHOENIX', 'isPhoenix'],
		['FLUX_DEV', 'isFluxDev'],
		['SDXL_LIGHTNING', 'isSDXLLightning'],
		['SDXL_0_8', 'isSDXL'],
		['SDXL_0_9', 'isSDXL'],
		['SDXL_1_0', 'isSDXL'],
	])('SD Version %s → %s', (sdVersion, flag) => {
		expect(familyOf({ sd_version: sdVersion })).toEqual({ [flag]: true });
	});

	it.each([
		// https://docs.leonardo.ai/docs/phoenix: "de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3", // Phoenix 1.0
		['Phoenix 1.0', 'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3', 'isPhoenix'],
		// https://docs.leonardo.ai/docs/generate-images-using-flux: Flux Precision (Flux Dev), Flux Speed (Flux Schnell)
		['Flux Dev', 'b2614463-296c-462a-9586-aafdb8f00e36', 'isFluxDev'],
		['Flux Schnell', '1dd50843-d653-4516-a8e3-f0238ee453ff', 'isFluxSchnell'],
		// SDK creategeneration.ts: the default modelId; named Leonardo Lightning XL in the samples of
		// https://docs.leonardo.ai/docs/generate-images-using-image-to-image-guidance
		['Leonardo Lightning XL', 'b24e16ff-06e3-43eb-8d33-4416c2d75876', 'isSDXLLightning'],
	])('model %s (%s) → %s', (_name, modelId, flag) => {
		expect(familyOf({ modelId })).toEqual({ [flag]: true });
	});

	// The SDK's other SdVersions, and a model no guide gives a family: priced without a flag.
	it.each([
		['SD Version v1_5', { sd_version: 'v1_5' }],
		['SD Version v2', { sd_version: 'v2' }],
		['SD Version v3', { sd_version: 'v3' }],
		['SD Version FLUX', { sd_version: 'FLUX' }],
		['SD Version KINO_2_0', { sd_version: 'KINO_2_0' }],
		['a model trained on the account', { modelId: '5c2a0a1e-7f6b-4c1d-9e8a-3b2d1f0e4a67' }],
	])('%s → no family flag', (_what, body) => {
		expect(familyOf(body)).toEqual({});
	});

	it('SD Version decides over the model', () => {
		expect(
			familyOf({ sd_version: 'SDXL_0_9', modelId: 'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3' }),
		).toEqual({ isSDXL: true });
	});
});
