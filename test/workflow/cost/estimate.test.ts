import { run, useSandbox } from '../../harness/context';
import { REFUSED_CALCULATOR_ANSWERS } from '../../fixtures/calculatorAnswers';

const PHOENIX = 'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3';

const estimate = (parameters: Record<string, unknown> = {}) => ({
	name: 'Estimate',
	parameters: { resource: 'cost', operation: 'estimate', ...parameters },
});

describe('Cost → Estimate', () => {
	const ctx = useSandbox();

	it("prices an image generation with Generation → Create's parameters, and the job then costs exactly that", async () => {
		const { sandbox } = ctx;
		const shared = {
			modelId: { __rl: true, mode: 'id', value: PHOENIX },
			width: 1024,
			height: 768,
			numImages: 2,
		};
		const priced = await run(sandbox, [
			estimate({ ...shared, options: { alchemy: true, numInferenceSteps: 20 } }),
		]);
		const [calculator] = sandbox.requestsTo('api', 'POST', '/pricing-calculator');
		expect(calculator.body).toEqual({
			service: 'IMAGE_GENERATION',
			serviceParams: {
				IMAGE_GENERATION: {
					imageWidth: 1024,
					imageHeight: 768,
					numImages: 2,
					inferenceSteps: 20,
					alchemyMode: true,
					isPhoenix: true,
				},
			},
		});
		// The sandbox's rule: 3 tiles × 2 (Alchemy) + 4 (Phoenix) per image, 2 images.
		expect(priced.output[0].json).toEqual({
			credits: 20,
			service: 'IMAGE_GENERATION',
			request: calculator.body,
		});
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(0);

		const generated = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'a red fox',
					downloadImages: false,
					...shared,
					options: { alchemy: true, numInferenceSteps: 20 },
				},
			},
		]);
		expect(generated.output[0].json.cost).toEqual({ amount: '20', unit: 'CREDITS' });
		expect(sandbox.charges).toEqual([{ path: '/generations', credits: 20 }]);
	});

	it('counts elements, Ultra and PhotoReal as the calculator names them, and adds extra service parameters', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			estimate({
				numImages: 1,
				options: {
					ultra: true,
					photoReal: true,
					sdVersion: 'SDXL_1_0',
					elementCount: 2,
					additionalFields: '{"promptMagic": true}',
				},
			}),
		]);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')[0].body.serviceParams).toEqual({
			IMAGE_GENERATION: {
				imageWidth: 1024,
				imageHeight: 768,
				numImages: 1,
				photoRealMode: true,
				isUltra: true,
				loraCount: 2,
				isSDXL: true,
				promptMagic: true,
			},
		});
		// 3 tiles × 3 (Ultra) + 2 (PhotoReal) + 3 (SDXL), one image, + 2 × 2 elements.
		expect(result.output[0].json.credits).toBe(18);
	});

	it.each([
		// The model IDs Leonardo's guides give (docs.leonardo.ai/docs/generate-images-using-flux;
		// https://docs.leonardo.ai/docs/generate-images-using-image-to-image-guidance
		// for Lightning XL, SDK creategeneration.ts's default modelId); the sandbox adds each family's
		// own credits per image.
		['Leonardo Lightning XL', 'b24e16ff-06e3-43eb-8d33-4416c2d75876', 'isSDXLLightning', 3 + 1],
		['Flux Schnell', '1dd50843-d653-4516-a8e3-f0238ee453ff', 'isFluxSchnell', 3 + 2],
		['Flux Dev', 'b2614463-296c-462a-9586-aafdb8f00e36', 'isFluxDev', 3 + 5],
	])('prices an image of %s with its family flag', async (_name, modelId, flag, credits) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			estimate({ modelId: { __rl: true, mode: 'id', value: modelId }, numImages: 1 }),
		]);
		const [calculator] = sandbox.requestsTo('api', 'POST', '/pricing-calculator');
		expect(calculator.body.serviceParams).toEqual({
			IMAGE_GENERATION: { imageWidth: 1024, imageHeight: 768, numImages: 1, [flag]: true },
		});
		expect(result.output[0].json.credits).toBe(credits);
	});

	it.each([
		[
			'FLUX Dev element training by its image count',
			{ service: 'MODEL_TRAINING', sdVersion: 'FLUX_DEV', datasetImageCount: 12 },
			{ MODEL_TRAINING: { sd_version: 'FLUX_DEV', datasetImageCount: 12 } },
			240,
		],
		[
			'model training by its resolution',
			{ service: 'MODEL_TRAINING', sdVersion: '', resolution: 768 },
			{ MODEL_TRAINING: { resolution: 768 } },
			1500,
		],
		[
			'a Motion 2.0 video at 720p',
			{ service: 'MOTION_VIDEO_GENERATION', videoResolution: 'RESOLUTION_720' },
			{ MOTION_VIDEO_GENERATION: { resolution: 'RESOLUTION_720' } },
			45,
		],
		[
			'a Veo 3 video',
			{ service: 'VEO3_MOTION_VIDEO_GENERATION' },
			{ VEO3_MOTION_VIDEO_GENERATION: { resolution: 'RESOLUTION_720' } },
			600,
		],
		[
			'the universal upscaler by the result size',
			{ service: 'UNIVERSAL_UPSCALER', megapixel: 5 },
			{ UNIVERSAL_UPSCALER: { megapixel: 5 } },
			25,
		],
		[
			'the ultra upscaler by input size and multiplier',
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 1024,
				inputHeight: 768,
				upscaleMultiplier: 1.5,
			},
			{ UNIVERSAL_UPSCALER_ULTRA: { inputWidth: 1024, inputHeight: 768, upscaleMultiplier: 1.5 } },
			20,
		],
	])('prices %s', async (_name, parameters, serviceParams, credits) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [estimate(parameters)]);
		const [calculator] = sandbox.requestsTo('api', 'POST', '/pricing-calculator');
		expect(calculator.body).toEqual({ service: parameters.service, serviceParams });
		expect(result.output[0].json).toMatchObject({ credits, service: parameters.service });
	});

	it('prices a Motion 2.0 video at 480p, and a service and Base Model given by expression with spaces around', async () => {
		const { sandbox } = ctx;
		const motion = await run(sandbox, [
			estimate({ service: 'MOTION_VIDEO_GENERATION', videoResolution: 'RESOLUTION_480' }),
		]);
		expect(motion.error?.message ?? motion.status).toBe('success');
		const spaced = await run(sandbox, [
			estimate({
				service: '={{ " MODEL_TRAINING " }}',
				sdVersion: '={{ " FLUX_DEV " }}',
				datasetImageCount: 12,
			}),
		]);
		expect(spaced.error?.message ?? spaced.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator').map((r) => r.body)).toEqual([
			{
				service: 'MOTION_VIDEO_GENERATION',
				serviceParams: { MOTION_VIDEO_GENERATION: { resolution: 'RESOLUTION_480' } },
			},
			{
				service: 'MODEL_TRAINING',
				serviceParams: { MODEL_TRAINING: { sd_version: 'FLUX_DEV', datasetImageCount: 12 } },
			},
		]);
	});

	it.each([
		[{ service: '={{ "" }}' }, 'The service is empty'],
		[
			{ service: 'UNIVERSAL_UPSCALER', megapixel: 21 },
			'"Megapixels" must be a whole number from 1 to 20, not 21',
		],
		[
			{ service: 'UNIVERSAL_UPSCALER', megapixel: 0 },
			'"Megapixels" must be a whole number from 1 to 20, not 0',
		],
		[
			{ service: 'UNIVERSAL_UPSCALER', megapixel: 2.5 },
			'"Megapixels" must be a whole number from 1 to 20, not 2.5',
		],
		[
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 0,
				inputHeight: 768,
				upscaleMultiplier: 1.5,
			},
			'"Input Width" must be a whole number of at least 1, not 0',
		],
		[
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 1024.5,
				inputHeight: 768,
				upscaleMultiplier: 1.5,
			},
			'"Input Width" must be a whole number of at least 1, not 1024.5',
		],
		[
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 1024,
				inputHeight: 0,
				upscaleMultiplier: 1.5,
			},
			'"Input Height" must be a whole number of at least 1, not 0',
		],
		[
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 1024,
				inputHeight: 767.5,
				upscaleMultiplier: 1.5,
			},
			'"Input Height" must be a whole number of at least 1, not 767.5',
		],
		[
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 1024,
				inputHeight: 768,
				upscaleMultiplier: 2.5,
			},
			'"Upscale Multiplier" must be a number from 1 to 2, not 2.5',
		],
		[
			{
				service: 'UNIVERSAL_UPSCALER_ULTRA',
				inputWidth: 1024,
				inputHeight: 768,
				upscaleMultiplier: 0.5,
			},
			'"Upscale Multiplier" must be a number from 1 to 2, not 0.5',
		],
		[
			{ options: { elementCount: -1 } },
			'"Number of Elements" must be a whole number of at least 0, not -1',
		],
		[
			{ options: { elementCount: 1.5 } },
			'"Number of Elements" must be a whole number of at least 0, not 1.5',
		],
	])('refuses %j before asking the calculator', async (parameters, message) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [estimate(parameters)]);
		expect(result.error?.message).toBe(message);
		expect(sandbox.requests).toEqual([]);
	});

	it('says how to give a service when it is empty', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [estimate({ service: '={{ "" }}' })]);
		expect(result.error.description).toBe(
			"Pick a service, or give one of the pricing calculator's service names by expression.",
		);
	});

	it("shows Leonardo's refusal of a parameter it does not know, and checks the size before asking", async () => {
		const { sandbox } = ctx;
		const unknown = await run(sandbox, [
			estimate({ options: { additionalFields: '{"imageSize": 5}' } }),
		]);
		expect(unknown.status).toBe('error');
		expect(unknown.error.message).toContain(
			'Unexpected variable serviceParams.IMAGE_GENERATION.imageSize',
		);

		sandbox.reset();
		const badSize = await run(sandbox, [estimate({ width: 1001 })]);
		expect(badSize.error.message).toBe('Width 1001 is not a size Leonardo accepts');
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(0);
	});
	it('asks the calculator again after a 503 (a read: retried), and prices', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/pricing-calculator',
			status: 503,
		});
		const result = await run(sandbox, [estimate({ numImages: 1 })]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(result.output[0].json.credits).toBe(3);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(2);
	});

	it.each(REFUSED_CALCULATOR_ANSWERS)(
		'stops on an answer with %s, saying what it asked and what came back',
		async (_what, body, message) => {
			const { sandbox } = ctx;
			sandbox.faults.push({
				server: 'api',
				method: 'POST',
				path: '/pricing-calculator',
				status: 200,
				body,
			});
			const result = await run(sandbox, [estimate({ numImages: 1 })]);
			expect(result.status).toBe('error');
			expect(result.error.message).toBe(message);
			expect(result.error.description).toBe(
				`It was asked to price IMAGE_GENERATION; its answer: ${JSON.stringify(body)}.`,
			);
		},
	);

	it('a calculator answer in CREDITS is taken', async () => {
		const { sandbox } = ctx;
		const body = { calculateProductionApiServiceCost: { cost: 7, unit: 'CREDITS' } };
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/pricing-calculator',
			status: 200,
			body,
		});
		const result = await run(sandbox, [estimate({ numImages: 1 })]);
		expect(result.output[0].json.credits).toBe(7);
	});
});
