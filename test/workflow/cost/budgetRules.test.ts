import { fileItem, run, useSandbox } from '../../harness/context';
import { generateNode, rows } from './generateNode';

/** Generation → Create at 1024×768; `numImages` images cost 3 credits each by the sandbox's price rule. */
const create = (options: Record<string, unknown>, numImages = 1) =>
	generateNode(options, { numImages });
const calculatorAnswers = (answer: unknown) => ({
	server: 'api',
	method: 'POST',
	path: '/pricing-calculator',
	status: 200,
	body: { calculateProductionApiServiceCost: answer },
});

describe('Max Credits trusts nothing it cannot check', () => {
	const ctx = useSandbox();
	const jobPosts = () => ctx.sandbox.requestsTo('api', 'POST', '/generations');
	const spent = () => ctx.sandbox.charges.reduce((sum, charge) => sum + charge.credits, 0);

	it.each([
		[{ cost: 0 }, 'the pricing calculator answered 0 credits, which no paid job costs'],
		[
			{ cost: 0.04 },
			'the pricing calculator answered 0.04, not a whole number of credits (a dollar amount?)',
		],
		[
			{ cost: -5 },
			"the pricing calculator failed: Leonardo's pricing calculator answered -5, not a cost in credits",
		],
		[
			{ cost: 'NaN' },
			'the pricing calculator failed: Leonardo\'s pricing calculator answered "NaN", not a cost in credits',
		],
		[
			{ cost: 3, unit: 'DOLLARS' },
			"the pricing calculator failed: Leonardo's pricing calculator answered 3 DOLLARS, not a cost in credits",
		],
	])(
		'a calculator answer of %j prices nothing: no job starts unless unpriced jobs are allowed',
		async (answer, reason) => {
			const { sandbox } = ctx;
			sandbox.faults.push(calculatorAnswers(answer));
			const result = await run(sandbox, [create({ maxCredits: 15 }, 2)], rows(4));
			expect(jobPosts()).toHaveLength(0);
			for (const item of result.output)
				expect(item.json.error).toBe(
					`Max Credits cannot price this job: ${reason}. It was not started.`,
				);
		},
	);

	it('allowed, the unpriced jobs go one at a time and the first one’s reported cost prices the rest', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push(calculatorAnswers({ cost: 0 }));
		// Two images: 6 credits a job. Two fit in 15.
		const result = await run(
			sandbox,
			[create({ maxCredits: 15, allowUnpricedJobs: true }, 2)],
			rows(4),
		);
		expect(jobPosts()).toHaveLength(2);
		expect(spent()).toBe(12);
		expect(result.output.filter((item) => item.json.error).map((item) => item.json.error)).toEqual([
			'Max Credits reached: this job would cost about 6 credits, and 12 of 15 credits are already spent by this node in this execution (2 jobs started). It was not started.',
			'Max Credits reached: this job would cost about 6 credits, and 12 of 15 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		]);
	});

	it('unpriced jobs with different parameters still start one at a time: the first one’s cost stops the others', async () => {
		const { sandbox } = ctx;
		const sizes = [
			[1024, 1024],
			[1024, 1536],
			[1536, 1024],
			[1536, 1536],
		].map(([width, height]) => ({ json: { width, height } }));
		const result = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'generation',
						operation: 'createV2',
						model: 'gpt-image-1.5',
						prompt: 'a poster',
						width: '={{ $json.width }}',
						height: '={{ $json.height }}',
						downloadImages: false,
						options: { maxCredits: 13, allowUnpricedJobs: true },
					},
				},
			],
			sizes,
		);
		// 13 credits each (the sandbox's v2 price): the first spends the whole budget.
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
		expect(spent()).toBe(13);
		const refused = result.output.filter((item) => item.json.error).map((item) => item.json.error);
		expect(refused).toEqual([
			'Max Credits reached: 13 of 13 credits are already spent by this node in this execution (1 job started). This unpriced job was not started.',
			'Max Credits reached: 13 of 13 credits are already spent by this node in this execution (1 job started). This unpriced job was not started.',
			'Max Credits reached: 13 of 13 credits are already spent by this node in this execution (1 job started). This unpriced job was not started.',
		]);
	});

	it('a reported cost above the estimate counts at once, and prices the jobs after it', async () => {
		const { sandbox } = ctx;
		// The calculator says 3; Leonardo charges 10.
		sandbox.surcharge = 7;
		const result = await run(sandbox, [create({ maxCredits: 12, concurrency: 1 })], rows(3));
		expect(jobPosts()).toHaveLength(1);
		expect(result.output[0].json.cost).toEqual({ amount: '10', unit: 'CREDITS' });
		expect(result.output[1].json.error).toBe(
			'Max Credits reached: this job would cost about 10 credits, and 10 of 12 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
	});

	it('one budget for every run of the node in the execution (two branches into it)', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ maxCredits: 3 })], undefined, sandbox.apiKey, {
			runs: [rows(1), rows(1)],
		});
		expect(jobPosts()).toHaveLength(1);
		expect(result.runs[0][0].json.status).toBe('COMPLETE');
		expect(result.runs[1][0].json.error).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 3 of 3 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
		expect(spent()).toBe(3);
	});

	it('Create From Image: an item the budget refuses uploads nothing', async () => {
		const { sandbox } = ctx;
		// A 640×480 photo is generated at 1024×768: 3 credits. One fits in 5.
		const result = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'generation',
						operation: 'createFromImage',
						prompt: 'watercolor',
						numImages: 1,
						downloadImages: false,
						options: { maxCredits: 5, concurrency: 1 },
					},
				},
			],
			[fileItem('photo-640x480.png'), fileItem('photo-640x480.jpg')],
		);
		expect(result.output[0].json.status).toBe('COMPLETE');
		expect(result.output[1].json.error).toMatch(
			/^Max Credits reached: this job would cost about 3 credits/,
		);
		// The second item asked nothing: its price was known, and it was refused before its upload.
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		expect(sandbox.requestsTo('s3')).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(1);

		// Alone, and over the budget: only its price is asked.
		sandbox.reset();
		await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'generation',
						operation: 'createFromImage',
						prompt: 'watercolor',
						numImages: 1,
						options: { maxCredits: 2 },
					},
				},
			],
			[fileItem('photo-640x480.png')],
		);
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /pricing-calculator',
		]);
	});

	it('Video → Create From Image: an unpriced video the budget refuses makes no request at all', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'video',
						operation: 'createFromImage',
						prompt: 'the camera circles the product',
						options: { maxCredits: 500 },
					},
				},
			],
			[fileItem('photo-640x480.jpg')],
		);
		expect(result.output[0].json.error).toMatch(/^Max Credits cannot price this job: /);
		expect(sandbox.requests).toEqual([]);
	});

	it('an unpriced job that reports no cost in credits stops further unpriced jobs', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/v2/generations',
			status: 200,
			body: {
				generate: {
					generationId: '0b9f8e7d-6c5b-4a39-8271-605f4e3d2c1b',
					cost: { amount: '0.1047', unit: 'DOLLARS' },
				},
			},
		});
		const result = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'generation',
						operation: 'createV2',
						model: 'gpt-image-1.5',
						prompt: '={{ $json.prompt }}',
						waitForCompletion: false,
						options: { maxCredits: 100, allowUnpricedJobs: true },
					},
				},
			],
			rows(2),
		);
		expect(sandbox.requestsTo('api', 'POST', '/v2/generations')).toHaveLength(1);
		expect(result.output[1].json.error).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for images of the newer model gpt-image-1.5, and no earlier job with these parameters reported its cost in this execution, and an earlier unpriced job (images of the newer model gpt-image-1.5) reported no cost in credits. It was not started.",
		);
	});

	it('an upload that fails gives the reserved credits back: the next item still fits', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 400,
			headers: { 'Content-Type': 'application/xml' },
			body: '<Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>',
		});
		const result = await run(
			sandbox,
			[
				{
					continueOnFail: true,
					parameters: {
						resource: 'generation',
						operation: 'createFromImage',
						prompt: 'watercolor',
						numImages: 1,
						downloadImages: false,
						options: { maxCredits: 3, concurrency: 1 },
					},
				},
			],
			[fileItem('photo-640x480.png'), fileItem('photo-640x480.jpg')],
		);
		expect(result.output[0].json.error).toMatch(
			/^Image upload rejected by storage: EntityTooLarge/,
		);
		expect(result.output[1].json.status).toBe('COMPLETE');
		expect(spent()).toBe(3);
	});

	it('a job whose outcome is unknown keeps its credits spent: a later run of the node cannot use them', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/generations', status: 502 });
		const result = await run(sandbox, [create({ maxCredits: 3 })], undefined, sandbox.apiKey, {
			runs: [rows(1), rows(1)],
		});
		expect(jobPosts()).toHaveLength(1);
		expect(result.runs[0][0].json.error).toMatch(/the job may have started and been charged$/);
		expect(result.runs[1][0].json.error).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 3 of 3 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
	});
});
