import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { pollUntilDone, waitForJob } from '../../../nodes/LeonardoAi/helpers/polling';
import { refusalOf, testNode } from '../fakeContext';
import { settled } from '../fakeClock';

/** The fake clock's start: times below are milliseconds after it. */
const START = Date.UTC(2026, 11, 2, 12, 0, 0);

const RAISE_WAIT_TIMEOUT =
	'Raise "Wait Timeout" in the options, or turn off "Wait for Completion" and fetch the result later with the matching "Get" operation.';

/** An execution the user can stop (its cancel signal). */
function execution() {
	const controller = new AbortController();
	const context = {
		getNode: () => testNode(),
		getExecutionCancelSignal: () => controller.signal,
	} as unknown as IExecuteFunctions;
	return { context, cancel: () => controller.abort() };
}

type Step = IDataObject | undefined | Error;

/**
 * Leonardo's answers to the status checks, in order, noting when each check is made and the
 * deadline it is given (fake time after START). A check beyond the steps is an error.
 */
function statusChecks(steps: Step[], during?: () => void) {
	const checks: Array<{ at: number; deadline: number }> = [];
	const fetch = jest.fn(async (deadline: number) => {
		checks.push({ at: Date.now() - START, deadline: deadline - START });
		during?.();
		if (checks.length > steps.length)
			throw new Error(`status check ${checks.length} was not expected`);
		const step = steps[checks.length - 1];
		if (step instanceof Error) throw step;
		return step;
	});
	return { fetch, checks, times: () => checks.map(({ at }) => at) };
}

const pending: IDataObject = { status: 'PENDING' };
const complete: IDataObject = { status: 'COMPLETE', id: 'g1' };
const isComplete = (state: IDataObject | undefined) => state?.status === 'COMPLETE';

/** The error the wait ends with, as the user sees it, and the item it is reported on. */
async function failureOf(promise: Promise<unknown>) {
	const error = await settled(promise).then(
		() => undefined,
		(caught: { message: string; description?: string; context?: { itemIndex?: number } }) => caught,
	);
	if (!error) throw new Error('the wait did not fail');
	return {
		message: error.message,
		description: error.description,
		itemIndex: error.context?.itemIndex,
	};
}

beforeEach(() => jest.useFakeTimers({ now: START, doNotFake: ['nextTick'] }));
afterEach(() => jest.useRealTimers());

