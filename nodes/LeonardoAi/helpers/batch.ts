/**
 * What the items of one node execution share: how many items and downloads may run at once, and
 * the jobs already started, so a failure can name the paid work the user would otherwise lose.
 * Keyed by the execution context the router hands every item.
 */

export interface StartedJob {
	/** The resource whose "Get" fetches it. */
	kind: 'generation' | 'variation' | 'element' | 'model';
	id: string;
}

interface BatchState {
	/** Items at once; when chosen automatically, halved on a rate limit and grown back up to `maxItems`. */
	itemLimit: number;
	maxItems: number;
	adaptive: boolean;
	lastSlowDown: number;
	downloadLimit: number;
	activeDownloads: number;
	waiting: Array<() => void>;
	started: Map<number, StartedJob[]>;
	/** Set once a job POST's outcome is unknown: this run starts no further job. */
	stoppedBy?: { itemIndex: number; message: string };
}

const batches = new WeakMap<object, BatchState>();

function batchOf(context: object): BatchState {
	let state = batches.get(context);
	if (!state) {
		state = {
			itemLimit: 1,
			maxItems: 1,
			adaptive: false,
			lastSlowDown: 0,
			downloadLimit: 1,
			activeDownloads: 0,
			waiting: [],
			started: new Map(),
		};
		batches.set(context, state);
	}
	return state;
}

export function setLimits(
	context: object,
	limits: { items: number; adaptive: boolean; downloads: number },
): void {
	const state = batchOf(context);
	state.itemLimit = Math.max(1, limits.items);
	state.maxItems = state.itemLimit;
	state.adaptive = limits.adaptive;
	state.downloadLimit = Math.max(1, limits.downloads);
}

export function itemLimit(context: object): number {
	return batchOf(context).itemLimit;
}

/** Leonardo answered 429: an automatic item limit halves, at most once a second (one burst is one signal). */
export function slowDown(context: object): void {
	const state = batchOf(context);
	if (!state.adaptive || Date.now() - state.lastSlowDown < 1000) return;
	state.lastSlowDown = Date.now();
	state.itemLimit = Math.max(1, Math.floor(state.itemLimit / 2));
}

/** A request went through: after a second without a 429, an automatic item limit grows by one per request, back up to where it started. */
export function speedUp(context: object): void {
	const state = batchOf(context);
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
	const state = batchOf(context);
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
	const started = batchOf(context).started;
	started.set(itemIndex, [...(started.get(itemIndex) ?? []), job]);
}

export function startedJobs(context: object, itemIndex: number): StartedJob[] {
	return batchOf(context).started.get(itemIndex) ?? [];
}

/** Every job started in this execution, by item. */
export function allStartedJobs(context: object): Array<[number, StartedJob[]]> {
	return [...batchOf(context).started.entries()].sort(([a], [b]) => a - b);
}

export function describeJobs(jobs: StartedJob[]): string {
	return jobs.map((job) => `${job.kind} ${job.id}`).join(', ');
}

/** A job POST's outcome is unknown (it may have started): no other item of this run starts a job. */
export function stopStartingJobs(context: object, itemIndex: number, message: string): void {
	batchOf(context).stoppedBy ??= { itemIndex, message };
}

/** Why this run starts no further job, if it does not. */
export function jobsStoppedBy(context: object): { itemIndex: number; message: string } | undefined {
	return batchOf(context).stoppedBy;
}
