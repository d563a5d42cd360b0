import { run, useSandbox } from '../../harness/context';
import { generateNode, rows } from './generateNode';

/**
 * Questions Leonardo's pricing calculator refuses: the SDK documents IMAGE_GENERATION's sides as
 * 32–1024 (multiples of 8), at most 4 images when a side is over 768, and 10–60 steps
 * (pricingcalculator.ts), while a job may be up to 1536 a side. The sandbox's calculator refuses the
 * same (test/sandbox/api/pricing.js).
 */
const estimate = (parameters: Record<string, unknown>) => ({
	name: 'Estimate',
	parameters: { resource: 'cost', operation: 'estimate', ...parameters },
});

/** Generation → Create at 1536×1024, one image: 6 credits by the sandbox's price rule (6 tiles). */
const createLarge = (options: Record<string, unknown>) =>
	generateNode(options, { width: 1536, height: 1024, numImages: 1 });

describe('when the pricing calculator refuses the question', () => {
	const ctx = useSandbox();

	it.each([
		[
			'a side over 1024',
			{ width: 1536, height: 1024, numImages: 1 },
			'imageWidth must be between 32 and 1024 and be a multiple of 8',
		],
		[
			'more than 4 images with a side over 768',
			{ width: 1024, height: 1024, numImages: 5 },
			'numImages must be between 1 and 4 when imageWidth or imageHeight is over 768',
		],
		[
			'fewer than 10 steps',
			{ numImages: 1, options: { additionalFields: '{"inferenceSteps": 5}' } },
			'inferenceSteps must be between 10 and 60',
		],
	])('Cost → Estimate stops with the refusal: %s', async (_what, parameters, refusal) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [estimate(parameters)]);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe(`Leonardo API error: ${refusal}`);
		expect(result.error.description).toBe(`Leonardo said: "${refusal}" (unexpected).`);
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator')).toHaveLength(1);
	});

	it('Cost → Estimate prices the largest question the calculator takes', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [estimate({ width: 1024, height: 1024, numImages: 4 })]);
		// 4 tiles per image, 4 images.
		expect(result.output[0].json.credits).toBe(16);
	});

	it('Max Credits does not start a job the calculator refuses to price, and says why', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [createLarge({ maxCredits: 100 })], rows(2));
		for (const item of result.output) {
			expect(item.json.error).toBe(
				'Max Credits cannot price this job: the pricing calculator failed: Leonardo API error: imageWidth must be between 32 and 1024 and be a multiple of 8. It was not started.',
			);
			expect(item.json.description).toBe(
				'Turn on Options → Allow Unpriced Jobs to start jobs the node cannot price (one at a time; the cost each reports counts toward Max Credits), or remove Max Credits.',
			);
		}
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(0);
		expect(sandbox.charges).toEqual([]);
	});

	it('with Allow Unpriced Jobs, the first job starts alone and its reported cost keeps the rest within the budget', async () => {
		const { sandbox } = ctx;
		// 6 credits a job as reported: two fit in 15, the third would go over.
		const result = await run(
			sandbox,
			[createLarge({ maxCredits: 15, allowUnpricedJobs: true })],
			rows(3),
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(2);
		expect(sandbox.charges).toEqual([
			{ path: '/generations', credits: 6 },
			{ path: '/generations', credits: 6 },
		]);
		expect(
			result.output.map((item: { json: { error?: string } }) => item.json.error ?? null),
		).toEqual([
			null,
			null,
			'Max Credits reached: this job would cost about 6 credits, and 12 of 15 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		]);
	});
});
