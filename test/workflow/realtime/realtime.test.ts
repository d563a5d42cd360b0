import { fileItem, fixture, run, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { encodeJpeg, maskJpeg } from '../../sandbox/jpeg';
import { imageSize } from '../../sandbox/api/imageTools';
import type { Binary } from './realtimeNode';
import {
	GENERATE,
	answerGenerate,
	jpegDataUrl,
	photoWithMask,
	realtime,
	retryOnFail,
} from './realtimeNode';

describe('Realtime (LCM) → Generate', () => {
	const ctx = useSandbox();

	it('sends the photo as a JPEG data URL at the size closest to its aspect ratio, and outputs the image', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [realtime('generate')], [fileItem('photo-640x480.jpg')]);

		expect(result.error?.message ?? result.status).toBe('success');
		// One request, nothing uploaded first: the image travels inside the body.
		expect(sandbox.requests.map((r) => `${r.server} ${r.method} ${r.path}`)).toEqual([
			`api POST ${GENERATE}`,
		]);
		expect(sandbox.requestsTo('api', 'POST', GENERATE)[0].body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 640,
			height: 512,
			imageDataUrl: jpegDataUrl(fixture('photo-640x480.jpg')),
		});
		const { json, binary } = result.output[0];
		expect(json).toEqual({
			status: 'COMPLETE',
			cost: { amount: '0.0147', unit: 'DOLLARS' },
			width: 640,
			height: 512,
			imageCount: 1,
			warnings: [
				"The result is 640×512 but the image is 640×480 (7% off), so it comes out stretched. Crop the image to the result's aspect ratio first (Edit Image node → Crop) for full control.",
			],
		});
		const image = binary!.image as unknown as Binary;
		expect(image.mimeType).toBe('image/jpeg');
		expect(image.fileName).toMatch(/^realtime-[0-9a-f]{12}\.jpg$/);
		expect(imageSize(image.buffer)).toEqual({ width: 640, height: 512 });
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('takes a portrait at 640×1024, and a chosen size and every option as written', async () => {
		const { sandbox } = ctx;
		const portrait = await run(sandbox, [realtime('generate')], [fileItem('portrait-300x500.jpg')]);
		expect(portrait.output[0].json).toMatchObject({ width: 640, height: 1024 });

		sandbox.reset();
		const chosen = await run(
			sandbox,
			[
				realtime('generate', {
					size: '512x1024',
					options: { strength: 0.45, guidance: 9.5, steps: 12, seed: 4242, style: 'RENDER_3D' },
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);
		expect(chosen.error?.message ?? chosen.status).toBe('success');
		const { imageDataUrl, ...body } = sandbox.requestsTo('api', 'POST', GENERATE)[0].body;
		expect(body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 512,
			height: 1024,
			strength: 0.45,
			guidance: 9.5,
			steps: 12,
			seed: 4242,
			style: 'RENDER_3D',
		});
		expect(imageDataUrl).toBe(jpegDataUrl(fixture('photo-640x480.jpg')));
		expect(chosen.output[0].json.warnings).toEqual([
			expect.stringMatching(/^The result is 512×1024 but the image is 640×480 \(167% off\)/),
		]);
	});

	it.each([
		[600, 600, '640×640'],
		[300, 300, '512×512'],
		[2000, 2000, '1024×1024'],
		[1200, 400, '1024×512'],
	])(
		'matches a %i×%i image with %s (the aspect ratio first, then the size nearest the image)',
		async (width, height, size) => {
			const { sandbox } = ctx;
			const item = binaryItem(
				encodeJpeg(width, height, () => [90, 120, 150]),
				{
					fileName: 'in.jpg',
					mimeType: 'image/jpeg',
				},
			);
			const result = await run(sandbox, [realtime('generate')], [item]);
			const { json } = result.output[0];
			expect(`${String(json.width)}×${String(json.height)}`).toBe(size);
		},
	);

	it('names each image of an answer with several (image_0, image_1)', async () => {
		const { sandbox } = ctx;
		sandbox.realtime.images = 2;
		const result = await run(sandbox, [realtime('generate')], [fileItem('photo-640x480.jpg')]);
		expect(result.output[0].json.imageCount).toBe(2);
		expect(Object.keys(result.output[0].binary ?? {})).toEqual(['image_0', 'image_1']);
		const names = Object.values(result.output[0].binary ?? {}).map(
			(image) => (image as unknown as Binary).fileName,
		);
		// Each named by its bytes: different images, different names.
		expect(names).toEqual([
			expect.stringMatching(/^realtime-[0-9a-f]{12}\.jpg$/),
			expect.stringMatching(/^realtime-[0-9a-f]{12}\.jpg$/),
		]);
		expect(names[0]).not.toBe(names[1]);
	});

	it.each([
		[
			'a PNG',
			fileItem('photo-640x480.png'),
			'The image in "data" is a PNG, and Realtime takes JPEG only',
		],
		[
			'a file that is no image',
			binaryItem(Buffer.from('not an image at all'), { fileName: 'a.jpg', mimeType: 'image/jpeg' }),
			'The file in "data" is not a PNG, JPEG or WebP image',
		],
	])('refuses %s before sending anything', async (_name, item, message) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [realtime('generate')], [item]);
		expect(result.status).toBe('error');
		expect(result.error.message).toEqual(message);
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		[{ size: '800x600' }, 'Size "800x600" is not a size Realtime makes'],
		[{ prompt: '  ' }, 'Prompt is empty'],
		[{ options: { steps: 20 } }, '"Steps" must be a whole number from 4 to 16, not 20'],
		[
			{ options: { strength: 0.05 } },
			'"Creativity Strength" must be a number from 0.1 to 1, not 0.05',
		],
		[{ options: { style: 'WATERCOLOUR' } }, 'Style "WATERCOLOUR" is not a Realtime style'],
	])('refuses %j before sending anything', async (parameters, message) => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[realtime('generate', parameters)],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.status).toBe('error');
		expect(result.error.message).toEqual(message);
		expect(sandbox.requests).toEqual([]);
	});

	it('checks every item before the first is sent', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[realtime('generate')],
			[fileItem('photo-640x480.jpg'), fileItem('photo-640x480.png')],
		);
		expect(result.status).toBe('error');
		expect(sandbox.requests).toEqual([]);
	});
});

