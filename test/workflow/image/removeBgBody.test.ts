import { fileItem, run, uploadedImageId, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { paddedPng } from './png';

/**
 * Image → Remove Background's body at its edges: a file of exactly 5 MB still goes inline, one byte
 * more is uploaded; 25 MB is the most taken; the background image reference only when one is given.
 */
const removeBackground = (parameters: Record<string, unknown> = {}) => ({
	name: 'Remove Background',
	parameters: { resource: 'image', operation: 'removeBackground', ...parameters },
});

const SYNC = '/v2/generationssync';
const MB = 1024 * 1024;

/** A real PNG of exactly `bytes` bytes. */
const pngOf = (bytes: number) => {
	const png = paddedPng(bytes - paddedPng(0).length);
	expect(png.length).toBe(bytes);
	return binaryItem(png, { fileName: 'big.png', mimeType: 'image/png' });
};

const imageReference = (body: { parameters: { guidances: { image_reference: unknown[] } } }) =>
	body.parameters.guidances.image_reference[0] as { image: { type: string } };

describe('Image → Remove Background: the body at its edges', () => {
	const ctx = useSandbox();

	it('sends a file of exactly 5 MB inline, and one byte more as an upload', async () => {
		const { sandbox } = ctx;
		const inline = await run(sandbox, [removeBackground()], [pngOf(5 * MB)]);
		expect(inline.error?.message ?? inline.status).toBe('success');
		const uploaded = await run(sandbox, [removeBackground()], [pngOf(5 * MB + 1)]);
		expect(uploaded.error?.message ?? uploaded.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', SYNC).map((r) => imageReference(r.body).image.type),
		).toEqual(['BASE64', 'UPLOADED']);
	});

	it('takes a file of exactly 25 MB', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [removeBackground()], [pngOf(25 * MB)]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
	}, 30_000);

	it('sends a background image as UPLOADED unless told otherwise, and none for a blank ID', async () => {
		const { sandbox } = ctx;
		const backgroundId = await uploadedImageId(sandbox);
		sandbox.reset();
		await run(
			sandbox,
			[removeBackground({ options: { backgroundImageId: ` ${backgroundId} ` } })],
			[fileItem('photo-640x480.png')],
		);
		await run(
			sandbox,
			[removeBackground({ options: { backgroundImageId: '  ' } })],
			[fileItem('photo-640x480.png')],
		);
		const [withBackground, without] = sandbox
			.requestsTo('api', 'POST', SYNC)
			.map((r) => r.body.parameters.guidances);
		expect(withBackground.background_image_reference).toEqual([
			{ image: { id: backgroundId, type: 'UPLOADED' } },
		]);
		expect(without).not.toHaveProperty('background_image_reference');
	});
	it('reads the binary field named with spaces around it', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[removeBackground({ binaryPropertyName: ' data ' })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
	});
});
