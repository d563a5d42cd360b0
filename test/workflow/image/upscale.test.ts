import { generatedImageId, run, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { png, pngHeader } from './png';

const upscale = (parameters: Record<string, unknown> = {}, settings = {}) => ({
	name: 'Upscale',
	parameters: { resource: 'image', operation: 'upscale', ...parameters },
	...settings,
});

type Binary = { mimeType: string; fileName: string; buffer: Buffer };

const photo = (width: number, height: number) =>
	binaryItem(png(width, height), { fileName: 'photo.png', mimeType: 'image/png' });

describe('Image → Upscale (Pro Upscaler Precise / Creative)', () => {
	const ctx = useSandbox();

	it('Precise: uploads the photo, sends its own size from the bytes, and returns the ×4 image', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[upscale({ upscaleFactor: 4, upscaleMode: 'clean' })],
			[photo(200, 150)],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		const { json, binary } = result.output[0];
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'aurora-upscaler-precise',
				public: false,
				parameters: {
					width: 200,
					height: 150,
					upscale_factor: 4,
					upscale_mode: 'clean',
					guidances: {
						image_reference: [{ image: { id: json.initImageId, type: 'UPLOADED' } }],
					},
				},
			},
		]);
		expect(json).toMatchObject({
			generationId: expect.any(String),
			status: 'COMPLETE',
			cost: { amount: '13', unit: 'CREDITS' },
			model: 'aurora-upscaler-precise',
			upscaleFactor: 4,
			input: { width: 200, height: 150 },
			outputWidth: 800,
			outputHeight: 600,
		});
		const image = binary!.image as unknown as Binary;
		expect(image.mimeType).toBe('image/png');
		expect(image.fileName).toBe(`${String(json.generationId)}_upscaled.png`);
		expect(pngHeader(image.buffer)).toMatchObject({ width: 800, height: 600 });
	});

	it('a COMPLETE upscale without an image URL is an error; a FAILED one says what to check', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/generations\//,
			status: 200,
			body: {
				generations_by_pk: {
					id: 'a1b2c3d4-0000-4000-8000-00000000f003',
					status: 'COMPLETE',
					generated_images: [{ id: 'a1b2c3d4-0000-4000-8000-00000000f004' }],
				},
			},
		});
		const empty = await run(sandbox, [upscale()], [photo(200, 150)]);
		expect(empty.error.message).toBe(
			'Upscale a1b2c3d4-0000-4000-8000-00000000f003 finished without an image',
		);
		expect(empty.error.description).toMatch(
			/^Leonardo reported the job COMPLETE with no image URL\. Fetch it later with Generation → Get and the generation ID\./,
		);

		sandbox.failGenerations = true;
		const failed = await run(sandbox, [upscale()], [photo(200, 150)]);
		expect(failed.error.description).toContain(
			"Check the Image ID and Image Type, and (for an ID) that Width and Height are the image's own size.",
		);
	});

	it('Creative: an image by ID with its Width and Height, creativity and seed', async () => {
		const { sandbox } = ctx;
		// The sandbox's generated images are 1024×768.
		const imageId = await generatedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			upscale({
				model: 'aurora-upscaler-creative',
				source: 'imageId',
				imageId,
				imageType: 'GENERATED',
				width: 1024,
				height: 768,
				upscaleFactor: 2,
				creativity: 'high',
				options: { seed: 42 },
			}),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST').map((r) => r.body)).toEqual([
			{
				model: 'aurora-upscaler-creative',
				public: false,
				parameters: {
					width: 1024,
					height: 768,
					upscale_factor: 2,
					creativity: 'high',
					seed: 42,
					guidances: { image_reference: [{ image: { id: imageId, type: 'GENERATED' } }] },
				},
			},
		]);
		const { json } = result.output[0];
		expect(json).toMatchObject({ outputWidth: 2048, outputHeight: 1536, imageWidth: 2048 });
		// The sandbox serves results over 1024 px as a scaled stand-in (its own limit, not Leonardo's).
		expect(pngHeader((result.output[0].binary!.image as unknown as Binary).buffer)).toMatchObject({
			width: 1024,
			height: 768,
		});
	});

	it('refuses an Image Type Leonardo does not know, and an Image ID that is not one, before any request', async () => {
		const { sandbox } = ctx;
		const byId = { source: 'imageId', width: 1024, height: 768 };
		const badType = await run(sandbox, [
			upscale({
				...byId,
				imageId: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
				imageType: '={{ "INIT" }}',
			}),
		]);
		expect(badType.error.message).toBe(
			'"Image Type" must be GENERATED, UPLOADED or VARIATION, not "INIT"',
		);
		expect(badType.error.description).toBe(
			'Pick the kind of image the Image ID names. For a file in the workflow, set Input to Binary File.',
		);
		const badId = await run(sandbox, [upscale({ ...byId, imageId: 'photo.png' })]);
		expect(badId.error.message).toBe('"Image ID" is not a Leonardo ID: "photo.png"');
		expect(badId.error.description).toContain(
			"Use a generated image's images[n].id, json.id of Init Image → Upload, or json.id of a variation.",
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses 5× (on the pages, not in the API reference) before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [upscale({ upscaleFactor: '={{ 5 }}' })], [photo(200, 150)]);
		expect(result.error.message).toBe('"Upscale Factor" must be 2, 3, 4, 6 or 8, not 5');
		expect(result.error.description).toMatch(
			/The Pro Upscaler pages list 5×, but Leonardo's API reference .* does not: pick 4 or 6\./,
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses an image under 128 px per side (the spec minimum), and a file that is not an image, before any request', async () => {
		const { sandbox } = ctx;
		const small = await run(sandbox, [upscale()], [photo(300, 100)]);
		expect(small.error.message).toBe(
			'The image is 300×100 pixels; the Pro Upscalers take images of at least 128×128',
		);
		const byId = await run(sandbox, [
			upscale({
				source: 'imageId',
				imageId: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
				width: 64,
				height: 64,
			}),
		]);
		expect(byId.error.message).toBe(
			'The image is 64×64 pixels; the Pro Upscalers take images of at least 128×128',
		);
		expect(byId.error.description).toMatch(/Check that Width and Height are the image's own size/);
		const pdf = await run(
			sandbox,
			[upscale()],
			[binaryItem(Buffer.from('%PDF-1.7 ...'), { fileName: 'photo.png', mimeType: 'image/png' })],
		);
		expect(pdf.error.message).toBe('The file in "data" is not a PNG, JPEG or WebP image');
		expect(sandbox.requests).toEqual([]);
	});

	it('with Max Credits and no Allow Unpriced Jobs, refuses with nothing uploaded or started', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[upscale({ options: { maxCredits: 50 } })],
			[photo(200, 150)],
		);
		expect(result.error.message).toMatch(
			/^Max Credits cannot price this job: Leonardo's pricing calculator has no service for upscales with aurora-upscaler-precise/,
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('Retry On Fail: a try that failed after the job started waits for that job again, started once', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(
			sandbox,
			[upscale({}, { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 })],
			[photo(200, 150)],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		expect(sandbox.charges).toHaveLength(1);
	});

	it('with Wait for Completion off, outputs the started job at once', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [upscale({ waitForCompletion: false })], [photo(200, 150)]);
		expect(result.output[0].json).toMatchObject({
			generationId: expect.any(String),
			status: 'PENDING',
			outputWidth: 400,
			outputHeight: 300,
		});
		expect(result.output[0].binary).toBeUndefined();
	});
});
