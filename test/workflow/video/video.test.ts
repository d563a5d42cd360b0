import { sleep } from 'n8n-workflow';

import {
	fileItem,
	generatedImageId,
	run,
	uploadedImageId,
	useSandbox,
} from '../../harness/context';

const video = (operation: string, parameters: Record<string, unknown> = {}) => ({
	name: 'Video',
	parameters: {
		resource: 'video',
		operation,
		prompt: 'the camera circles the product',
		...parameters,
	},
});

/** A model set by expression: the editor's per-model hiding does not apply, the node's checks do. */
const byExpression = (model: string) => `={{ "${model}" }}`;

const isMp4 = (bytes: Buffer) => bytes.subarray(4, 8).toString('latin1') === 'ftyp';

describe('Video → Create From Image, Create and Get', () => {
	const ctx = useSandbox({ generationDelayMs: 200 });

	it('turns a photo from an earlier node into an MP4: upload, v2 start frame, wait, download', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[video('createFromImage', { duration: 10 })],
			[fileItem('wide-1200x400.png')],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		const json = result.output[0].json;
		const [start] = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body).toEqual({
			model: 'kling-2.6',
			parameters: {
				prompt: 'the camera circles the product',
				// quantity exactly 1 (spec Kling2_6GenerationRequest).
				quantity: 1,
				duration: 10,
				width: 1920,
				height: 1080,
				guidances: { start_frame: [{ image: { id: json.initImageId, type: 'UPLOADED' } }] },
			},
		});
		expect(json).toMatchObject({
			generationId: expect.any(String),
			status: 'COMPLETE',
			initImage: { width: 1200, height: 400, extension: 'png' },
			cost: { amount: '200', unit: 'CREDITS' },
		});
		const videos = json.videos as Array<Record<string, unknown>>;
		expect(videos[0].motionMP4URL).toMatch(/\.mp4$/);
		const binary = result.output[0].binary!.video as unknown as {
			mimeType: string;
			fileName: string;
			buffer: Buffer;
		};
		expect(binary.mimeType).toBe('video/mp4');
		expect(binary.fileName).toBe(`${String(json.generationId)}.mp4`);
		expect(isMp4(binary.buffer)).toBe(true);
		// The 1200×400 photo is 3:1; the closest size Kling 2.6 makes is 16:9: the user is told.
		expect(String((json.warnings as string[])[0])).toMatch(
			/^The video is 1920×1080 but the photo is 1200×400/,
		);
		expect(sandbox.requestsTo('api', 'POST')).toHaveLength(2);
	});

	it('sends a v1 model to the image-to-video endpoint with an end frame (Kling 2.5 Turbo), as the SDK describes it', async () => {
		const { sandbox } = ctx;
		const startId = await uploadedImageId(sandbox);
		const endId = await generatedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			video('create', {
				model: 'KLING2_5',
				startImageId: startId,
				endImageId: endId,
				endImageType: 'GENERATED',
				width: 1080,
				height: 1920,
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', '/generations-image-to-video').map((r) => r.body),
		).toEqual([
			{
				prompt: 'the camera circles the product',
				model: 'KLING2_5',
				imageId: startId,
				imageType: 'UPLOADED',
				endFrameImage: { id: endId, type: 'GENERATED' },
				resolution: 'RESOLUTION_1080',
				width: 1080,
				height: 1920,
				duration: 5,
			},
		]);
		expect(isMp4((result.output[0].binary!.video as unknown as { buffer: Buffer }).buffer)).toBe(
			true,
		);
	});

	it('stops a saved workflow that still uses a retired model, naming the date and the replacement, with no request', async () => {
		const { sandbox } = ctx;
		// Kling 2.1 Pro: "retired on 15 September 2026 … switch to Kling Video 3.0 Pro"
		// (https://docs.leonardo.ai/docs/kling-2-1-pro); Sora 2: Deprecations & Changes, 2026-07-09.
		const kling = await run(sandbox, [
			video('create', { model: 'KLING2_1', startImageId: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b' }),
		]);
		expect(kling.error.message).toBe('Kling 2.1 Pro was retired on 2026-09-15; use Kling 3.0');
		expect(kling.error.description).toMatch(/Pick Kling 3\.0 \(kling-3\.0\)/);
		const sora = await run(sandbox, [video('create', { model: 'sora-2' })]);
		expect(sora.error.message).toMatch(/^Sora 2 was retired on 2026-07-09; use Veo 3\.1 Fast$/);
		expect(sandbox.requests).toEqual([]);
	});

	it('makes text-to-video with Kling 2.5 Turbo at its first size, and Get downloads it again', async () => {
		const { sandbox } = ctx;
		const created = await run(sandbox, [
			video('create', { model: 'KLING2_5', waitForCompletion: false }),
		]);
		expect(
			sandbox.requestsTo('api', 'POST', '/generations-text-to-video').map((r) => r.body),
		).toEqual([
			{
				prompt: 'the camera circles the product',
				model: 'KLING2_5',
				resolution: 'RESOLUTION_1080',
				width: 1920,
				height: 1080,
				duration: 5,
			},
		]);
		expect(created.output[0].json).toEqual({
			generationId: expect.any(String),
			status: 'PENDING',
			cost: { amount: '100', unit: 'CREDITS' },
		});
		expect(created.output[0].binary).toBeUndefined();

		await sleep(300);
		const got = await run(sandbox, [
			{
				parameters: {
					resource: 'video',
					operation: 'get',
					generationId: created.output[0].json.generationId,
				},
			},
		]);
		expect(got.output[0].json.status).toBe('COMPLETE');
		expect(isMp4((got.output[0].binary!.video as unknown as { buffer: Buffer }).buffer)).toBe(true);
	});

	it("refuses what the model's page does not allow, before any request", async () => {
		const { sandbox } = ctx;
		const cases: Array<[Record<string, unknown>, string, RegExp]> = [
			[{ duration: 7 }, 'Kling 2.6 does not make 7-second videos', /Use 5 or 10 seconds/],
			[
				{ width: 1280, height: 720 },
				'Kling 2.6 does not make 1280×720 videos',
				/1920×1080, 1440×1440, 1080×1920/,
			],
			[
				{ model: 'grok-imagine-1.5' },
				'Grok Imagine 1.5 needs a start frame',
				/Start Frame Image ID/,
			],
			[
				{ model: byExpression('kling-2.6'), endImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f' },
				'Kling 2.6 takes no end frames',
				/It takes start frames/,
			],
			[
				{
					model: 'kling-3.0',
					endImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
				},
				'An end frame needs a start frame',
				/Start Frame Image ID/,
			],
			[{ width: 1920 }, 'Set both Width and Height, or leave both at 0', /picks the size/],
			[
				{ options: { additionalParameters: '{"duration": 10}' } },
				'"Additional Parameters (JSON)" sets "duration", which the node already sets',
				/node's own parameters/,
			],
		];
		for (const [parameters, message, description] of cases) {
			const result = await run(sandbox, [video('create', parameters)]);
			expect(result.error.message).toBe(message);
			expect(result.error.description).toMatch(description);
		}
		const fromImage = await run(
			sandbox,
			[video('createFromImage', { duration: 3 })],
			[fileItem('photo-640x480.jpg')],
		);
		expect(fromImage.error.message).toBe('Kling 2.6 does not make 3-second videos');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('reports a FAILED video with its ID, starts it only once, and gives a Continue On Fail item', async () => {
		const { sandbox } = ctx;
		sandbox.failGenerations = true;
		const result = await run(
			sandbox,
			[{ ...video('createFromImage'), continueOnFail: true }],
			[fileItem('photo-640x480.jpg')],
		);
		const item = result.output[0].json;
		expect(item.error).toMatch(/^Generation [0-9a-f-]{36} failed at Leonardo$/);
		expect(item.description).toContain(
			"Try another prompt, duration or size; check the model's page for what it accepts.",
		);
		expect(item.generationId).toEqual(expect.any(String));
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
	});

	it('gives up after its Wait Timeout, naming the running job, and never starts it twice', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		const result = await run(sandbox, [video('create', { options: { waitTimeout: 2 } })]);
		expect(result.error.message).toMatch(/^Generation [0-9a-f-]{36} was not finished after 2 s$/);
		expect(result.error.description).toMatch(
			/Already started for this item \(and charged\): generation /,
		);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
	});

	it('refuses a file that is not an MP4 and stores nothing', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			path: /\.mp4$/,
			status: 200,
			headers: { 'Content-Type': 'video/mp4' },
			body: '<html>not found</html>',
		});
		const result = await run(sandbox, [video('create')]);
		expect(result.error.message).toMatch(/is HTML or XML text, not a video$/);
		expect(result.error.description).toMatch(/Turn off "Download Video"/);
	});

	it('stops waiting for a video at once when the execution is cancelled, after one start', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		const started = Date.now();
		const result = await run(
			sandbox,
			[video('createFromImage')],
			[fileItem('photo-640x480.jpg')],
			sandbox.apiKey,
			{
				cancelAfterMs: 1500,
			},
		);
		expect(result.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(5000);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
	});

	it('Generation → Create (Newer Models) refuses a video model, pointing to Video → Create', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'createV2',
					model: 'kling-2.6',
					prompt: 'a fox',
				},
			},
		]);
		expect(result.error.message).toBe('Kling 2.6 makes videos, not images');
		expect(result.error.description).toMatch(/Video → Create/);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('animates a photo with Motion 2.0 and a camera move: elements from the Motion Control table, no size, no duration', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				video('createFromImage', {
					model: 'MOTION2',
					options: {
						cameraMove: 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf',
						seed: 42,
						negativePrompt: 'blur',
					},
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', '/generations-image-to-video').map((r) => r.body),
		).toEqual([
			{
				prompt: 'the camera circles the product',
				model: 'MOTION2',
				imageId: result.output[0].json.initImageId,
				imageType: 'UPLOADED',
				resolution: 'RESOLUTION_480',
				elements: [{ akUUID: 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf', weight: 1 }],
				seed: 42,
				negativePrompt: 'blur',
			},
		]);
		expect(result.output[0].json.warnings).toBeUndefined();
	});

	it("refuses per-model options where the model's page has none (a model set by expression: the editor cannot hide them)", async () => {
		const { sandbox } = ctx;
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				{
					model: byExpression('kling-2.6'),
					options: { cameraMove: 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf' },
				},
				'Kling 2.6 does not take "Camera Move"',
			],
			[
				{ model: byExpression('kling-2.6'), options: { seed: 7, negativePrompt: 'blur' } },
				'Kling 2.6 does not take "Seed"',
			],
			[
				{ model: byExpression('seedance-2.0'), options: { promptEnhance: false } },
				'Seedance 2.0 does not take "Prompt Enhance"',
			],
			[
				{ model: 'VEO3_1', duration: 8, endImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f' },
				'An end frame needs a start frame',
			],
			[{ model: 'VEO3_1', duration: 5 }, 'Veo 3.1 (v1) does not make 5-second videos'],
			[
				// Its largest mode is RESOLUTION_2160 (spec Seedance2_0GenerationRequest).
				{ model: 'seedance-2.0', width: 4096, height: 2304 },
				'Seedance 2.0 does not make 4096×2304 videos',
			],
		];
		for (const [parameters, message] of cases) {
			const result = await run(sandbox, [video('create', parameters)]);
			expect(result.error.message).toBe(message);
		}
		expect(sandbox.requests).toHaveLength(0);
		// Motion 2.0 takes no duration: the editor hides Duration for it; set by expression, a Duration
		// other than the default is not sent, and the output says so.
		const motion = await run(sandbox, [
			video('create', { model: byExpression('MOTION2'), duration: 10, waitForCompletion: false }),
		]);
		expect(sandbox.requestsTo('api', 'POST')[0].body).not.toHaveProperty('duration');
		expect(motion.output[0].json.warnings).toEqual([
			'Duration was not sent: Motion 2.0 (v1) takes none, its videos have their own length (https://docs.leonardo.ai/recipes/generate-with-motion-20-using-generated-images)',
		]);
	});

	it('leaves out an option the editor hides for the picked model (n8n drops it), as the user saw it', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			// Hailuo 2.3 takes no seed, no audio and no end frame (spec Hailuo23GenerationRequest).
			video('create', {
				model: 'hailuo-2_3',
				duration: 6,
				waitForCompletion: false,
				endImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
				options: { seed: 7, audio: true },
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		const [sent] = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(sent.body.parameters).not.toHaveProperty('seed');
		expect(sent.body.parameters).not.toHaveProperty('motion_has_audio');
		expect(sent.body.parameters).not.toHaveProperty('guidances');
	});

	it('Kling 3.0: a 720p size without the deprecated mode, audio and both frames, as its page has them', async () => {
		const { sandbox } = ctx;
		const startId = await uploadedImageId(sandbox);
		const endId = await generatedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			video('create', {
				model: 'kling-3.0',
				duration: 12,
				width: 720,
				height: 1280,
				startImageId: startId,
				endImageId: endId,
				endImageType: 'GENERATED',
				options: { audio: false },
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'kling-3.0',
				parameters: {
					prompt: 'the camera circles the product',
					quantity: 1,
					duration: 12,
					width: 720,
					height: 1280,
					motion_has_audio: false,
					guidances: {
						start_frame: [{ image: { id: startId, type: 'UPLOADED' } }],
						end_frame: [{ image: { id: endId, type: 'GENERATED' } }],
					},
				},
			},
		]);
		// Hailuo 2.3 has no motion_has_audio (spec Hailuo23GenerationRequest).
		const refused = await run(sandbox, [
			video('create', { model: byExpression('hailuo-2_3'), duration: 6, options: { audio: true } }),
		]);
		expect(refused.error.message).toBe('Hailuo 2.3 does not take "Audio"');
	});

	it('Kling 3.0 Turbo: no mode (deprecated on its page), a 2500-character prompt, the first portrait size of its table', async () => {
		const { sandbox } = ctx;
		const prompt = 'a slow pan over a quiet harbour at dawn, '.repeat(60).slice(0, 2400);
		const result = await run(
			sandbox,
			[video('createFromImage', { model: 'kling-3.0-turbo', prompt, options: { audio: true } })],
			[fileItem('portrait-300x500.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const [start] = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body.parameters).toEqual({
			prompt: prompt.trim(),
			quantity: 1,
			duration: 5,
			width: 720,
			height: 1280,
			motion_has_audio: true,
			guidances: {
				start_frame: [{ image: { id: result.output[0].json.initImageId, type: 'UPLOADED' } }],
			},
		});
		const tooLong = await run(sandbox, [
			video('create', { model: 'kling-3.0-turbo', prompt: 'x'.repeat(2501) }),
		]);
		expect(tooLong.error.message).toBe(
			'The prompt is 2501 characters; Kling 3.0 Turbo takes at most 2500',
		);
	});

	it('Seedance 2.0 takes any size: the photo keeps its aspect ratio at 720p, with quantity 1, mode and seed as its page has them', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				video('createFromImage', {
					model: 'seedance-2.0',
					duration: 8,
					options: { audio: false, seed: 42 },
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const json = result.output[0].json;
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'seedance-2.0',
				parameters: {
					prompt: 'the camera circles the product',
					quantity: 1,
					duration: 8,
					width: 960,
					height: 720,
					mode: 'RESOLUTION_720',
					motion_has_audio: false,
					seed: 42,
					guidances: { start_frame: [{ image: { id: json.initImageId, type: 'UPLOADED' } }] },
				},
			},
		]);
		expect(json.warnings).toBeUndefined();
		expect(isMp4((result.output[0].binary!.video as unknown as { buffer: Buffer }).buffer)).toBe(
			true,
		);

		sandbox.reset();
		const mini = await run(sandbox, [
			video('create', { model: 'seedance-2.0-mini', duration: 4, waitForCompletion: false }),
		]);
		expect(mini.status).toBe('success');
		// Its page has no `mode`; the default size is the page's 1280×720.
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'seedance-2.0-mini',
				parameters: {
					prompt: 'the camera circles the product',
					quantity: 1,
					duration: 4,
					width: 1280,
					height: 720,
				},
			},
		]);
	});

	it('Motion 2.0 Fast (v2): the camera move as controls, negative_prompt and prompt_enhance, no duration, a size from its table', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				video('createFromImage', {
					model: 'motion_2.0-fast',
					options: {
						cameraMove: 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf',
						negativePrompt: 'blur',
						promptEnhance: false,
						seed: 7,
					},
				}),
			],
			[fileItem('portrait-300x500.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const [start] = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body).toEqual({
			model: 'motion_2.0-fast',
			parameters: {
				prompt: 'the camera circles the product',
				quantity: 1,
				width: 480,
				height: 832,
				seed: 7,
				negative_prompt: 'blur',
				prompt_enhance: 'OFF',
				controls: [{ akUUID: 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf', weight: 1 }],
				guidances: {
					start_frame: [{ image: { id: result.output[0].json.initImageId, type: 'UPLOADED' } }],
				},
			},
		});
	});

	it('Veo 3.1 (v1): start and end frame, the resolution that goes with the size, 4/6/8 s', async () => {
		const { sandbox } = ctx;
		const startId = await generatedImageId(sandbox);
		const endId = await uploadedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			video('create', {
				model: 'VEO3_1',
				duration: 6,
				width: 1280,
				height: 720,
				startImageId: startId,
				startImageType: 'GENERATED',
				endImageId: endId,
				options: { promptEnhance: true },
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', '/generations-image-to-video').map((r) => r.body),
		).toEqual([
			{
				prompt: 'the camera circles the product',
				model: 'VEO3_1',
				imageId: startId,
				imageType: 'GENERATED',
				endFrameImage: { id: endId, type: 'UPLOADED' },
				resolution: 'RESOLUTION_720',
				width: 1280,
				height: 720,
				duration: 6,
				promptEnhance: true,
			},
		]);
	});

	it('Happy Horse 1.1: a 4:3 photo gets its 4:3 size, with quantity 1, prompt_enhance and audio as its page has them', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				video('createFromImage', {
					model: 'happy-horse-1.1',
					duration: 15,
					options: { promptEnhance: true, audio: true },
				}),
			],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const [start] = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body.parameters).toEqual({
			prompt: 'the camera circles the product',
			quantity: 1,
			duration: 15,
			width: 1662,
			height: 1248,
			motion_has_audio: true,
			prompt_enhance: 'ON',
			guidances: {
				start_frame: [{ image: { id: result.output[0].json.initImageId, type: 'UPLOADED' } }],
			},
		});
		expect(result.output[0].json.warnings).toBeUndefined();
	});
});
