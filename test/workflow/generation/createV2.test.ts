import {
	fileItem,
	generatedImageId,
	run,
	uploadedImageId,
	useSandbox,
} from '../../harness/context';

const createV2 = (parameters: Record<string, unknown> = {}) => ({
	parameters: {
		resource: 'generation',
		operation: 'createV2',
		prompt: 'koala with a purple hat',
		...parameters,
	},
});

describe('Generation → Create (Newer Models) through the v2 endpoint', () => {
	const ctx = useSandbox();

	it('sends the v2 body with image references and outputs like Create', async () => {
		const { sandbox } = ctx;
		const uploadedId = await uploadedImageId(sandbox);
		const generatedId = await generatedImageId(sandbox);
		sandbox.reset();

		const result = await run(sandbox, [
			createV2({
				width: 1536,
				numImages: 2,
				imageReferences: {
					reference: [
						{ imageId: uploadedId, imageType: 'UPLOADED', strength: 'HIGH' },
						{ imageId: generatedId, imageType: 'GENERATED' },
					],
				},
				options: { quality: 'HIGH', promptEnhance: false, public: false },
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		// The v2 spec's image_reference item for GPT Image-1.5 is { image, order }: no strength
		// (https://docs.leonardo.ai/reference/creategeneration; its page shows one).
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'gpt-image-1.5',
				public: false,
				parameters: {
					prompt: 'koala with a purple hat',
					quantity: 2,
					width: 1536,
					height: 1024,
					quality: 'HIGH',
					prompt_enhance: 'OFF',
					guidances: {
						image_reference: [
							{ image: { id: uploadedId, type: 'UPLOADED' } },
							{ image: { id: generatedId, type: 'GENERATED' } },
						],
					},
				},
			},
		]);
		expect(result.output[0].json.warnings).toEqual([
			"Strength was not sent: GPT Image-1.5's image references take none (https://docs.leonardo.ai/docs/gpt-image-1-5)",
		]);
		expect(result.output[0].json).toMatchObject({
			status: 'COMPLETE',
			model: 'gpt-image-1.5',
			imageWidth: 1536,
			imageHeight: 1024,
		});
		expect(Object.keys(result.output[0].binary ?? {})).toEqual(['image_0', 'image_1']);
	});

	it('reads the started job from the v2 answer\'s "generate" and stops loudly when it is not there', async () => {
		const { sandbox } = ctx;
		const pending = await run(sandbox, [createV2({ waitForCompletion: false })]);
		expect(pending.output[0].json).toEqual({
			generationId: expect.any(String),
			status: 'PENDING',
			cost: { amount: '13', unit: 'CREDITS' },
			model: 'gpt-image-1.5',
		});

		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/v2/generations',
			status: 200,
			body: { sdGenerationJob: { generationId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f' } },
		});
		const result = await run(sandbox, [createV2()]);
		expect(result.error.message).toBe(
			'Leonardo answered POST /v2/generations with HTTP 200 but no generation ID: the job may have started and been charged',
		);
		expect(result.error.description).toContain(
			'Check with Generation → Get Many (your newest generations and videos) before running this item again. Leonardo\'s answer: {"sdGenerationJob":{"generationId":"7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f"}}',
		);
		expect(sandbox.requestsTo('api', 'GET')).toHaveLength(0);
	});

	it.each([
		[
			'flat, as the v2 API reference has it',
			{ generationId: '0b9f8e7d-6c5b-4a39-8271-605f4e3d2c1b', apiCreditCost: 13 },
		],
		[
			'wrapped in data',
			{
				data: {
					generate: {
						generationId: '0b9f8e7d-6c5b-4a39-8271-605f4e3d2c1b',
						cost: { amount: '13', unit: 'CREDITS' },
					},
				},
			},
		],
	])('reads the started job from an answer %s', async (_shape, answer) => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/v2/generations',
			status: 200,
			body: answer,
		});
		const pending = await run(sandbox, [createV2({ waitForCompletion: false })]);
		expect(pending.output[0].json).toEqual({
			generationId: '0b9f8e7d-6c5b-4a39-8271-605f4e3d2c1b',
			status: 'PENDING',
			cost: { amount: '13', unit: 'CREDITS' },
			model: 'gpt-image-1.5',
		});
	});

	it("stops before sending a size the model's page does not list, and lists the sizes", async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [createV2({ width: 1000 })]);
		expect(result.error.message).toBe('GPT Image-1.5 does not make 1000×1024 images');
		// The spec's GPT Image-1.5 sizes (https://docs.leonardo.ai/reference/creategeneration): 1024–1536
		// in multiples of 8 (its page shows three presets of that range).
		expect(result.error.description).toMatch(/1024–1536 \(multiples of 8\).*1024–1536/);
		expect(result.error.description).toContain('https://docs.leonardo.ai/docs/gpt-image-1-5');
		expect(sandbox.requests).toEqual([]);
	});

	it('sends a model the catalog does not know as given, and says in the output it was not checked', async () => {
		const { sandbox } = ctx;
		sandbox.v2ModelsShippedSince.add('acme/new-model-9');
		const result = await run(sandbox, [createV2({ model: 'acme/new-model-9', width: 1000 })]);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')[0]?.body.model).toBe(
			'acme/new-model-9',
		);
		expect(result.output[0].json.warnings).toEqual([
			'"acme/new-model-9" is not in this node\'s model catalog: its parameters were sent unchecked',
		]);
	});

	it('a photo on the item → Nano Banana Pro with the photo as its reference → PNG: uploaded, then one v2 POST', async () => {
		const { sandbox } = ctx;
		// An image an earlier generation made, as a second reference (the sandbox's own record of it).
		sandbox.state.generatedImages.set('7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f', {
			generationId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
			index: 0,
			width: 1024,
			height: 1024,
		});
		const result = await run(
			sandbox,
			[
				createV2({
					model: 'gemini-image-2',
					prompt: 'the same mug on a marble kitchen counter',
					// 0×0: Nano Banana Pro follows the input reference (https://docs.leonardo.ai/docs/nano-banana-pro).
					width: 0,
					height: 0,
					referenceBinaryPropertyNames: 'data',
					// A generated image as a second reference: after the item's photo.
					imageReferences: {
						reference: [
							{ imageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f', imageType: 'GENERATED' },
						],
					},
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const json = result.output[0].json;
		const [uploadedId] = json.referenceImageIds as string[];
		// The presign, its S3 POST, then the generation: nothing before the upload finished.
		expect(
			sandbox.requests
				.map((r: { server: string; method: string; path: string }) => `${r.method} ${r.path}`)
				.slice(0, 3),
		).toEqual(['POST /init-image', expect.stringMatching(/^POST \//), 'POST /v2/generations']);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')[0].body).toEqual({ extension: 'jpg' });
		// The spec's image_reference item for Nano Banana Pro is { image, order }: no strength.
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'gemini-image-2',
				parameters: {
					prompt: 'the same mug on a marble kitchen counter',
					quantity: 1,
					width: 0,
					height: 0,
					guidances: {
						image_reference: [
							{ image: { id: uploadedId, type: 'UPLOADED' } },
							{ image: { id: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f', type: 'GENERATED' } },
						],
					},
				},
			},
		]);
		expect(json.status).toBe('COMPLETE');
		expect(result.output[0].binary?.image_0.mimeType).toBe('image/png');
	});

	it('checks the photos before anything is sent: their format, and how many references the model takes', async () => {
		const { sandbox } = ctx;
		const notAnImage = await run(
			sandbox,
			[createV2({ model: 'gemini-image-2', referenceBinaryPropertyNames: 'data' })],
			[fileItem('clip-64x36.mp4', { fileName: 'photo.png', mimeType: 'image/png' })],
		);
		expect(notAnImage.error.message).toBe('The file in "data" is not a PNG, JPEG or WebP image');
		const missing = await run(
			sandbox,
			[createV2({ model: 'gemini-image-2', referenceBinaryPropertyNames: 'data, back' })],
			[fileItem('photo-640x480.jpg')],
		);
		// Named by this operation's field, not Create From Image's "Input Binary Field".
		expect(missing.error).toMatchObject({
			message: 'Item 0 has no binary field "back"',
			description:
				'Its binary fields are: data. Set "Reference Images From Binary" to one of them.',
		});
		const references = Array.from({ length: 6 }, () => ({
			imageId: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
			imageType: 'GENERATED',
		}));
		const tooMany = await run(
			sandbox,
			[
				createV2({
					model: 'gemini-image-2',
					referenceBinaryPropertyNames: 'data',
					imageReferences: { reference: references },
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);
		// Nano Banana Pro takes up to 6 image references (https://docs.leonardo.ai/docs/nano-banana-pro).
		expect(tooMany.error.message).toBe('7 image references are too many for Nano Banana Pro');
		expect(sandbox.requests).toEqual([]);
	});

	it("shows Leonardo's message and code from a v2 error list", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/v2/generations',
			status: 400,
			body: [
				{
					message: 'Prompt flagged by content moderation',
					extensions: { code: 'validation-failed' },
				},
			],
		});
		const result = await run(sandbox, [createV2()]);
		expect(result.error.message).toBe('Leonardo API error: Prompt flagged by content moderation');
		expect(result.error.description).toMatch(
			/Leonardo said: "Prompt flagged by content moderation" \(validation-failed\)\./,
		);
	});

	it('sends quality, never the retired mode; a saved workflow with Mode stops before anything is sent', async () => {
		const { sandbox } = ctx;
		await run(sandbox, [createV2({ waitForCompletion: false })]);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')[0].body.parameters).toEqual({
			prompt: 'koala with a purple hat',
			quantity: 1,
			width: 1024,
			height: 1024,
		});
		sandbox.reset();
		const result = await run(sandbox, [createV2({ options: { mode: 'QUALITY' } })]);
		expect(result.error.message).toBe(
			'The option "Mode" is no longer accepted by Leonardo for this model',
		);
		expect(result.error.description).toMatch(
			/retired "mode" for GPT Image-1.5 and Ideogram 3.0 on 2026-05-04/,
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('sends Mode to the models whose page has it (Lucid Origin: FAST or ULTRA), and refuses a value it lacks', async () => {
		const { sandbox } = ctx;
		const lucid = (mode: string) =>
			createV2({ model: 'lucid-origin', waitForCompletion: false, options: { mode } });
		const ultra = await run(sandbox, [lucid('ULTRA')]);
		expect(ultra.error?.message ?? ultra.status).toBe('success');
		// https://docs.leonardo.ai/docs/lucid-origin: "mode" FAST or ULTRA.
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')[0].body.parameters.mode).toBe(
			'ULTRA',
		);
		sandbox.reset();
		const quality = await run(sandbox, [lucid('QUALITY')]);
		expect(quality.error.message).toBe('"Mode" "QUALITY" is not a value Lucid Origin takes');
		expect(sandbox.requests).toEqual([]);
	});

	it('sends the chosen style as style_ids, and stops before sending a style of another model, naming the model and the option', async () => {
		const { sandbox } = ctx;
		// https://docs.leonardo.ai/docs/lucid-origin: Vibrant is dee282d3-891f-4f73-ba02-7f8131e5541b.
		const lucid = (styleIds: unknown) =>
			createV2({ model: 'lucid-origin', waitForCompletion: false, options: { styleIds } });
		const vibrant = await run(sandbox, [lucid(['dee282d3-891f-4f73-ba02-7f8131e5541b'])]);
		expect(vibrant.error?.message ?? vibrant.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', '/v2/generations')[0].body.parameters.style_ids,
		).toEqual(['dee282d3-891f-4f73-ba02-7f8131e5541b']);
		sandbox.reset();
		// Bokeh (https://docs.leonardo.ai/docs/lucid-realism) is not one of Lucid Origin's styles.
		const bokeh = await run(sandbox, [lucid(['9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177'])]);
		expect(bokeh.error.message).toBe(
			'"9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177" is not a style Lucid Origin takes',
		);
		expect(bokeh.error.description).toContain('Options → Style Names or IDs');
		expect(bokeh.error.description).toContain('https://docs.leonardo.ai/docs/lucid-origin');
		expect(sandbox.requests).toEqual([]);
	});

	it('checks the styles at run time when the model comes from an expression', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			createV2({
				model: '={{ "seedream-4.0" }}',
				options: {
					styleIds:
						'={{ ["a5632c7c-ddbb-4e2f-ba34-8456ab3ac436", "debdf72a-91a4-467b-bf61-cc02bdeb69c6"] }}',
				},
			}),
		]);
		// Seedream 4.0 takes one style (spec: "limited to 1 style").
		expect(result.error.message).toBe('Seedream 4.0 takes at most 1 style ID');
		expect(sandbox.requests).toEqual([]);
		const other = await run(sandbox, [
			createV2({
				model: '={{ "seedream-4.0" }}',
				options: { styleIds: '={{ ["debdf72a-91a4-467b-bf61-cc02bdeb69c6"] }}' },
			}),
		]);
		// 3D Render is a FLUX style, not in https://docs.leonardo.ai/docs/seedream-4-0's list.
		expect(other.error.message).toBe(
			'"debdf72a-91a4-467b-bf61-cc02bdeb69c6" is not a style Seedream 4.0 takes',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('stops before sending when mode reaches the body through Additional Parameters, as the live API would refuse it', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			createV2({ options: { additionalParameters: '{"mode": "FAST"}' } }),
		]);
		expect(result.error.message).toBe('GPT Image-1.5 does not take "Mode"');
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses Additional Parameters that would override what the node sets', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			createV2({ options: { additionalParameters: '{"quantity": 8}' } }),
		]);
		expect(result.error.message).toBe(
			'"Additional Parameters (JSON)" sets "quantity", which the node already sets',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('needs a Base URL ending in /v1 to know where v2 is, and says so before sending anything', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [createV2()], undefined, sandbox.apiKey, {
			baseUrl: sandbox.apiUrl.replace(/\/v1$/, ''),
		});
		expect(result.error.message).toBe("The Base URL gives no address for Leonardo's v2 endpoint");
		expect(result.error.description).toMatch(/does not end in \/v1/);
		expect(sandbox.requests).toEqual([]);
	});
});
