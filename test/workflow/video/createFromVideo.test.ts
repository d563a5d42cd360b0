import { binaryItem } from '../../harness/runWorkflow';
import { fileItem, run, useSandbox } from '../../harness/context';

const fromVideo = (
	parameters: Record<string, unknown> = {},
	settings: Record<string, unknown> = {},
) => ({
	name: 'Edit Clip',
	parameters: {
		resource: 'video',
		operation: 'createFromVideo',
		model: 'bfl/flux-3-video',
		prompt: 'make it night, street lights on',
		...parameters,
	},
	...settings,
});

/** n8n's Retry On Fail, 3 tries, 10 ms apart. */
const retryOnFail = { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 };

describe('Video → Create From Video', () => {
	const ctx = useSandbox();
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/v2/generations');

	it('uploads the clip as media, sends it as the model’s uploaded video reference with its length and size, and outputs the MP4', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [fromVideo()], [fileItem('clip-640x480-12s.mp4')]);

		expect(result.error?.message ?? result.status).toBe('success');
		const json = result.output[0].json;
		const mediaId = json.mediaId as string;
		expect(sandbox.requestsTo('api', 'POST', '/media')[0].body).toEqual({
			extension: 'mp4',
			originalFilename: 'clip-640x480-12s.mp4',
		});
		expect(sandbox.requestsTo('s3', 'POST')[0].uploadedKey).toContain(mediaId);
		const [start] = posts();
		expect(start.body).toEqual({
			model: 'bfl/flux-3-video',
			parameters: {
				prompt: 'make it night, street lights on',
				quantity: 1,
				duration: 5,
				// Width and Height at 0: FLUX 3 Video's listed size closest to the clip's 4:3.
				width: 1112,
				height: 834,
				guidances: {
					video_reference_base: [
						{ video: { id: mediaId, type: 'UPLOADED', duration: 12, width: 640, height: 480 } },
					],
				},
			},
		});
		// Upload, processed, then (only then) the paid POST; then the result.
		const order = sandbox.requests.map(
			(r) => `${r.server} ${r.method} ${r.path.split('/')[1] ?? ''}`,
		);
		expect(order[0]).toBe('api POST media');
		expect(order[1]).toBe('s3 POST ');
		expect(order.indexOf('api POST v2')).toBeGreaterThan(order.indexOf('api GET media'));
		expect(json).toMatchObject({
			generationId: expect.any(String),
			status: 'COMPLETE',
			mediaId,
			media: { extension: 'mp4', duration: 12, width: 640, height: 480, bytes: 2786 },
			cost: { amount: expect.any(String), unit: 'CREDITS' },
		});
		const video = result.output[0].binary!.video;
		expect(video.mimeType).toBe('video/mp4');
		expect(video.fileName).toBe(`${String(json.generationId)}.mp4`);
		expect(video.buffer.subarray(4, 8).toString('latin1')).toBe('ftyp');
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('takes a QuickTime clip on a model with no limits on the reference (Seedance 2.0)', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[fromVideo({ model: 'seedance-2.0', duration: 4 })],
			[fileItem('clip-64x36.mov')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const video = posts()[0].body.parameters.guidances.video_reference_base[0].video;
		expect(video).toEqual({
			id: result.output[0].json.mediaId,
			type: 'UPLOADED',
			duration: 1,
			width: 64,
			height: 36,
		});
		expect(sandbox.requestsTo('api', 'POST', '/media')[0].body.extension).toBe('mov');
	});

	describe('refuses before any request', () => {
		it.each([
			[
				'a clip longer than the model takes',
				{ model: 'google/gemini-omni-1.1-flash-preview' },
				fileItem('clip-640x480-12s.mp4'),
				/^Gemini Omni 1\.1 Flash's video references must be 0–10 seconds long, not 12$/,
			],
			[
				'a clip smaller than the model takes',
				{},
				fileItem('clip-64x36.mp4'),
				/^FLUX 3 Video's video references must be 480–2160 pixels wide and high, not width 64$/,
			],
			[
				'an audio file',
				{},
				fileItem('tone-1s.mp3'),
				/^The file in "data" is audio \(MP3\), not a video$/,
			],
			[
				'an HTML page saved as .mp4',
				{},
				binaryItem(Buffer.from('<html><body>Access denied</body></html>'), {
					fileName: 'clip.mp4',
					mimeType: 'video/mp4',
				}),
				/^The file in "data" is not an MP4, MOV, MP3 or WAV file$/,
			],
			[
				'Max Credits without Allow Unpriced Jobs (newer models have no price calculator)',
				{ options: { maxCredits: 500 } },
				fileItem('clip-640x480-12s.mp4'),
				/^Max Credits cannot price this job: Leonardo's pricing calculator has no service for bfl\/flux-3-video videos/,
			],
		])('%s', async (_case, parameters, item, message) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [fromVideo(parameters)], [item]);
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(message);
			expect(sandbox.requests).toEqual([]);
		});
	});

	it('with Max Credits and Allow Unpriced Jobs, uploads and starts it', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[fromVideo({ options: { maxCredits: 500, allowUnpricedJobs: true } })],
			[fileItem('clip-640x480-12s.mp4')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()).toHaveLength(1);
	});

	it("checks Leonardo's own measurement of the clip before the paid POST", async () => {
		const { sandbox } = ctx;
		// The header says 12 s (within FLUX 3 Video's 15 s); Leonardo measures 16.2 s.
		sandbox.media.measured = { duration: 16.2 };
		const result = await run(sandbox, [fromVideo()], [fileItem('clip-640x480-12s.mp4')]);
		expect(result.error.message).toBe(
			"FLUX 3 Video's video references must be 1–15.05 seconds long, not 16.2",
		);
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(1);
		expect(posts()).toEqual([]);
	});

	it('gives up when the uploaded clip never becomes ready, naming the media ID, and starts nothing', async () => {
		const { sandbox } = ctx;
		sandbox.media.processingMs = Infinity;
		const result = await run(
			sandbox,
			[fromVideo({ options: { waitTimeout: 1 } })],
			[fileItem('clip-640x480-12s.mp4')],
		);
		const mediaId = sandbox.requestsTo('s3', 'POST')[0].uploadedKey.split('/')[1];
		expect(result.error.message).toBe(`Media ${mediaId} was not ready after 1 s`);
		expect(posts()).toEqual([]);
		expect(sandbox.charges).toEqual([]);
	});

	it('Retry On Fail: a try that failed after the job started neither uploads nor pays again', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			path: /\.mp4$/,
			status: 404,
			body: 'gone',
		});
		const result = await run(
			sandbox,
			[fromVideo({}, retryOnFail)],
			[fileItem('clip-640x480-12s.mp4')],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/media')).toHaveLength(1);
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(1);
		expect(posts()).toHaveLength(1);
		expect(sandbox.charges).toHaveLength(1);
		expect(sandbox.requestsTo('cdn', 'GET')).toHaveLength(2);
		expect(result.output[0].json.mediaId).toBe(
			sandbox.requestsTo('s3', 'POST')[0].uploadedKey.split('/')[1],
		);
		expect(result.output[0].binary!.video.mimeType).toBe('video/mp4');
	});

	it('with Continue On Fail, a refused item does not stop the others', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[fromVideo({}, { continueOnFail: true })],
			[fileItem('tone-1s.wav'), fileItem('clip-640x480-12s.mp4')],
		);
		expect(result.output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'The file in "data" is audio (WAV), not a video',
			'COMPLETE',
		]);
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sandbox.requestsTo('api', 'POST', '/media')).toHaveLength(1);
	});
	it('reads a field name with spaces around it, sends the options, and warns about a clip labelled as another format', async () => {
		const { sandbox } = ctx;
		const clip = fileItem('clip-640x480-12s.mp4', {
			fileName: 'clip.mov',
			mimeType: 'video/quicktime',
		});
		const result = await run(
			sandbox,
			[fromVideo({ binaryPropertyName: ' data ', options: { audio: false } })],
			[clip],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body.parameters.motion_has_audio).toBe(false);
		expect(result.output[0].json.warnings).toEqual([
			'The file is labelled MOV (video/quicktime) but its bytes are MP4; it was uploaded as MP4.',
		]);
	});

	it('outputs no warnings key when there is nothing to warn about', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [fromVideo()], [fileItem('clip-640x480-12s.mp4')]);
		expect(result.output[0].json).not.toHaveProperty('warnings');
	});

	it('refuses an audio file with where audio goes instead', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [fromVideo()], [fileItem('tone-1s.mp3')]);
		expect(result.error.description).toBe(
			'Create From Video takes an MP4 or MOV clip. For audio references, upload the file with Media → Upload and give its ID to Video → Create (Options → Audio Reference IDs).',
		);
	});
});
