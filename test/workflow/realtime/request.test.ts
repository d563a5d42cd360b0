import { fileItem, fixture, run, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { encodeJpeg } from '../../sandbox/jpeg';
import { GENERATE, jpegDataUrl, photoWithMask, realtime } from './realtimeNode';

/** 7.5 MB of base64 holds at most this many bytes of JPEG (¾ of it). */
const LARGEST_JPEG = 5_898_240;

/** The photo padded after its end marker to `bytes`: still a JPEG of 640×480, only larger. */
function photoOfSize(bytes: number) {
	const photo = fixture('photo-640x480.jpg');
	const padded = Buffer.concat([photo, Buffer.alloc(bytes - photo.length)]);
	return binaryItem(padded, { fileName: 'large.jpg', mimeType: 'image/jpeg' });
}

/** A JPEG at 640×512, one of Realtime's sizes: nothing to warn about. */
const exactFit = () =>
	binaryItem(
		encodeJpeg(640, 512, () => [90, 120, 150]),
		{ fileName: 'fit.jpg', mimeType: 'image/jpeg' },
	);

describe('Realtime (LCM): the item checked before anything is sent', () => {
	const ctx = useSandbox();

	it.each([' 512x640 ', '512 x 640', '512X640', '512×640'])(
		'takes the size %j as 512×640',
		async (size) => {
			const { sandbox } = ctx;
			const result = await run(
				sandbox,
				[realtime('generate', { size })],
				[fileItem('photo-640x480.jpg')],
			);
			expect(result.error?.message ?? result.status).toBe('success');
			expect(sandbox.requestsTo('api', 'POST', GENERATE)[0].body).toMatchObject({
				width: 512,
				height: 640,
			});
		},
	);

	it.each(['512x640px', 'size 512x640', '512x640x1024', '512x'])(
		'refuses the size %j, saying which sizes there are',
		async (size) => {
			const { sandbox } = ctx;
			const result = await run(
				sandbox,
				[realtime('generate', { size })],
				[fileItem('photo-640x480.jpg')],
			);
			expect(result.error.message).toBe(`Size "${size}" is not a size Realtime makes`);
			expect(result.error.description).toBe(
				'Use "match" or a width×height whose sides are 512, 640 or 1024 (e.g. 512x640): each LCM endpoint\'s width and height "Must be 512, 640 or 1024".',
			);
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('matches a 900×700 image with 640×512: the nearest aspect ratio wins over the nearer size', async () => {
		const { sandbox } = ctx;
		const item = binaryItem(
			encodeJpeg(900, 700, () => [90, 120, 150]),
			{ fileName: 'in.jpg', mimeType: 'image/jpeg' },
		);
		const result = await run(sandbox, [realtime('generate')], [item]);
		expect(result.output[0].json).toMatchObject({ width: 640, height: 512 });
	});

	it.each([
		[
			'a PNG',
			{ item: () => fileItem('photo-640x480.png') },
			'Convert it first, e.g. with the Edit Image node (Options → Format: JPEG).',
		],
		[
			'an empty prompt',
			{ parameters: { prompt: ' ' } },
			'Leonardo requires a prompt for every Realtime image: describe what the result should show.',
		],
		[
			'an unknown style',
			{ parameters: { options: { style: 'WATERCOLOUR' } } },
			'Use one of ANIME, CINEMATIC, DIGITAL_ART, DYNAMIC, ENVIRONMENT, FANTASY_ART, ILLUSTRATION, PHOTOGRAPHY, RENDER_3D, RAYTRACED, SKETCH_BW, SKETCH_COLOR, VIBRANT, NONE (SDK `lcmgenerationstyle.ts`).',
		],
	])('refuses %s with a hint that says what to do', async (_name, given, hint) => {
		const { sandbox } = ctx;
		const item = 'item' in given ? given.item() : fileItem('photo-640x480.jpg');
		const parameters = 'parameters' in given ? given.parameters : {};
		const result = await run(sandbox, [realtime('generate', parameters)], [item]);
		expect(result.error.description).toEqual(expect.stringContaining(hint));
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		[639, 480],
		[640, 479],
	])(
		'Inpaint refuses a mask of %i×%i for a 640×480 photo (one side off is enough)',
		async (width, height) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [realtime('inpaint')], [photoWithMask(width, height)]);
			expect(result.error.message).toBe(`The mask is ${width}×${height} but the image is 640×480`);
			expect(result.error.description).toBe(
				'Leonardo needs the mask at the image\'s size ("Ensure that your image dimension in the maskDataUrl matches the dimensions of your imageDataUrl", https://docs.leonardo.ai/docs/generate-images-with-realtime-canvas): resize the mask first (Edit Image node → Resize, ignoring the aspect ratio).',
			);
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('refuses a JPEG one byte over what 7.5 MB of base64 holds, and sends one of exactly that size', async () => {
		const { sandbox } = ctx;
		const over = await run(sandbox, [realtime('generate')], [photoOfSize(LARGEST_JPEG + 1)]);
		expect(over.error.message).toBe('The JPEG in "data" is too large to send to Realtime (5.6 MB)');
		expect(over.error.description).toBe(
			'Realtime takes the image inside the request as base64, which Leonardo keeps under about 7.5 MB (a JPEG of at most 5.6 MB); the result is at most 1024 pixels a side anyway. Make it smaller first (Edit Image node → Resize).',
		);
		expect(sandbox.requests).toEqual([]);

		const largest = await run(sandbox, [realtime('generate')], [photoOfSize(LARGEST_JPEG)]);
		expect(largest.error?.message ?? largest.status).toBe('success');
		const [post] = sandbox.requestsTo('api', 'POST', GENERATE);
		expect(Buffer.from(String(post.body.imageDataUrl).split(',')[1], 'base64')).toHaveLength(
			LARGEST_JPEG,
		);
	});

	it('reads field names and a style written with spaces around them', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				realtime('inpaint', {
					binaryPropertyName: ' data ',
					maskBinaryPropertyName: ' mask ',
					options: { style: ' DYNAMIC ' },
				}),
			],
			[photoWithMask(640, 480)],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const { imageDataUrl, maskDataUrl, ...body } = sandbox.requestsTo(
			'api',
			'POST',
			'/lcm-inpainting',
		)[0].body;
		expect(body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 640,
			height: 512,
			style: 'DYNAMIC',
		});
		expect(imageDataUrl).toBe(jpegDataUrl(fixture('photo-640x480.jpg')));
		expect(String(maskDataUrl)).toMatch(/^data:image\/jpeg;base64,/);
	});

	it('sends no option an expression left empty', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[realtime('generate', { options: { seed: '={{ "" }}', steps: 8 } })],
			[exactFit()],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(Object.keys(sandbox.requestsTo('api', 'POST', GENERATE)[0].body).sort()).toEqual([
			'height',
			'imageDataUrl',
			'prompt',
			'steps',
			'width',
		]);
	});

	it('outputs no warnings key for an image that fits a Realtime size exactly', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [realtime('generate')], [exactFit()]);
		expect(result.output[0].json).toEqual({
			status: 'COMPLETE',
			cost: { amount: '0.0147', unit: 'DOLLARS' },
			width: 640,
			height: 512,
			imageCount: 1,
		});
	});

	it('warns about an image and a mask labelled PNG that are JPEGs, and sends them as JPEG', async () => {
		const { sandbox } = ctx;
		const item = photoWithMask(640, 480, { fileName: 'mask.png' });
		item.binary.data.fileName = 'photo.png';
		item.binary.data.mimeType = 'image/png';
		item.binary.mask.mimeType = 'image/png';
		const result = await run(sandbox, [realtime('inpaint')], [item]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(result.output[0].json.warnings).toEqual([
			'The file is labelled PNG (image/png) but its bytes are JPEG; it was uploaded as JPEG.',
			'The file is labelled PNG (image/png) but its bytes are JPEG; it was uploaded as JPEG.',
			"The result is 640×512 but the image is 640×480 (7% off), so it comes out stretched. Crop the image to the result's aspect ratio first (Edit Image node → Crop) for full control.",
		]);
	});
});
