import { REQUEST_TIMEOUTS } from '../../../nodes/LeonardoAi/transport/leonardoApi';
import { fileItem, fixture, run, uploadedImageId, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { alphaValues, paddedPng, pngHeader } from './png';

const removeBackground = (parameters: Record<string, unknown> = {}, settings = {}) => ({
	name: 'Remove Background',
	parameters: { resource: 'image', operation: 'removeBackground', ...parameters },
	...settings,
});

type Binary = { mimeType: string; fileName: string; buffer: Buffer };

/** n8n's Retry On Fail, 3 tries, 10 ms apart. */
const retryOnFail = { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 };
const SYNC = '/v2/generationssync';

describe('Image → Remove Background', () => {
	const ctx = useSandbox();
	const defaults = { ...REQUEST_TIMEOUTS };
	afterEach(() => Object.assign(REQUEST_TIMEOUTS, defaults));

	it('cuts out a photo from an earlier node: inline BASE64, one sync POST, a PNG with an alpha channel', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [removeBackground()], [fileItem('photo-640x480.png')]);

		expect(result.error?.message ?? result.status).toBe('success');
		// One request to the API, no upload: files up to 5 MB go inline as raw base64.
		expect(sandbox.requestsTo('api').map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${SYNC}`]);
		expect(sandbox.requestsTo('api', 'POST', SYNC)[0].body).toEqual({
			model: 'remove-bg',
			public: false,
			parameters: {
				format: 'png',
				guidances: {
					image_reference: [
						{
							image: {
								type: 'BASE64',
								data: fixture('photo-640x480.png').toString('base64'),
							},
						},
					],
				},
			},
		});
		const { json, binary } = result.output[0];
		expect(json).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			generationId: json.id,
			status: 'COMPLETE',
			cost: { amount: '0.1047', unit: 'DOLLARS' },
			input: {
				width: 640,
				height: 480,
				extension: 'png',
				bytes: fixture('photo-640x480.png').length,
			},
			width: 640,
			height: 480,
			contentType: 'image/png',
			blockedCount: 0,
		});
		const image = binary!.image as unknown as Binary;
		expect(image.mimeType).toBe('image/png');
		expect(image.fileName).toBe(`${String(json.id)}_nobg.png`);
		// A real cut-out: RGBA (colour type 6), transparent around the subject, opaque on it.
		expect(pngHeader(image.buffer)).toMatchObject({ width: 640, height: 480, colourType: 6 });
		const alphas = alphaValues(image.buffer);
		expect(alphas).toContain(0);
		expect(alphas).toContain(255);
	});

	it('cuts out an image Leonardo has, by ID and type', async () => {
		const { sandbox } = ctx;
		const imageId = await uploadedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			removeBackground({ source: 'imageId', imageId, imageType: 'UPLOADED', format: 'webp' }),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST').map((r) => r.body)).toEqual([
			{
				model: 'remove-bg',
				public: false,
				parameters: {
					format: 'webp',
					guidances: { image_reference: [{ image: { id: imageId, type: 'UPLOADED' } }] },
				},
			},
		]);
		expect((result.output[0].binary!.image as unknown as Binary).mimeType).toBe('image/webp');
		expect(result.output[0].json.warnings).toBeUndefined();
	});

	it("fails on Leonardo's HTTP 200 with errors[] (an image ID it does not know), with its message", async () => {
		const { sandbox } = ctx;
		const unknownId = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
		const result = await run(sandbox, [
			removeBackground({ source: 'imageId', imageId: unknownId, imageType: 'GENERATED' }),
		]);
		expect(result.error.message).toBe(
			`Leonardo API error: invalid image_reference image ${unknownId} (GENERATED)`,
		);
		expect(result.error.description).toMatch(/\(BAD_REQUEST\)/);
		expect(sandbox.requestsTo('api', 'POST', SYNC)).toHaveLength(1);
		expect(sandbox.requestsTo('cdn')).toEqual([]);
	});

	it('sends every option under its wire name, checked against the spec', async () => {
		const { sandbox } = ctx;
		const backgroundId = await uploadedImageId(sandbox);
		sandbox.reset();
		const result = await run(
			sandbox,
			[
				removeBackground({
					format: 'png',
					options: {
						size: 'preview',
						subjectType: 'product',
						typeLevel: '2',
						channels: 'rgba',
						backgroundColor: '#ffffff',
						backgroundImageId: backgroundId,
						backgroundImageType: 'UPLOADED',
						crop: true,
						cropMargin: '10px  20px',
						roi: '0% 0% 100% 100%',
						scale: '80%',
						position: 'center',
						semitransparency: false,
						shadowType: 'drop',
						shadowOpacity: 40,
						keepInLibrary: false,
						public: true,
					},
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		const [post] = sandbox.requestsTo('api', 'POST', SYNC);
		expect(post.body).toEqual({
			model: 'remove-bg',
			public: true,
			ephemeral: true,
			parameters: {
				format: 'png',
				size: 'preview',
				type: 'product',
				type_level: '2',
				channels: 'rgba',
				bg_color: '#ffffff',
				crop: true,
				crop_margin: '10px 20px',
				roi: '0% 0% 100% 100%',
				scale: '80%',
				position: 'center',
				semitransparency: false,
				shadow_type: 'drop',
				shadow_opacity: 40,
				guidances: {
					image_reference: [
						{
							image: {
								type: 'BASE64',
								data: fixture('photo-640x480.jpg').toString('base64'),
							},
						},
					],
					background_image_reference: [{ image: { id: backgroundId, type: 'UPLOADED' } }],
				},
			},
		});
		// Preview caps the result at 0.25 MP (spec); a background makes it opaque RGB.
		const image = result.output[0].binary!.image as unknown as Binary;
		const header = pngHeader(image.buffer);
		expect(header.colourType).toBe(2);
		expect(header.width * header.height).toBeLessThanOrEqual(250_000);
		expect(result.output[0].json.warnings).toBeUndefined();
	});

	it.each([
		[{ scale: '5%' }, '"Scale" is not valid: "5%"', /original, or a percentage from 10% to 100%/],
		[{ cropMargin: '1 2 3' }, '"Crop Margin" is not valid: "1 2 3"', /1, 2 or 4 values/],
		[{ roi: '0% 0% 100%' }, '"Region of Interest" is not valid: "0% 0% 100%"', /4 values/],
		[{ shadowOpacity: 101 }, '"Shadow Opacity" must be a whole number from 0 to 100, not 101', /./],
		[{ size: '={{ "huge" }}' }, '"Size" must be one of auto, preview, full, 50MP, not "huge"', /./],
		[
			{ backgroundImageId: 'nope' },
			'"Background Image ID" is not a Leonardo ID: "nope"',
			/Upload the background with Init Image → Upload and use its json\.id\./,
		],
	])('refuses %j before any request', async (options, message, description) => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[removeBackground({ options })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error.message).toBe(message);
		expect(result.error.description).toMatch(description);
		expect(sandbox.requests).toEqual([]);
	});

	it('uploads a file over 5 MB as an init image (UPLOADED), once the job may start', async () => {
		const { sandbox } = ctx;
		const big = paddedPng(6 * 1024 * 1024);
		const result = await run(
			sandbox,
			[removeBackground()],
			[binaryItem(big, { fileName: 'big.png', mimeType: 'image/png' })],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requests.map((r) => `${r.server} ${r.method} ${r.path}`)).toEqual([
			'api POST /init-image',
			's3 POST /',
			`api POST ${SYNC}`,
			expect.stringMatching(/^cdn GET \/generations\/.+\/0\.png$/),
		]);
		const { json } = result.output[0];
		expect(sandbox.requestsTo('api', 'POST', SYNC)[0].body.parameters.guidances).toEqual({
			image_reference: [{ image: { id: json.initImageId, type: 'UPLOADED' } }],
		});
		expect(pngHeader((result.output[0].binary!.image as unknown as Binary).buffer).colourType).toBe(
			6,
		);
	});

	it('refuses a file over 25 MB, and a file that is not an image, before any request', async () => {
		const { sandbox } = ctx;
		const huge = await run(
			sandbox,
			[removeBackground()],
			[binaryItem(paddedPng(26 * 1024 * 1024), { fileName: 'huge.png', mimeType: 'image/png' })],
		);
		expect(huge.error.message).toBe('The image in "data" is larger than 25 MB');
		expect(huge.error.description).toMatch(/takes inputs up to 25 MB/);
		const html = await run(
			sandbox,
			[removeBackground()],
			[
				binaryItem(Buffer.from('<html>Not found</html>'), {
					fileName: 'photo.png',
					mimeType: 'image/png',
				}),
			],
		);
		expect(html.error.message).toBe('The file in "data" is not a PNG, JPEG or WebP image');
		expect(sandbox.requests).toEqual([]);
	});

	it('says so when moderation withheld the result (results: []), and outputs the started job with Continue On Fail', async () => {
		const { sandbox } = ctx;
		sandbox.removeBg.blocked = true;
		const result = await run(
			sandbox,
			[removeBackground({}, { continueOnFail: true })],
			[fileItem('photo-640x480.png'), fileItem('photo-640x480.jpg')],
		);

		expect(result.status).toBe('success');
		for (const item of result.output) {
			expect(item.json.error).toBe(
				"Leonardo's content moderation withheld the cut-out (blockedCount 1)",
			);
			expect(item.json.description).toMatch(
				/and this one did not \(generation [0-9a-f-]{36}\)\. The call may still have been charged \(cost: \{"amount":"0\.1047","unit":"DOLLARS"\}\)\. Try another image\. Already started for this item \(and charged\): generation /,
			);
			expect(item.json.generationId).toEqual(expect.any(String));
		}
		expect(sandbox.requestsTo('api', 'POST', SYNC)).toHaveLength(2);
		expect(sandbox.requestsTo('cdn')).toEqual([]);
	});

	it("names Leonardo's ~27 s limit when its sync call times out (504), and outputs the call as maybe charged", async () => {
		const { sandbox } = ctx;
		Object.assign(sandbox.removeBg, { delayMs: 400, limitMs: 100 });
		const result = await run(
			sandbox,
			[removeBackground({}, { continueOnFail: true })],
			[fileItem('photo-640x480.png')],
		);

		const { json } = result.output[0];
		expect(json.error).toBe("Background removal did not finish within the sync call's time limit");
		expect(json.description).toMatch(
			/^Leonardo's sync endpoint gives up after about 27 seconds \(https:\/\/docs\.leonardo\.ai\/docs\/remove-bg\); this call got no result in time \(Leonardo answered POST \/v2\/generationssync with HTTP 504\)\. It may have been charged all the same: the node does not send it again in this execution\. Large images take longest: use Options → Size "Preview".* Check with Generation → Get Many/,
		);
		expect(sandbox.requestsTo('api', 'POST', SYNC)).toHaveLength(1);
	});

	it('gives up on a sync call that outlasts its own limit, with the same message and no second POST', async () => {
		const { sandbox } = ctx;
		REQUEST_TIMEOUTS.syncJobMs = 200;
		Object.assign(sandbox.removeBg, { delayMs: 600 });
		const result = await run(
			sandbox,
			[removeBackground({}, retryOnFail)],
			[fileItem('photo-640x480.png')],
		);

		expect(result.status).toBe('error');
		// Retry On Fail: the later tries find the unknown outcome in the ledger and send nothing.
		expect(result.error.message).toBe(
			'Not sent again: an earlier try of this node sent this generation and its outcome is unknown',
		);
		expect(result.error.description).toMatch(
			/^The earlier try: Background removal did not finish within the sync call's time limit\./,
		);
		expect(sandbox.requestsTo('api', 'POST', SYNC)).toHaveLength(1);
	});

	it('Retry On Fail after the POST answered: the stored result is downloaded again, never paid twice', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(
			sandbox,
			[removeBackground({}, retryOnFail)],
			[fileItem('photo-640x480.png')],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', SYNC)).toHaveLength(1);
		expect(sandbox.requestsTo('cdn')).toHaveLength(2);
		expect(pngHeader((result.output[0].binary!.image as unknown as Binary).buffer).colourType).toBe(
			6,
		);
	});

	it('with Max Credits and no Allow Unpriced Jobs, refuses (nothing prices remove-bg) and sends nothing', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[removeBackground({ options: { maxCredits: 100 } })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error.message).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for background removals (remove-bg), and no earlier job with these parameters reported its cost in this execution. It was not started.",
		);
		expect(result.error.description).toMatch(/^Turn on Options → Allow Unpriced Jobs/);
		expect(sandbox.requests).toEqual([]);
	});

	it('with Allow Unpriced Jobs, a cost in dollars cannot count toward Max Credits: the first item runs, the next is refused', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				removeBackground(
					{ options: { maxCredits: 100, allowUnpricedJobs: true, concurrency: 1 } },
					{ continueOnFail: true },
				),
			],
			[fileItem('photo-640x480.png'), fileItem('photo-640x480.jpg')],
		);
		expect(result.output[0].json.status).toBe('COMPLETE');
		expect(result.output[1].json.error).toMatch(
			/^Max Credits cannot price this job: .*, and an earlier unpriced job \(background removals \(remove-bg\)\) reported no cost in credits\. It was not started\.$/,
		);
		expect(sandbox.requestsTo('api', 'POST', SYNC)).toHaveLength(1);
	});

	it('with a cost in credits, Max Credits prices the next cut-outs from it', async () => {
		const { sandbox } = ctx;
		sandbox.removeBg.costUnit = 'CREDITS';
		const result = await run(
			sandbox,
			[
				removeBackground(
					{ options: { maxCredits: 5, allowUnpricedJobs: true, concurrency: 1 } },
					{ continueOnFail: true },
				),
			],
			[1, 2, 3].map(() => fileItem('photo-640x480.png')),
		);
		expect(result.output.map((item) => item.json.status ?? item.json.error)).toEqual([
			'COMPLETE',
			'COMPLETE',
			'Max Credits reached: this job would cost about 2 credits, and 4 of 5 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		]);
		expect(sandbox.charges).toEqual([
			{ path: SYNC, credits: 2 },
			{ path: SYNC, credits: 2 },
		]);
	});
});
