import { finishedVideo, run, useSandbox } from '../../harness/context';

/**
 * Video → Get and Get Variation output what Leonardo's answer holds: the job as JSON, and with
 * Download Video on and the job COMPLETE its MP4s as binary "video", "video_1", … (api.ts,
 * motionVariation.ts). Answers the sandbox does not give on its own are set per test.
 */
interface Binary {
	mimeType: string;
	fileName: string;
	buffer: Buffer;
}

type Sandbox = ReturnType<typeof useSandbox>['sandbox'];

const GENERATION = 'a1b2c3d4-0000-4000-8000-00000000f001';
const VARIATION = 'a1b2c3d4-0000-4000-8000-00000000f002';

const get = (parameters: Record<string, unknown> = {}) => ({
	name: 'Video',
	parameters: { resource: 'video', operation: 'get', generationId: GENERATION, ...parameters },
});

const getVariation = (parameters: Record<string, unknown> = {}) => ({
	name: 'Video',
	parameters: {
		resource: 'video',
		operation: 'getVariation',
		variationId: VARIATION,
		...parameters,
	},
});

/** Leonardo's answer to the next GET of the generation. */
const generationAnswer = (sandbox: Sandbox, generation: Record<string, unknown>) =>
	(sandbox.faults as object[]).push({
		server: 'api',
		method: 'GET',
		path: `/generations/${GENERATION}`,
		status: 200,
		body: { generations_by_pk: { id: GENERATION, ...generation } },
	});

/** Leonardo's answer to the next GET of the motion variation. */
const variationAnswer = (sandbox: Sandbox, variation: Record<string, unknown>) =>
	(sandbox.faults as object[]).push({
		server: 'api',
		method: 'GET',
		path: `/motion-variations/${VARIATION}`,
		status: 200,
		body: { generated_image_variation_motion: [{ id: VARIATION, ...variation }] },
	});

const isMp4 = (bytes: Buffer) => bytes.subarray(4, 8).toString('latin1') === 'ftyp';

describe('Video → Get and Get Variation: what the answer holds', () => {
	const ctx = useSandbox({ generationDelayMs: 150 });

	/** The URL of an MP4 the sandbox's CDN serves: a finished sandbox video's. */
	async function videoUrl(): Promise<string> {
		const video = await finishedVideo(ctx.sandbox);
		ctx.sandbox.reset();
		return String((video.videos as Array<{ motionMP4URL: string }>)[0].motionMP4URL);
	}

	it('downloads every video of a COMPLETE generation: "video", then "video_1", named by the generation', async () => {
		const { sandbox } = ctx;
		const url = await videoUrl();
		generationAnswer(sandbox, {
			status: 'COMPLETE',
			generated_images: [{ motionMP4URL: url }, { motionMP4URL: '' }, { motionMP4URL: url }],
		});
		const result = await run(sandbox, [get()]);
		expect(result.error?.message ?? result.status).toBe('success');
		const binary = result.output[0].binary as unknown as Record<string, Binary>;
		expect(Object.keys(binary)).toEqual(['video', 'video_1']);
		expect(binary.video.fileName).toBe(`${GENERATION}.mp4`);
		expect(binary.video_1.fileName).toBe(`${GENERATION}_1.mp4`);
		expect(isMp4(binary.video_1.buffer)).toBe(true);
	});

	it('a COMPLETE generation with no video URL is an error that says what it is', async () => {
		const { sandbox } = ctx;
		generationAnswer(sandbox, {
			status: 'COMPLETE',
			generated_images: [{ url: 'https://cdn.leonardo.ai/an-image.jpg', motionMP4URL: null }],
		});
		const result = await run(sandbox, [get()]);
		expect(result.error.message).toBe(`Generation ${GENERATION} has no video`);
		expect(result.error.description).toBe(
			'Leonardo returned no motionMP4URL for it: it is an image generation, or its model makes no video. Use Generation → Get for images.',
		);
	});

	it('outputs a generation still PENDING, or any with Download Video off, as JSON only', async () => {
		const { sandbox } = ctx;
		generationAnswer(sandbox, { status: 'PENDING' });
		const pending = await run(sandbox, [get()]);
		expect(pending.output[0].json).toEqual({
			generationId: GENERATION,
			status: 'PENDING',
			videos: [],
		});
		expect(pending.output[0].binary).toBeUndefined();

		generationAnswer(sandbox, { status: 'COMPLETE', generated_images: [{ motionMP4URL: null }] });
		const off = await run(sandbox, [get({ downloadVideo: false })]);
		expect(off.error?.message ?? off.status).toBe('success');
		expect(off.output[0].binary).toBeUndefined();
		expect(sandbox.requestsTo('cdn')).toEqual([]);
	});

	it('Get Variation: a COMPLETE upscale without a URL is an error; with Download Video off, or PENDING, JSON only', async () => {
		const { sandbox } = ctx;
		variationAnswer(sandbox, { status: 'COMPLETE', motionTransformType: 'UPSCALE' });
		const missing = await run(sandbox, [getVariation()]);
		expect(missing.error.message).toBe(`Video upscale ${VARIATION} is complete but has no URL`);
		expect(missing.error.description).toBe(
			'Leonardo returned no url for it. Turn off "Download Video" to output it as it is, and try Video → Get Variation later.',
		);

		variationAnswer(sandbox, { status: 'COMPLETE', motionTransformType: 'UPSCALE' });
		const off = await run(sandbox, [getVariation({ downloadVideo: false })]);
		expect(off.output[0].json).toEqual({
			variationId: VARIATION,
			status: 'COMPLETE',
			motionTransformType: 'UPSCALE',
		});

		variationAnswer(sandbox, { status: 'PENDING' });
		const pending = await run(sandbox, [getVariation()]);
		expect(pending.output[0].json).toEqual({ variationId: VARIATION, status: 'PENDING' });
		expect(pending.output[0].binary).toBeUndefined();
	});

	it('Get Variation refuses an ID that is no Leonardo ID, saying where it comes from', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [getVariation({ variationId: 'upscale-1' })]);
		expect(result.error.message).toBe('"Variation ID" is not a Leonardo ID: "upscale-1"');
		expect(result.error.description).toContain(
			'Map it from "Video → Upscale" ({{ $json.variationId }}).',
		);
		expect(sandbox.requests).toEqual([]);
	});
});
