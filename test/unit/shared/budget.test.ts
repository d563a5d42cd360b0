import { sameCostKey } from '../../../nodes/LeonardoAi/actions/shared/budget';
import {
	generationBodyCost,
	imageGenerationPricing,
	trainingPricing,
	videoPricing,
} from '../../../nodes/LeonardoAi/actions/shared/pricing';

describe('what a job costs: the same-cost key and the pricing calculator request', () => {
	it('ignores prompts, seeds, names and IDs, and keeps what changes the price', () => {
		const base = { prompt: 'a fox', width: 1024, height: 768, num_images: 1, seed: 5 };
		const key = sameCostKey('/generations', base);
		expect(sameCostKey('/generations', { ...base, prompt: 'a cat', seed: 9 })).toBe(key);
		// Which image it starts from does not change the price; which model does.
		expect(sameCostKey('/generations', { ...base, init_image_id: 'a', modelId: 'm' })).toBe(
			sameCostKey('/generations', { ...base, init_image_id: 'b', modelId: 'm' }),
		);
		expect(sameCostKey('/generations', { ...base, modelId: 'm' })).not.toBe(
			sameCostKey('/generations', { ...base, modelId: 'n' }),
		);
		expect(sameCostKey('/generations', { ...base, num_images: 2 })).not.toBe(key);
		expect(sameCostKey('/variations/upscale', { id: 'a' })).toBe(
			sameCostKey('/variations/upscale', { id: 'b' }),
		);
		expect(sameCostKey('/variations/upscale', { id: 'a' })).not.toBe(
			sameCostKey('/variations/unzoom', { id: 'a' }),
		);
		// v2: parameters nested, image references counted but not named.
		const v2 = (ids: string[]) => ({
			model: 'gpt-image-1.5',
			parameters: {
				prompt: 'p',
				quantity: 1,
				guidances: {
					image_reference: ids.map((id) => ({ image: { id, type: 'UPLOADED' }, strength: 'MID' })),
				},
			},
		});
		expect(sameCostKey('/generations', v2(['a']))).toBe(sameCostKey('/generations', v2(['b'])));
		expect(sameCostKey('/generations', v2(['a']))).not.toBe(
			sameCostKey('/generations', v2(['a', 'b'])),
		);
	});

	it('prices a v1 generation body with the calculator names, family from SD Version before the model ID', () => {
		const body = {
			prompt: 'x',
			modelId: 'b2614463-296c-462a-9586-aafdb8f00e36',
			width: 512,
			height: 512,
			num_images: 4,
			alchemy: false,
			ultra: true,
			num_inference_steps: 30,
			userElements: [{ userLoraId: 1, weight: 1 }],
			elements: [{ akUUID: 'a', weight: 1 }],
		};
		expect(imageGenerationPricing(generationBodyCost(body))).toEqual({
			service: 'IMAGE_GENERATION',
			serviceParams: {
				IMAGE_GENERATION: {
					imageWidth: 512,
					imageHeight: 512,
					numImages: 4,
					inferenceSteps: 30,
					alchemyMode: false,
					isUltra: true,
					loraCount: 2,
					isFluxDev: true,
				},
			},
		});
		expect(
			imageGenerationPricing(generationBodyCost({ ...body, sd_version: 'PHOENIX' })).serviceParams
				.IMAGE_GENERATION,
		).toMatchObject({ isPhoenix: true });
		expect(
			imageGenerationPricing(generationBodyCost({ prompt: 'x', modelId: 'unknown' })).serviceParams,
		).toEqual({ IMAGE_GENERATION: {} });
	});

	it('prices training and Motion 2.0, and nothing the calculator has no service for', () => {
		expect(
			trainingPricing({
				kind: 'element',
				sdVersion: 'FLUX_DEV',
				resolution: 1024,
				datasetImageCount: 12,
			}),
		).toEqual({
			service: 'MODEL_TRAINING',
			serviceParams: {
				MODEL_TRAINING: { sd_version: 'FLUX_DEV', datasetImageCount: 12, resolution: 1024 },
			},
		});
		// The calculator takes 1–50 images; Leonardo's guide trains FLUX Dev on at most 50.
		expect(
			trainingPricing({ kind: 'element', sdVersion: 'FLUX_DEV', datasetImageCount: 64 })
				?.serviceParams.MODEL_TRAINING,
		).toEqual({ sd_version: 'FLUX_DEV', datasetImageCount: 50 });
		expect(
			trainingPricing({ kind: 'element', sdVersion: 'SDXL_1_0', resolution: 1024 }),
		).toBeUndefined();
		expect(trainingPricing({ kind: 'model', sdVersion: 'v1_5', resolution: 768 })).toEqual({
			service: 'MODEL_TRAINING',
			serviceParams: { MODEL_TRAINING: { resolution: 768 } },
		});
		expect(videoPricing({ model: 'MOTION2', resolution: 'RESOLUTION_480' })).toEqual({
			service: 'MOTION_VIDEO_GENERATION',
			serviceParams: { MOTION_VIDEO_GENERATION: { resolution: 'RESOLUTION_480' } },
		});
		expect(videoPricing({ model: 'KLING2_5' })).toBeUndefined();
	});
});

describe('what a job costs, in detail', () => {
	it('names in lists (style IDs) are not what a job costs; how many there are is', () => {
		const body = (styles: string[]) => ({ model: 'flux-dev', parameters: { style_ids: styles } });
		expect(sameCostKey('/generations', body(['a']))).toBe(sameCostKey('/generations', body(['b'])));
		expect(sameCostKey('/generations', body(['a']))).not.toBe(
			sameCostKey('/generations', body(['a', 'b'])),
		);
	});

	it('entries of a list keep their settings: another ControlNet preprocessor is another job', () => {
		const guided = (preprocessorId: number, initImageId: string) => ({
			prompt: 'p',
			controlnets: [
				{ initImageId, initImageType: 'UPLOADED', preprocessorId, strengthType: 'Mid' },
			],
		});
		expect(sameCostKey('/generations', guided(67, 'a'))).toBe(
			sameCostKey('/generations', guided(67, 'b')),
		);
		expect(sameCostKey('/generations', guided(67, 'a'))).not.toBe(
			sameCostKey('/generations', guided(19, 'a')),
		);
	});

	it('the order of the fields does not change the key', () => {
		expect(sameCostKey('/generations', { width: 1024, height: 768 })).toBe(
			sameCostKey('/generations', { height: 768, width: 1024 }),
		);
	});

	it("sends PhotoReal's version to the calculator, and reads only fields of the right type from a body", () => {
		expect(
			imageGenerationPricing({ photoReal: true, photoRealVersion: 'v2' }).serviceParams,
		).toEqual({ IMAGE_GENERATION: { photoRealMode: true, photoRealVersion: 'v2' } });
		expect(generationBodyCost({ width: '1024', height: 768, alchemy: 'yes' })).toEqual({
			modelId: undefined,
			width: undefined,
			height: 768,
			numImages: undefined,
			alchemy: undefined,
			photoReal: undefined,
			photoRealVersion: undefined,
			ultra: undefined,
			sdVersion: undefined,
			numInferenceSteps: undefined,
			elementCount: 0,
		});
	});

	it('prices Motion 2.0 by a resolution given as text only', () => {
		expect(videoPricing({ model: 'MOTION2', resolution: 720 })).toEqual({
			service: 'MOTION_VIDEO_GENERATION',
			serviceParams: { MOTION_VIDEO_GENERATION: {} },
		});
	});
});