describe('Realtime (LCM) → Refine, Upscale, Inpaint', () => {
	const ctx = useSandbox();

	it('Refine posts to /lcm-instant-refine', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[realtime('refine', { size: '640x512' })],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/lcm-instant-refine')).toHaveLength(1);
		expect((result.output[0].binary!.image as unknown as Binary).fileName).toMatch(
			/^realtime-refined-[0-9a-f]{12}\.jpg$/,
		);
	});

	it('Upscale sends Smooth Mode and Refine Strength, and outputs the generation and variation IDs', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[realtime('upscale', { options: { refineCreative: true, refineStrength: 0.7 } })],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const { imageDataUrl, ...body } = sandbox.requestsTo('api', 'POST', '/lcm-upscale')[0].body;
		expect(body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 640,
			height: 512,
			refineCreative: true,
			refineStrength: 0.7,
		});
		expect(imageDataUrl).toBe(jpegDataUrl(fixture('photo-640x480.jpg')));
		expect(result.output[0].json).toMatchObject({
			generationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			variationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
		});
		expect((result.output[0].binary!.image as unknown as Binary).fileName).toMatch(
			/^realtime-upscaled-[0-9a-f]{12}\.jpg$/,
		);
	});

	it.each([
		['generate', '/generations-lcm'],
		['refine', '/lcm-instant-refine'],
	])('%s sends no upscale fields, even when set', async (operation, path) => {
		const { sandbox } = ctx;
		await run(
			sandbox,
			[realtime(operation, { options: { refineCreative: true, refineStrength: 0.7 } })],
			[fileItem('photo-640x480.jpg')],
		);
		const [post] = sandbox.requestsTo('api', 'POST', path);
		expect(Object.keys(post.body).sort()).toEqual(['height', 'imageDataUrl', 'prompt', 'width']);
	});

	it('Inpaint sends the mask as a JPEG data URL beside the image', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [realtime('inpaint')], [photoWithMask(640, 480)]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/lcm-inpainting')[0].body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 640,
			height: 512,
			imageDataUrl: jpegDataUrl(fixture('photo-640x480.jpg')),
			maskDataUrl: jpegDataUrl(maskJpeg(640, 480)),
		});
		expect((result.output[0].binary!.image as unknown as Binary).fileName).toMatch(
			/^realtime-inpainted-[0-9a-f]{12}\.jpg$/,
		);
	});

	it('Inpaint refuses a mask of another size, and a missing mask, before sending anything', async () => {
		const { sandbox } = ctx;
		const wrong = await run(sandbox, [realtime('inpaint')], [photoWithMask(320, 240)]);
		expect(wrong.error.message).toBe('The mask is 320×240 but the image is 640×480');
		const missing = await run(sandbox, [realtime('inpaint')], [fileItem('photo-640x480.jpg')]);
		expect(missing.status).toBe('error');
		expect(missing.error.message).toBe('Item 0 has no binary field "mask"');
		expect(sandbox.requests).toEqual([]);
	});
});

