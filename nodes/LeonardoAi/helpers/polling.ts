import type { IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

export interface PollOptions {
	/** Give up after this many milliseconds. */
	timeoutMs: number;
	/** What is being waited for, for messages: "Generation 1234". */
	label: string;
	itemIndex: number;
	firstDelayMs?: number;
	maxDelayMs?: number;
}

/** Longest single sleep, so a cancelled execution stops waiting within about half a second. */
const SLEEP_SLICE_MS = 500;

/** Whether the user stopped the execution (editor contexts, which have no cancel signal, never are). */
export function isCancelled(context: IExecuteFunctions | ILoadOptionsFunctions): boolean {
	const getSignal = (context as IExecuteFunctions).getExecutionCancelSignal;
	return typeof getSignal === 'function' && getSignal.call(context)?.aborted === true;
}

async function sleepUnlessCancelled(context: IExecuteFunctions, ms: number): Promise<void> {
	const end = Date.now() + ms;
	while (!isCancelled(context)) {
		const left = end - Date.now();
		if (left <= 0) return;
		await sleep(Math.min(left, SLEEP_SLICE_MS));
	}
}

/**
 * Polls until `isDone` says so: first check after ~1 s, then backing off to ~5 s, up to the
 * timeout; stops at once when the execution is cancelled. Returns the last fetched state.
 */
export async function pollUntilDone<T>(
	context: IExecuteFunctions,
	fetchOnce: () => Promise<T>,
	isDone: (state: T) => boolean,
	options: PollOptions,
): Promise<T> {
	const { timeoutMs, label, itemIndex, firstDelayMs = 1000, maxDelayMs = 5000 } = options;
	const deadline = Date.now() + timeoutMs;
	let delay = firstDelayMs;
	for (;;) {
		await sleepUnlessCancelled(context, Math.min(delay, Math.max(0, deadline - Date.now())));
		if (isCancelled(context)) {
			throw new NodeOperationError(context.getNode(), `Stopped waiting for ${label}: the execution was cancelled`, {
				itemIndex,
				description: 'The job keeps running at Leonardo; fetch its result later with the matching "Get" operation.',
			});
		}
		const state = await fetchOnce();
		if (isDone(state)) return state;
		if (Date.now() >= deadline) {
			throw new NodeOperationError(context.getNode(), `${label} was not finished after ${Math.round(timeoutMs / 1000)} s`, {
				itemIndex,
				description: 'Raise "Wait Timeout" in the options, or turn off "Wait for Completion" and fetch the result later with the matching "Get" operation.',
			});
		}
		delay = Math.min(maxDelayMs, Math.round(delay * 1.5));
	}
}
