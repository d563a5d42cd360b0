import { binaryItem } from '../../harness/runWorkflow';
import { S3_FORM_ORDER, fileItem, fixture, run, useSandbox } from '../../harness/context';

const upload = {
	name: 'Upload Init Image',
	parameters: { resource: 'initImage', operation: 'upload' },
};

describe('Init Image → Upload', () => {
	const ctx = useSandbox();

	it('presigns, posts the form to S3 with every field in order and the file last, and outputs the id and size', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [upload], [fileItem('photo-640x480.png')]);

		expect(result.status).toBe('success');
		const [item] = result.output;
		expect(item.json).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			key: expect.stringMatching(/\.png$/),
			extension: 'png',
			width: 640,
			height: 480,
			bytes: fixture('photo-640x480.png').length,
			fileName: 'photo-640x480.png',
		});
		expect(item.pairedItem).toEqual({ item: 0 });

		const [presign] = sandbox.requestsTo('api', 'POST', '/init-image');
		expect(presign.body).toEqual({ extension: 'png' });
		expect(presign.headers.authorization).toBe(`Bearer ${sandbox.apiKey}`);
		const [post] = sandbox.requestsTo('s3', 'POST');
		expect(post.headers.authorization).toBeUndefined();
		expect(post.headers['transfer-encoding']).toBeUndefined();
		expect(Number(post.headers['content-length'])).toBe(post.bytes);
		expect(post.fields).toEqual(S3_FORM_ORDER);
		expect(post.uploadedKey).toBe(item.json.key);
		expect(sandbox.state.objects.get(item.json.key)).toMatchObject({
			declared: 'png',
			actual: 'png',
		});
		// The policy and signature stay private.
		expect(JSON.stringify(item.json)).not.toMatch(/Policy|Signature/);
	});

	it('uploads JPEG and WebP under their real extensions', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[upload],
			[fileItem('progressive-800x600.jpg'), fileItem('extended-333x222.webp')],
		);

		expect(result.output.map((i) => [i.json.extension, i.json.width, i.json.height])).toEqual([
			['jpg', 800, 600],
			['webp', 333, 222],
		]);
		expect(sandbox.requestsTo('api', 'POST', '/init-image').map((r) => r.body)).toEqual([
			{ extension: 'jpg' },
			{ extension: 'webp' },
		]);
	});

	it('never sends a JPEG labelled image/png to S3 as png, and says so', async () => {
		const { sandbox } = ctx;
		const item = fileItem('photo-640x480.jpg', { mimeType: 'image/png', fileName: 'photo.png' });
		const result = await run(sandbox, [upload], [item]);

		const [output] = result.output;
		expect(output.json.extension).toBe('jpg');
		expect(output.json.fileName).toBe('photo.jpg');
		expect(output.json.warnings).toEqual([
			expect.stringContaining('labelled PNG (image/png) but its bytes are JPEG'),
		]);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')[0].body).toEqual({ extension: 'jpg' });
		for (const object of sandbox.state.objects.values())
			expect(object.declared).toBe(object.actual);
	});

	it('reads the binary field the user names', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[{ parameters: { ...upload.parameters, binaryPropertyName: 'photo' } }],
			[fileItem('lossless-512x384.webp', { property: 'photo' })],
		);
		expect(result.output[0].json).toMatchObject({ extension: 'webp', width: 512, height: 384 });
	});

	describe('checks the input before any request', () => {
		it.each([
			[
				'a missing binary field',
				{ json: {} },
				'Item 0 has no binary field "data"',
				/no binary data at all/,
			],
			[
				'a binary field under another name',
				fileItem('photo-640x480.png', { property: 'attachment_0' }),
				'Item 0 has no binary field "data"',
				/attachment_0/,
			],
			[
				'an empty file',
				binaryItem(Buffer.alloc(0), { fileName: 'empty.png', mimeType: 'image/png' }),
				'The file in "data" is empty',
				/0 bytes/,
			],
			[
				'a GIF',
				binaryItem(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), {
					fileName: 'a.gif',
					mimeType: 'image/gif',
				}),
				'The file in "data" is not a PNG, JPEG or WebP image',
				/a GIF/,
			],
			[
				'an HTML error page saved as .png',
				binaryItem(Buffer.from('<!doctype html><title>403</title>'), {
					fileName: 'a.png',
					mimeType: 'image/png',
				}),
				'The file in "data" is not a PNG, JPEG or WebP image',
				/HTML/,
			],
			[
				'a truncated PNG',
				binaryItem(fixture('photo-640x480.png').subarray(0, 16), {
					fileName: 'cut.png',
					mimeType: 'image/png',
				}),
				'Could not read the size of the PNG image in "data"',
				/damaged or cut short/,
			],
		])('%s', async (_case, item, message, description) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [upload], [item]);
			expect(result.status).toBe('error');
			expect(result.error.message).toBe(message);
			expect(result.error.description).toMatch(description);
			expect(sandbox.requests).toEqual([]);
		});
	});

	it('with Continue On Fail, outputs one error item per bad input and uploads the rest, pairing each', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[{ ...upload, continueOnFail: true }],
			[fileItem('photo-640x480.png'), { json: {} }, fileItem('lossy-640x480.webp')],
		);
		expect(result.status).toBe('success');
		expect(result.output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.output[0].json.extension).toBe('png');
		expect(result.output[1].json).toEqual({
			error: 'Item 1 has no binary field "data"',
			description: expect.stringContaining('no binary data'),
		});
		expect(result.output[2].json.extension).toBe('webp');
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
	});

	it('says to check the credential when Leonardo rejects the API key, without showing the key', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[upload],
			[fileItem('photo-640x480.png')],
			'wrong-secret-key-123',
		);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Leonardo rejected the API key');
		expect(result.error.description).toMatch(
			/Check the API key in the "Leonardo AI API" credential/,
		);
		expect(result.error.httpCode).toBe('401');
		expect(sandbox.requestsTo('s3')).toEqual([]);
	});

	it('presigns again once when S3 says the policy expired', async () => {
		const { sandbox } = ctx;
		sandbox.expireNextPresigns = 1;
		const result = await run(sandbox, [upload], [fileItem('photo-640x480.png')]);

		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(2);
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
		expect(result.output[0].json.id).toBe(
			sandbox.requestsTo('s3', 'POST')[1].uploadedKey.split('/')[1],
		);
	});

	it("gives up after the second expired policy with S3's reason and a hint", async () => {
		const { sandbox } = ctx;
		sandbox.expireNextPresigns = 2;
		const result = await run(sandbox, [upload], [fileItem('photo-640x480.png')]);

		expect(result.status).toBe('error');
		expect(result.error.message).toBe(
			'Image upload rejected by storage: AccessDenied – Policy expired',
		);
		expect(result.error.description).toMatch(/lives 2 minutes.*clock.*Tried 2 times/);
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
	});

	it("turns S3's XML error into a readable message", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 400,
			headers: { 'Content-Type': 'application/xml' },
			body: '<?xml version="1.0"?><Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>',
		});
		const result = await run(sandbox, [upload], [fileItem('photo-640x480.png')]);

		expect(result.error.message).toBe(
			'Image upload rejected by storage: EntityTooLarge – Your proposed upload exceeds the maximum allowed size',
		);
		expect(result.error.description).toMatch(/resize or compress/);
	});

	it('refuses an image whose header claims a size no photo has, before any request', async () => {
		const { sandbox } = ctx;
		// A 64-byte "PNG" claiming 4294967295×2147483647 pixels.
		const header = Buffer.alloc(64);
		Buffer.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
		]).copy(header);
		header.writeUInt32BE(0xffffffff, 16);
		header.writeUInt32BE(0x7fffffff, 20);
		const result = await run(
			sandbox,
			[upload],
			[binaryItem(header, { fileName: 'huge.png', mimeType: 'image/png' })],
		);
		expect(result.error.message).toBe('The image in "data" claims 4294967295×2147483647 pixels');
		expect(result.error.description).toMatch(/up to 16384 pixels per side/);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses a file over the size cap before any request', async () => {
		const { sandbox } = ctx;
		const png = fixture('photo-640x480.png');
		const big = Buffer.concat([png, Buffer.alloc(100 * 1024 * 1024 + 1 - png.length)]);
		const result = await run(
			sandbox,
			[upload],
			[binaryItem(big, { fileName: 'big.png', mimeType: 'image/png' })],
		);
		expect(result.error.message).toBe('The file in "data" is larger than 100 MB');
		expect(sandbox.requests).toEqual([]);
	});
});
