import { datasetWithImages, generatedImageId, run, useSandbox } from '../../harness/context';
import { generateNode, rows } from './generateNode';

/** Generation → Create at 1024×768, one image, no Alchemy: 3 credits by the sandbox's price rule. */
const create = (options: Record<string, unknown>, continueOnFail = true) =>
	generateNode(options, {}, continueOnFail);

describe('Options → Max Credits', () => {
	const ctx = useSandbox();

	it('starts jobs while they fit the budget; the others fail with the budget and start nothing, however many run at once', async () => {
		const { sandbox } = ctx;
		// Six items start at once (the account has 10 slots): the reservation before each POST is what stops the fourth.
		const result = await run(sandbox, [create({ maxCredits: 10 })], rows(6));

		expect(result.status).toBe('success');
		const posts = sandbox.requestsTo('api', 'POST', '/generations');
		expect(posts).toHaveLength(3);
		const ran = result.output.filter((item) => !item.json.error);
		expect(ran).toHaveLength(3);
		for (const item of ran) expect(item.json.cost).toEqual({ amount: '3', unit: 'CREDITS' });
		const refused = result.output.filter((item) => item.json.error);
		expect(refused).toHaveLength(3);
		for (const item of refused) {
			expect(item.json.error).toBe(
				'Max Credits reached: this job would cost about 3 credits, and 9 of 10 credits are already spent by this node in this execution (3 jobs started). It was not started.',
			);
			expect(item.json.generationId).toBeUndefined();
		}
		// The refused prompts never reached Leonardo.
		const sent = posts.map((post) => post.body.prompt);
		for (const item of refused)
			expect(sent).not.toContain(`picture ${(item.pairedItem as { item: number }).item}`);
		// One set of parameters: the calculator was asked once.
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(1);
		expect(sandbox.charges.reduce((sum, charge) => sum + charge.credits, 0)).toBe(9);
	});

	it('with On Error → error output, the items over the budget leave by the error output', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[{ ...create({ maxCredits: 6 }, false), onError: 'continueErrorOutput' }],
			rows(3),
		);
		const [main, errors] = result.raw.data.resultData.runData.Generate[0].data.main;
		expect(main.map((item: { json: { status?: string } }) => item.json.status)).toEqual([
			'COMPLETE',
			'COMPLETE',
		]);
		expect(errors).toHaveLength(1);
		expect(errors[0].json.error).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 6 of 6 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		);
	});

	it('without Continue On Fail, the node stops at the budget and names the jobs already started', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ maxCredits: 6, concurrency: 1 }, false)], rows(4));
		expect(result.status).toBe('error');
		expect(result.error.message).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 6 of 6 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		);
		expect(result.error.description).toMatch(
			/jobs started by other items.*item 0: generation .*item 1: generation/,
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(2);
	});

	it('asks the calculator once per distinct set of parameters', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				{
					...create({ maxCredits: 100 }),
					parameters: {
						...create({}).parameters,
						numImages: '={{ $json.count }}',
						options: { maxCredits: 100 },
					},
				},
			],
			[1, 2, 1, 2, 1].map((count) => ({ json: { prompt: 'a fox', count } })),
		);
		expect(result.output.every((item) => !item.json.error)).toBe(true);
		const asked = sandbox
			.requestsTo('api', 'POST', '/pricing-calculator')
			.map((request) => request.body.serviceParams.IMAGE_GENERATION.numImages);
		expect(asked.sort()).toEqual([1, 2]);
	});

	it('does not start a job the calculator cannot price, unless unpriced jobs are allowed', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			path: '/pricing-calculator',
			status: 400,
			body: { error: 'pricing is unavailable', path: '$', code: 'unexpected' },
		});
		const refused = await run(sandbox, [create({ maxCredits: 100 })], rows(2));
		expect(refused.output.map((item) => item.json.error)).toEqual([
			'Max Credits cannot price this job: the pricing calculator failed: Leonardo API error: pricing is unavailable. It was not started.',
			'Max Credits cannot price this job: the pricing calculator failed: Leonardo API error: pricing is unavailable. It was not started.',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(0);

		// Allowed: the first job goes alone, and the cost it reports prices the others.
		sandbox.reset();
		sandbox.faults.push({
			server: 'api',
			path: '/pricing-calculator',
			status: 400,
			body: { error: 'pricing is unavailable', path: '$', code: 'unexpected' },
		});
		const allowed = await run(
			sandbox,
			[create({ maxCredits: 7, allowUnpricedJobs: true })],
			rows(4),
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(2);
		expect(allowed.output.filter((item) => item.json.error).map((item) => item.json.error)).toEqual(
			[
				'Max Credits reached: this job would cost about 3 credits, and 6 of 7 credits are already spent by this node in this execution (2 jobs started). It was not started.',
				'Max Credits reached: this job would cost about 3 credits, and 6 of 7 credits are already spent by this node in this execution (2 jobs started). It was not started.',
			],
		);
	});

	it('prices newer (v2) models by the cost an earlier job of the same parameters reported', async () => {
		const { sandbox } = ctx;
		const v2 = (options: Record<string, unknown>) => ({
			continueOnFail: true,
			parameters: {
				resource: 'generation',
				operation: 'createV2',
				model: 'gpt-image-1.5',
				prompt: '={{ $json.prompt }}',
				width: 1024,
				height: 1024,
				downloadImages: false,
				options,
			},
		});
		const refused = await run(sandbox, [v2({ maxCredits: 30 })], rows(1));
		expect(refused.output[0].json.error).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for images of the newer model gpt-image-1.5, and no earlier job with these parameters reported its cost in this execution. It was not started.",
		);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(0);

		sandbox.reset();
		const allowed = await run(sandbox, [v2({ maxCredits: 30, allowUnpricedJobs: true })], rows(4));
		// 13 credits each (the sandbox's v2 price): two fit in 30.
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(2);
		expect(allowed.output.filter((item) => item.json.error)).toHaveLength(2);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(0);
	});

	it('gives the credits back when Leonardo refuses a job, so the budget is not spent on nothing', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/generations',
			status: 400,
			body: { error: 'content moderation filter: fox', path: '$', code: 'unexpected' },
		});
		const result = await run(sandbox, [create({ maxCredits: 6, concurrency: 1 })], rows(3));
		expect(result.output.map((item) => Boolean(item.json.error))).toEqual([true, false, false]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(3);
	});

	it('budgets training: a FLUX Dev element priced by its dataset is not started over the budget', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 12);
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'element',
					operation: 'train',
					datasetId,
					name: 'House style',
					instancePrompt: 'hsstyle',
					options: { maxCredits: 200 },
				},
			},
		]);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe(
			'Max Credits reached: this job would cost about 240 credits, and 0 of 200 credits are already spent by this node in this execution (0 jobs started). It was not started.',
		);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')[0].body).toEqual({
			service: 'MODEL_TRAINING',
			serviceParams: {
				MODEL_TRAINING: { sd_version: 'FLUX_DEV', datasetImageCount: 12, resolution: 1024 },
			},
		});
		expect(sandbox.requestsTo('api', 'POST', '/elements')).toHaveLength(0);
	});

	it('budgets Motion 2.0 videos by resolution and upscales by their reported cost', async () => {
		const { sandbox } = ctx;
		const video = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'video',
						operation: 'create',
						model: 'MOTION2',
						prompt: '={{ $json.prompt }}',
						waitForCompletion: false,
						options: { maxCredits: 40 },
					},
				},
			],
			rows(2),
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations-text-to-video')).toHaveLength(1);
		expect(video.output[1].json.error).toContain('this job would cost about 30 credits');

		const imageId = await generatedImageId(sandbox);
		sandbox.reset();
		const upscales = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'variation',
						operation: 'upscale',
						imageId,
						waitForCompletion: false,
						options: { maxCredits: 12, allowUnpricedJobs: true, concurrency: 1 },
					},
				},
			],
			rows(4),
		);
		// 5 credits each, reported by the first: two fit in 12.
		expect(sandbox.requestsTo('api', 'POST', '/variations/upscale')).toHaveLength(2);
		expect(upscales.output.filter((item) => item.json.error)).toHaveLength(2);
	});
});
