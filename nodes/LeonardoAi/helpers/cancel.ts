import type { IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { NodeContext } from './context';

/** Longest single sleep, so a cancelled execution stops waiting within about half a second. */
const SLEEP_SLICE_MS = 500;

/** Whether the user stopped the execution (editor and webhook contexts, which have no cancel signal, never are). */
export function isCancelled(context: NodeContext): boolean {
	return cancelSignal(context)?.aborted === true;
}

/** The execution's cancel signal, where the context has one. */
export function cancelSignal(context: NodeContext): AbortSignal | undefined {
	const getSignal = (context as IExecuteFunctions).getExecutionCancelSignal;
	return typeof getSignal === 'function' ? getSignal.call(context) : undefined;
}

/** Sleeps in short slices and returns early when the execution is cancelled. */
export async function sleepUnlessCancelled(context: NodeContext, ms: number): Promise<void> {
	const end = Date.now() + ms;
	while (!isCancelled(context)) {
		const left = end - Date.now();
		if (left <= 0) return;
		await sleep(Math.min(left, SLEEP_SLICE_MS));
	}
}
