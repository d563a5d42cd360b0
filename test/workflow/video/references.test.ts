import {
	generatedImageId,
	generatedVideoId,
	run,
	uploadedImageId,
	useSandbox,
} from '../../harness/context';

const video = (parameters: Record<string, unknown>) => ({
	parameters: {
		resource: 'video',
		operation: 'create',
		prompt: 'make it night, with lanterns on the water',
		...parameters,
	},
});

describe('Video → Create with image, video and audio references', () => {
	const ctx = useSandbox({ generationDelayMs: 200 });

	it('edits a generated clip with Kling O3: the clip as video_reference_base, then its MP4', async () => {
		const { sandbox } = ctx;
		const clipId = await generatedVideoId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			video({
				model: 'kling-video-o-3',
				duration: 5,
				width: 1920,
				height: 1080,
				options: { videoReferenceId: clipId },
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		// https://docs.leonardo.ai/recipes/edit-with-kling-o3-using-video-reference: the video's ID is
		// the generated image that carries the earlier video, type GENERATED.
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations').map((r) => r.body)).toEqual([
			{
				model: 'kling-video-o-3',
				parameters: {
					prompt: 'make it night, with lanterns on the water',
					quantity: 1,
					duration: 5,
					width: 1920,
					height: 1080,
					guidances: { video_reference_base: [{ video: { id: clipId, type: 'GENERATED' } }] },
				},
			},
		]);
		expect(result.output[0].binary?.video.mimeType).toBe('video/mp4');
	});

	it('sends image references to Veo 3.1 as { image } items (up to 3, its page), and the clip length where a model needs it', async () => {
		const { sandbox } = ctx;
		const uploadedId = await uploadedImageId(sandbox);
		const generatedId = await generatedImageId(sandbox);
		const clipId = await generatedVideoId(sandbox);
		sandbox.reset();
		const veo = await run(sandbox, [
			video({
				model: 'veo-3.1-generate-001',
				duration: 8,
				width: 1920,
				height: 1080,
				waitForCompletion: false,
				options: {
					imageReferences: {
						reference: [
							{ imageId: uploadedId, imageType: 'UPLOADED' },
							{ imageId: generatedId, imageType: 'GENERATED' },
						],
					},
				},
			}),
		]);
		expect(veo.error?.message ?? veo.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', '/v2/generations')[0].body.parameters.guidances,
		).toEqual({
			image_reference: [
				{ image: { id: uploadedId, type: 'UPLOADED' } },
				{ image: { id: generatedId, type: 'GENERATED' } },
			],
		});
		// FLUX 3 Video needs the reference clip's duration (https://docs.leonardo.ai/docs/flux-3-video).
		sandbox.reset();
		const flux = await run(sandbox, [
			video({
				model: 'bfl/flux-3-video',
				duration: 8,
				width: 1280,
				height: 720,
				waitForCompletion: false,
				options: { videoReferenceId: clipId, videoReferenceDuration: 5 },
			}),
		]);
		expect(flux.error?.message ?? flux.status).toBe('success');
		expect(
			sandbox.requestsTo('api', 'POST', '/v2/generations')[0].body.parameters.guidances,
		).toEqual({
			video_reference_base: [{ video: { id: clipId, type: 'GENERATED', duration: 5 } }],
		});
	});

	it("refuses before sending what the model's page does not allow with references", async () => {
		const { sandbox } = ctx;
		const id = '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f';
		const four = Array.from({ length: 4 }, () => ({ imageId: id, imageType: 'GENERATED' }));
		const cases: Array<[Record<string, unknown>, string]> = [
			[
				// Set by expression, so the editor cannot hide Image References for it.
				{
					model: '={{ "kling-2.6" }}',
					options: { imageReferences: { reference: [{ imageId: id }] } },
				},
				'Kling 2.6 takes no image references',
			],
			[
				{
					model: 'veo-3.1-generate-001',
					duration: 8,
					options: { imageReferences: { reference: four } },
				},
				'4 image references are too many for Veo 3.1',
			],
			// Kling O3 (https://docs.leonardo.ai/docs/kling-o3): with a video reference at most 10 s, no frames.
			[
				{ model: 'kling-video-o-3', duration: 12, options: { videoReferenceId: id } },
				'Kling O3 makes at most 10-second videos from a video reference',
			],
			[
				{
					model: 'kling-video-o-3',
					duration: 5,
					startImageId: id,
					options: { videoReferenceId: id },
				},
				'Kling O3 takes a video reference or start/end frames, not both',
			],
			[
				{ model: 'bfl/flux-3-video', duration: 8, options: { videoReferenceId: id } },
				"FLUX 3 Video's video references need the clip's duration",
			],
			[
				{
					model: 'kling-video-o-1',
					duration: 5,
					options: { videoReferenceId: id, videoReferenceDuration: 12 },
				},
				"Kling O1's video references must be 3–10.05 seconds long, not 12",
			],
		];
		for (const [parameters, message] of cases) {
			const result = await run(sandbox, [video(parameters)]);
			expect(result.error?.message).toBe(message);
		}
		expect(sandbox.requests).toEqual([]);
	});
});
