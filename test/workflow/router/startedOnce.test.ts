import { run, useSandbox } from '../../harness/context';

/** Generation → Create, one 1024×768 image (3 credits by the sandbox's price rule), no download. */
const create = (
	settings: Record<string, unknown> = {},
	parameters: Record<string, unknown> = {},
) => ({
	name: 'Generate',
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: '={{ $json.prompt }}',
		downloadImages: false,
		...parameters,
	},
	...settings,
});
const prompts = (...values: string[]) => values.map((prompt) => ({ json: { prompt } }));
/** n8n's Retry On Fail, 3 tries, 10 ms apart. */
const retryOnFail = { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 };

describe('a job is started at most once per item, per execution', () => {
	const ctx = useSandbox();
	const postedPrompts = () =>
		ctx.sandbox.requestsTo('api', 'POST', '/generations').map((post) => post.body.prompt);

	it('Retry On Fail + Continue On Fail: Leonardo refuses item 0, the re-runs n8n makes do not POST items 1 and 2 again', async () => {
		const { sandbox } = ctx;
		// A first item that fails makes n8n run the whole node again (up to Max Tries), every item in it.
		const result = await run(
			sandbox,
			[create({ ...retryOnFail, continueOnFail: true })],
			prompts('gore in the rain', 'a fox', 'a cat'),
		);

		expect(result.status).toBe('success');
		expect(postedPrompts().sort()).toEqual([
			'a cat',
			'a fox',
			'gore in the rain',
			'gore in the rain',
			'gore in the rain',
		]);
		expect(result.output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'Leonardo API error: content moderation filter: gore',
			'COMPLETE',
			'COMPLETE',
		]);
		// The jobs the outputs name are the only ones started, and the only ones charged.
		const ids = result.output.slice(1).map((item) => item.json.generationId);
		expect(new Set(ids).size).toBe(2);
		for (const id of ids) expect(sandbox.state.generations.has(id as string)).toBe(true);
		expect(sandbox.charges.map((charge) => charge.credits)).toEqual([3, 3]);
	});

	it('Retry On Fail alone: a try that failed after its job started polls and downloads that job again', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(
			sandbox,
			[create(retryOnFail, { downloadImages: true })],
			prompts('a lighthouse'),
		);

		expect(result.status).toBe('success');
		expect(postedPrompts()).toEqual(['a lighthouse']);
		expect(result.output[0].json.status).toBe('COMPLETE');
		expect(result.output[0].binary?.image_0.mimeType).toBe('image/png');
		// The same job the first try started: its ID is the one Leonardo gave the only POST.
		expect([...sandbox.state.generations.keys()]).toContain(result.output[0].json.generationId);
		expect(sandbox.charges).toHaveLength(1);
	});

	it('On Error → error output with Retry On Fail: the same single POST per item', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[create({ ...retryOnFail, onError: 'continueErrorOutput' })],
			prompts('gore at noon', 'a fox'),
		);
		expect(result.status).toBe('success');
		expect(postedPrompts().filter((prompt) => prompt === 'a fox')).toHaveLength(1);
		const [main, errors] = result.raw.data.resultData.runData.Generate[0].data.main;
		expect(main.map((item: { json: { status: string } }) => item.json.status)).toEqual([
			'COMPLETE',
		]);
		expect(errors).toHaveLength(1);
	});

	it('a new run of the node (a second branch, a loop iteration) starts its own jobs, even for the same prompt', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create()], undefined, sandbox.apiKey, {
			runs: [prompts('a fox'), prompts('a fox')],
		});
		expect(result.status).toBe('success');
		expect(result.runs).toHaveLength(2);
		expect(postedPrompts()).toEqual(['a fox', 'a fox']);
		expect(result.runs[0][0].json.generationId).not.toBe(result.runs[1][0].json.generationId);
	});

	it('a job POST answered 502 with an HTML page: the error says it may have been charged, and nothing else starts in that run', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/generations',
			status: 502,
			headers: { 'Content-Type': 'text/html' },
			body: `<html><body>Bad gateway; key ${sandbox.apiKey}</body></html>`,
		});
		const result = await run(
			sandbox,
			[create({ continueOnFail: true }, { options: { concurrency: 1 } })],
			prompts('a fox', 'a cat', 'a bird'),
		);

		expect(postedPrompts()).toEqual(['a fox']);
		expect(result.output[0].json.error).toBe(
			'Leonardo answered POST /generations with HTTP 502, not JSON: the job may have started and been charged',
		);
		expect(result.output[0].json.description).toBe(
			"The node does not send it again (a second POST would be a second paid job) and starts no further job in this run. Check with Generation → Get Many (your newest generations and videos) before running this item again. Leonardo's answer: <html><body>Bad gateway; key [redacted]</body></html>",
		);
		for (const item of result.output.slice(1)) {
			expect(item.json.error).toBe("Not started: an earlier job's outcome is unknown");
			expect(item.json.description).toMatch(
				/^Item 0: Leonardo answered POST \/generations with HTTP 502, not JSON: the job may have started and been charged\. So that nothing is paid for twice/,
			);
		}
	});

	it('with Retry On Fail, a job whose outcome was unknown is never sent again; the items it held back start on the next try', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/generations', reset: true });
		const result = await run(
			sandbox,
			[create({ ...retryOnFail, continueOnFail: true }, { options: { concurrency: 1 } })],
			prompts('a fox', 'a cat', 'a bird'),
		);

		expect(postedPrompts()).toEqual(['a fox', 'a cat', 'a bird']);
		expect(result.output[0].json.error).toBe(
			'Not sent again: an earlier try of this node sent this generation and its outcome is unknown',
		);
		expect(result.output[0].json.description).toMatch(
			/^The earlier try: POST \/generations got no complete answer: the job may have started and been charged\./,
		);
		expect(result.output.slice(1).map((item) => item.json.status)).toEqual([
			'COMPLETE',
			'COMPLETE',
		]);
	});

	it.each([
		[
			'an answer without the job',
			{ status: 200, body: { sdGenerationJob: {} } },
			'with HTTP 200 but no generation ID',
		],
		[
			'an HTML page with status 200',
			{ status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>ok</html>' },
			'with HTTP 200, not JSON',
		],
		['a 500', { status: 500 }, 'with HTTP 500'],
	])('treats %s as an unknown outcome, never as started or refused', async (_what, fault, said) => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/generations', ...fault });
		const result = await run(sandbox, [create()], prompts('a fox'));
		expect(result.error.message).toBe(
			`Leonardo answered POST /generations ${said}: the job may have started and been charged`,
		);
		expect(result.error.context.jobOutcome).toBe('unknown');
		expect(sandbox.requestsTo('api', 'GET')).toHaveLength(0);
	});

	it('a v2 answer with HTTP 200 whose errors state a 4xx is a refusal (nothing started); without a status it is unknown', async () => {
		const { sandbox } = ctx;
		const v2 = {
			parameters: {
				resource: 'generation',
				operation: 'createV2',
				model: 'gpt-image-1.5',
				prompt: 'a poster',
				downloadImages: false,
			},
		};
		const error = (extensions: Record<string, unknown>) => ({
			server: 'api',
			method: 'POST',
			path: '/v2/generations',
			status: 200,
			body: { errors: [{ message: 'prompt was flagged', extensions }] },
		});
		sandbox.faults.push(error({ code: 'moderation', statusCode: 400 }));
		const refused = await run(sandbox, [v2]);
		expect(refused.error.message).toBe('Leonardo API error: prompt was flagged');
		expect(refused.error.context.jobOutcome).toBeUndefined();

		sandbox.faults.push(error({ code: 'internal' }));
		const unknown = await run(sandbox, [v2]);
		expect(unknown.error.message).toBe(
			'Leonardo answered POST /v2/generations with HTTP 200: the job may have started and been charged',
		);
	});

	it('a job POST that cannot connect at all started nothing: the usual "could not reach" error', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create()], prompts('a fox'), sandbox.apiKey, {
			baseUrl: 'http://127.0.0.1:9/api/rest/v1',
		});
		expect(result.error.message).toBe('Could not reach Leonardo at http://127.0.0.1:9/api/rest/v1');
		expect(result.error.context.jobOutcome).toBeUndefined();
	});
});
