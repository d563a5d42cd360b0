import { sleep } from 'n8n-workflow';

import { finishedVideo, fixture, generated, run, useSandbox } from '../../harness/context';

const upscale = (parameters: Record<string, unknown>, settings: Record<string, unknown> = {}) => ({
	name: 'Upscale',
	parameters: { resource: 'video', operation: 'upscale', ...parameters },
	...settings,
});

interface Binary {
	mimeType: string;
	fileName: string;
	buffer: Buffer;
}

const isMp4 = (bytes: Buffer) => bytes.subarray(4, 8).toString('latin1') === 'ftyp';

describe('Video → Upscale and Get Variation', () => {
	const ctx = useSandbox({ generationDelayMs: 150 });
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/generations-video-upscale');

	/** A finished sandbox video generation's ID (Video → Create's generationId). */
	async function videoGenerationId(): Promise<string> {
		const video = await finishedVideo(ctx.sandbox);
		ctx.sandbox.reset();
		return String(video.generationId);
	}

	it('upscales a generated video: the SDK body, one POST, the motion variation polled, the MP4 downloaded', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		const result = await run(sandbox, [upscale({ generationId: sourceGenerationId })]);

		expect(result.error?.message ?? result.status).toBe('success');
		// SDK createvideoupscale.ts: { resolution, sourceGenerationId }, both required.
		expect(posts().map((post) => post.body)).toEqual([
			{ resolution: 'RESOLUTION_720', sourceGenerationId },
		]);
		const json = result.output[0].json;
		expect(json).toMatchObject({
			variationId: expect.any(String),
			status: 'COMPLETE',
			motionTransformType: 'UPSCALE',
			resolution: 'RESOLUTION_720',
			url: expect.stringMatching(/\.mp4$/),
			sourceGenerationId,
			cost: { amount: '10', unit: 'CREDITS' },
		});
		expect(json.id).toBeUndefined();
		const reads = sandbox.requestsTo('api', 'GET', /^\/motion-variations\//);
		expect(reads.length).toBeGreaterThan(0);
		for (const read of reads)
			expect(read.path).toBe(`/motion-variations/${String(json.variationId)}`);
		const video = result.output[0].binary!.video as unknown as Binary;
		expect(video.mimeType).toBe('video/mp4');
		expect(video.fileName).toBe(`${String(json.variationId)}_upscale.mp4`);
		expect(isMp4(video.buffer)).toBe(true);
	});

	it('with Wait off outputs the upscale as PENDING; Get Variation downloads it later', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		const started = await run(sandbox, [
			upscale({ generationId: sourceGenerationId, waitForCompletion: false }),
		]);
		expect(started.output[0].json).toEqual({
			variationId: expect.any(String),
			status: 'PENDING',
			generationId: sourceGenerationId,
			sourceGenerationId,
			cost: { amount: '10', unit: 'CREDITS' },
		});
		await sleep(300);
		const got = await run(sandbox, [
			{
				parameters: {
					resource: 'video',
					operation: 'getVariation',
					variationId: started.output[0].json.variationId,
				},
			},
		]);
		expect(got.output[0].json.status).toBe('COMPLETE');
		expect(isMp4((got.output[0].binary!.video as unknown as Binary).buffer)).toBe(true);
		expect(posts()).toHaveLength(1);

		const unknown = await run(sandbox, [
			{
				parameters: {
					resource: 'video',
					operation: 'getVariation',
					variationId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
				},
			},
		]);
		expect(unknown.error.message).toBe(
			'Video upscale 7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f was not found',
		);
	});

	it('refuses an ID that is not a Leonardo ID before any request; Leonardo refuses what the SDK schema does not allow', async () => {
		const { sandbox } = ctx;
		const notId = await run(sandbox, [upscale({ generationId: 'my video' })]);
		expect(notId.error.message).toBe('"Video Generation ID" is not a Leonardo ID: "my video"');
		expect(sandbox.requests).toEqual([]);

		const sourceGenerationId = await videoGenerationId();
		const resolution = await run(sandbox, [
			upscale({ generationId: sourceGenerationId, upscaleResolution: '={{ "RESOLUTION_1080" }}' }),
		]);
		expect(resolution.error.message).toMatch(/invalid value "RESOLUTION_1080" for 'resolution'/);

		const image = await generated(sandbox);
		const fromImage = await run(sandbox, [upscale({ generationId: image.generationId })]);
		expect(fromImage.error.message).toMatch(/sourceGenerationId is not a video generation/);
	});

	it('names the upscale it started in the error of a download that failed', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(sandbox, [upscale({ generationId: sourceGenerationId })]);
		expect(result.error.description).toMatch(
			/Already started for this item \(and charged\): variation [0-9a-f-]{36}\. Fetch it with the matching "Get" operation instead of starting again\.$/,
		);
	});

	it('reads a resolution given with spaces around it, and says what to check when the upscale FAILED', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/motion-variations\//,
			status: 200,
			body: { generated_image_variation_motion: [{ status: 'FAILED' }] },
		});
		const result = await run(sandbox, [
			upscale({ generationId: sourceGenerationId, upscaleResolution: '={{ " RESOLUTION_720 " }}' }),
		]);
		expect(posts().map((post) => post.body)).toEqual([
			{ sourceGenerationId, resolution: 'RESOLUTION_720' },
		]);
		expect(result.error.description).toContain(
			'Check that the ID is of a finished video generation (generationId of Video → Create), not of an image generation.',
		);
	});

	it('refuses a result that is not an MP4', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			body: fixture('photo-640x480.png'),
		});
		const result = await run(sandbox, [upscale({ generationId: sourceGenerationId })]);
		expect(result.error.message).toMatch(
			/^The file downloaded from 127\.0\.0\.1:\d+ is not an MP4 video$/,
		);
		expect(posts()).toHaveLength(1);
	});

	it('Max Credits without Allow Unpriced Jobs: not started (no calculator service prices video upscales)', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		const result = await run(sandbox, [
			upscale({ generationId: sourceGenerationId, options: { maxCredits: 50 } }),
		]);
		expect(result.error.message).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for video upscales, and no earlier job with these parameters reported its cost in this execution. It was not started.",
		);
		expect(posts()).toEqual([]);

		const allowed = await run(sandbox, [
			upscale({
				generationId: sourceGenerationId,
				downloadVideo: false,
				options: { maxCredits: 50, allowUnpricedJobs: true },
			}),
		]);
		expect(allowed.output[0].json.status).toBe('COMPLETE');
	});

	it('Retry On Fail does not upscale twice; Continue On Fail outputs the failed item as an error', async () => {
		const { sandbox } = ctx;
		const sourceGenerationId = await videoGenerationId();
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const retried = await run(sandbox, [
			upscale(
				{ generationId: sourceGenerationId },
				{ retryOnFail: true, maxTries: 3, waitBetweenTries: 10 },
			),
		]);
		expect(retried.error?.message ?? retried.status).toBe('success');
		expect(posts()).toHaveLength(1);
		expect(sandbox.charges).toHaveLength(1);
		expect(isMp4((retried.output[0].binary!.video as unknown as Binary).buffer)).toBe(true);

		sandbox.reset();
		const result = await run(
			sandbox,
			[
				upscale(
					{ generationId: '={{ $json.id }}', downloadVideo: false },
					{ continueOnFail: true },
				),
			],
			[{ json: { id: sourceGenerationId } }, { json: { id: 'nope' } }],
		);
		expect(result.output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'COMPLETE',
			'"Video Generation ID" is not a Leonardo ID: "nope"',
		]);
		expect(posts()).toHaveLength(1);
	});
});
