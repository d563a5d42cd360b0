import { fileItem, run, useSandbox } from '../../harness/context';
import {
	IMAGE_NODE,
	LANGUAGE_NODE,
	NEW_VERSION,
	OLD_VERSION,
	STYLE_NODE,
	TRANSLATE,
	UNKNOWN,
	blueprint,
	execute,
	photoInSpanish,
} from './sandboxBlueprints';

type Sandbox = ReturnType<typeof useSandbox>['sandbox'];

/** Leonardo's answer to the next matching API request, instead of the sandbox's own. */
const answer = (sandbox: Sandbox, method: string, path: string | RegExp, body: unknown) =>
	(sandbox.faults as object[]).push({ server: 'api', method, path, status: 200, body });

const GENERATIONS = /^\/blueprint-executions\/[^/]+\/generations$/;

/** A version as GET /blueprints/{id}/versions lists it, with the two inputs of the translate Blueprint. */
const version = (fields: Record<string, unknown>) => ({
	node: {
		akUUID: NEW_VERSION,
		createdAt: '2025-11-27T05:13:21.896Z',
		uiMetadata: {
			inputs: [
				{ nodeId: IMAGE_NODE, settingName: 'imageUrl', required: true, label: 'Image' },
				{
					nodeId: LANGUAGE_NODE,
					settingName: 'textVariables',
					variable: 'language',
					required: true,
					label: 'Language',
				},
			],
		},
		...fields,
	},
});

