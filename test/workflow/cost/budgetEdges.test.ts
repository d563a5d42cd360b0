import { run, useSandbox } from '../../harness/context';
import { generateNode, rows } from './generateNode';

/**
 * Options → Max Credits at its edges: what turns the budget off, what a job's reported cost does to
 * it, and what the node says when it refuses. Generation → Create at 1024×768, one image: 3 credits
 * by the sandbox's price rule; Create (Newer Models): unpriced, 13 credits as reported.
 */
const create = (options: Record<string, unknown>) => generateNode(options);

const v2 = (options: Record<string, unknown>) =>
	generateNode(options, {
		operation: 'createV2',
		model: 'gpt-image-1.5',
		width: 1024,
		height: 1024,
	});

const errors = (result: { output: Array<{ json: Record<string, unknown> }> }) =>
	result.output.map((item) => item.json.error ?? null);

describe('Options → Max Credits, at its edges', () => {
	const ctx = useSandbox();

	it.each([
		['0', 0],
		['empty (an expression that gives nothing)', ''],
	])(
		'Max Credits %s means no budget: the job starts unpriced, nothing asked of the calculator',
		async (_what, maxCredits) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [v2({ maxCredits })], rows(1));
			expect(errors(result)).toEqual([null]);
			expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
			expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(0);
		},
	);

	it('a negative Max Credits or a Yes/No that is neither is refused by name', async () => {
		const { sandbox } = ctx;
		const negative = await run(sandbox, [create({ maxCredits: -5 })], rows(1));
		expect(negative.output[0].json.error).toBe(
			'"Max Credits (per Execution)" must be a number of at least 0, not -5',
		);
		const unclear = await run(
			sandbox,
			[create({ maxCredits: 10, allowUnpricedJobs: 'maybe' })],
			rows(1),
		);
		expect(unclear.output[0].json.error).toMatch(/^"Allow Unpriced Jobs" /);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(0);
	});

	it('a job that reports less than its estimate leaves the estimate spent', async () => {
		const { sandbox } = ctx;
		// Each job costs 3 - 1 = 2 credits as reported; the budget keeps counting 3 (the calculator's
		// price, and the most any such job reported is lower): 3 + 3 fit in 8, a third does not.
		sandbox.surcharge = -1;
		const result = await run(sandbox, [create({ maxCredits: 8, concurrency: 1 })], rows(3));
		expect(errors(result)).toEqual([
			null,
			null,
			'Max Credits reached: this job would cost about 3 credits, and 6 of 8 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		]);
	});

	it('an unpriced job that reports no cost in credits stops the unpriced jobs after it', async () => {
		const { sandbox } = ctx;
		// The sandbox's v2 price is 13: a job that reports 0 credits tells the budget nothing.
		sandbox.surcharge = -13;
		const result = await run(
			sandbox,
			[v2({ maxCredits: 100, allowUnpricedJobs: true, concurrency: 1 })],
			rows(2),
		);
		expect(result.output[0].json.error).toBeUndefined();
		expect(result.output[1].json.error).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for images of the newer model gpt-image-1.5, and no earlier job with these parameters reported its cost in this execution, and an earlier unpriced job (images of the newer model gpt-image-1.5) reported no cost in credits. It was not started.",
		);
		expect(result.output[1].json.description).toBe(
			'The node cannot tell what further unpriced jobs would cost, so none starts. Remove Max Credits to run them anyway.',
		);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
	});

	it('after an unpriced job whose start is unknown (the connection dropped), no further job starts', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/v2/generations', reset: true });
		const result = await run(
			sandbox,
			[v2({ maxCredits: 100, allowUnpricedJobs: true, concurrency: 1 })],
			rows(2),
		);
		expect(result.output[0].json.error).toBeDefined();
		expect(result.output[1].json.error).toBe("Not started: an earlier job's outcome is unknown");
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
	});

	it('an unpriced job refused without Allow Unpriced Jobs says how to allow it', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [v2({ maxCredits: 100 })], rows(1));
		expect(result.output[0].json.description).toBe(
			'Turn on Options → Allow Unpriced Jobs to start jobs the node cannot price (one at a time; the cost each reports counts toward Max Credits), or remove Max Credits.',
		);
	});

	it('a job Leonardo refused is not counted among the jobs started', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/generations',
			status: 400,
			body: { error: 'content moderation filter: fox', path: '$', code: 'unexpected' },
		});
		const result = await run(sandbox, [create({ maxCredits: 6, concurrency: 1 })], rows(4));
		expect(errors(result).slice(1)).toEqual([
			null,
			null,
			'Max Credits reached: this job would cost about 3 credits, and 6 of 6 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		]);
	});
});
