import type { StartedJob } from './executionState';
import { batchState } from './executionState';

/**
 * What the items of one call of the node share (its state: executionState.ts): how many items and
 * downloads may run at once, and the jobs already started, so a failure can name the paid work the
 * user would otherwise lose.
 */

export function setLimits(
	context: object,
	limits: { items: number; adaptive: boolean; downloads: number },
): void {
	const state = batchState(context);
	state.itemLimit = Math.max(1, limits.items);
	state.maxItems = state.itemLimit;
	state.adaptive = limits.adaptive;
	state.downloadLimit = Math.max(1, limits.downloads);
}

export function itemLimit(context: object): number {
	return batchState(context).itemLimit;
}

/** Leonardo answered 429: an automatic item limit halves, at most once a second (one burst is one signal). */
export function slowDown(context: object): void {
	const state = batchState(context);
	if (!state.adaptive || Date.now() - state.lastSlowDown < 1000) return;
	state.lastSlowDown = Date.now();
	state.itemLimit = Math.max(1, Math.floor(state.itemLimit / 2));
}

/** A request went through: after a second without a 429, an automatic item limit grows by one per request, back up to where it started. */
export function speedUp(context: object): void {
	const state = batchState(context);
	if (
		!state.adaptive ||
		state.itemLimit >= state.maxItems ||
		Date.now() - state.lastSlowDown < 1000
	)
		return;
	state.itemLimit += 1;
}

/** Runs a download when one of the execution's download slots is free. */
export async function withDownloadSlot<T>(context: object, task: () => Promise<T>): Promise<T> {
	const state = batchState(context);
	while (state.activeDownloads >= state.downloadLimit)
		await new Promise<void>((resolve) => state.waiting.push(resolve));
	state.activeDownloads += 1;
	try {
		return await task();
	} finally {
		state.activeDownloads -= 1;
		state.waiting.shift()?.();
	}
}

export function recordStartedJob(context: object, itemIndex: number, job: StartedJob): void {
	const started = batchState(context).started;
	started.set(itemIndex, [...(started.get(itemIndex) ?? []), job]);
}

export function startedJobs(context: object, itemIndex: number): StartedJob[] {
	return batchState(context).started.get(itemIndex) ?? [];
}

/** Every job started in this execution, by item. */
export function allStartedJobs(context: object): Array<[number, StartedJob[]]> {
	return [...batchState(context).started.entries()].sort(([a], [b]) => a - b);
}

/** A job's kind in words: "generation", "blueprint execution". */
export function jobNoun(kind: StartedJob['kind']): string {
	return kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

export function describeJobs(jobs: StartedJob[]): string {
	return jobs.map((job) => `${jobNoun(job.kind)} ${job.id}`).join(', ');
}

/** A job POST's outcome is unknown (it may have started): no other item of this run starts a job. */
export function stopStartingJobs(context: object, itemIndex: number, message: string): void {
	batchState(context).stoppedBy ??= { itemIndex, message };
}

/** Why this run starts no further job, if it does not. */
export function jobsStoppedBy(context: object): { itemIndex: number; message: string } | undefined {
	return batchState(context).stoppedBy;
}
