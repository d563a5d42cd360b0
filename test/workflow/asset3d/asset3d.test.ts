import { MODEL_ASSET_UPLOAD_LIMIT } from '../../../nodes/LeonardoAi/helpers/binary';
import { binaryItem } from '../../harness/runWorkflow';
import { S3_FORM_ORDER, fileItem, fixture, run, useSandbox } from '../../harness/context';

const node = (operation: string, parameters: Record<string, unknown> = {}) => ({
	name: '3D Asset',
	parameters: { resource: 'asset3d', operation, ...parameters },
});

const objItem = (fileName = 'cube.obj', mimeType = 'model/obj') =>
	binaryItem(fixture('cube.obj'), { fileName, mimeType });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('3D Asset → Upload', () => {
	const ctx = useSandbox();

	it('presigns an OBJ with its name, posts the form to S3 with the file last and no key, and outputs the asset ID', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [node('upload')], [objItem()]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requests.map((r) => `${r.server} ${r.method} ${r.path}`)).toEqual([
			'api POST /models-3d/upload',
			's3 POST /',
		]);
		const [presign] = sandbox.requestsTo('api', 'POST', '/models-3d/upload');
		expect(presign.body).toEqual({ modelExtension: 'obj', name: 'cube' });
		const [post] = sandbox.requestsTo('s3', 'POST');
		expect(post.headers.authorization).toBeUndefined();
		expect(post.headers['transfer-encoding']).toBeUndefined();
		expect(Number(post.headers['content-length'])).toBe(post.bytes);
		expect(post.fields).toEqual(S3_FORM_ORDER);
		expect(sandbox.state.objects.get(post.uploadedKey).data.equals(fixture('cube.obj'))).toBe(true);

		const [item] = result.output;
		expect(item.json).toEqual({
			assetId: expect.stringMatching(UUID),
			name: 'cube',
			modelKey: post.uploadedKey,
			fileName: 'cube.obj',
			bytes: fixture('cube.obj').length,
		});
		expect(sandbox.state.modelAssets.has(item.json.assetId)).toBe(true);
		// The input file is passed on.
		expect(item.binary?.data.buffer.equals(fixture('cube.obj'))).toBe(true);
		expect(JSON.stringify(item.json)).not.toMatch(/Policy|Signature/);
	});

	it('names the asset after its whole file name, from the binary field named with spaces around it', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[node('upload', { binaryPropertyName: ' data ' })],
			[objItem('teapot-large.obj')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/models-3d/upload')[0].body).toEqual({
			modelExtension: 'obj',
			name: 'teapot-large',
		});
	});

	it('asks for the upload URL again after a 503 (a free request)', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/models-3d/upload', status: 503 });
		const result = await run(sandbox, [node('upload')], [objItem()]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/models-3d/upload')).toHaveLength(2);
	});

	it('sends the Name option, and warns about an OBJ named otherwise', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[node('upload', { options: { name: '  Sword  ' } })],
			[objItem('mesh.txt', 'text/plain')],
		);
		expect(sandbox.requestsTo('api', 'POST', '/models-3d/upload')[0].body).toEqual({
			modelExtension: 'obj',
			name: 'Sword',
		});
		expect(result.output[0].json).toMatchObject({
			name: 'Sword',
			fileName: 'mesh.obj',
			warnings: [
				'The file is named mesh.txt but its content is an OBJ model; it was uploaded as OBJ.',
			],
		});
	});

	it.each([
		[
			'a GLB',
			binaryItem(Buffer.concat([Buffer.from('glTF'), Buffer.alloc(60, 1)]), {
				fileName: 'chair.glb',
			}),
			'chair.glb is a GLB (binary glTF) model.',
		],
		['a PNG', fileItem('photo-640x480.png'), 'photo-640x480.png contains'],
		[
			'text that is no model',
			binaryItem(Buffer.from('hello, world\nno vertices here\n'), { fileName: 'notes.obj' }),
			'notes.obj contains',
		],
	])('refuses %s before any request, saying Leonardo takes OBJ only', async (_name, item, said) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [node('upload')], [item]);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('The file in "data" is not an OBJ 3D model');
		expect(result.error.description).toContain(said);
		expect(result.error.description).toContain(
			'"Only 3D models in .OBJ format can be accepted", https://docs.leonardo.ai/docs/3d-texture-generation',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses a model over the size cap before any request', async () => {
		const { sandbox } = ctx;
		const cap = MODEL_ASSET_UPLOAD_LIMIT.bytes;
		MODEL_ASSET_UPLOAD_LIMIT.bytes = 1024 * 1024;
		try {
			const big = Buffer.concat([fixture('cube.obj'), Buffer.alloc(1024 * 1024, 0x20)]);
			const result = await run(
				sandbox,
				[node('upload')],
				[binaryItem(big, { fileName: 'big.obj' })],
			);
			expect(result.error.message).toBe('The file in "data" is larger than 1 MB');
			expect(result.error.description).toBe(
				`big.obj has ${big.length} bytes. Simplify the mesh or split it first.`,
			);
			expect(sandbox.requests).toEqual([]);
		} finally {
			MODEL_ASSET_UPLOAD_LIMIT.bytes = cap;
		}
	});

	it("turns S3's XML error into a readable message about the 3D model", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 400,
			headers: { 'Content-Type': 'application/xml' },
			body: '<?xml version="1.0"?><Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>',
		});
		const result = await run(sandbox, [node('upload')], [objItem()]);
		expect(result.error.message).toBe(
			'3D model upload rejected by storage: EntityTooLarge – Your proposed upload exceeds the maximum allowed size',
		);
	});

	it('presigns again once when S3 says the policy expired', async () => {
		const { sandbox } = ctx;
		sandbox.expireNextPresigns = 1;
		const result = await run(sandbox, [node('upload')], [objItem()]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/models-3d/upload')).toHaveLength(2);
		const posts = sandbox.requestsTo('s3', 'POST');
		expect(posts).toHaveLength(2);
		expect(result.output[0].json.assetId).toBe(posts[1].uploadedKey.split('/')[1]);
	});
});

describe('3D Asset → Delete', () => {
	const ctx = useSandbox();

	it('deletes an uploaded model by its ID, and says so for an unknown one', async () => {
		const { sandbox } = ctx;
		const uploaded = await run(sandbox, [node('upload')], [objItem()]);
		const assetId = String(uploaded.output[0].json.assetId);

		const deleted = await run(sandbox, [node('delete', { assetId })]);
		expect(deleted.output[0].json).toEqual({ assetId, deleted: true });
		expect(sandbox.requestsTo('api', 'DELETE', `/models-3d/${assetId}`)).toHaveLength(1);
		expect(sandbox.state.modelAssets.has(assetId)).toBe(false);

		const again = await run(sandbox, [node('delete', { assetId })]);
		expect(again.error.message).toBe(`3D asset ${assetId} was not found`);
	});

	it('refuses an empty ID before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [node('delete', { assetId: ' ' })]);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(/3D Asset ID/);
		expect(sandbox.requests).toEqual([]);
	});
});