describe('Realtime (LCM) and paid work', () => {
	const ctx = useSandbox();

	it('Retry On Fail sends again only the item Leonardo refused: the image already paid for is output again', async () => {
		const { sandbox } = ctx;
		answerGenerate(sandbox, 400, { error: 'busy' }, 1);
		const items = [fileItem('photo-640x480.jpg'), fileItem('portrait-300x500.jpg')];
		const result = await run(
			sandbox,
			[realtime('generate', { options: { concurrency: 1 } }, retryOnFail)],
			items,
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const posts = sandbox.requestsTo('api', 'POST', GENERATE);
		// The photo once; the portrait refused, then sent again.
		expect(posts.map((post) => post.body.width)).toEqual([640, 640, 640]);
		expect(posts.map((post) => post.body.height)).toEqual([512, 1024, 1024]);
		expect(result.output.map((item) => item.json.width)).toEqual([640, 640]);
		expect(result.output.map((item) => Object.keys(item.binary ?? {}))).toEqual([
			['image'],
			['image'],
		]);
	});

	it('an answer without an image is an error, and Retry On Fail does not send it again', async () => {
		const { sandbox } = ctx;
		answerGenerate(sandbox, 200, {
			lcmGenerationJob: { imageDataUrl: [], cost: { amount: '3', unit: 'CREDITS' } },
		});
		const result = await run(
			sandbox,
			[realtime('generate', {}, retryOnFail)],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Leonardo answered without a usable image');
		expect(result.error.description).toMatch(
			/^The call may have been charged \(cost: \{"amount":"3","unit":"CREDITS"\}\); the node does not send it again in this execution\. What came back: no images in the answer/,
		);
		expect(sandbox.requestsTo('api', 'POST', GENERATE)).toHaveLength(1);
	});

	it('Continue On Fail: an item Leonardo refuses is output with its error, the others with images', async () => {
		const { sandbox } = ctx;
		answerGenerate(sandbox, 400, { error: 'prompt flagged' }, 1);
		const result = await run(
			sandbox,
			[realtime('generate', { options: { concurrency: 1 } }, { onError: 'continueRegularOutput' })],
			[fileItem('photo-640x480.jpg'), fileItem('photo-640x480.jpg')],
		);
		expect(result.output[0].binary?.image).toBeDefined();
		expect(result.output[1].json.error).toMatch(/prompt flagged/);
		expect(sandbox.requestsTo('api', 'POST', GENERATE)).toHaveLength(2);
	});

	it("Max Credits prices each size with the calculator's LCM_GENERATION and stops at the budget", async () => {
		const { sandbox } = ctx;
		sandbox.realtime.costUnit = 'CREDITS';
		const result = await run(
			sandbox,
			[
				realtime(
					'upscale',
					{ size: '1024x1024', options: { maxCredits: 10, concurrency: 1 } },
					{ onError: 'continueRegularOutput' },
				),
			],
			[fileItem('photo-640x480.jpg'), fileItem('photo-640x480.jpg'), fileItem('photo-640x480.jpg')],
		);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator').map((r) => r.body)).toEqual([
			{
				service: 'LCM_GENERATION',
				serviceParams: { LCM_GENERATION: { width: 1024, height: 1024, refine: true } },
			},
		]);
		// The sandbox's price (api/pricing.js): 4 for 1024×1024, +2 with refine → 6 a call.
		expect(sandbox.requestsTo('api', 'POST', '/lcm-upscale')).toHaveLength(1);
		expect(result.output[0].json.cost).toEqual({ amount: '6', unit: 'CREDITS' });
		expect(result.output[1].json.error).toBe(
			'Max Credits reached: this job would cost about 6 credits, and 6 of 10 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
		expect(sandbox.charges).toEqual([{ path: '/lcm-upscale', credits: 6 }]);
	});

	it('a second run of the node (a loop, another branch) is new work and is sent again', async () => {
		const { sandbox } = ctx;
		const item = fileItem('photo-640x480.jpg');
		const result = await run(sandbox, [realtime('generate')], undefined, sandbox.apiKey, {
			runs: [[item], [item]],
		});
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', GENERATE)).toHaveLength(2);
	});
});
