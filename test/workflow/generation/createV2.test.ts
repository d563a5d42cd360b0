import { generatedImageId, run, uploadedImageId, useSandbox } from '../../harness/context';

const createV2 = (parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation: 'createV2', prompt: 'koala with a purple hat', ...parameters },
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
				options: { mode: 'FAST', promptEnhance: false, public: false, seed: 42 },
			}),
		]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'gpt-image-1.5',
				public: false,
				parameters: {
					prompt: 'koala with a purple hat',
					quantity: 2,
					width: 1536,
					height: 1024,
					mode: 'FAST',
					seed: 42,
					prompt_enhance: 'OFF',
					guidances: {
						image_reference: [
							{ image: { id: uploadedId, type: 'UPLOADED' }, strength: 'HIGH' },
							{ image: { id: generatedId, type: 'GENERATED' }, strength: 'MID' },
						],
					},
				},
			},
		]);
		expect(result.output[0].json).toMatchObject({ status: 'COMPLETE', model: 'gpt-image-1.5', imageWidth: 1536, imageHeight: 1024 });
		expect(Object.keys(result.output[0].binary ?? {})).toEqual(['image_0', 'image_1']);
	});

	it('shows the model\'s size rule when Leonardo refuses a size', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [createV2({ width: 1000 })]);
		expect(result.error.message).toMatch(/^Leonardo API error: invalid dimensions for gpt-image-1.5/);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
	});
});
