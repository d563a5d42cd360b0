// Any file in, the right file out (issue 22): the file examples run in real n8n against the sandbox,
// and what lands on disk is checked by its bytes.
import { S3_FORM_ORDER } from '../harness/context';
import { pngHeader, alphaValues } from '../harness/png';
import { RUNTIMES, useExamples } from './examples';
import { nodeOutput } from './execution';

/** An MP3 starts with an ID3v2 tag or an MPEG audio frame (11 sync bits set). */
const isMp3 = (data: Buffer) =>
	data.subarray(0, 3).toString('latin1') === 'ID3' ||
	(data[0] === 0xff && (data[1] & 0xe0) === 0xe0);

describe.each(RUNTIMES)('file examples in real n8n $n8n on Node $node', (runtime) => {
	const ctx = useExamples(runtime);

	it('product-cutout: a photo on disk → Remove Background → a PNG with an alpha channel on disk', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('product-cutout.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		const photo = ctx.examples.inputFile('photo.jpg');
		const [sync] = ctx.examples.sandbox.requestsTo('api', 'POST', '/v2/generationssync');
		expect(sync.body).toEqual({
			model: 'remove-bg',
			public: false,
			parameters: {
				format: 'png',
				type: 'product',
				guidances: {
					image_reference: [{ image: { type: 'BASE64', data: photo.toString('base64') } }],
				},
			},
		});
		const [cutout] = nodeOutput(result.execution, 'Remove Background');
		expect(cutout.json).toMatchObject({
			status: 'COMPLETE',
			input: { width: 640, height: 480, extension: 'jpg', bytes: photo.length },
		});
		expect(cutout.binary?.image.mimeType).toBe('image/png');

		const files = ctx.examples.outputFilesEndingIn('png');
		expect(files.map((file: { name: string }) => file.name)).toEqual([
			`${String(cutout.json.id)}.png`,
		]);
		const { data } = files[0];
		expect(pngHeader(data)).toMatchObject({ width: 640, height: 480, colourType: 6 });
		// A cut-out: the subject opaque, the background transparent.
		const alphas = new Set(alphaValues(data));
		expect(alphas.has(0) && alphas.has(255)).toBe(true);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('clip-edit: an MP4 on disk → Create From Video (uploaded by the strict presigned POST) → an MP4 on disk', async () => {
		ctx.examples.sandbox.reset();
		const { sandbox } = ctx.examples;
		const result = await ctx.examples.runExample('clip-edit.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		// The example's input: a copy of test/fixtures/clip-640x480-12s.mp4 (12 s, 640×480).
		const clip = ctx.examples.inputFile('clip.mp4');
		const [edited] = nodeOutput(result.execution, 'Edit Clip');
		const mediaId = String(edited.json.mediaId);
		expect(edited.json).toMatchObject({
			status: 'COMPLETE',
			media: { extension: 'mp4', duration: 12, width: 640, height: 480, bytes: clip.length },
		});
		expect(
			sandbox.requestsTo('api', 'POST', '/media').map((r: { body: unknown }) => r.body),
		).toEqual([{ extension: 'mp4', originalFilename: 'clip.mp4' }]);
		// The presigned POST: Leonardo's fields verbatim and in order, the file last, an exact
		// Content-Length (no chunking), no credential; the object S3 stored is the clip byte for byte.
		const posts = sandbox.requestsTo('s3', 'POST');
		expect(posts).toHaveLength(1);
		const [post] = posts;
		expect(post.fields).toEqual(S3_FORM_ORDER);
		expect(post.headers.authorization).toBeUndefined();
		expect(post.headers['transfer-encoding']).toBeUndefined();
		expect(Number(post.headers['content-length'])).toBe(post.bytes);
		expect(post.uploadedKey).toContain(mediaId);
		const stored = sandbox.state.objects.get(post.uploadedKey);
		expect(stored).toMatchObject({ declared: 'mp4', actual: 'mp4', contentType: 'video/mp4' });
		expect(Buffer.compare(stored.data, clip)).toBe(0);
		// Uploaded, processed, and only then the paid POST with the clip as FLUX 3 Video's reference.
		const order = sandbox.requests.map(
			(r: { server: string; method: string; path: string }) => `${r.server} ${r.method} ${r.path}`,
		);
		expect(order.slice(0, 2)).toEqual(['api POST /media', 's3 POST /']);
		expect(order.indexOf('api POST /v2/generations')).toBeGreaterThan(
			order.lastIndexOf(`api GET /media/${mediaId}`),
		);
		const [start] = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body).toEqual({
			model: 'bfl/flux-3-video',
			parameters: {
				prompt: 'Make it night, with the street lights on and wet reflections on the road',
				quantity: 1,
				duration: 5,
				width: 1112,
				height: 834,
				guidances: {
					video_reference_base: [
						{ video: { id: mediaId, type: 'UPLOADED', duration: 12, width: 640, height: 480 } },
					],
				},
			},
		});

		expect(edited.binary?.video).toMatchObject({
			mimeType: 'video/mp4',
			fileName: `${String(edited.json.generationId)}.mp4`,
		});
		expect(ctx.examples.outputVideos()).toEqual([
			{ name: `${String(edited.json.generationId)}.mp4`, bytes: expect.any(Number), isMp4: true },
		]);
		expect(sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('voiceover: a script in a Set node → Audio → Create (Dialogue v3) → an MP3 on disk', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('voiceover.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		const [start] = ctx.examples.sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body).toEqual({
			model: 'dialogue-v3',
			parameters: {
				prompt:
					'Meet the new ceramic mug: hand-glazed, dishwasher safe, and it keeps your coffee warm for an hour.',
				quantity: 1,
				voice_id: 'EXAVITQu4vr4xnSDxMaL',
				language_code: 'en',
				prompt_influence: 0.5,
			},
		});
		const [spoken] = nodeOutput(result.execution, 'Speak Script');
		expect(spoken.json).toMatchObject({ status: 'COMPLETE', model: 'dialogue-v3' });
		expect(spoken.binary?.audio).toMatchObject({
			mimeType: 'audio/mpeg',
			fileName: `${String(spoken.json.generationId)}.mp3`,
		});
		const files = ctx.examples.outputFilesEndingIn('mp3');
		expect(files.map((file: { name: string }) => file.name)).toEqual([
			`${String(spoken.json.generationId)}.mp3`,
		]);
		expect(isMp3(files[0].data)).toBe(true);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('photo-to-3d: a photo on disk → 3D → Create (Rodin V2) → a GLB on disk', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('photo-to-3d.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		const [made] = nodeOutput(result.execution, 'Make 3D Model');
		const [referenceId] = made.json.referenceImageIds as string[];
		const [start] = ctx.examples.sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body).toMatchObject({
			model: 'rodin-v2',
			parameters: {
				quantity: 1,
				output_format: 'glb',
				quality: 'medium',
				material: 'PBR',
				guidances: { image_reference: [{ image: { id: referenceId, type: 'UPLOADED' } }] },
			},
		});
		expect(made.binary?.model).toMatchObject({
			mimeType: 'model/gltf-binary',
			fileName: `${String(made.json.generationId)}.glb`,
		});
		const files = ctx.examples.outputFilesEndingIn('glb');
		expect(files.map((file: { name: string }) => file.name)).toEqual([
			`${String(made.json.generationId)}.glb`,
		]);
		const { data } = files[0];
		// The GLB header: magic "glTF", version 2, the whole file's length.
		expect(data.subarray(0, 4).toString('latin1')).toBe('glTF');
		expect(data.readUInt32LE(4)).toBe(2);
		expect(data.readUInt32LE(8)).toBe(data.length);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('realtime-sketch: a photo on disk → Realtime Generate → Realtime Upscale → a JPEG on disk', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('realtime-sketch.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		// The photo went inside the first request, byte for byte; nothing was uploaded.
		const photo = ctx.examples.inputFile('photo.jpg');
		const [generate] = ctx.examples.sandbox.requestsTo('api', 'POST', '/generations-lcm');
		expect(generate.body).toEqual({
			prompt: 'the same scene as a watercolor painting',
			width: 640,
			height: 512,
			style: 'ILLUSTRATION',
			imageDataUrl: `data:image/jpeg;base64,${photo.toString('base64')}`,
		});
		expect(ctx.examples.sandbox.requestsTo('s3')).toEqual([]);
		// Redraw's image, as Upscale's input.
		const [redrawn] = nodeOutput(result.execution, 'Redraw');
		const [upscale] = ctx.examples.sandbox.requestsTo('api', 'POST', '/lcm-upscale');
		expect(upscale.body).toMatchObject({ width: 640, height: 512, refineCreative: true });
		const redrawnBytes = Buffer.from(String(upscale.body.imageDataUrl).split(',')[1], 'base64');
		expect(redrawnBytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
		expect(redrawn.binary?.image.fileName).toMatch(/^realtime-[0-9a-f]{12}\.jpg$/);

		const [upscaled] = nodeOutput(result.execution, 'Upscale');
		expect(upscaled.json).toMatchObject({ status: 'COMPLETE', generationId: expect.any(String) });
		const name = String(upscaled.binary?.image.fileName);
		expect(name).toMatch(/^realtime-upscaled-[0-9a-f]{12}\.jpg$/);
		const files = ctx.examples
			.outputFilesEndingIn('jpg')
			.filter((file: { name: string }) => file.name === name);
		expect(files).toHaveLength(1);
		expect(files[0].data.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('an OBJ on disk → 3D Asset → Upload through the strict presigned POST → Delete', async () => {
		ctx.examples.sandbox.reset();
		const credentials = {
			leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
		};
		const result = await ctx.examples.runWorkflow({
			name: 'upload a 3D model',
			nodes: [
				{
					parameters: {},
					id: 'a1',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
				},
				{
					parameters: { fileSelector: `${String(ctx.examples.input)}/model.obj`, options: {} },
					id: 'a2',
					name: 'Read Model',
					type: 'n8n-nodes-base.readWriteFile',
					typeVersion: 1,
					position: [200, 0],
				},
				{
					parameters: { resource: 'asset3d', operation: 'upload', options: { name: 'Cube' } },
					id: 'a3',
					name: 'Upload Model',
					type: 'n8n-nodes-leonardo-ai.leonardoAi',
					typeVersion: 1,
					position: [400, 0],
					credentials,
				},
				{
					parameters: { resource: 'asset3d', operation: 'delete', assetId: '={{ $json.assetId }}' },
					id: 'a4',
					name: 'Delete Model',
					type: 'n8n-nodes-leonardo-ai.leonardoAi',
					typeVersion: 1,
					position: [600, 0],
					credentials,
				},
			],
			connections: {
				Start: { main: [[{ node: 'Read Model', type: 'main', index: 0 }]] },
				'Read Model': { main: [[{ node: 'Upload Model', type: 'main', index: 0 }]] },
				'Upload Model': { main: [[{ node: 'Delete Model', type: 'main', index: 0 }]] },
			},
			settings: { executionOrder: 'v1' },
		});
		expect(result.execution?.status).toBe('success');

		const [presign] = ctx.examples.sandbox.requestsTo('api', 'POST', '/models-3d/upload');
		expect(presign.body).toEqual({ modelExtension: 'obj', name: 'Cube' });
		const [upload] = ctx.examples.sandbox.requestsTo('s3', 'POST');
		expect(upload.fields).toEqual(S3_FORM_ORDER);
		expect(upload.headers.authorization).toBeUndefined();
		expect(Number(upload.headers['content-length'])).toBe(upload.bytes);
		const stored = ctx.examples.sandbox.state.objects.get(upload.uploadedKey);
		expect(Buffer.compare(stored.data, ctx.examples.inputFile('model.obj'))).toBe(0);
		const [uploaded] = nodeOutput(result.execution, 'Upload Model');
		expect(uploaded.json).toMatchObject({ name: 'Cube', fileName: 'model.obj' });
		const assetId = String(uploaded.json.assetId);
		expect(upload.uploadedKey).toContain(assetId);
		expect(nodeOutput(result.execution, 'Delete Model')[0].json).toEqual({
			assetId,
			deleted: true,
		});
		expect(ctx.examples.sandbox.requestsTo('api', 'DELETE', `/models-3d/${assetId}`)).toHaveLength(
			1,
		);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('blueprint-from-photo: a photo on disk → Blueprint → Execute → its images on disk', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('blueprint-from-photo.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		// The photo went to S3 byte for byte, and its Leonardo URL into the run's image input.
		const photo = ctx.examples.inputFile('photo.jpg');
		const [upload] = ctx.examples.sandbox.requestsTo('s3', 'POST');
		expect(upload.fields).toEqual(S3_FORM_ORDER);
		expect(upload.headers.authorization).toBeUndefined();
		const stored = ctx.examples.sandbox.state.objects.get(upload.uploadedKey);
		expect(Buffer.compare(stored.data, photo)).toBe(0);
		const [run] = ctx.examples.sandbox.requestsTo('api', 'POST', '/blueprint-executions');
		expect(run.body).toEqual({
			blueprintVersionId: 'b1e00000-0000-4000-8000-0000000000a2',
			input: {
				nodeInputs: [
					{
						nodeId: '7f9c1c8a-7d16-4bc8-bc4c-5b72d7653c12',
						settingName: 'imageUrl',
						value: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/.+\.jpg$/),
					},
					{
						nodeId: '16c99a94-9b47-4f2d-b3ff-7e6a82d7d891',
						settingName: 'textVariables',
						value: [{ name: 'language', value: 'Spanish' }],
					},
				],
				public: false,
			},
		});
		const made = nodeOutput(result.execution, 'Translate Photo');
		expect(made).toHaveLength(2);
		expect(made[0].json).toMatchObject({ status: 'COMPLETED', listedCost: 3, imageIndex: 0 });
		// The output folder also holds other examples' PNGs: this run's are named after it.
		const runId = String(made[0].json.blueprintExecutionId);
		const files = ctx.examples
			.outputFilesEndingIn('png')
			.filter((file: { name: string }) => file.name.startsWith(runId));
		expect(files.map((file: { name: string }) => file.name).sort()).toEqual([
			`${runId}_0.png`,
			`${runId}_1.png`,
		]);
		expect(made.map((item) => item.binary?.data.fileName)).toEqual([
			`${runId}_0.png`,
			`${runId}_1.png`,
		]);
		for (const { data } of files)
			expect(pngHeader(data)).toMatchObject({ width: 1024, height: 768 });
		expect(ctx.examples.sandbox.charges).toEqual([{ path: '/blueprint-executions', credits: 3 }]);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);
});
