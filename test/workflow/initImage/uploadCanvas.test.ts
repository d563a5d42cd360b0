import { encodePng } from '../../sandbox/png';
import { fileItem, run, useSandbox } from '../../harness/context';

const initImage = (operation: string, parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'initImage', operation, ...parameters },
});

function canvasItem(image: Buffer, mask: Buffer) {
	return {
		json: {},
		binary: {
			data: { data: image.toString('base64'), mimeType: 'image/png', fileName: 'photo.png' },
			mask: { data: mask.toString('base64'), mimeType: 'image/png', fileName: 'mask.png' },
		},
	};
}

describe('Init Image → Upload Canvas Images', () => {
	const ctx = useSandbox();

	it('uploads an image and its mask through two presigned POSTs and outputs both IDs', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(512, 384), encodePng(512, 384, [0, 0, 0], [255, 255, 255]))],
		);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/canvas-init-image').map((r) => r.body)).toEqual([
			{ initExtension: 'png', maskExtension: 'png' },
		]);
		expect(sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey)).toHaveLength(2);
		expect(result.output[0].json).toEqual({
			initImageId: expect.any(String),
			maskImageId: expect.any(String),
			width: 512,
			height: 384,
			initExtension: 'png',
			maskExtension: 'png',
		});
	});

	it('asks for fresh upload URLs once when S3 says they expired', async () => {
		const { sandbox } = ctx;
		sandbox.expireNextPresigns = 2;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(64, 64), encodePng(64, 64))],
		);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/canvas-init-image')).toHaveLength(2);
		expect(sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey)).toHaveLength(2);
	});

	it('stops after the fresh upload URLs expired too, pointing at the clock', async () => {
		const { sandbox } = ctx;
		sandbox.expireNextPresigns = 4;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(64, 64), encodePng(64, 64))],
		);
		expect(result.error.message).toBe(
			'Image upload rejected by storage: AccessDenied – Policy expired',
		);
		expect(result.error.description).toMatch(/check that this machine's clock is right/);
		expect(sandbox.requestsTo('api', 'POST', '/canvas-init-image')).toHaveLength(2);
	});

	it('refuses a mask of another size before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(512, 384), encodePng(512, 512))],
		);
		expect(result.error.message).toBe('The mask is 512×512 but the image is 512×384');
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses a mask of another width, saying how to resize it', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(512, 384), encodePng(384, 384))],
		);
		expect(result.error.message).toBe('The mask is 384×384 but the image is 512×384');
		expect(result.error.description).toBe(
			'Image and mask must be exactly the same size. Resize the mask with the Edit Image node.',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		[1544, 8],
		[8, 1544],
	])('refuses a %d×%d canvas (over 1536) before any request', async (width, height) => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(width, height), encodePng(width, height))],
		);
		expect(result.error.message).toBe(
			`The canvas ${width}×${height} is not a size Leonardo accepts`,
		);
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		[1536, 8],
		[8, 1536],
	])('uploads a %d×%d canvas, a side as long as Leonardo takes', async (width, height) => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(width, height), encodePng(width, height))],
		);
		expect(result.status).toBe('success');
		expect(result.output[0].json).not.toHaveProperty('warnings');
	});

	it('refuses a canvas whose sides are not multiples of 8, naming a size that works', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(333, 222), encodePng(333, 222))],
		);
		expect(result.error.message).toBe('The canvas 333×222 is not a size Leonardo accepts');
		expect(result.error.description).toMatch(/328×216/);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses a canvas whose height alone is not a multiple of 8', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[initImage('uploadCanvas')],
			[canvasItem(encodePng(512, 380), encodePng(512, 380))],
		);
		expect(result.error.message).toBe('The canvas 512×380 is not a size Leonardo accepts');
		expect(result.error.description).toMatch(/512×376/);
	});

	it('reads field names with spaces around them, asks for upload URLs again after a 503, and warns about a mislabelled mask', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/canvas-init-image', status: 503 });
		const item = canvasItem(encodePng(512, 384), encodePng(512, 384));
		item.binary.mask.mimeType = 'image/jpeg';
		item.binary.mask.fileName = 'mask.jpg';
		const result = await run(
			sandbox,
			[
				initImage('uploadCanvas', {
					binaryPropertyName: ' data ',
					maskBinaryPropertyName: ' mask ',
				}),
			],
			[item],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/canvas-init-image')).toHaveLength(2);
		expect(result.output[0].json.warnings).toEqual([
			'The file is labelled JPEG (image/jpeg) but its bytes are PNG; it was uploaded as PNG.',
		]);
	});

	it('names the mask field when it is missing', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [initImage('uploadCanvas')], [fileItem('photo-640x480.png')]);
		expect(result.error.message).toBe('Item 0 has no binary field "mask"');
		expect(result.error.description).toBe(
			'Its binary fields are: data. Set "Mask Binary Field" to one of them.',
		);
	});
});
