import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { CreditBudget, JobPricing } from '../../../nodes/LeonardoAi/actions/shared/budget';
import {
	holdCredits,
	readCreditBudget,
	releaseCredits,
	reserveCredits,
	settleCredits,
} from '../../../nodes/LeonardoAi/actions/shared/budget';
import { pricingRequest } from '../../../nodes/LeonardoAi/actions/shared/pricing';
import { fakeExecution } from './fakeExecution';

/**
 * Options → Max Credits, one execution at a time without n8n: the calculator prices a Generation →
 * Create job at 3 credits (fakeExecution's default); a newer-model job has no calculator service.
 */
const priced: JobPricing = {
	calculator: pricingRequest('IMAGE_GENERATION', {
		imageWidth: 1024,
		imageHeight: 768,
		numImages: 1,
	}),
	sameCostKey: '/generations {"height":768,"num_images":1,"width":1024}',
	what: 'images',
};
const unpriced: JobPricing = {
	sameCostKey: '/generations {"model":"gpt-image-1.5"}',
	what: 'images of the newer model gpt-image-1.5',
};
const credits = (amount: string) => ({ amount, unit: 'CREDITS' });

/** The item's error: its message and the description shown under it. */
async function refusal(promise: Promise<unknown>) {
	const error = await promise.then(
		() => undefined,
		(thrown: Error & { description?: string }) => thrown,
	);
	if (!error) throw new Error('the job was not refused');
	return { message: error.message, description: error.description };
}

function reserve(context: IExecuteFunctions, budget: CreditBudget, pricing: JobPricing) {
	return reserveCredits.call(context, 0, budget, pricing);
}

/** Fails, rather than waiting for ever, when a reservation is still waiting for an earlier job. */
async function soon<T>(promise: Promise<T>): Promise<T> {
	let done = false;
	promise.then(
		() => (done = true),
		() => (done = true),
	);
	await sleep(50);
	if (!done) throw new Error('still waiting for an earlier unpriced job');
	return await promise;
}

describe('Options → Max Credits and Allow Unpriced Jobs, as read from the item', () => {
	const { context } = fakeExecution();
	const read = (options: IDataObject) => readCreditBudget.call(context, options, 0);

	it.each([
		['not set', {}],
		['empty (an expression that gives nothing)', { maxCredits: '' }],
		['0', { maxCredits: 0 }],
	])('Max Credits %s: no budget', (_what, options) => {
		expect(read(options)).toBeUndefined();
	});

	it('takes a number or numeric text, and Allow Unpriced Jobs as a Yes/No or its text', () => {
		expect(read({ maxCredits: 10 })).toEqual({ maxCredits: 10, allowUnpricedJobs: false });
		expect(read({ maxCredits: '25', allowUnpricedJobs: 'true' })).toEqual({
			maxCredits: 25,
			allowUnpricedJobs: true,
		});
	});

	it('refuses a negative Max Credits, and an Allow Unpriced Jobs that is neither yes nor no, by name', () => {
		expect(() => read({ maxCredits: -5 })).toThrow(
			'"Max Credits (per Execution)" must be a number of at least 0, not -5',
		);
		expect(() => read({ maxCredits: 10, allowUnpricedJobs: 'maybe' })).toThrow(
			'"Allow Unpriced Jobs" must be true or false, not "maybe"',
		);
	});
});