describe('pollUntilDone (helpers/polling.ts)', () => {
	const options = { timeoutMs: 20_000, label: 'Generation 1234', itemIndex: 2 };

	it('checks after 1 s, then waits half as long again each time up to 5 s, and returns the state that is done', async () => {
		const { context } = execution();
		const job = statusChecks([pending, undefined, pending, pending, pending, complete]);
		await expect(settled(pollUntilDone(context, job.fetch, isComplete, options))).resolves.toBe(
			complete,
		);
		expect(job.times()).toEqual([1000, 2500, 4750, 8125, 13_125, 18_125]);
	});

	it('makes the last check at the deadline, gives each check until then or at least 2 s to answer, then says the job was not finished', async () => {
		const { context } = execution();
		const job = statusChecks(Array<Step>(7).fill(pending));
		expect(await failureOf(pollUntilDone(context, job.fetch, isComplete, options))).toEqual({
			message: 'Generation 1234 was not finished after 20 s',
			description: RAISE_WAIT_TIMEOUT,
			itemIndex: 2,
		});
		expect(job.checks).toEqual([
			{ at: 1000, deadline: 20_000 },
			{ at: 2500, deadline: 20_000 },
			{ at: 4750, deadline: 20_000 },
			{ at: 8125, deadline: 20_000 },
			{ at: 13_125, deadline: 20_000 },
			// A check less than 2 s before the deadline still gets 2 s to answer.
			{ at: 18_125, deadline: 20_125 },
			{ at: 20_000, deadline: 22_000 },
		]);
	});

	it("gives the caller's own hint on a timeout (media uploads) instead of raising Wait Timeout", async () => {
		const { context } = execution();
		const job = statusChecks([pending, pending]);
		expect(
			await failureOf(
				pollUntilDone(context, job.fetch, isComplete, {
					timeoutMs: 2000,
					label: 'Upload of clip.mp4',
					itemIndex: 0,
					timeoutHint: 'Upload a shorter video.',
				}),
			),
		).toEqual({
			message: 'Upload of clip.mp4 was not finished after 2 s',
			description: 'Upload a shorter video.',
			itemIndex: 0,
		});
	});

	it('says Leonardo did not answer in time when the check at the deadline fails', async () => {
		const { context } = execution();
		const job = statusChecks([...Array<Step>(6).fill(pending), new Error('socket hang up')]);
		expect(await failureOf(pollUntilDone(context, job.fetch, isComplete, options))).toEqual({
			message: 'Generation 1234 was not finished after 20 s',
			description: `Leonardo did not answer the last status check in time. ${RAISE_WAIT_TIMEOUT}`,
			itemIndex: 2,
		});
		expect(job.times()).toEqual([1000, 2500, 4750, 8125, 13_125, 18_125, 20_000]);
	});

	it('makes no status check once the execution is cancelled during a wait, and says the job keeps running', async () => {
		const { context, cancel } = execution();
		const job = statusChecks([complete]);
		const polled = pollUntilDone(context, job.fetch, isComplete, options);
		await jest.advanceTimersByTimeAsync(300);
		cancel();
		expect(await failureOf(polled)).toEqual({
			message: 'Stopped waiting for Generation 1234: the execution was cancelled',
			description:
				'The job keeps running at Leonardo; fetch its result later with the matching "Get" operation.',
			itemIndex: 2,
		});
		expect(job.checks).toEqual([]);
	});

	it('says the execution was cancelled, not the network error, when a check fails because of the cancel', async () => {
		const { context, cancel } = execution();
		const job = statusChecks([new Error('The operation was aborted')], cancel);
		expect(await failureOf(pollUntilDone(context, job.fetch, isComplete, options))).toEqual({
			message: 'Stopped waiting for Generation 1234: the execution was cancelled',
			description:
				'The job keeps running at Leonardo; fetch its result later with the matching "Get" operation.',
			itemIndex: 2,
		});
		expect(job.times()).toEqual([1000]);
	});
});

describe('waitForJob (helpers/polling.ts)', () => {
	const generation = (fetch: (deadline: number) => Promise<IDataObject | undefined>) => ({
		label: 'Generation 1234',
		itemIndex: 1,
		timeoutSeconds: 300,
		fetch,
		failedHint: 'Try again with another prompt.',
	});

	it('returns the job once it is COMPLETE, checking again while its status is unknown or PENDING', async () => {
		const { context } = execution();
		const job = statusChecks([undefined, pending, complete]);
		await expect(settled(waitForJob(context, generation(job.fetch)))).resolves.toBe(complete);
		expect(job.times()).toEqual([1000, 2500, 4750]);
	});

	it('says the job failed at Leonardo, that Leonardo gives no reason, and what to try', async () => {
		const { context } = execution();
		const job = statusChecks([pending, { status: 'FAILED' }]);
		expect(await failureOf(waitForJob(context, generation(job.fetch)))).toEqual({
			message: 'Generation 1234 failed at Leonardo',
			description: 'Leonardo gives no reason for failed jobs. Try again with another prompt.',
			itemIndex: 1,
		});
	});

	it('names the job when the execution is cancelled while waiting for it', async () => {
		const { context, cancel } = execution();
		cancel();
		const job = statusChecks([complete]);
		expect(await refusalOf(waitForJob(context, generation(job.fetch)))).toEqual({
			message: 'Stopped waiting for Generation 1234: the execution was cancelled',
			description:
				'The job keeps running at Leonardo; fetch its result later with the matching "Get" operation.',
		});
		expect(job.checks).toEqual([]);
	});
});