describe('Blueprint: what else Leonardo may answer', () => {
	const ctx = useSandbox({ generationDelayMs: 100 });
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/blueprint-executions');

	it('Get and Get Execution: a null object (HTTP 200) is "not found", naming what', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}`, { blueprint: null });
		const got = await run(sandbox, [blueprint('get', { blueprintId: TRANSLATE })]);
		expect(got.error?.message).toBe(`Blueprint ${TRANSLATE} was not found`);
		answer(sandbox, 'GET', `/blueprint-executions/${UNKNOWN}`, { blueprintExecution: null });
		const read = await run(sandbox, [blueprint('getExecution', { executionId: UNKNOWN })]);
		expect(read.error?.message).toBe(`Blueprint execution ${UNKNOWN} was not found`);
	});

	it('Get Execution without an akUUID in the answer, and Get Versions without a cost, keep their fields', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', `/blueprint-executions/${UNKNOWN}`, {
			blueprintExecution: { status: 'QUEUED' },
		});
		const read = await run(sandbox, [blueprint('getExecution', { executionId: UNKNOWN })]);
		expect(read.output[0].json).toEqual({ blueprintExecutionId: UNKNOWN, status: 'QUEUED' });
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
			blueprintVersions: { edges: [{ node: { akUUID: NEW_VERSION } }] },
		});
		const versions = await run(sandbox, [blueprint('getVersions', { blueprintId: TRANSLATE })]);
		expect(versions.output[0].json).toEqual({
			blueprintId: TRANSLATE,
			blueprintVersionId: NEW_VERSION,
			inputs: [],
			cost: null,
			akUUID: NEW_VERSION,
		});
	});

	it('Get Versions skips entries without a version ID', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
			blueprintVersions: {
				edges: [{ cursor: 'a' }, { cursor: 'b', node: { cost: 1 } }, version({ cost: 2 })],
			},
		});
		const versions = await run(sandbox, [blueprint('getVersions', { blueprintId: TRANSLATE })]);
		expect(versions.output.map((item) => item.json.blueprintVersionId)).toEqual([NEW_VERSION]);
	});

	it('a version without a cost is an unpriced job for Max Credits, named in the refusal', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
			blueprintVersions: { edges: [version({ cost: 0 })] },
		});
		const result = await run(
			sandbox,
			[execute({ blueprintVersionId: ` ${NEW_VERSION} `, options: { maxCredits: 100 } })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message).toBe(
			`Max Credits cannot price this job: Leonardo's pricing calculator has no service for Blueprint version ${NEW_VERSION}, and no earlier job with these parameters reported its cost in this execution. It was not started.`,
		);
		expect(sandbox.requests.filter((r: { method: string }) => r.method === 'POST')).toEqual([]);
	});

	it('a version with no inputs listed: the rows are sent unchecked, a text variable only with its name', async () => {
		const { sandbox } = ctx;
		const unlisted = () =>
			answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
				blueprintVersions: { edges: [version({ cost: 3, uiMetadata: {} })] },
			});
		unlisted();
		const unnamed = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);
		expect(unnamed.error?.message).toBe('Node Inputs, input 2: name the variable');
		expect(unnamed.error.description).toMatch(/lists no inputs/);
		expect(posts()).toEqual([]);

		unlisted();
		const rows = [photoInSpanish[0], { ...photoInSpanish[1], variable: 'language' }];
		const named = await run(
			sandbox,
			[execute({ nodeInputs: { input: rows }, downloadImages: false })],
			[fileItem('photo-640x480.png')],
		);
		expect(named.error?.message ?? named.status).toBe('success');
		expect((posts()[0].body as { input: { nodeInputs: unknown[] } }).input.nodeInputs[1]).toEqual({
			nodeId: LANGUAGE_NODE,
			settingName: 'textVariables',
			value: [{ name: 'language', value: 'Spanish' }],
		});
	});

	it('an empty version list: nothing can run', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
			blueprintVersions: { edges: [] },
		});
		const result = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);
		expect(result.error?.message).toBe(`Blueprint ${TRANSLATE} has no version Leonardo lists`);
		expect(result.error.description).toMatch(/Blueprint → Get Versions/);
	});

	it('a POST answered without a run ID may have started it: not sent again, and said so', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'POST', '/blueprint-executions', { executeBlueprint: {} });
		const result = await run(
			sandbox,
			[execute({}, { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 })],
			[fileItem('photo-640x480.png')],
		);
		// The second try refuses to send it again, quoting the first try's answer.
		expect(result.error?.message).toBe(
			'Not sent again: an earlier try of this node sent this blueprint execution and its outcome is unknown',
		);
		expect(result.error.description).toMatch(
			/^The earlier try: Leonardo answered POST \/blueprint-executions with HTTP 200 but no Blueprint execution ID/,
		);
		expect(result.error.description).toMatch(/cannot list Blueprint executions/);
		expect(posts()).toHaveLength(1);
	});

	it("a run's failed and missing generations are listed with their reasons and no images", async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', GENERATIONS, {
			blueprintExecutionGenerations: {
				edges: [
					{
						cursor: 'a',
						node: {
							akUUID: UNKNOWN,
							status: 'FAILED',
							generationId: UNKNOWN,
							failedReason: {
								type: 'PROMPT_MODERATION_BLOCKED',
								message: 'blocked',
								affectedOutputCount: 1,
							},
						},
					},
					{ cursor: 'b', node: { akUUID: UNKNOWN, status: 'COMPLETED', generationId: TRANSLATE } },
					{ cursor: 'c' },
				],
				pageInfo: { hasNextPage: false },
			},
		});
		const result = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(result.output[0].json).toMatchObject({
			generationIds: [UNKNOWN, TRANSLATE],
			generations: [
				{
					generationId: UNKNOWN,
					status: 'FAILED',
					failedReason: { message: 'blocked' },
					images: [],
				},
				{ generationId: TRANSLATE, status: 'COMPLETED', failedReason: null, images: [] },
			],
			images: [],
		});
		// No GET for a failed generation; the missing one was looked up and found empty.
		expect(sandbox.requestsTo('api', 'GET', `/generations/${UNKNOWN}`)).toEqual([]);
		expect(sandbox.requestsTo('api', 'GET', `/generations/${TRANSLATE}`)).toHaveLength(1);
		expect(result.output[0].binary).toBeUndefined();
	});

	it("a failed run's reasons: each different message once, empty ones left out", async () => {
		const { sandbox } = ctx;
		sandbox.failGenerations = true;
		const failed = (message: unknown) => ({
			cursor: String(message),
			node: { akUUID: UNKNOWN, status: 'FAILED', generationId: UNKNOWN, failedReason: { message } },
		});
		const page = {
			blueprintExecutionGenerations: {
				edges: [failed('too dark'), failed(''), failed('too dark'), failed(7), failed('nsfw')],
				pageInfo: { hasNextPage: false },
			},
		};
		// Every read of the run's generations answers this page.
		for (let n = 0; n < 5; n++) answer(sandbox, 'GET', GENERATIONS, page);
		const result = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);
		expect(result.error?.description).toMatch(/^Leonardo says: too dark; nsfw Already started/);
	});

	it('a failed run whose generations give no reason says so', async () => {
		const { sandbox } = ctx;
		sandbox.failGenerations = true;
		for (let n = 0; n < 5; n++)
			answer(sandbox, 'GET', GENERATIONS, { blueprintExecutionGenerations: { edges: [] } });
		const result = await run(sandbox, [execute()], [fileItem('photo-640x480.png')]);
		expect(result.error?.description).toMatch(/^Leonardo gives no reason\. Check the inputs/);
	});

	it('Get Generations stops when a page repeats its cursor, and skips edges without a generation', async () => {
		const { sandbox } = ctx;
		const page = {
			blueprintExecutionGenerations: {
				edges: [
					{ cursor: 'same', node: { generationId: UNKNOWN, status: 'COMPLETED' } },
					{ cursor: 'x' },
				],
				pageInfo: { hasNextPage: true, endCursor: 'same' },
			},
		};
		answer(sandbox, 'GET', GENERATIONS, page);
		answer(sandbox, 'GET', GENERATIONS, page);
		const result = await run(sandbox, [blueprint('getGenerations', { executionId: UNKNOWN })]);
		expect(result.output.map((item) => item.json.generationId)).toEqual([UNKNOWN, UNKNOWN]);
		expect(sandbox.requestsTo('api', 'GET', GENERATIONS)).toHaveLength(2);
	});

	it('Get Versions: a Version ID with spaces around it is the same version', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[execute({ blueprintVersionId: ` ${NEW_VERSION} `, downloadImages: false })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.output[0].json.blueprintVersionId).toBe(NEW_VERSION);
		expect(posts()[0].body).toMatchObject({ blueprintVersionId: NEW_VERSION });
		expect(STYLE_NODE).toBeDefined();
	});
	it.each([
		['newest listed first', [NEW_VERSION, OLD_VERSION]],
		['newest listed last', [OLD_VERSION, NEW_VERSION]],
		['newest listed between', [OLD_VERSION, NEW_VERSION, 'b1e00000-0000-4000-8000-0000000000a0']],
	])('Execute runs the newest version by createdAt, %s', async (_name, order) => {
		const { sandbox } = ctx;
		const created: Record<string, string> = {
			[NEW_VERSION]: '2025-11-27T05:13:21.896Z',
			[OLD_VERSION]: '2025-11-01T00:00:00.000Z',
			'b1e00000-0000-4000-8000-0000000000a0': '2025-10-01T00:00:00.000Z',
		};
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
			blueprintVersions: {
				edges: order.map((id) => version({ akUUID: id, createdAt: created[id], cost: 3 })),
			},
		});
		const result = await run(
			sandbox,
			[execute({ downloadImages: false, waitForCompletion: false })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(
			posts().map((post) => (post.body as { blueprintVersionId: string }).blueprintVersionId),
		).toEqual([NEW_VERSION]);
	});

	it('an unnamed text variable takes the one name its node lists, past an entry with no name', async () => {
		const { sandbox } = ctx;
		answer(sandbox, 'GET', `/blueprints/${TRANSLATE}/versions`, {
			blueprintVersions: {
				edges: [
					version({
						cost: 3,
						uiMetadata: {
							inputs: [
								{ nodeId: IMAGE_NODE, settingName: 'imageUrl', required: true },
								{ nodeId: LANGUAGE_NODE, settingName: 'textVariables' },
								{ nodeId: LANGUAGE_NODE, settingName: 'textVariables', variable: 'language' },
							],
						},
					}),
				],
			},
		});
		const result = await run(
			sandbox,
			[execute({ downloadImages: false, waitForCompletion: false })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect((posts()[0].body as { input: { nodeInputs: unknown[] } }).input.nodeInputs[1]).toEqual({
			nodeId: LANGUAGE_NODE,
			settingName: 'textVariables',
			value: [{ name: 'language', value: 'Spanish' }],
		});
	});

	it('Max Credits keeps each version at its own cost: a 3-credit and then a 1-credit run fit in 4', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				execute({
					blueprintVersionId: '={{ $json.version }}',
					downloadImages: false,
					waitForCompletion: false,
					options: { maxCredits: 4, concurrency: 1 },
				}),
			],
			[NEW_VERSION, OLD_VERSION].map((version) => ({
				...fileItem('photo-640x480.png'),
				json: { version },
			})),
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()).toHaveLength(2);
	});
});