describe('Max Credits: reserving, settling, releasing and holding a job’s credits', () => {
	it('a job that reports less than its estimate leaves the estimate spent', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 8, allowUnpricedJobs: false };
		for (let job = 0; job < 2; job++)
			settleCredits.call(context, await reserve(context, budget, priced), credits('2'));
		expect(await refusal(reserve(context, budget, priced))).toEqual({
			message:
				'Max Credits reached: this job would cost about 3 credits, and 6 of 8 credits are already spent by this node in this execution (2 jobs started). It was not started.',
			description:
				'Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.',
		});
	});

	it('a job that reports more is charged what it reported, and prices the jobs like it', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 9, allowUnpricedJobs: false };
		settleCredits.call(context, await reserve(context, budget, priced), credits('5'));
		expect((await refusal(reserve(context, budget, priced))).message).toBe(
			'Max Credits reached: this job would cost about 5 credits, and 5 of 9 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
	});

	it('a released job (certainly not started) gives its credits back and is not counted as started', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 4, allowUnpricedJobs: false };
		releaseCredits.call(context, await reserve(context, budget, priced));
		await reserve(context, budget, priced);
		expect((await refusal(reserve(context, budget, priced))).message).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 3 of 4 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
	});

	it('a job nothing prices is refused, with how to allow it, unless unpriced jobs are allowed', async () => {
		const { context, sent } = fakeExecution();
		expect(
			await refusal(reserve(context, { maxCredits: 100, allowUnpricedJobs: false }, unpriced)),
		).toEqual({
			message:
				"Max Credits cannot price this job: Leonardo's pricing calculator has no service for images of the newer model gpt-image-1.5, and no earlier job with these parameters reported its cost in this execution. It was not started.",
			description:
				'Turn on Options → Allow Unpriced Jobs to start jobs the node cannot price (one at a time; the cost each reports counts toward Max Credits), or remove Max Credits.',
		});
		expect(sent).toHaveLength(0);
	});

	it('an allowed unpriced job starts alone; the cost it reports prices the next', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 30, allowUnpricedJobs: true };
		const first = await reserve(context, budget, unpriced);
		const second = reserve(context, budget, unpriced);
		await expect(soon(second)).rejects.toThrow('still waiting for an earlier unpriced job');
		settleCredits.call(context, first, credits('13'));
		expect((await soon(second)).credits).toBe(13);
		expect((await refusal(reserve(context, budget, unpriced))).message).toBe(
			'Max Credits reached: this job would cost about 13 credits, and 26 of 30 credits are already spent by this node in this execution (2 jobs started). It was not started.',
		);
	});

	it.each([
		['0 credits', credits('0')],
		['a cost in dollars', { amount: '0.04', unit: 'DOLLARS' }],
		['no cost', undefined],
		['a null cost', null],
		['an amount that is no number', credits('n/a')],
		['an amount that is no finite number', credits('Infinity')],
	])(
		'an unpriced job that reports %s stops the unpriced jobs after it',
		async (_what, reported) => {
			const { context } = fakeExecution();
			const budget = { maxCredits: 100, allowUnpricedJobs: true };
			settleCredits.call(context, await reserve(context, budget, unpriced), reported);
			expect(await refusal(soon(reserve(context, budget, unpriced)))).toEqual({
				message:
					"Max Credits cannot price this job: Leonardo's pricing calculator has no service for images of the newer model gpt-image-1.5, and no earlier job with these parameters reported its cost in this execution, and an earlier unpriced job (images of the newer model gpt-image-1.5) reported no cost in credits. It was not started.",
				description:
					'The node cannot tell what further unpriced jobs would cost, so none starts. Remove Max Credits to run them anyway.',
			});
		},
	);

	it('a priced job that reports no cost leaves unpriced jobs allowed', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 100, allowUnpricedJobs: true };
		settleCredits.call(context, await reserve(context, budget, priced), undefined);
		expect((await soon(reserve(context, budget, unpriced))).credits).toBe(0);
	});

	it('an unpriced job that may have started (held) stops the unpriced jobs after it', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 100, allowUnpricedJobs: true };
		const first = await reserve(context, budget, unpriced);
		const waiting = reserve(context, budget, unpriced);
		holdCredits.call(context, first);
		expect((await refusal(soon(waiting))).message).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for images of the newer model gpt-image-1.5, and no earlier job with these parameters reported its cost in this execution, and an earlier unpriced job (images of the newer model gpt-image-1.5) may have started, at an unknown cost. It was not started.",
		);
	});

	it('a priced job that may have started (held) keeps its credits spent, and unpriced jobs allowed', async () => {
		const { context } = fakeExecution();
		const budget = { maxCredits: 4, allowUnpricedJobs: true };
		holdCredits.call(context, await reserve(context, budget, priced));
		expect((await refusal(reserve(context, budget, priced))).message).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 3 of 4 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
		expect((await soon(reserve(context, budget, unpriced))).credits).toBe(0);
	});
});
