import { createHash } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { executionScope, runIndexOf } from '../helpers/context';

/**
 * The jobs this node started in one execution, by run, item and request. n8n's Retry On Fail — and
 * the re-run Continue On Fail triggers when the first output item is an error — call the node again
 * with the same run index and items: a job found here is polled and output again, never POSTed
 * twice. The ledger lives in n8n's per-execution node context, so it ends (and is saved) with the
 * execution; another run (a loop's next iteration, a second branch) or a later execution starts anew.
 */
export type LedgerEntry =
	| { state: 'started'; id: string; fields: IDataObject }
	/** The POST's answer left it unknown whether the job started: never sent again in this execution. */
	| { state: 'unknown'; message: string };

const LEDGER = 'leonardoAiJobs';

/** The ledger key of one item's job: run index, item index and a hash of the request it sends. */
export function jobKey(context: IExecuteFunctions, itemIndex: number, request: string): string {
	const hash = createHash('sha256').update(request).digest('hex').slice(0, 32);
	return `${runIndexOf(context)}:${itemIndex}:${hash}`;
}

function ledgerOf(context: IExecuteFunctions): Record<string, LedgerEntry> {
	const scope = executionScope(context);
	if (!scope[LEDGER] || typeof scope[LEDGER] !== 'object') scope[LEDGER] = {};
	return scope[LEDGER] as Record<string, LedgerEntry>;
}

export function findJob(context: IExecuteFunctions, key: string): LedgerEntry | undefined {
	return ledgerOf(context)[key];
}

export function recordJob(context: IExecuteFunctions, key: string, entry: LedgerEntry): void {
	ledgerOf(context)[key] = entry;
}
