import { createHash } from 'crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

import type { LedgerEntry } from '../../helpers/executionState';
import { jobLedger, runIndexOf } from '../../helpers/executionState';

/**
 * The jobs this node started in one execution, by run, item and request. n8n's Retry On Fail — and
 * the re-run Continue On Fail triggers when the first output item is an error — call the node again
 * with the same run index and items: a job found here is polled and output again, never POSTed
 * twice. The ledger lives in n8n's per-execution node context, so it is saved with the execution
 * (helpers/executionState.ts: when it ends, and which of n8n's re-runs find it); another run (a
 * loop's next iteration, a second branch) has another run index and starts anew.
 */

/** The ledger key of one item's job: run index, item index and a hash of the request it sends. */
export function jobKey(context: IExecuteFunctions, itemIndex: number, request: string): string {
	const hash = createHash('sha256').update(request).digest('hex').slice(0, 32);
	return `${runIndexOf(context)}:${itemIndex}:${hash}`;
}

export function findJob(context: IExecuteFunctions, key: string): LedgerEntry | undefined {
	return jobLedger(context)[key];
}

export function recordJob(context: IExecuteFunctions, key: string, entry: LedgerEntry): void {
	jobLedger(context)[key] = entry;
}
