import { MEDIA_UPLOAD_LIMIT } from '../../../nodes/LeonardoAi/helpers/binary';
import { binaryItem } from '../../harness/runWorkflow';
import { S3_FORM_ORDER, fileItem, fixture, run, useSandbox } from '../../harness/context';

const upload = (
	options: Record<string, unknown> = {},
	parameters: Record<string, unknown> = {},
) => ({
	name: 'Upload Media',
	parameters: { resource: 'media', operation: 'upload', ...parameters, options },
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Media → Upload', () => {
	const ctx = useSandbox();

	it('presigns with the real extension and file name, posts the form to S3 with the file last, waits until Leonardo has processed the clip, and outputs its ID and measurements', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [upload()], [fileItem('clip-64x36.mp4')]);

		expect(result.status).toBe('success');
		const [item] = result.output;
		expect(item.json).toEqual({
			id: expect.stringMatching(UUID),
			mediaType: 'VIDEO',
			extension: 'mp4',
			duration: 1,
			width: 64,
			height: 36,
			bytes: fixture('clip-64x36.mp4').length,
			fileName: 'clip-64x36.mp4',
		});
		expect(item.pairedItem).toEqual({ item: 0 });
		// The input file is passed on.
		expect(item.binary?.data.buffer.equals(fixture('clip-64x36.mp4'))).toBe(true);

		const [presign] = sandbox.requestsTo('api', 'POST', '/media');
		expect(presign.body).toEqual({ extension: 'mp4', originalFilename: 'clip-64x36.mp4' });
		const [post] = sandbox.requestsTo('s3', 'POST');
		expect(post.headers.authorization).toBeUndefined();
		expect(post.headers['transfer-encoding']).toBeUndefined();
		expect(Number(post.headers['content-length'])).toBe(post.bytes);
		expect(post.fields).toEqual(S3_FORM_ORDER);
		expect(sandbox.state.objects.get(post.uploadedKey)).toMatchObject({
			declared: 'mp4',
			actual: 'mp4',
			contentType: 'video/mp4',
		});
		// Read until ready: the sandbox reports PENDING for a moment after the upload.
		const reads = sandbox.requestsTo('api', 'GET', `/media/${item.json.id}`);
		expect(reads.length).toBeGreaterThanOrEqual(1);
		// The order: presign, S3 upload, then the reads.
		const order = sandbox.requests.map((r) => `${r.server} ${r.method}`);
		expect(order.slice(0, 2)).toEqual(['api POST', 's3 POST']);
		expect(JSON.stringify(item.json)).not.toMatch(/Policy|Signature/);
	});

	it.each([
		['clip-64x36.mov', 'mov', 'VIDEO', 'video/quicktime', 1, 64, 36],
		['tone-1s.mp3', 'mp3', 'AUDIO', 'audio/mpeg', 1.097, null, null],
		['tone-1s.wav', 'wav', 'AUDIO', 'audio/wav', 1, null, null],
	])(
		'uploads %s as %s (%s)',
		async (name, extension, mediaType, contentType, duration, width, height) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [upload()], [fileItem(name)]);

			expect(result.output[0].json).toEqual({
				id: expect.stringMatching(UUID),
				mediaType,
				extension,
				duration,
				width,
				height,
				bytes: fixture(name).length,
				fileName: name,
			});
			// originalFilename is required for audio (https://docs.leonardo.ai/reference/uploadmedia).
			expect(sandbox.requestsTo('api', 'POST', '/media')[0].body).toEqual({
				extension,
				originalFilename: name,
			});
			const [post] = sandbox.requestsTo('s3', 'POST');
			expect(post.fields).toEqual(S3_FORM_ORDER);
			expect(sandbox.state.objects.get(post.uploadedKey)).toMatchObject({
				declared: extension,
				actual: extension,
				contentType,
			});
		},
	);

	it('uploads a QuickTime movie labelled MP4 as MOV, and says so', async () => {
		const { sandbox } = ctx;
		const item = fileItem('clip-64x36.mov', { fileName: 'holiday.mp4', mimeType: 'video/mp4' });
		const result = await run(sandbox, [upload()], [item]);

		const [output] = result.output;
		expect(output.json).toMatchObject({ extension: 'mov', fileName: 'holiday.mov' });
		expect(output.json.warnings).toEqual([
			'The file is labelled MP4 (video/mp4) but its bytes are MOV; it was uploaded as MOV.',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/media')[0].body).toEqual({
			extension: 'mov',
			originalFilename: 'holiday.mov',
		});
	});

	it('names a file that has no name after its kind', async () => {
		const { sandbox } = ctx;
		const item = binaryItem(fixture('tone-1s.wav'), { mimeType: 'audio/wav' });
		const result = await run(sandbox, [upload()], [item]);
		expect(result.output[0].json.fileName).toBe('audio.wav');
		expect(sandbox.requestsTo('api', 'POST', '/media')[0].body).toEqual({
			extension: 'wav',
			originalFilename: 'audio.wav',
		});
	});

	it('reads the binary field the user names, spaces around it ignored', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			// With spaces around it, as a name typed by hand may have.
			[upload({}, { binaryPropertyName: ' clip ' })],
			[fileItem('clip-64x36.mp4', { property: 'clip' })],
		);
		expect(result.output[0].json).toMatchObject({ extension: 'mp4', width: 64 });
	});

	describe('checks the file before any request', () => {
		it.each([
			[
				'a missing binary field',
				{ json: {} },
				'Item 0 has no binary field "data"',
				/no binary data at all/,
			],
			[
				'a binary field under another name',
				fileItem('clip-64x36.mp4', { property: 'video' }),
				'Item 0 has no binary field "data"',
				/Its binary fields are: video/,
			],
			[
				'an empty file',
				binaryItem(Buffer.alloc(0), { fileName: 'empty.mp4', mimeType: 'video/mp4' }),
				'The file in "data" is empty',
				/0 bytes/,
			],
			[
				'an HTML error page saved as .mp4',
				binaryItem(Buffer.from('<!DOCTYPE html><html><title>403 Forbidden</title>'), {
					fileName: 'clip.mp4',
					mimeType: 'video/mp4',
				}),
				'The file in "data" is not an MP4, MOV, MP3 or WAV file',
				/clip\.mp4 contains HTML or XML text/,
			],
			[
				'an image',
				fileItem('photo-640x480.png'),
				'The file in "data" is not an MP4, MOV, MP3 or WAV file',
				/MP4 and MOV videos and MP3 and WAV audio/,
			],
			[
				'an M4A (AAC audio Leonardo does not take)',
				binaryItem(Buffer.from('\0\0\0\x20ftypM4A \0\0\0\0isomiso2', 'latin1'), {
					fileName: 'voice.m4a',
					mimeType: 'audio/mp4',
				}),
				'The file in "data" is not an MP4, MOV, MP3 or WAV file',
				/M4A audio/,
			],
		])('%s', async (_case, item, message, description) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [upload()], [item]);
			expect(result.status).toBe('error');
			expect(result.error.message).toBe(message);
			expect(result.error.description).toMatch(description);
			expect(sandbox.requests).toEqual([]);
		});

		it('refuses a file over the size cap', async () => {
			const { sandbox } = ctx;
			const cap = MEDIA_UPLOAD_LIMIT.bytes;
			MEDIA_UPLOAD_LIMIT.bytes = 1024 * 1024;
			try {
				const clip = fixture('clip-64x36.mp4');
				const big = Buffer.concat([clip, Buffer.alloc(1024 * 1024 + 1 - clip.length)]);
				const result = await run(
					sandbox,
					[upload()],
					[binaryItem(big, { fileName: 'long.mp4', mimeType: 'video/mp4' })],
				);
				expect(result.error.message).toBe('The file in "data" is larger than 1 MB');
				expect(result.error.description).toMatch(/long\.mp4 has 1048577 bytes.*trim or compress/);
				expect(sandbox.requests).toEqual([]);
			} finally {
				MEDIA_UPLOAD_LIMIT.bytes = cap;
			}
		});
	});

	it('gives up when Leonardo never finishes processing, naming the media ID', async () => {
		const { sandbox } = ctx;
		sandbox.media.processingMs = Infinity;
		const result = await run(sandbox, [upload({ waitTimeout: 1 })], [fileItem('clip-64x36.mp4')]);

		expect(result.status).toBe('error');
		const [post] = sandbox.requestsTo('s3', 'POST');
		const mediaId = post.uploadedKey.split('/')[1];
		expect(result.error.message).toBe(`Media ${mediaId} was not ready after 1 s`);
		expect(result.error.description).toBe(
			`The file was uploaded, but Leonardo had not finished processing it. Raise "Wait Timeout" in the options, or look at it later with Media → Get (Media ID ${mediaId}).`,
		);
		expect(sandbox.requestsTo('api', 'GET', `/media/${mediaId}`).length).toBeGreaterThanOrEqual(1);
	});

	it("fails with Leonardo's reason when it cannot process the file", async () => {
		const { sandbox } = ctx;
		// An MP4 cut after its first box: detected as MP4, but no movie in it.
		const cut = fixture('clip-64x36.mp4').subarray(0, 40);
		const result = await run(
			sandbox,
			[upload()],
			[binaryItem(cut, { fileName: 'cut.mp4', mimeType: 'video/mp4' })],
		);

		const mediaId = sandbox.requestsTo('s3', 'POST')[0].uploadedKey.split('/')[1];
		expect(result.error.message).toBe(
			`Leonardo could not process media ${mediaId}: FAILED – the file is not a valid MP4 file`,
		);
		expect(result.error.description).toMatch(/re-encode it/);
	});

	it("trims Leonardo's reason for a file it could not process", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/media\/[^/]+$/,
			status: 200,
			body: { uploaded_media_by_pk: { status: 'FAILED', statusReason: '  too long  ' } },
		});
		const result = await run(sandbox, [upload()], [fileItem('clip-64x36.mp4')]);
		const mediaId = sandbox.requestsTo('s3', 'POST')[0].uploadedKey.split('/')[1];
		expect(result.error.message).toBe(
			`Leonardo could not process media ${mediaId}: FAILED – too long`,
		);
	});

	it.each([
		['PROCESSING', 'READY'],
		['UPLOADING', 'PROCESSED'],
		// A status word no list knows: ready once Leonardo reports the duration.
		['PENDING', 'UPLOADED'],
	])(
		'takes %s as still processing and %s as ready (no page lists the statuses)',
		async (pending, ready) => {
			const { sandbox } = ctx;
			sandbox.media.pendingStatus = pending;
			sandbox.media.readyStatus = ready;
			sandbox.media.processingMs = 600;
			const result = await run(sandbox, [upload()], [fileItem('clip-64x36.mp4')]);
			expect(result.status).toBe('success');
			expect(result.output[0].json).toMatchObject({ duration: 1, width: 64, height: 36 });
		},
	);

	it("names an audio file in S3's error as such", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 400,
			headers: { 'Content-Type': 'application/xml' },
			body: '<?xml version="1.0"?><Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>',
		});
		const result = await run(sandbox, [upload()], [fileItem('tone-1s.mp3')]);
		expect(result.error.message).toBe(
			'Audio file upload rejected by storage: EntityTooLarge – Your proposed upload exceeds the maximum allowed size',
		);
	});

	it("turns S3's XML error into a readable message about the video", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 400,
			headers: { 'Content-Type': 'application/xml' },
			body: '<?xml version="1.0"?><Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>',
		});
		const result = await run(sandbox, [upload()], [fileItem('clip-64x36.mp4')]);

		expect(result.error.message).toBe(
			'Video upload rejected by storage: EntityTooLarge – Your proposed upload exceeds the maximum allowed size',
		);
		expect(result.error.description).toMatch(/The video is larger than Leonardo accepts/);
		expect(sandbox.requestsTo('api', 'GET')).toEqual([]);
	});

	it('presigns again once when S3 says the policy expired', async () => {
		const { sandbox } = ctx;
		sandbox.expireNextPresigns = 1;
		const result = await run(sandbox, [upload()], [fileItem('tone-1s.mp3')]);

		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/media')).toHaveLength(2);
		const posts = sandbox.requestsTo('s3', 'POST');
		expect(posts).toHaveLength(2);
		expect(result.output[0].json.id).toBe(posts[1].uploadedKey.split('/')[1]);
	});

	it('with Continue On Fail, outputs an error item for a bad input and uploads the others, pairing each', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[{ ...upload(), continueOnFail: true }],
			[fileItem('clip-64x36.mp4'), { json: {} }, fileItem('tone-1s.wav')],
		);
		expect(result.status).toBe('success');
		expect(result.output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(result.output[0].json.mediaType).toBe('VIDEO');
		expect(result.output[1].json).toEqual({
			error: 'Item 1 has no binary field "data"',
			description: expect.stringContaining('no binary data'),
		});
		expect(result.output[2].json.mediaType).toBe('AUDIO');
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
	});
});
