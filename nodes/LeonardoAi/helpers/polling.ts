import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isCancelled, sleepUnlessCancelled } from './cancel';

/** How long the status check made when Wait Timeout is up may take: a hung one ends that much later. */
const LAST_CHECK_MS = 2000;

export interface PollOptions {
	/** Give up after this many milliseconds. */
	timeoutMs: number;
	/** What is being waited for, for messages: "Generation 1234". */
	label: string;
	itemIndex: number;
	firstDelayMs?: number;
	maxDelayMs?: number;
	/** What the user can do on a timeout, when it is not "raise Wait Timeout or stop waiting" (media uploads). */
	timeoutHint?: string;
	/** How the timeout says it: "was not finished" (the default), "was not ready". */
	notDone?: string;
}

/**
 * Polls until `isDone` says so: first check after ~1 s, then backing off to ~5 s, up to the
 * timeout — which also ends a poll that hangs (`fetchOnce` gets the deadline); stops at once when
 * the execution is cancelled. Returns the last fetched state.
 */
export async function pollUntilDone<T>(
	context: IExecuteFunctions,
	fetchOnce: (deadline: number) => Promise<T>,
	isDone: (state: T) => boolean,
	options: PollOptions,
): Promise<T> {
	const { timeoutMs, label, itemIndex, firstDelayMs = 1000, maxDelayMs = 5000 } = options;
	const hint =
		options.timeoutHint ??
		'Raise "Wait Timeout" in the options, or turn off "Wait for Completion" and fetch the result later with the matching "Get" operation.';
	const deadline = Date.now() + timeoutMs;
	const stopped = () =>
		new NodeOperationError(
			context.getNode(),
			`Stopped waiting for ${label}: the execution was cancelled`,
			{
				itemIndex,
				description:
					'The job keeps running at Leonardo; fetch its result later with the matching "Get" operation.',
			},
		);
	const timedOut = (why = '') =>
		new NodeOperationError(
			context.getNode(),
			`${label} ${options.notDone ?? 'was not finished'} after ${Math.round(timeoutMs / 1000)} s`,
			{
				itemIndex,
				description: `${why}${hint}`,
			},
		);
	let delay = firstDelayMs;
	for (;;) {
		await sleepUnlessCancelled(context, Math.min(delay, Math.max(0, deadline - Date.now())));
		if (isCancelled(context)) throw stopped();
		// The check at the deadline itself still gets a moment to answer.
		const checkDeadline = Math.max(deadline, Date.now() + LAST_CHECK_MS);
		const state = await fetchOnce(checkDeadline).catch(async (error: unknown) => {
			if (isCancelled(context)) throw stopped();
			if (Date.now() >= deadline)
				throw timedOut('Leonardo did not answer the last status check in time. ');
			return await Promise.reject(error);
		});
		if (isDone(state)) return state;
		if (Date.now() >= deadline) throw timedOut();
		delay = Math.min(maxDelayMs, Math.round(delay * 1.5));
	}
}

export interface JobWait {
	/** What is being waited for, for messages: "Generation 1234". */
	label: string;
	itemIndex: number;
	timeoutSeconds: number;
	/** Reads the job once, giving up at the deadline (Leonardo's PENDING → COMPLETE | FAILED status); undefined while it is unknown. */
	fetch: (deadline: number) => Promise<IDataObject | undefined>;
	/** What the user can do when the job ends FAILED (Leonardo gives no reason). */
	failedHint: string;
}

/** Waits for any Leonardo job until COMPLETE (returned) or FAILED (an error); the job's lifecycle in one place. */
export async function waitForJob(context: IExecuteFunctions, job: JobWait): Promise<IDataObject> {
	const state = await pollUntilDone(
		context,
		job.fetch,
		(current) => current?.status === 'COMPLETE' || current?.status === 'FAILED',
		{
			timeoutMs: job.timeoutSeconds * 1000,
			label: job.label,
			itemIndex: job.itemIndex,
		},
	);
	if (state?.status === 'FAILED') {
		throw new NodeOperationError(context.getNode(), `${job.label} failed at Leonardo`, {
			itemIndex: job.itemIndex,
			description: `Leonardo gives no reason for failed jobs. ${job.failedHint}`,
		});
	}
	return state as IDataObject;
}
