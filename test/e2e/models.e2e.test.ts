import { RUNTIMES, useExamples } from './examples';
import type { Execution } from './execution';
import { nodeOutput } from './execution';

const credentials = {
	leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
};
const trigger = {
	parameters: {},
	id: 'm1',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
};
const leonardo = (id: string, name: string, parameters: Record<string, unknown>, extra = {}) => ({
	parameters,
	id,
	name,
	type: 'n8n-nodes-leonardo-ai.leonardoAi',
	typeVersion: 1,
	position: [300, 0],
	credentials,
	...extra,
});
const to = (...nodes: string[]) => ({
	main: [nodes.map((node) => ({ node, type: 'main', index: 0 }))],
});

/**
 * Models of Leonardo's v2 API as a saved workflow uses them in real n8n, each in its own branch of one
 * workflow: a photo read from disk as Nano Banana Pro's reference, Ideogram 3.0 with its own quality value, Veo 3.1 Fast text-to-video, a generated clip
 * edited by Kling O3 through a video reference, and a saved Kling 2.1 Pro node that stops before
 * sending anything.
 */
describe.each(RUNTIMES)('v2 models in real n8n $n8n on Node $node', (runtime) => {
	const ctx = useExamples(runtime);

	it('a photo → Nano Banana Pro → PNG, Ideogram 3.0 (BALANCED), Veo 3.1 Fast → MP4, Kling 2.6 → Kling O3 edit → MP4, retired Kling 2.1 Pro → stopped', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runWorkflow({
			name: 'v2 models',
			nodes: [
				trigger,
				leonardo('m2', 'Ideogram', {
					resource: 'generation',
					operation: 'createV2',
					model: 'ideogram-v3.0',
					prompt: 'a poster that says OPEN LATE',
					width: 1024,
					height: 1024,
					numImages: 1,
					options: { quality: 'BALANCED' },
				}),
				leonardo('m3', 'Veo Fast', {
					resource: 'video',
					operation: 'create',
					model: 'veo-3.1-fast-generate-001',
					prompt: 'waves roll onto a beach at dusk',
					duration: 6,
					width: 1280,
					height: 720,
				}),
				leonardo('m4', 'Clip', {
					resource: 'video',
					operation: 'create',
					model: 'kling-2.6',
					prompt: 'a paper boat on a pond',
					duration: 5,
					downloadVideo: false,
				}),
				leonardo('m5', 'Edit With O3', {
					resource: 'video',
					operation: 'create',
					model: 'kling-video-o-3',
					prompt: 'make it night, with lanterns on the water',
					duration: 5,
					width: 1920,
					height: 1080,
					options: { videoReferenceId: '={{ $json.videos[0].id }}' },
				}),
				{
					parameters: { fileSelector: `${ctx.examples.input}/photo.jpg`, options: {} },
					id: 'm7',
					name: 'Read Photo',
					type: 'n8n-nodes-base.readWriteFile',
					typeVersion: 1,
					position: [300, 200],
				},
				leonardo('m8', 'Nano Banana Pro', {
					resource: 'generation',
					operation: 'createV2',
					model: 'gemini-image-2',
					prompt: 'the same scene on a rainy evening',
					width: 0,
					height: 0,
					numImages: 1,
					referenceBinaryPropertyNames: 'data',
				}),
				leonardo(
					'm6',
					'Saved Kling 2.1 Pro',
					{
						resource: 'video',
						operation: 'create',
						model: 'KLING2_1',
						prompt: 'an old workflow',
						startImageId: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
					},
					{ onError: 'continueRegularOutput' },
				),
			],
			connections: {
				Start: to('Ideogram', 'Veo Fast', 'Clip', 'Saved Kling 2.1 Pro', 'Read Photo'),
				Clip: to('Edit With O3'),
				'Read Photo': to('Nano Banana Pro'),
			},
			settings: { executionOrder: 'v1' },
		});
		expect(result.execution?.status).toBe('success');
		const execution = result.execution as unknown as Execution;
		const posted = (model: string) =>
			ctx.examples.sandbox
				.requestsTo('api', 'POST', '/v2/generations')
				.filter((post: { body: { model: string } }) => post.body.model === model)
				.map((post: { body: Record<string, unknown> }) => post.body);

		expect(posted('ideogram-v3.0')).toEqual([
			{
				model: 'ideogram-v3.0',
				parameters: {
					prompt: 'a poster that says OPEN LATE',
					quantity: 1,
					width: 1024,
					height: 1024,
					quality: 'BALANCED',
				},
			},
		]);
		const [poster] = nodeOutput(execution, 'Ideogram');
		expect(poster.json.status).toBe('COMPLETE');
		expect(poster.binary?.image_0.mimeType).toBe('image/png');

		expect(posted('veo-3.1-fast-generate-001')).toEqual([
			{
				model: 'veo-3.1-fast-generate-001',
				parameters: {
					prompt: 'waves roll onto a beach at dusk',
					quantity: 1,
					duration: 6,
					width: 1280,
					height: 720,
				},
			},
		]);
		const [waves] = nodeOutput(execution, 'Veo Fast');
		expect(waves.binary?.video).toMatchObject({ mimeType: 'video/mp4' });

		const [clip] = nodeOutput(execution, 'Clip');
		const clipVideoId = (clip.json.videos as Array<{ id: string }>)[0].id;
		expect(posted('kling-video-o-3')).toEqual([
			{
				model: 'kling-video-o-3',
				parameters: {
					prompt: 'make it night, with lanterns on the water',
					quantity: 1,
					duration: 5,
					width: 1920,
					height: 1080,
					guidances: { video_reference_base: [{ video: { id: clipVideoId, type: 'GENERATED' } }] },
				},
			},
		]);
		const [edited] = nodeOutput(execution, 'Edit With O3');
		expect(edited.binary?.video).toMatchObject({ mimeType: 'video/mp4' });

		// The photo read from disk, uploaded by the node, is Nano Banana Pro's reference; the result a PNG.
		const [edit] = nodeOutput(execution, 'Nano Banana Pro');
		const [photoId] = edit.json.referenceImageIds as string[];
		expect(posted('gemini-image-2')).toEqual([
			{
				model: 'gemini-image-2',
				parameters: {
					prompt: 'the same scene on a rainy evening',
					quantity: 1,
					width: 0,
					height: 0,
					guidances: { image_reference: [{ image: { id: photoId, type: 'UPLOADED' } }] },
				},
			},
		]);
		expect(ctx.examples.sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		expect(edit.binary?.image_0.mimeType).toBe('image/png');

		const [stopped] = nodeOutput(execution, 'Saved Kling 2.1 Pro');
		expect(stopped.json.error).toBe('Kling 2.1 Pro was retired on 2026-09-15; use Kling 3.0');
		expect(
			ctx.examples.sandbox.requests.filter(
				(request: { body?: { model?: string } }) => request.body?.model === 'KLING2_1',
			),
		).toEqual([]);
		expect(ctx.examples.sandbox.requestsTo('api', 'POST', '/generations-image-to-video')).toEqual(
			[],
		);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 240_000);
});
