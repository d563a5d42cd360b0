/**
 * What the items of one node execution share: how many downloads may run at once (the node's
 * Concurrency, across all items), and the jobs already started, so a failure can name the paid
 * work the user would otherwise lose. Keyed by the execution context the router hands every item.
 */

export interface StartedJob {
	/** "generation" or "variation": the resource whose "Get" fetches it. */
	kind: 'generation' | 'variation';
	id: string;
}

interface BatchState {
	downloadLimit: number;
	activeDownloads: number;
	waiting: Array<() => void>;
	started: Map<number, StartedJob[]>;
}

const batches = new WeakMap<object, BatchState>();

function batchOf(context: object): BatchState {
	let state = batches.get(context);
	if (!state) {
		state = { downloadLimit: 1, activeDownloads: 0, waiting: [], started: new Map() };
		batches.set(context, state);
	}
	return state;
}

export function setDownloadLimit(context: object, limit: number): void {
	batchOf(context).downloadLimit = Math.max(1, limit);
}

/** Runs a download when one of the execution's download slots is free. */
export async function withDownloadSlot<T>(context: object, task: () => Promise<T>): Promise<T> {
	const state = batchOf(context);
	while (state.activeDownloads >= state.downloadLimit) await new Promise<void>((resolve) => state.waiting.push(resolve));
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
