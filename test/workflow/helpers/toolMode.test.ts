import {
	datasetWithImages,
	fileItem,
	run,
	uploadedImageId,
	useSandbox,
} from '../../harness/context';
import { TOOL_TYPE } from '../../harness/runWorkflow';

/**
 * The node as an AI Agent runs it (issue 24): the same class under its tool type `leonardoAiTool`.
 * n8n hands the model `JSON.stringify(items.map(i => i.json))` of the output: that string is what
 * these tests measure and read.
 */
const tool = (parameters: Record<string, unknown>) => ({
	name: 'Leonardo AI',
	type: TOOL_TYPE,
	parameters,
});
const sentToAgent = (output: Array<{ json: unknown }>) =>
	JSON.stringify(output.map((item) => item.json));

const ID = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe('Leonardo AI as an AI agent tool', () => {
	const ctx = useSandbox();

	it('Generation → Create with 4 images: a compact result under 2 kB, nothing downloaded', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			tool({ resource: 'generation', operation: 'create', prompt: 'a red fox', numImages: 4 }),
		]);

		expect(result.status).toBe('success');
		expect(result.output).toHaveLength(1);
		const [item] = result.output;
		const { generationId } = item.json as { generationId: string };
		const image = (index: number) => ({
			id: ID,
			url: `${sandbox.s3Url}/generations/${generationId}/${index}.png`,
			width: 1024,
			height: 768,
		});
		expect(item.json).toStrictEqual({
			generationId: ID,
			status: 'COMPLETE',
			prompt: 'a red fox',
			modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
			cost: { amount: '12', unit: 'CREDITS' },
			images: [image(0), image(1), image(2), image(3)],
		});
		expect(item.binary).toBeUndefined();
		// "Download Images" is on by default: as a tool nothing is fetched.
		expect(sandbox.requestsTo('cdn')).toEqual([]);
		const bytes = Buffer.byteLength(sentToAgent(result.output));
		// eslint-disable-next-line no-console
		console.log(`Generation → Create, 4 images, as a tool: ${bytes} bytes of JSON for the agent`);
		expect(bytes).toBeLessThan(2048);
	});

	it('a failed item is an output item {error: message and what to do}, and the run goes on', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			tool({
				resource: 'generation',
				operation: 'create',
				prompt: 'a red fox',
				options: { maxCredits: 2 },
			}),
		]);

		expect(result.status).toBe('success');
		expect(result.output.map((item) => item.json)).toStrictEqual([
			{
				error:
					'Max Credits reached: this job would cost about 3 credits, and 0 of 2 credits are already spent by this node in this execution (0 jobs started). It was not started. Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.',
			},
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toEqual([]);
	});

	it("Max Credits holds across the agent's calls in one execution: the second call is refused", async () => {
		const { sandbox } = ctx;
		// Each tool call is a run of the node in the same execution.
		const result = await run(
			sandbox,
			[
				tool({
					resource: 'generation',
					operation: 'create',
					prompt: '={{ $json.prompt }}',
					options: { maxCredits: 5 },
				}),
			],
			undefined,
			undefined,
			{ runs: [[{ json: { prompt: 'a red fox' } }], [{ json: { prompt: 'a blue fox' } }]] },
		);

		expect(result.status).toBe('success');
		const [first, second] = result.runs;
		expect(first[0].json).toMatchObject({ status: 'COMPLETE', cost: { amount: '3' } });
		expect(second.map((item) => item.json)).toStrictEqual([
			{
				error:
					'Max Credits reached: this job would cost about 3 credits, and 3 of 5 credits are already spent by this node in this execution (1 job started). It was not started. Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.',
			},
		]);
		expect(
			sandbox.requestsTo('api', 'POST', '/generations').map((post) => post.body.prompt),
		).toEqual(['a red fox']);
	});

	it("an API error reaches the agent as one sentence: Leonardo's message and the node's description", async () => {
		const { sandbox } = ctx;
		const unknownId = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
		const result = await run(sandbox, [
			tool({
				resource: 'image',
				operation: 'removeBackground',
				source: 'imageId',
				imageId: unknownId,
				imageType: 'GENERATED',
			}),
		]);

		expect(result.status).toBe('success');
		const [item] = result.output;
		expect(Object.keys(item.json)).toEqual(['error']);
		expect(item.json.error).toBe(
			`Leonardo API error: invalid image_reference image ${unknownId} (GENERATED). Leonardo said: "invalid image_reference image ${unknownId} (GENERATED)" (BAD_REQUEST).`,
		);
	});

	it.each([
		[
			'generation',
			'createFromImage',
			"Use Generation → Create with Init Image ID (and Init Image Type) instead: a generated image's ID (images[].id of an earlier generation) or an uploaded init image's ID.",
		],
		[
			'video',
			'createFromImage',
			'Use Video → Create with Start Frame Image ID (and Start Frame Image Type Generated for an image of an earlier generation) instead.',
		],
		[
			'image',
			'removeBackground',
			"Set Input to Image ID and give the image's ID and Image Type (a generated image's ID is images[].id of an earlier generation).",
		],
		[
			'image',
			'upscale',
			"Set Input to Image ID and give the image's ID, Image Type, Width and Height (a generated image's ID is images[].id of an earlier generation).",
		],
		[
			'initImage',
			'upload',
			"This operation has no way to take an image ID or URL instead, so it cannot run as an AI agent's tool on its own: give the file to the node in a workflow step before the agent.",
		],
		[
			'asset3d',
			'upload',
			"This operation has no way to take an image ID or URL instead, so it cannot run as an AI agent's tool on its own: give the file to the node in a workflow step before the agent.",
		],
		[
			'realtime',
			'generate',
			"This operation has no way to take an image ID or URL instead, so it cannot run as an AI agent's tool on its own: give the file to the node in a workflow step before the agent.",
		],
	])('%s → %s with no file says what to give instead', async (resource, operation, instead) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [tool({ resource, operation, prompt: 'a red fox' })]);

		expect(result.status).toBe('success');
		expect(result.output.map((item) => item.json)).toStrictEqual([
			{
				error: `This operation needs a file in binary field "data", and an AI agent's tool call carries none. ${instead}`,
			},
		]);
		expect(
			sandbox.requests.filter((request: { server: string }) => request.server !== 'cdn'),
		).toEqual([]);
	});

	it('Image → Remove Background by image ID: the cut-out URL, not the file', async () => {
		const { sandbox } = ctx;
		const imageId = await uploadedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			tool({
				resource: 'image',
				operation: 'removeBackground',
				source: 'imageId',
				imageId,
				imageType: 'UPLOADED',
			}),
		]);

		expect(result.status).toBe('success');
		const { generationId } = result.output[0].json as { generationId: string };
		expect(result.output[0].json).toStrictEqual({
			generationId: ID,
			id: generationId,
			status: 'COMPLETE',
			url: `${sandbox.s3Url}/generations/${generationId}/0.png`,
			width: 640,
			height: 480,
			cost: { amount: '0.1047', unit: 'DOLLARS' },
		});
		expect(result.output[0].binary).toBeUndefined();
		expect(sandbox.requestsTo('cdn')).toEqual([]);
	});

	it('with the same file on the item, the node as a tool uploads it as usual', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[tool({ resource: 'initImage', operation: 'upload' })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.output[0].json).toStrictEqual({ id: ID, width: 640, height: 480, bytes: 3756 });
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(1);
	});
});

describe('the IDs an agent needs for its next call', () => {
	const ctx = useSandbox();

	it.each([
		['Dataset → Create', { resource: 'dataset', operation: 'create', name: 'Styles' }, 'id'],
		// Leonardo's element IDs are numbers, sent as text.
		['Element → Train', { resource: 'element', operation: 'train', name: 'Style' }, 'elementId'],
		[
			'Model → Train',
			{ resource: 'model', operation: 'train', name: 'Style', instancePrompt: 'hsstyle' },
			'modelId',
		],
	])('%s answers the new ID', async (_name, parameters, idField) => {
		const { sandbox } = ctx;
		const training = parameters.operation === 'train';
		const datasetId = training ? await datasetWithImages(sandbox, 10) : undefined;
		const result = await run(sandbox, [
			tool({ ...parameters, ...(training ? { datasetId, waitForCompletion: false } : {}) }),
		]);
		expect(result.status).toBe('success');
		const answer = result.output[0].json as Record<string, unknown>;
		expect(answer[idField]).toMatch(/^([0-9a-f-]{36}|\d+)$/);
	});
});
