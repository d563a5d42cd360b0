import { fileItem, run, useSandbox } from '../../harness/context';
import { TOOL_TYPE } from '../../harness/runWorkflow';

import {
	TRANSLATE,
	CLOSED,
	OLD_VERSION,
	NEW_VERSION,
	IMAGE_NODE,
	LANGUAGE_NODE,
	NOTE_NODE,
	STYLE_NODE,
	UNKNOWN,
	blueprint,
	photoInSpanish,
	execute,
} from './sandboxBlueprints';

describe('Blueprint → Get and Get Versions', () => {
	const ctx = useSandbox();

	it("gets a Blueprint, and lists its versions with each one's inputs and cost", async () => {
		const { sandbox } = ctx;
		const got = await run(sandbox, [blueprint('get', { blueprintId: TRANSLATE })]);
		expect(got.output[0].json).toMatchObject({ akUUID: TRANSLATE, name: 'Instant Translate' });

		const versions = await run(sandbox, [blueprint('getVersions', { blueprintId: TRANSLATE })]);
		expect(versions.output.map((item) => item.json.blueprintVersionId)).toEqual([
			OLD_VERSION,
			NEW_VERSION,
		]);
		expect(versions.output[1].json).toMatchObject({
			blueprintId: TRANSLATE,
			cost: 3,
			inputs: [
				{ nodeId: IMAGE_NODE, settingName: 'imageUrl', required: true },
				{ nodeId: LANGUAGE_NODE, settingName: 'textVariables', variable: 'language' },
				{ nodeId: NOTE_NODE, settingName: 'text', required: false },
				{ nodeId: STYLE_NODE, settingName: 'textVariables', variable: 'tone' },
				{ nodeId: STYLE_NODE, settingName: 'textVariables', variable: 'audience' },
			],
		});
		expect(versions.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it.each(['get', 'getVersions'])(
		'%s: an unknown Blueprint is an error with what Leonardo said (its 200 error list)',
		async (operation) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [blueprint(operation, { blueprintId: UNKNOWN })]);
			expect(result.status).toBe('error');
			expect(result.error.message).toBe(`Leonardo API error: blueprint ${UNKNOWN} not found`);
		},
	);
});

describe('Blueprint → Execute', () => {
	const ctx = useSandbox({ generationDelayMs: 150 });
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/blueprint-executions');

	it('runs the newest version on a photo from the item and downloads every generation’s image', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);

		expect(result.error?.message ?? result.status).toBe('success');
		// The photo is uploaded (presign, S3, its Leonardo URL read) before the one paid POST.
		expect(sandbox.requests.map((r) => `${r.server} ${r.method} ${r.path}`).slice(0, 5)).toEqual([
			`api GET /blueprints/${TRANSLATE}/versions`,
			'api POST /init-image',
			's3 POST /',
			expect.stringMatching(/^api GET \/init-image\/[0-9a-f-]{36}$/),
			'api POST /blueprint-executions',
		]);
		const json = result.output[0].json;
		const [initImageId] = json.initImageIds as string[];
		expect(posts().map((r) => r.body)).toEqual([
			{
				blueprintVersionId: NEW_VERSION,
				input: {
					nodeInputs: [
						{
							nodeId: IMAGE_NODE,
							settingName: 'imageUrl',
							value: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/.+\\.png$`)),
						},
						{
							nodeId: LANGUAGE_NODE,
							settingName: 'textVariables',
							value: [{ name: 'language', value: 'Spanish' }],
						},
					],
					public: false,
				},
			},
		]);
		expect(sandbox.state.initImages.has(initImageId)).toBe(true);
		expect(json).toMatchObject({
			blueprintExecutionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			status: 'COMPLETED',
			blueprintId: TRANSLATE,
			blueprintVersionId: NEW_VERSION,
			listedCost: 3,
		});
		const generationIds = json.generationIds as string[];
		expect(generationIds).toHaveLength(2);
		expect((json.images as Array<{ generationId: string }>).map((i) => i.generationId)).toEqual(
			generationIds,
		);
		expect(Object.keys(result.output[0].binary ?? {})).toEqual(['image_0', 'image_1']);
		expect(result.output[0].binary!.image_0.mimeType).toBe('image/png');
		expect(sandbox.charges).toEqual([{ path: '/blueprint-executions', credits: 3 }]);
	});

	it('runs the chosen version on an image URL, as public, without downloading', async () => {
		const { sandbox } = ctx;
		const url = await uploadedUrl();
		sandbox.reset();
		const result = await run(sandbox, [
			execute({
				blueprintVersionId: OLD_VERSION,
				nodeInputs: {
					input: [
						{ nodeId: IMAGE_NODE, settingName: 'imageUrl', value: ` ${url} ` },
						{
							nodeId: LANGUAGE_NODE,
							settingName: 'textVariables',
							variable: 'language',
							value: 'French',
						},
					],
				},
				downloadImages: false,
				options: { public: true },
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body).toEqual({
			blueprintVersionId: OLD_VERSION,
			input: {
				nodeInputs: [
					{ nodeId: IMAGE_NODE, settingName: 'imageUrl', value: url },
					{
						nodeId: LANGUAGE_NODE,
						settingName: 'textVariables',
						value: [{ name: 'language', value: 'French' }],
					},
				],
				public: true,
			},
		});
		expect(result.output[0].binary).toBeUndefined();
		expect(result.output[0].json.generationIds).toHaveLength(1);
		expect(result.output[0].json).not.toHaveProperty('initImageIds');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(0);

		async function uploadedUrl(): Promise<string> {
			const uploaded = await run(
				sandbox,
				[{ parameters: { resource: 'initImage', operation: 'upload' } }],
				[fileItem('photo-640x480.png')],
			);
			const got = await run(sandbox, [
				{
					parameters: {
						resource: 'initImage',
						operation: 'get',
						initImageId: uploaded.output[0].json.id,
					},
				},
			]);
			return got.output[0].json.url as string;
		}
	});

	it('sends a text input, and the variables of one node as one input', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				execute({
					nodeInputs: {
						input: [
							...photoInSpanish,
							{ nodeId: STYLE_NODE, settingName: 'textVariables', variable: 'tone', value: 'warm' },
							{ nodeId: NOTE_NODE, settingName: 'text', value: 'Keep the logo' },
							{
								nodeId: STYLE_NODE,
								settingName: 'textVariables',
								variable: 'audience',
								value: 'kids',
							},
						],
					},
					downloadImages: false,
				}),
			],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(
			(posts()[0].body as { input: { nodeInputs: unknown[] } }).input.nodeInputs.slice(2),
		).toEqual([
			{
				nodeId: STYLE_NODE,
				settingName: 'textVariables',
				value: [
					{ name: 'tone', value: 'warm' },
					{ name: 'audience', value: 'kids' },
				],
			},
			{ nodeId: NOTE_NODE, settingName: 'text', value: 'Keep the logo' },
		]);
	});

	it('a text variable left unnamed on a node with two variables is refused, naming them', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				execute({
					nodeInputs: {
						input: [
							...photoInSpanish,
							{ nodeId: STYLE_NODE, settingName: 'textVariables', value: 'warm' },
						],
					},
				}),
			],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message).toBe('Node Inputs, input 3: name the variable');
		expect(result.error.description).toMatch(
			/has 2 text variables: "Style: tone".*"Style: audience"/,
		);
		expect(posts()).toEqual([]);
	});

	it.each([
		[
			'a required input missing',
			{ input: [photoInSpanish[0]] },
			`Version ${NEW_VERSION} needs an input not given in Node Inputs`,
			/"Target Language": node ID 16c99a94-9b47-4f2d-b3ff-7e6a82d7d891, setting textVariables, variable "language"/,
		],
		[
			'an input the version does not have',
			{ input: [...photoInSpanish, { nodeId: UNKNOWN, settingName: 'text', value: 'x' }] },
			`Node Inputs, input 3: version ${NEW_VERSION} has no input with node ID ${UNKNOWN} and setting text`,
			/The version's inputs: "Upload Image to Translate": node ID 7f9c1c8a/,
		],
		[
			'an image with neither a binary field nor a URL',
			{ input: [{ nodeId: IMAGE_NODE, settingName: 'imageUrl', value: 'photo.png' }] },
			'Node Inputs, input 1: an image needs an Input Binary Field or a URL in "Value"',
			/binary field/,
		],
	])('refuses %s before anything is paid for', async (_what, rows, message, description) => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[execute({ nodeInputs: rows })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message).toBe(message);
		expect(result.error.description).toMatch(description);
		expect(sandbox.requests.filter((r) => r.method === 'POST')).toEqual([]);
		expect(sandbox.charges).toEqual([]);
	});

	it('refuses a version Leonardo says cannot run, and an unknown version, naming the versions', async () => {
		const { sandbox } = ctx;
		const closed = await run(sandbox, [
			blueprint('execute', {
				blueprintId: CLOSED,
				nodeInputs: { input: [{ nodeId: NOTE_NODE, settingName: 'text', value: 'x' }] },
			}),
		]);
		expect(closed.error?.message).toBe(
			`Version b1e00000-0000-4000-8000-0000000000b1 of Blueprint ${CLOSED} cannot run now`,
		);
		expect(closed.error.description).toBe('Leonardo says: [{"models":"phoenix"}].');

		const unknown = await run(
			sandbox,
			[execute({ blueprintVersionId: UNKNOWN })],
			[fileItem('photo-640x480.png')],
		);
		expect(unknown.error?.message).toBe(`Blueprint ${TRANSLATE} has no version ${UNKNOWN}`);
		expect(unknown.error.description).toBe(`Its versions: ${OLD_VERSION}, ${NEW_VERSION}.`);
		expect(posts()).toEqual([]);
	});

	it('a refusal Leonardo answers as HTTP 200 with an error list is an error that says nothing was started', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			execute({
				nodeInputs: {
					input: [
						{ nodeId: IMAGE_NODE, settingName: 'imageUrl', value: 'https://example.com/a.png' },
						photoInSpanish[1],
					],
				},
			}),
		]);
		expect(result.error?.message).toBe(
			'Leonardo API error: image url must be hosted by Leonardo: https://example.com/a.png',
		);
		expect(result.error.description ?? '').not.toMatch(/outcome|charged|started/i);
		expect(posts()).toHaveLength(1);
	});

	it('Wait for Completion off: outputs the run at once; Get Execution and Get Generations read it later', async () => {
		const { sandbox } = ctx;
		sandbox.blueprintsQueued = true;
		const started = await run(
			sandbox,
			[execute({ waitForCompletion: false })],
			[fileItem('photo-640x480.png')],
		);
		const json = started.output[0].json;
		expect(json).toEqual({
			blueprintExecutionId: expect.any(String),
			status: 'PENDING',
			blueprintId: TRANSLATE,
			blueprintVersionId: NEW_VERSION,
			listedCost: 3,
			initImageIds: [expect.any(String)],
		});
		const id = json.blueprintExecutionId as string;
		const queued = await run(sandbox, [blueprint('getExecution', { executionId: id })]);
		expect(queued.output[0].json).toMatchObject({ blueprintExecutionId: id, status: 'QUEUED' });

		const deadline = Date.now() + 5000;
		let status = 'QUEUED';
		while (status !== 'COMPLETED' && Date.now() < deadline) {
			const read = await run(sandbox, [blueprint('getExecution', { executionId: id })]);
			status = read.output[0].json.status as string;
		}
		expect(status).toBe('COMPLETED');

		const generations = await run(sandbox, [blueprint('getGenerations', { executionId: id })]);
		expect(generations.output.map((item) => item.json)).toEqual([
			expect.objectContaining({
				blueprintExecutionId: id,
				status: 'COMPLETED',
				failedReason: null,
			}),
			expect.objectContaining({
				blueprintExecutionId: id,
				status: 'COMPLETED',
				failedReason: null,
			}),
		]);
		expect(
			sandbox.requestsTo('api', 'GET', `/blueprint-executions/${id}/generations`)[0].query,
		).toEqual({
			first: '100',
		});
	});

	it('Get Generations reads every page, the next one after the last cursor', async () => {
		const { sandbox } = ctx;
		const started = await run(
			sandbox,
			[execute({ waitForCompletion: false })],
			[fileItem('photo-640x480.png')],
		);
		const id = started.output[0].json.blueprintExecutionId as string;
		const first = { akUUID: UNKNOWN, status: 'PENDING', generationId: UNKNOWN, failedReason: null };
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: `/blueprint-executions/${id}/generations`,
			status: 200,
			body: {
				blueprintExecutionGenerations: {
					edges: [{ cursor: 'page-1-end', node: first }],
					pageInfo: { hasNextPage: true, endCursor: 'page-1-end' },
				},
			},
		});
		const generations = await run(sandbox, [blueprint('getGenerations', { executionId: id })]);
		expect(generations.output.map((item) => item.json.generationId)).toEqual([
			UNKNOWN,
			expect.stringMatching(/^[0-9a-f-]{36}$/),
			expect.stringMatching(/^[0-9a-f-]{36}$/),
		]);
		expect(
			sandbox
				.requestsTo('api', 'GET', `/blueprint-executions/${id}/generations`)
				.map((r) => r.query),
		).toEqual([{ first: '100' }, { first: '100', after: 'page-1-end' }]);
	});

	it('Get Generations of a run Leonardo does not know is no item; Get Execution is an error', async () => {
		const { sandbox } = ctx;
		const generations = await run(sandbox, [blueprint('getGenerations', { executionId: UNKNOWN })]);
		expect(generations.status).toBe('success');
		expect(generations.output).toEqual([]);
		const execution = await run(sandbox, [blueprint('getExecution', { executionId: UNKNOWN })]);
		expect(execution.error?.message).toBe(
			`Leonardo API error: blueprint execution ${UNKNOWN} not found`,
		);
	});

	it('a failed run is an error with the reason its generations give, naming the run as started', async () => {
		const { sandbox } = ctx;
		sandbox.failGenerations = true;
		const result = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);
		expect(result.error?.message).toMatch(/^Blueprint execution [0-9a-f-]{36} failed at Leonardo$/);
		expect(result.error.description).toMatch(
			/^Leonardo says: The prompt was blocked by moderation Already started for this item \(and charged\): blueprint execution [0-9a-f-]{36}\./,
		);
	});

	it('Wait Timeout: a run not finished in time is an error naming it as started; Get Execution reads it later', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 3000;
		const result = await run(
			sandbox,
			[execute({ options: { waitTimeout: 1 } }, { continueOnFail: true })],
			[fileItem('photo-640x480.png')],
		);
		const json = result.output[0].json;
		expect(json.error).toMatch(/^Blueprint execution [0-9a-f-]{36} was not finished after 1 s$/);
		expect(json.description).toMatch(
			/Already started for this item \(and charged\): blueprint execution /,
		);
		const id = json.blueprintExecutionId as string;
		expect(String(json.error)).toContain(id);
		const read = await run(sandbox, [blueprint('getExecution', { executionId: id })]);
		expect(read.output[0].json).toMatchObject({ blueprintExecutionId: id, status: 'PENDING' });
		expect(posts()).toHaveLength(1);
	});

	it('Max Credits prices each run at its version’s cost: the run that would go over is not started', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[execute({ options: { maxCredits: 5, concurrency: 1 } }, { continueOnFail: true })],
			[fileItem('photo-640x480.png'), fileItem('photo-640x480.png')],
		);
		expect(result.output[0].json.status).toBe('COMPLETED');
		expect(result.output[1].json.error).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 3 of 5 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
		expect(posts()).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
	});

	it('Retry On Fail after a failed download starts the run once and outputs its images', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 500, body: 'boom' });
		const result = await run(
			sandbox,
			[execute({}, { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		expect(Object.keys(result.output[0].binary ?? {})).toEqual(['image_0', 'image_1']);
	});
});

describe('Blueprint as an AI agent tool', () => {
	const ctx = useSandbox({ generationDelayMs: 100 });
	const tool = (operation: string, parameters: Record<string, unknown>) => ({
		name: 'Leonardo AI',
		type: TOOL_TYPE,
		parameters: { resource: 'blueprint', operation, ...parameters },
	});

	it("Get Versions gives the agent each version's inputs; Execute takes an image URL and returns the images' URLs", async () => {
		const { sandbox } = ctx;
		const versions = await run(sandbox, [tool('getVersions', { blueprintId: TRANSLATE })]);
		expect(versions.output[1].json).toStrictEqual({
			blueprintId: TRANSLATE,
			blueprintVersionId: NEW_VERSION,
			inputs: expect.arrayContaining([
				expect.objectContaining({ nodeId: LANGUAGE_NODE, variable: 'language' }),
			]),
			cost: 3,
		});

		const generation = await run(sandbox, [
			{
				parameters: { resource: 'generation', operation: 'create', prompt: 'a sign', numImages: 1 },
			},
		]);
		const url = (generation.output[0].json.images as Array<{ url: string }>)[0].url;
		const executed = await run(sandbox, [
			tool('execute', {
				blueprintId: TRANSLATE,
				nodeInputs: {
					input: [
						{ nodeId: IMAGE_NODE, settingName: 'imageUrl', value: url },
						{ nodeId: LANGUAGE_NODE, settingName: 'textVariables', value: 'German' },
					],
				},
			}),
		]);
		expect(executed.output[0].json).toStrictEqual({
			blueprintExecutionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			blueprintId: TRANSLATE,
			blueprintVersionId: NEW_VERSION,
			status: 'COMPLETED',
			listedCost: 3,
			images: [
				expect.objectContaining({ url: expect.stringMatching(/\.png$/) }),
				expect.objectContaining({ url: expect.stringMatching(/\.png$/) }),
			],
		});
		expect(executed.output[0].binary).toBeUndefined();
	});

	it('an image row from a binary field tells the agent to give a URL instead', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			tool('execute', { blueprintId: TRANSLATE, nodeInputs: { input: photoInSpanish } }),
		]);
		expect(String(result.output[0].json.error)).toMatch(
			/Give each image input as the URL of an image Leonardo hosts/,
		);
		expect(sandbox.requestsTo('api', 'POST', '/blueprint-executions')).toEqual([]);
	});
});
