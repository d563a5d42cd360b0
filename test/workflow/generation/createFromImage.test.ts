import { fileItem, run, useSandbox } from '../../harness/context';

const fromImage = (parameters: Record<string, unknown> = {}) => ({
	name: 'Image to Image',
	parameters: {
		resource: 'generation',
		operation: 'createFromImage',
		prompt: 'as an oil painting',
		...parameters,
	},
});

describe('Generation → Create From Image', () => {
	const ctx = useSandbox();

	it('uploads a 640×480 JPEG, asks for a 4:3 generation from it, waits and downloads', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [fromImage()], [fileItem('photo-640x480.jpg')]);

		expect(result.status).toBe('success');
		const [presign] = sandbox.requestsTo('api', 'POST', '/init-image');
		expect(presign.body).toEqual({ extension: 'jpg' });
		const initImageId = result.output[0].json.initImageId;
		expect(sandbox.requestsTo('api', 'POST', '/generations').map((r) => r.body)).toEqual([
			{
				prompt: 'as an oil painting',
				width: 1024,
				height: 768,
				num_images: 1,
				init_image_id: initImageId,
				init_strength: 0.5,
			},
		]);
		expect(result.output[0].json).toMatchObject({
			status: 'COMPLETE',
			initImageId,
			initImage: { width: 640, height: 480, extension: 'jpg' },
		});
		expect(result.output[0].json).not.toHaveProperty('warnings');
		expect(result.output[0].binary?.image_0.mimeType).toBe('image/png');
		// Order matters: the presign comes right before its upload, the generation after it.
		const order = sandbox.requests.map(
			(r) => `${r.server} ${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')}`,
		);
		expect(order.slice(0, 3)).toEqual([
			'api POST /init-image',
			's3 POST /',
			'api POST /generations',
		]);
	});

	it('runs each item through the whole flow and keeps the pairing', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[fromImage({ maxSide: 512, numImages: 2 })],
			[fileItem('wide-1200x400.png'), fileItem('lossless-512x384.webp')],
		);
		expect(
			sandbox.requestsTo('api', 'POST', '/generations').map((r) => [r.body.width, r.body.height]),
		).toEqual([
			[512, 168],
			[512, 384],
		]);
		expect(result.output.map((i) => [i.pairedItem, Object.keys(i.binary ?? {})])).toEqual([
			[{ item: 0 }, ['image_0', 'image_1']],
			[{ item: 1 }, ['image_0', 'image_1']],
		]);
	});

	it('uploads a mislabelled image under its real format and says so in the output', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[fromImage()],
			[fileItem('lossy-640x480.webp', { mimeType: 'image/jpeg', fileName: 'x.jpg' })],
		);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')[0].body).toEqual({ extension: 'webp' });
		expect(result.output[0].json.warnings).toEqual([expect.stringContaining('bytes are WEBP')]);
	});

	it('reads the Binary Field named with spaces around it', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[fromImage({ binaryPropertyName: ' data ', downloadImages: false })],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')[0].body).toEqual({ extension: 'jpg' });
	});
});
