import { generatedImageId, run, useSandbox } from '../../harness/context';

const variation = (operation: string, parameters: Record<string, unknown> = {}) => ({
	name: operation,
	parameters: { resource: 'variation', operation, ...parameters },
});

function pngSize(buffer: Buffer) {
	return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('Variation → Upscale, Unzoom, Remove Background, Universal Upscale', () => {
	const ctx = useSandbox();
	let imageId: string;

	beforeEach(async () => {
		imageId = await generatedImageId(ctx.sandbox);
		ctx.sandbox.reset();
	});

	it('upscales a generated image, waits, and returns the result in binary field "image"', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [variation('upscale', { imageId })]);
		expect(sandbox.requestsTo('api', 'POST', '/variations/upscale')[0].body).toEqual({
			id: imageId,
		});
		const [item] = result.output;
		expect(item.json).toMatchObject({
			id: expect.any(String),
			status: 'COMPLETE',
			transformType: 'UPSCALE',
			sourceImageId: imageId,
			url: expect.any(String),
		});
		expect(item.binary?.image.mimeType).toBe('image/png');
		// Named by the variation and what it made (Leonardo's transformType, lower case).
		expect(item.binary?.image.fileName).toBe(`${String(item.json.id)}_upscale.png`);
		expect(pngSize(item.binary!.image.buffer)).toEqual({ width: 2048, height: 1536 });
	});

	it('chains upscale → remove background with Is Variation, as one workflow', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			variation('upscale', { imageId, downloadImages: false }),
			variation('removeBackground', { imageId: '={{ $json.id }}', isVariation: true }),
		]);
		expect(result.status).toBe('success');
		const upscaleId = result.outputs.upscale[0].json.id;
		expect(sandbox.requestsTo('api', 'POST', '/variations/nobg')[0].body).toEqual({
			id: upscaleId,
			isVariation: true,
		});
		expect(result.output[0].json).toMatchObject({
			transformType: 'NOBG',
			sourceImageId: upscaleId,
		});
	});

	it("explains Leonardo's complaint when Is Variation is missing for a variation ID", async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			variation('upscale', { imageId, downloadImages: false }),
			variation('removeBackground', { imageId: '={{ $json.id }}' }),
		]);
		expect(result.error.message).toBe('Leonardo API error: failed to find init variation');
		expect(result.error.description).toMatch(/"Is Variation"/);
	});

	it('unzooms without waiting when asked', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [variation('unzoom', { imageId, waitForCompletion: false })]);
		expect(sandbox.requestsTo('api', 'POST', '/variations/unzoom')[0].body).toEqual({
			id: imageId,
		});
		expect(result.output[0].json).toEqual({
			id: expect.any(String),
			status: 'PENDING',
			sourceImageId: imageId,
			cost: { amount: '5', unit: 'CREDITS' },
		});
		expect(sandbox.requestsTo('api', 'GET')).toEqual([]);
	});

	it('universal-upscales with a classic style, or an Ultra style with its extra settings', async () => {
		const { sandbox } = ctx;
		await run(sandbox, [
			variation('universalUpscale', {
				imageId,
				upscaleMultiplier: 2,
				creativityStrength: 3,
				upscalerStyle: 'CINEMATIC',
				downloadImages: false,
			}),
		]);
		await run(sandbox, [
			variation('universalUpscale', {
				imageId,
				upscalerStyle: 'REALISTIC',
				downloadImages: false,
				upscaleMultiplier: 1.25,
				options: { similarity: 7, detailContrast: 4, prompt: '  crisp fur  ' },
			}),
		]);
		expect(
			sandbox.requestsTo('api', 'POST', '/variations/universal-upscaler').map((r) => r.body),
		).toEqual([
			{
				generatedImageId: imageId,
				upscaleMultiplier: 2,
				creativityStrength: 3,
				upscalerStyle: 'CINEMATIC',
			},
			{
				generatedImageId: imageId,
				upscaleMultiplier: 1.25,
				creativityStrength: 5,
				ultraUpscaleStyle: 'REALISTIC',
				similarity: 7,
				detailContrast: 4,
				prompt: 'crisp fur',
			},
		]);
	});

	it('sends the Ultra settings only with an Ultra style, and refuses values out of range before any request', async () => {
		const { sandbox } = ctx;
		const classic = await run(sandbox, [
			variation('universalUpscale', {
				imageId,
				upscalerStyle: 'CINEMATIC',
				downloadImages: false,
				options: { similarity: 7, detailContrast: 4 },
			}),
		]);
		expect(classic.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/variations/universal-upscaler')[0].body).toEqual({
			generatedImageId: imageId,
			upscaleMultiplier: 1.5,
			creativityStrength: 5,
			upscalerStyle: 'CINEMATIC',
		});

		sandbox.reset();
		const refusals: Array<[Record<string, unknown>, string]> = [
			[{ upscaleMultiplier: 2.5 }, '"Upscale Multiplier" must be a number from 1 to 2, not 2.5'],
			[
				{ creativityStrength: 11 },
				'"Creativity Strength" must be a whole number from 1 to 10, not 11',
			],
			[
				{ creativityStrength: 2.5 },
				'"Creativity Strength" must be a whole number from 1 to 10, not 2.5',
			],
			[
				{ upscalerStyle: 'REALISTIC', options: { similarity: 11 } },
				'"Similarity" must be a whole number from 1 to 10, not 11',
			],
			[
				{ upscalerStyle: 'REALISTIC', options: { similarity: 2.5 } },
				'"Similarity" must be a whole number from 1 to 10, not 2.5',
			],
			[
				{ upscalerStyle: 'REALISTIC', options: { detailContrast: 0 } },
				'"Detail Contrast" must be a whole number from 1 to 10, not 0',
			],
			[
				{ upscalerStyle: 'REALISTIC', options: { detailContrast: 2.5 } },
				'"Detail Contrast" must be a whole number from 1 to 10, not 2.5',
			],
		];
		const messages: unknown[] = [];
		for (const [parameters] of refusals) {
			const result = await run(sandbox, [
				variation('universalUpscale', { imageId, upscalerStyle: 'CINEMATIC', ...parameters }),
			]);
			messages.push(result.error?.message);
		}
		expect(messages).toEqual(refusals.map(([, message]) => message));
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		[
			'upscale',
			"Use a generated image's ID (images[n].id of a generation), or json.id of an earlier variation.",
		],
		[
			'universalUpscale',
			'Use a generated image\'s ID (images[n].id), an uploaded init image ID, or json.id of an earlier variation, as "Image Type" says.',
		],
	])(
		'%s refuses an Image ID that is no Leonardo ID, saying which IDs it takes',
		async (operation, hint) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [variation(operation, { imageId: 'fox.png' })]);
			expect(result.error.message).toBe('"Image ID" is not a Leonardo ID: "fox.png"');
			expect(result.error.description).toContain(hint);
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('fails clearly when the variation job fails, after one POST', async () => {
		const { sandbox } = ctx;
		sandbox.failGenerations = true;
		const result = await run(sandbox, [variation('upscale', { imageId })]);
		expect(result.error.message).toMatch(/^Variation [0-9a-f-]+ failed at Leonardo$/);
		expect(result.error.description).toContain(
			'Check that the Image ID is a generated image (or turn on "Is Variation" for the result of an earlier variation).',
		);
		expect(sandbox.requestsTo('api', 'POST', '/variations/upscale')).toHaveLength(1);
	});
});
