import { binaryItem } from '../../harness/runWorkflow';
import { fixture, fileItem, run, useSandbox } from '../../harness/context';

/**
 * Generation → Create with Size "Match Init Image" reads the uploaded init image's size from its
 * first bytes (initImage/size.ts): 128 KB, then 4 MB when the header lies further in; and says why
 * when it cannot.
 */
const upload = { name: 'Upload', parameters: { resource: 'initImage', operation: 'upload' } };
const create = (parameters: Record<string, unknown> = {}) => ({
	name: 'Generate',
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: 'a red fox',
		downloadImages: false,
		initImageId: '={{ $json.id }}',
		sizeMode: 'matchInitImage',
		...parameters,
	},
});

/** The 640×480 photo with three 64 KB metadata segments (APP1) before its header: the size lies past 128 KB. */
function photoWithLargeMetadata(): Buffer {
	const photo = fixture('photo-640x480.jpg');
	const segment = Buffer.alloc(65537);
	segment.writeUInt16BE(0xffe1, 0);
	segment.writeUInt16BE(65535, 2);
	return Buffer.concat([photo.subarray(0, 2), segment, segment, segment, photo.subarray(2)]);
}

const HINT = 'Set "Size" to "Custom" and enter width and height yourself.';

describe('Generation → Create, Size "Match Init Image": the init image\'s size', () => {
	const ctx = useSandbox();

	it('reads on to 4 MB when the header lies past the first 128 KB', async () => {
		const { sandbox } = ctx;
		const item = binaryItem(photoWithLargeMetadata(), {
			fileName: 'camera.jpg',
			mimeType: 'image/jpeg',
		});
		const result = await run(sandbox, [upload, create()], [item]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('s3', 'GET').map((r) => r.headers.range)).toEqual([
			'bytes=0-131071',
			'bytes=0-4194303',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toMatchObject({
			width: 1024,
			height: 768,
		});
	});

	it('says so when Leonardo gives no URL for the init image', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/init-image\//,
			status: 200,
			body: { init_images_by_pk: { id: 'x' } },
		});
		const result = await run(sandbox, [upload, create()], [fileItem('photo-640x480.png')]);
		const initImageId = String(result.outputs.Upload[0].json.id);
		expect(result.error.message).toBe(`Could not read the size of init image ${initImageId}`);
		expect(result.error.description).toBe(
			`Leonardo returned no URL for it (is the upload finished, and the ID right?). ${HINT}`,
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toEqual([]);
	});

	it('says so when the file holds no image header, after one read of a file shorter than 128 KB', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'GET',
			status: 200,
			body: 'not an image at all',
			headers: { 'Content-Type': 'image/png' },
		});
		const result = await run(sandbox, [upload, create()], [fileItem('photo-640x480.png')]);
		expect(result.error.description).toBe(`Its header could not be read. ${HINT}`);
		expect(sandbox.requestsTo('s3', 'GET')).toHaveLength(1);
	});
});
