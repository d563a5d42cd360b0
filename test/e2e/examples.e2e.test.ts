import { RUNTIMES, openAiCredential, scriptAgentExample, useExamples } from './examples';
import { nodeOutput } from './execution';

describe.each(RUNTIMES)('examples in real n8n $n8n on Node $node', (runtime) => {
	// The agent example's OpenAI Chat Model talks to the sandbox's scripted chat model.
	const ctx = useExamples(runtime, { credentials: (sandbox) => [openAiCredential(sandbox)] });

	it('Read file → Upload Init Image → Generate from its ID: images come back as binary, sized to the photo', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('image-to-image.workflow.json');
		expect(result.execution?.status).toBe('success');
		expect(result.code).toBe(0);

		const upload = nodeOutput(result.execution, 'Upload Init Image');
		expect(upload[0].json).toMatchObject({ extension: 'jpg', width: 640, height: 480 });

		const generated = nodeOutput(result.execution, 'Generate From Init Image');
		expect(generated).toHaveLength(2);
		for (const item of generated) {
			expect(item.json).toMatchObject({ status: 'COMPLETE', initImageId: upload[0].json.id });
			expect(item.binary?.data.mimeType).toBe('image/png');
		}

		const [post] = ctx.examples.sandbox.requestsTo('api', 'POST', '/generations');
		expect(post.body).toEqual({
			prompt: 'The same scene as a watercolor painting, soft morning light',
			width: 1024,
			height: 768,
			num_images: 2,
			init_image_id: upload[0].json.id,
			init_strength: 0.4,
		});
		expect(ctx.examples.outputFiles()).toEqual([
			expect.objectContaining({ isPng: true, width: 1024, height: 768 }),
			expect.objectContaining({ isPng: true, width: 1024, height: 768 }),
		]);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 120_000);

	it('Read file → Video → Create From Image → Write: a 640×480 JPEG becomes an MP4 on disk', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('photo-to-clip.workflow.json');
		expect(result.execution?.status).toBe('success');

		const [clip] = nodeOutput(result.execution, 'Animate Photo');
		expect(clip.json).toMatchObject({ status: 'COMPLETE', initImage: { width: 640, height: 480 } });
		// Streamed into n8n's binary store on disk (filesystem mode): an id, no inline data.
		expect(clip.binary?.video).toMatchObject({
			mimeType: 'video/mp4',
			fileName: `${String(clip.json.generationId)}.mp4`,
		});
		expect(String(clip.binary?.video.id)).toMatch(/^filesystem/);
		const [start] = ctx.examples.sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body.parameters).toMatchObject({
			width: 1920,
			height: 1080,
			duration: 5,
			guidances: { start_frame: [{ image: { id: clip.json.initImageId, type: 'UPLOADED' } }] },
		});
		expect(ctx.examples.outputVideos()).toEqual([
			{ name: `${String(clip.json.generationId)}.mp4`, bytes: expect.any(Number), isMp4: true },
		]);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('Generation → Video → Create from two generated image IDs (start and end frame) → Video → Get downloads it again', async () => {
		ctx.examples.sandbox.reset();
		const credentials = {
			leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
		};
		const leonardo = (
			id: string,
			name: string,
			x: number,
			parameters: Record<string, unknown>,
		) => ({
			parameters,
			id,
			name,
			type: 'n8n-nodes-leonardo-ai.leonardoAi',
			typeVersion: 1,
			position: [x, 0],
			credentials,
		});
		const result = await ctx.examples.runWorkflow({
			name: 'frames to clip',
			nodes: [
				{
					parameters: {},
					id: 'v1',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
				},
				leonardo('v2', 'Generate Frames', 200, {
					resource: 'generation',
					operation: 'create',
					prompt: 'a lighthouse at dusk',
					width: 1024,
					height: 576,
					numImages: 2,
					downloadImages: false,
				}),
				leonardo('v3', 'Frames To Clip', 400, {
					resource: 'video',
					operation: 'create',
					model: 'kling-3.0',
					prompt: 'the light turns on as night falls',
					startImageId: '={{ $json.images[0].id }}',
					startImageType: 'GENERATED',
					endImageId: '={{ $json.images[1].id }}',
					endImageType: 'GENERATED',
					duration: 5,
					width: 1280,
					height: 720,
					downloadVideo: false,
				}),
				leonardo('v4', 'Get Clip', 600, {
					resource: 'video',
					operation: 'get',
					generationId: '={{ $json.generationId }}',
				}),
			],
			connections: {
				Start: { main: [[{ node: 'Generate Frames', type: 'main', index: 0 }]] },
				'Generate Frames': { main: [[{ node: 'Frames To Clip', type: 'main', index: 0 }]] },
				'Frames To Clip': { main: [[{ node: 'Get Clip', type: 'main', index: 0 }]] },
			},
			settings: { executionOrder: 'v1' },
		});
		expect(result.execution?.status).toBe('success');
		const frames = nodeOutput(result.execution, 'Generate Frames')[0].json as {
			images: Array<{ id: string }>;
		};
		const [start] = ctx.examples.sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(start.body).toEqual({
			model: 'kling-3.0',
			parameters: {
				prompt: 'the light turns on as night falls',
				quantity: 1,
				duration: 5,
				width: 1280,
				height: 720,
				guidances: {
					start_frame: [{ image: { id: frames.images[0].id, type: 'GENERATED' } }],
					end_frame: [{ image: { id: frames.images[1].id, type: 'GENERATED' } }],
				},
			},
		});
		const created = nodeOutput(result.execution, 'Frames To Clip')[0];
		expect(created.json).toMatchObject({ status: 'COMPLETE' });
		expect(created.binary).toBeUndefined();
		const got = nodeOutput(result.execution, 'Get Clip')[0];
		expect(got.json).toMatchObject({ generationId: created.json.generationId, status: 'COMPLETE' });
		expect(got.binary?.video).toMatchObject({
			mimeType: 'video/mp4',
			fileName: `${String(created.json.generationId)}.mp4`,
		});
		expect(String(got.binary?.video.id)).toMatch(/^filesystem/);
		expect(ctx.examples.sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('sheet rows → Prompt → Improve → Generation with Max Credits: the budget stops it part way, the rest go to the error output unstarted, and the estimate is what the sandbox charged', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('sheet-to-images-with-budget.workflow.json');
		expect(result.execution?.status).toBe('success');
		const { sandbox } = ctx.examples;

		const [estimate] = nodeOutput(result.execution, 'Price One Image');
		expect(estimate.json).toMatchObject({ credits: 3, service: 'IMAGE_GENERATION' });
		const improved = nodeOutput(result.execution, 'Improve Prompt');
		expect(improved.map((item) => item.json.original)).toEqual([
			'fox in the snow',
			'lighthouse at dawn',
			'teapot robot',
			'paper boat in the rain',
			'desert city at night',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/prompt/improve')).toHaveLength(5);

		// Max Credits = 3 images' worth: three jobs, each charged exactly the estimate.
		const generated = nodeOutput(result.execution, 'Generate Within Budget');
		expect(generated).toHaveLength(3);
		for (const item of generated) expect(item.json.cost).toEqual({ amount: '3', unit: 'CREDITS' });
		expect(sandbox.charges.filter((charge) => charge.path === '/generations')).toEqual([
			{ path: '/generations', credits: 3 },
			{ path: '/generations', credits: 3 },
			{ path: '/generations', credits: 3 },
		]);
		const overBudget =
			result.execution!.data.resultData.runData['Generate Within Budget'][0].data.main[1];
		expect(overBudget).toHaveLength(2);
		for (const item of overBudget) {
			expect(item.json.error).toBe(
				'Max Credits reached: this job would cost about 3 credits, and 9 of 9 credits are already spent by this node in this execution (3 jobs started). It was not started.',
			);
		}
		expect(nodeOutput(result.execution, 'Over Budget (Not Started)')).toHaveLength(2);
		// None of the items beyond the budget reached Leonardo.
		const posted = sandbox.requestsTo('api', 'POST', '/generations').map((r) => r.body.prompt);
		expect(posted).toHaveLength(3);
		for (const item of overBudget) expect(posted).not.toContain(item.json.prompt);
		expect(ctx.examples.outputFiles()).toEqual(
			expect.arrayContaining(
				generated.map((item) =>
					expect.objectContaining({ name: `${String(item.json.generationId)}_0.png`, isPng: true }),
				),
			),
		);
		expect(sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('a folder of images → dataset → element trained (wait on) → a generation whose request carries userElements with the new element', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('train-style-then-generate.workflow.json');
		expect(result.execution?.status).toBe('success');

		const datasetId = nodeOutput(result.execution, 'Create Dataset')[0].json.id;
		expect(nodeOutput(result.execution, 'Add to Dataset')).toHaveLength(12);
		const trained = nodeOutput(result.execution, 'Train Element');
		expect(trained).toHaveLength(1);
		expect(trained[0].json).toMatchObject({
			elementId: expect.stringMatching(/^\d+$/),
			status: 'COMPLETE',
			baseModel: 'FLUX_DEV',
		});
		const training = ctx.examples.sandbox.requestsTo('api', 'POST', '/elements');
		expect(training.map((r) => r.body)).toEqual([
			expect.objectContaining({ datasetId, lora_focus: 'Style', sd_version: 'FLUX_DEV' }),
		]);
		const [generation] = ctx.examples.sandbox.requestsTo('api', 'POST', '/generations');
		expect(generation.body).toMatchObject({
			sd_version: 'FLUX_DEV',
			userElements: [{ userLoraId: Number(trained[0].json.elementId), weight: 1 }],
		});
		const generated = nodeOutput(result.execution, 'Generate in the Style')[0];
		expect(generated.binary?.image_0.mimeType).toBe('image/png');
		expect(ctx.examples.outputFiles()).toContainEqual(
			expect.objectContaining({
				name: `${String(generated.json.generationId)}_0.png`,
				isPng: true,
			}),
		);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('a folder with a PNG, a WebP and a JPEG goes into a new dataset through the presigned POST', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('folder-to-dataset.workflow.json');
		expect(result.execution?.status).toBe('success');

		const added = nodeOutput(result.execution, 'Add to Dataset');
		const datasetId = nodeOutput(result.execution, 'Create Dataset')[0].json.id;
		expect(added.map((item) => item.json.extension).sort()).toEqual(['jpg', 'png', 'webp']);
		expect(added.every((item) => item.json.datasetId === datasetId)).toBe(true);
		const stored = [...ctx.examples.sandbox.state.datasetImages.values()].filter(
			(image) => image.datasetId === datasetId,
		);
		expect(
			stored.filter((image) => ctx.examples.sandbox.state.objects.has(image.key)),
		).toHaveLength(3);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 120_000);

	it('generate → upscale → remove background → add to a dataset, from one example workflow', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('generate-upscale-cutout-dataset.workflow.json');
		expect(result.execution?.status).toBe('success');

		const generated = nodeOutput(result.execution, 'Generate')[0].json as {
			images: Array<{ id: string }>;
		};
		const upscaled = nodeOutput(result.execution, 'Upscale')[0].json;
		const cutout = nodeOutput(result.execution, 'Remove Background')[0];
		const added = nodeOutput(result.execution, 'Add Cut-out to Dataset')[0].json;
		expect(upscaled).toMatchObject({
			status: 'COMPLETE',
			transformType: 'UPSCALE',
			sourceImageId: generated.images[0].id,
		});
		expect(cutout.json).toMatchObject({
			status: 'COMPLETE',
			transformType: 'NOBG',
			sourceImageId: upscaled.id,
		});
		expect(cutout.binary?.image.mimeType).toBe('image/png');
		expect(added).toMatchObject({ extension: 'png', width: 2048, height: 2048 });
		expect(ctx.examples.sandbox.requestsTo('api', 'POST', '/variations/nobg')[0].body).toEqual({
			id: upscaled.id,
			isVariation: true,
		});
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 120_000);

	it('streams a large image stored on disk to S3 byte for byte, with an exact Content-Length', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const data = ctx.examples.writeLargeImage(6);
		const credentials = {
			leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
		};
		const result = await ctx.examples.runWorkflow({
			name: 'large upload',
			nodes: [
				{
					parameters: {},
					id: 'l1',
					name: 'Start',
					type: 'n8n-nodes-base.manualTrigger',
					typeVersion: 1,
					position: [0, 0],
				},
				{
					parameters: { fileSelector: `${ctx.examples.input}/large.png`, options: {} },
					id: 'l2',
					name: 'Read Large File',
					type: 'n8n-nodes-base.readWriteFile',
					typeVersion: 1,
					position: [200, 0],
				},
				{
					parameters: { resource: 'initImage', operation: 'upload' },
					id: 'l3',
					name: 'Upload Large',
					type: 'n8n-nodes-leonardo-ai.leonardoAi',
					typeVersion: 1,
					position: [400, 0],
					credentials,
				},
			],
			connections: {
				Start: { main: [[{ node: 'Read Large File', type: 'main', index: 0 }]] },
				'Read Large File': { main: [[{ node: 'Upload Large', type: 'main', index: 0 }]] },
			},
			settings: { executionOrder: 'v1' },
		});
		expect(result.execution?.status).toBe('success');
		const uploaded = nodeOutput(result.execution, 'Upload Large')[0].json;
		expect(uploaded).toMatchObject({
			extension: 'png',
			width: 4000,
			height: 3000,
			bytes: data.length,
		});
		const stored = ctx.examples.sandbox.state.objects.get(uploaded.key as string);
		expect(stored && Buffer.compare(stored.data, data)).toBe(0);
	}, 120_000);

	it('the form example runs from its manual trigger with the sample photo, sized to the photo', async () => {
		// Each test reads only its own requests, whatever ran before it.
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runExample('form-image-to-image.workflow.json');
		expect(result.execution?.status).toBe('success');
		const restyled = nodeOutput(result.execution, 'Restyle With Leonardo')[0];
		expect(restyled.json).toMatchObject({
			status: 'COMPLETE',
			initImage: { width: 640, height: 480, extension: 'jpg' },
			imageWidth: 1024,
			imageHeight: 768,
		});
		expect(restyled.binary?.image_0.mimeType).toBe('image/png');
	}, 120_000);

	it('the agent example: the agent improves the prompt, makes one image with it, and answers with its URL', async () => {
		const { sandbox } = ctx.examples;
		sandbox.reset();
		scriptAgentExample(sandbox);
		const result = await ctx.examples.runExample('agent-makes-images.workflow.json');
		expect(result.execution?.status).toBe('success');

		// The model was offered both tools (in n8n's order; sorted here), described as the example's Tool Descriptions say.
		const chats = sandbox.requestsTo('api', 'POST', '/v1/chat/completions');
		expect(chats).toHaveLength(3);
		expect(
			chats[0].body.tools
				.map((tool: { function: { name: string; description: string } }) => [
					tool.function.name,
					tool.function.description,
				])
				.sort(),
		).toEqual([
			[
				'Improve_Prompt',
				"Improves an image prompt with Leonardo's prompt assistant. Costs a few Leonardo credits. Returns the improved prompt in `prompt`.",
			],
			[
				'Make_Image',
				"Creates one image from a prompt with Leonardo AI and waits for it. Costs Leonardo credits (at most 10 per run of this workflow). Returns generationId, status, cost and images[] with each image's id and URL.",
			],
		]);
		const improved = sandbox.requestsTo('api', 'POST', '/prompt/improve');
		expect(improved.map((post: { body: { prompt: string } }) => post.body.prompt)).toEqual([
			'a red fox in fresh snow',
		]);
		const improvedPrompt = JSON.parse(
			chats[1].body.messages.find((message: { role: string }) => message.role === 'tool').content,
		)[0].prompt as string;
		expect(improvedPrompt).toMatch(/^a red fox in fresh snow, /);
		const posts = sandbox.requestsTo('api', 'POST', '/generations');
		expect(
			posts.map((post: { body: { prompt: string; num_images: number } }) => post.body),
		).toEqual([expect.objectContaining({ prompt: improvedPrompt, num_images: 1 })]);

		const runData = (
			result.execution as {
				data: {
					resultData: {
						runData: Record<
							string,
							Array<{ data: Record<string, Array<Array<{ json: Record<string, unknown> }>>> }>
						>;
					};
				};
			}
		).data.resultData.runData;
		const [made] = runData['Make Image'][0].data.ai_tool[0];
		const imageUrl = (made.json.images as Array<{ url: string }>)[0].url;
		expect(imageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/generations\//);
		expect(runData['AI Agent'].at(-1)!.data.main[0][0].json.output).toBe(
			`Here is what I made: ${imageUrl}`,
		);
		expect(sandbox.requestsTo('cdn')).toEqual([]);
		expect(sandbox.keyLeaks).toEqual([]);
	}, 180_000);
});
