import type { IContextObject, IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Everything the Leonardo AI node remembers beyond one item, in one place. Nothing is global: each
 * part hangs off an object n8n hands the node, and is dropped (garbage collected) with that object.
 *
 * Two keys (n8n-core 2.x and 1.x, `WorkflowExecute.runNode` and `NodeHelpers.getContext`):
 * - **The call**: the execute context, `this` in `execute()`. n8n makes a new one for every call of
 *   `execute()` — every run of the node and every try of a run — and drops it when the call returns.
 *   Holds the batch (item and download limits, the jobs started by each item, "start no more
 *   jobs"), the GET /me answer and the platform element list: what one call's items share.
 * - **The node's execution scope**: n8n's per-execution node context, `getContext('node')` — the
 *   execution data's `contextData['node:<node name>']`, one object for every run of this node in
 *   the execution, saved with it. Holds the Max Credits budget (in memory, keyed by that object) and
 *   the job ledger (inside it, as data: saved and restored with the execution). A context without
 *   one (unit tests' fakes) is its own scope.
 *
 * What n8n does, mapped onto them (a new call always means a new call state):
 * - Retry On Fail: each try is a new call with the same run index, in the same scope (the ledger
 *   finds the earlier try's jobs). Likewise the second call Retry On Fail makes when Continue On Fail
 *   returned an error as the first output item.
 * - A loop's next iteration, a second branch into the node, a re-run of it within the execution: a
 *   new call with the next run index, in the same scope (the budget counts on; the ledger's keys differ).
 * - As an AI Agent's tool, through the engine (Tools Agent v3 asks n8n to run the tool node): each
 *   tool call is a run of its own (next run index) with Retry On Fail as above, same scope. Through
 *   the in-process tool path (`makeHandleToolInvocation`: e.g. agents before V3, the MCP Server
 *   Trigger): each tool call and each of its tries is a new call with the next run index, so a
 *   retry there would not find the earlier try's job in the ledger — n8n retries only a call that
 *   throws, and as a tool the node never throws (helpers/toolMode.ts, the router) —; the scope (and
 *   budget) is still the execution's.
 * - Queue mode: a worker runs the execution in one process, so all of the above holds there too.
 * - An execution resumed from the database (after a Wait over 65 s, or "Retry" of a failed
 *   execution in the executions list, which starts from its saved data): the scope is a new object,
 *   so the budget starts again at 0, while the ledger comes back with the saved data.
 * - A new execution (the next trigger, a manual run) starts with nothing.
 * Not here: trigger/duplicates.ts, the webhook deliveries one process has seen (process-wide).
 */

/** A paid job started for an item in this call, named in its error if the item fails. */
export interface StartedJob {
	/** The resource whose "Get" fetches it. */
	kind: 'generation' | 'variation' | 'element' | 'model' | 'blueprintExecution' | 'realtimeImage';
	id: string;
}

/** helpers/batch.ts: what the items of one call share. */
export interface BatchState {
	/** Items at once; when chosen automatically, halved on a rate limit and grown back up to `maxItems`. */
	itemLimit: number;
	maxItems: number;
	adaptive: boolean;
	lastSlowDown: number;
	downloadLimit: number;
	activeDownloads: number;
	waiting: Array<() => void>;
	started: Map<number, StartedJob[]>;
	/** Set once a job POST's outcome is unknown: this call starts no further job. */
	stoppedBy?: { itemIndex: number; message: string };
}

interface CallState {
	batch?: BatchState;
	/** transport/account.ts: GET /me's first `user_details` entry. */
	userDetails?: Promise<IDataObject>;
	/** generation/elements.ts: GET /elements' platform elements. */
	platformElements?: Promise<IDataObject[]>;
	/** Told by transport/retry.ts of every answer, whether it was a 429 (the router listens). */
	rateLimitListener?: RateLimitListener;
}

/** Called with `true` for an answer of 429 (rate limited), `false` for any other answer. */
export type RateLimitListener = (rateLimited: boolean) => void;

const calls = new WeakMap<object, CallState>();

function callState(context: object): CallState {
	let state = calls.get(context);
	if (!state) calls.set(context, (state = {}));
	return state;
}

/** Whoever adapts this call's pace to Leonardo's rate limits (the router) listens here. */
export function listenForRateLimits(context: object, listener: RateLimitListener): void {
	callState(context).rateLimitListener = listener;
}

/** The transport's report of one answer: a 429 or not. Nobody listening (an editor list, the trigger): ignored. */
export function reportRateLimit(context: object, rateLimited: boolean): void {
	calls.get(context)?.rateLimitListener?.(rateLimited);
}

/** The batch of this call (limits of 1 until the router sets them). */
export function batchState(context: object): BatchState {
	const state = callState(context);
	state.batch ??= {
		itemLimit: 1,
		maxItems: 1,
		adaptive: false,
		lastSlowDown: 0,
		downloadLimit: 1,
		activeDownloads: 0,
		waiting: [],
		started: new Map(),
	};
	return state.batch;
}

/**
 * One request for all items of the call: the first asker's `load`, its answer shared; forgotten
 * when it fails, so a later item asks again.
 */
function loadOnce<T>(
	pending: Promise<T> | undefined,
	keep: (pending: Promise<T> | undefined) => void,
	load: () => Promise<T>,
): Promise<T> {
	if (pending) return pending;
	const loading = load();
	loading.catch(() => keep(undefined));
	keep(loading);
	return loading;
}

/** GET /me's user details, asked once per call. */
export function userDetailsOnce(
	context: IExecuteFunctions,
	load: () => Promise<IDataObject>,
): Promise<IDataObject> {
	const state = callState(context);
	return loadOnce(state.userDetails, (pending) => (state.userDetails = pending), load);
}

/** Leonardo's platform elements, asked once per call. */
export function platformElementsOnce(
	context: IExecuteFunctions,
	load: () => Promise<IDataObject[]>,
): Promise<IDataObject[]> {
	const state = callState(context);
	return loadOnce(state.platformElements, (pending) => (state.platformElements = pending), load);
}

const ownScopes = new WeakMap<object, IContextObject>();

/** The node's execution scope (see above): n8n's per-execution node context, else the context itself. */
function executionScope(context: IExecuteFunctions): IContextObject {
	try {
		return context.getContext('node');
	} catch {
		let scope = ownScopes.get(context);
		if (!scope) ownScopes.set(context, (scope = {}));
		return scope;
	}
}

/** Which run of this node in the execution this call is (0, 1, … for each branch, loop iteration or tool call). */
export function runIndexOf(context: IExecuteFunctions): number {
	try {
		const runIndex = context.getWorkflowDataProxy(0).$runIndex;
		return typeof runIndex === 'number' ? runIndex : 0;
	} catch {
		return 0;
	}
}

/** A pricing calculator answer the budget can use, or why it cannot. */
export type PriceQuote = { credits: number } | { problem: string };

/** shared/budget.ts: Options → Max Credits, for every run of the node in the execution. */
export interface BudgetState {
	/** Credits reserved or reported by the jobs this node started in this execution. */
	spent: number;
	started: number;
	quotes: Map<string, Promise<PriceQuote>>;
	/** The highest cost Leonardo reported for a job, by same-cost key. */
	reported: Map<string, number>;
	/** The unpriced job being started — one at a time, whatever its parameters: the others wait for its cost. */
	pioneer?: Promise<void>;
	/** Set when an unpriced job's cost never became known: no further unpriced job may start. */
	blind?: string;
}

const budgets = new WeakMap<object, BudgetState>();

/** The execution's credit budget: every run of the node draws from one. */
export function budgetState(context: IExecuteFunctions): BudgetState {
	const scope = executionScope(context);
	let state = budgets.get(scope);
	if (!state) {
		state = { spent: 0, started: 0, quotes: new Map(), reported: new Map() };
		budgets.set(scope, state);
	}
	return state;
}

export type LedgerEntry =
	| { state: 'started'; id: string; fields: IDataObject }
	/** The POST's answer left it unknown whether the job started: never sent again in this execution. */
	| { state: 'unknown'; message: string };

const LEDGER = 'leonardoAiJobs';

/** shared/jobLedger.ts: the jobs started in this execution, by key; kept in the scope, as data. */
export function jobLedger(context: IExecuteFunctions): Record<string, LedgerEntry> {
	const scope = executionScope(context);
	if (!scope[LEDGER] || typeof scope[LEDGER] !== 'object') scope[LEDGER] = {};
	return scope[LEDGER] as Record<string, LedgerEntry>;
}
