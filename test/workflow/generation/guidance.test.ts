import { generatedImageId, run, uploadedImageId, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown>) => ({
	parameters: { resource: 'generation', operation: 'create', prompt: 'a castle', ...parameters },
});

describe('Generation → Create with a generated init image, image prompts and ControlNet guidance', () => {
	const ctx = useSandbox();

	it('starts from a generated image with init_generation_image_id', async () => {
		const { sandbox } = ctx;
		const imageId = await generatedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			create({ initImageId: imageId, initImageType: 'GENERATED', initStrength: 0.3 }),
		]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toEqual({
			prompt: 'a castle',
			width: 1024,
			height: 768,
			num_images: 1,
			init_generation_image_id: imageId,
			init_strength: 0.3,
		});
		// No aspect check for generated images: nothing but the job and its polls.
		expect(sandbox.requestsTo('api', 'GET', /^\/init-image/)).toEqual([]);
	});

	it('sends guidance images as controlnets, with a strength type or a weight, and image prompts', async () => {
		const { sandbox } = ctx;
		const uploadedId = await uploadedImageId(sandbox);
		const generatedId = await generatedImageId(sandbox);
		sandbox.reset();

		await run(sandbox, [
			create({
				options: {
					imageGuidance: {
						guidance: [
							{
								imageId: uploadedId,
								imageType: 'UPLOADED',
								preprocessorId: 67,
								strengthType: 'High',
							},
							{
								imageId: generatedId,
								imageType: 'GENERATED',
								preprocessorId: 133,
								strengthType: 'weight',
								weight: 1.2,
							},
						],
					},
					imagePrompts: ` ${uploadedId} ,`,
					imagePromptWeight: 0.4,
				},
			}),
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toMatchObject({
			controlnets: [
				{
					initImageId: uploadedId,
					initImageType: 'UPLOADED',
					preprocessorId: 67,
					strengthType: 'High',
				},
				{ initImageId: generatedId, initImageType: 'GENERATED', preprocessorId: 133, weight: 1.2 },
			],
			imagePrompts: [uploadedId],
			imagePromptWeight: 0.4,
		});
	});

	it('refuses Match Init Image for a generated image', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({
				initImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
				initImageType: 'GENERATED',
				sizeMode: 'matchInitImage',
			}),
		]);
		expect(result.error.message).toBe('"Match Init Image" needs an uploaded Init Image ID');
	});
});
