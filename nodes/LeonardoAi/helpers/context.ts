import type {
	IContextObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** The n8n contexts our requests run in: an action's execution, the editor's pickers, the trigger's webhook. */
export type NodeContext = IExecuteFunctions | ILoadOptionsFunctions | IWebhookFunctions;

const scopes = new WeakMap<object, IContextObject>();

/**
 * What this node shares across all its runs in one execution — two branches into it, a loop's
 * iterations, Retry On Fail's tries, an AI agent's calls: n8n's per-execution node context
 * (`getContext('node')`, where n8n's own Loop Over Items keeps its state). It is part of the
 * execution's data, so it ends with the execution. Where a context has none, the context itself.
 */
export function executionScope(context: IExecuteFunctions): IContextObject {
	try {
		return context.getContext('node');
	} catch {
		let scope = scopes.get(context);
		if (!scope) scopes.set(context, (scope = {}));
		return scope;
	}
}

/** Which run of this node in the execution this is (0, 1, … for each branch, loop iteration or tool call). */
export function runIndexOf(context: IExecuteFunctions): number {
	try {
		const runIndex = context.getWorkflowDataProxy(0).$runIndex;
		return typeof runIndex === 'number' ? runIndex : 0;
	} catch {
		return 0;
	}
}
