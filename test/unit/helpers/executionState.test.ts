import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	batchState,
	budgetState,
	jobLedger,
	listenForRateLimits,
	platformElementsOnce,
	reportRateLimit,
	runIndexOf,
	userDetailsOnce,
} from '../../../nodes/LeonardoAi/helpers/executionState';

/**
 * One call of execute(): n8n's execute context, with the node's per-execution context
 * (`getContext('node')`) and the run index n8n gives it. Without a node context it throws, as a
 * context outside an execution does.
 */
function call(nodeContext?: IDataObject, runIndex?: unknown): IExecuteFunctions {
	return {
		getContext: (type: string) => {
			if (type !== 'node' || !nodeContext) throw new Error('`executionData` is not initialized');
			return nodeContext;
		},
		getWorkflowDataProxy: () => {
			if (runIndex === undefined) throw new Error('no workflow data here');
			return { $runIndex: runIndex };
		},
	} as unknown as IExecuteFunctions;
}

describe('the state of one call of the node', () => {
	it('a new call (the next run or try) starts with a fresh batch; one call keeps its own', () => {
		const scope = {};
		const first = call(scope, 0);
		const batch = batchState(first);
		expect(batch).toEqual({
			itemLimit: 1,
			maxItems: 1,
			adaptive: false,
			lastSlowDown: 0,
			downloadLimit: 1,
			activeDownloads: 0,
			waiting: [],
			started: new Map(),
		});
		batch.started.set(0, [{ kind: 'generation', id: 'g1' }]);
		expect(batchState(first).started.get(0)).toEqual([{ kind: 'generation', id: 'g1' }]);
		expect(batchState(call(scope, 0)).started.size).toBe(0);
	});

	it('asks GET /me once for all items of a call, again in the next call, and again after a failure', async () => {
		const first = call({});
		let loads = 0;
		const load = (answer: IDataObject) => async () => {
			loads += 1;
			return answer;
		};
		const [a, b] = await Promise.all([
			userDetailsOnce(first, load({ user: 'a' })),
			userDetailsOnce(first, load({ user: 'b' })),
		]);
		expect([a, b, loads]).toEqual([{ user: 'a' }, { user: 'a' }, 1]);
		expect(await userDetailsOnce(call({}), load({ user: 'c' }))).toEqual({ user: 'c' });
		expect(loads).toBe(2);

		const failing = call({});
		await expect(
			userDetailsOnce(failing, async () => await Promise.reject(new Error('503'))),
		).rejects.toThrow('503');
		expect(await userDetailsOnce(failing, load({ user: 'd' }))).toEqual({ user: 'd' });
	});

	it("keeps the platform element list apart from GET /me's answer, once per call", async () => {
		const context = call({});
		const elements = [{ akUUID: 'e1' }];
		expect(await platformElementsOnce(context, async () => elements)).toBe(elements);
		expect(await platformElementsOnce(context, async () => [])).toBe(elements);
		expect(await userDetailsOnce(context, async () => ({ user: 'u' }))).toEqual({ user: 'u' });
		const failing = call({});
		await expect(
			platformElementsOnce(failing, async () => await Promise.reject(new Error('503'))),
		).rejects.toThrow('503');
		expect(await platformElementsOnce(failing, async () => elements)).toBe(elements);
	});

	it("tells the call's rate-limit listener of each answer, and no other call's", () => {
		const heard: boolean[] = [];
		const first = call({});
		const other = call({});
		listenForRateLimits(first, (rateLimited) => heard.push(rateLimited));
		reportRateLimit(first, true);
		reportRateLimit(first, false);
		reportRateLimit(other, true);
		expect(heard).toEqual([true, false]);
	});
});

describe("the state of the node's execution", () => {
	it('every call with the same node context (runs, tries, tool calls) draws from one budget', () => {
		const scope = {};
		budgetState(call(scope, 0)).spent = 12;
		expect(budgetState(call(scope, 1)).spent).toBe(12);
		expect(budgetState(call({}, 0))).toEqual({
			spent: 0,
			started: 0,
			quotes: new Map(),
			reported: new Map(),
		});
	});

	it('a context without a node context is its own scope', () => {
		const lone = call();
		budgetState(lone).spent = 5;
		expect(budgetState(lone).spent).toBe(5);
		expect(budgetState(call()).spent).toBe(0);
		jobLedger(lone).k = { state: 'unknown', message: 'timeout' };
		expect(jobLedger(lone)).toEqual({ k: { state: 'unknown', message: 'timeout' } });
	});

	it('keeps the job ledger in the node context as data: an execution restored from its saved data finds it, with a fresh budget', () => {
		const scope: IDataObject = {};
		const context = call(scope, 0);
		jobLedger(context)['0:0:abc'] = { state: 'started', id: 'g1', fields: { cost: 3 } };
		budgetState(context).spent = 3;
		expect(scope).toEqual({
			leonardoAiJobs: { '0:0:abc': { state: 'started', id: 'g1', fields: { cost: 3 } } },
		});

		const restored = call(JSON.parse(JSON.stringify(scope)) as IDataObject, 0);
		expect(jobLedger(restored)['0:0:abc']).toEqual({
			state: 'started',
			id: 'g1',
			fields: { cost: 3 },
		});
		expect(budgetState(restored).spent).toBe(0);
	});

	it('replaces a ledger entry that is not an object', () => {
		const scope: IDataObject = { leonardoAiJobs: 'corrupt' };
		expect(jobLedger(call(scope))).toEqual({});
		expect(scope.leonardoAiJobs).toEqual({});
	});

	it("reads the call's run index, 0 where n8n gives none", () => {
		expect(runIndexOf(call({}, 2))).toBe(2);
		expect(runIndexOf(call({}, '2'))).toBe(0);
		expect(runIndexOf(call({}))).toBe(0);
	});
});
