import { run, useSandbox } from '../../harness/context';

const improve = (parameters: Record<string, unknown>) => ({
	parameters: { resource: 'prompt', operation: 'improve', ...parameters },
});

describe('Prompt → Improve and Random', () => {
	const ctx = useSandbox();

	it('improves a prompt with instructions, for video, and reports the cost', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			improve({
				prompt: ' fox in the snow ',
				promptInstructions: 'make it a watercolor',
				isVideo: true,
			}),
		]);
		const [request] = sandbox.requestsTo('api', 'POST', '/prompt/improve');
		expect(request.body).toEqual({
			prompt: 'fox in the snow',
			promptInstructions: 'make it a watercolor',
			isVideo: true,
		});
		expect(result.output[0].json).toEqual({
			prompt:
				'fox in the snow, slow dolly-in, natural motion, cinematic lighting, make it a watercolor',
			original: 'fox in the snow',
			cost: { amount: '4', unit: 'CREDITS' },
		});
		// The credits it cost are gone from the account.
		const me = await run(sandbox, [{ parameters: { resource: 'user', operation: 'getMe' } }]);
		expect(me.output[0].json.totalCredits).toBe(4496);
	});

	it('sends only the prompt when nothing else is set, one request per item', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[improve({ prompt: '={{ $json.idea }}' })],
			[{ json: { idea: 'a lighthouse' } }, { json: { idea: 'a teapot' } }],
		);
		expect(
			sandbox
				.requestsTo('api', 'POST', '/prompt/improve')
				.map((request) => request.body)
				.sort((a, b) => String(a.prompt).localeCompare(String(b.prompt))),
		).toEqual([{ prompt: 'a lighthouse' }, { prompt: 'a teapot' }]);
		expect(result.output.map((item) => item.json.original)).toEqual(['a lighthouse', 'a teapot']);
	});

	it('refuses an empty prompt or one over 200 characters before asking Leonardo', async () => {
		const { sandbox } = ctx;
		const long = await run(sandbox, [improve({ prompt: 'x'.repeat(201) })]);
		expect(long.error.message).toBe(
			'The prompt has 201 characters; Leonardo improves prompts of at most 200',
		);
		const empty = await run(sandbox, [improve({ prompt: '  ' })]);
		expect(empty.error.message).toBe('The prompt is empty');
		expect(sandbox.requestsTo('api', 'POST', '/prompt/improve')).toHaveLength(0);
	});

	it("shows Leonardo's error, and never re-sends a charged request", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', path: '/prompt/improve', status: 503 });
		const result = await run(sandbox, [improve({ prompt: 'a fox' })]);
		expect(result.status).toBe('error');
		expect(sandbox.requestsTo('api', 'POST', '/prompt/improve')).toHaveLength(1);
	});

	it('sends the request again after a 429, which charged nothing', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			path: '/prompt/improve',
			status: 429,
			headers: { 'Retry-After': '1' },
		});
		const result = await run(sandbox, [improve({ prompt: 'a fox' })]);
		expect(result.status).toBe('success');
		expect(result.output[0].json.prompt).toEqual(expect.stringMatching(/\w+/));
		const posts = sandbox.requestsTo('api', 'POST', '/prompt/improve');
		expect(posts.map((record) => sandbox.timingOf(record).status)).toEqual([429, 200]);
		const [refused, sent] = posts.map((record) => sandbox.timingOf(record));
		expect(sent.arrivedAt - refused.answeredAt).toBeGreaterThanOrEqual(1000);
	});

	it('gets a random prompt', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{ parameters: { resource: 'prompt', operation: 'random' } },
		]);
		expect(result.output[0].json).toEqual({
			prompt: expect.stringMatching(/\w+/),
			cost: { amount: '4', unit: 'CREDITS' },
		});
		const [request] = sandbox.requestsTo('api', 'POST', '/prompt/random');
		expect(request.body).toBeUndefined();
	});
	it('improves a prompt of exactly 200 characters; an empty one and one of 201 are refused with what to do', async () => {
		const { sandbox } = ctx;
		const longest = await run(sandbox, [improve({ prompt: 'x'.repeat(200) })]);
		expect(longest.error?.message ?? longest.status).toBe('success');
		const long = await run(sandbox, [improve({ prompt: 'x'.repeat(201) })]);
		expect(long.error.description).toBe(
			'Shorten it: Prompt → Improve turns a few words into a detailed prompt. A prompt that long can go straight to Generation → Create.',
		);
		const empty = await run(sandbox, [improve({ prompt: ' ' })]);
		expect(empty.error.description).toBe(
			'Write a few words in "Prompt", or map them from an earlier node with an expression.',
		);
		expect(sandbox.requestsTo('api', 'POST', '/prompt/improve')).toHaveLength(1);
	});

	it('sends no instructions made only of spaces', async () => {
		const { sandbox } = ctx;
		await run(sandbox, [improve({ prompt: 'a fox', promptInstructions: '   ' })]);
		expect(sandbox.requestsTo('api', 'POST', '/prompt/improve')[0].body).toEqual({
			prompt: 'a fox',
		});
	});

	it.each([
		['no prompt', { promptGeneration: { cost: { amount: '4', unit: 'CREDITS' } } }],
		['a blank prompt', { promptGeneration: { prompt: '  ' } }],
		['no promptGeneration', {}],
	])('an answer with %s is an error that says so', async (_name, body) => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', path: '/prompt/improve', status: 200, body });
		const result = await run(sandbox, [improve({ prompt: 'a fox' })]);
		expect(result.error.message).toBe('Leonardo answered POST /prompt/improve without a prompt');
		expect(result.error.description).toBe(
			"Run the item again; if it keeps happening, check Leonardo's status page.",
		);
	});
});
