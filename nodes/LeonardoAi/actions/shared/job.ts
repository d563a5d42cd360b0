import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	jobNoun,
	jobsStoppedBy,
	recordStartedJob,
	stopStartingJobs,
	withDownloadSlot,
} from '../../helpers/batch';
import type { StartedJob } from '../../helpers/executionState';
import { readBoolean, readDownloadSwitch, waitTimeoutSeconds } from '../../helpers/parameters';
import { waitForJob } from '../../helpers/polling';
import type { ExpectedFile } from '../../helpers/fileTypes';
import { IMAGE_FILE } from '../../helpers/fileTypes';
import { downloadFileStream } from '../../transport/download';
import { isOutcomeUnknown } from '../../transport/errors';
import type { CreditBudget, JobPricing } from './budget';
import {
	holdCredits,
	readCreditBudget,
	releaseCredits,
	reserveCredits,
	settleCredits,
} from './budget';
import { findJob, jobKey, recordJob } from './jobLedger';

/**
 * What differs between Leonardo's jobs (generations, variations, trainings): how one starts, how its
 * state is read and how it is output. `runJob` does the rest, the same for all.
 */
export interface Job {
	kind: StartedJob['kind'];
	/**
	 * What the job's POST sends, as text (path and body, before any upload it needs): with the run and
	 * the item, the key under which it is started at most once per execution.
	 */
	requestKey: string;
	/**
	 * Work the POST needs that costs no credits (the input image's upload): done only once Max Credits
	 * let the job start, and never for a job started by an earlier try.
	 */
	beforeStart?(): Promise<void>;
	/**
	 * POSTs the job with `leonardoJobRequest`, once (again only after a 429, which started nothing): a
	 * second POST is a second paid job. Returns the new job's ID and the fields to output with the job.
	 */
	start(): Promise<StartedJobFields>;
	/**
	 * Reads the job once: status PENDING, COMPLETE or FAILED; undefined while Leonardo does not know it
	 * yet. The read gives up at `deadline` (the end of Wait Timeout).
	 */
	read(id: string, deadline: number): Promise<IDataObject | undefined>;
	/** The output while the job still runs ("Wait for Completion" off). */
	pending(id: string, fields: IDataObject): IDataObject;
	/** The finished job's output item(s), with its files downloaded when the user asked. */
	finished(id: string, result: IDataObject, fields: IDataObject): Promise<INodeExecutionData[]>;
	/** What the user can do when the job ends FAILED (Leonardo gives no reason). */
	failedHint: string;
	/**
	 * A sync job (POST /v2/generationssync, Realtime's LCM endpoints) is finished when its POST
	 * answers: its result, from the fields `start` returned (kept in the ledger, so a retry outputs it
	 * again), with no wait.
	 */
	resultOf?(fields: IDataObject): IDataObject;
	/** How Options → Max Credits prices the job before its POST. */
	pricing: JobPricing;
}

export interface StartedJobFields {
	id: string;
	fields: IDataObject;
}

/** Where the user sees whether a job whose POST got no clear answer was started after all. */
const HOW_TO_CHECK: Record<StartedJob['kind'], string> = {
	generation:
		'Check with Generation → Get Many (your newest generations and videos) before running this item again.',
	variation:
		"Check with Generation → Get on the source image's generation (its images list their variations) before running this item again.",
	element:
		'Check with Element → Get Many (Include My Trained Elements) before running this item again.',
	model: 'Check with Model → Get Many (Include My Custom Models) before running this item again.',
	// The API lists no executions (https://docs.leonardo.ai/docs/blueprints-guide): only the web app does.
	blueprintExecution:
		"Leonardo's API cannot list Blueprint executions: check your newest creations in the Leonardo web app before running this item again.",
	// A Realtime (LCM) answer is the image itself, with no ID (https://docs.leonardo.ai/v1.0/reference/realtime-canvas).
	realtimeImage:
		"Leonardo's API gives Realtime images no ID to look up: check your API credit balance (User → Get, or the API page of the Leonardo web app) before running this item again.",
};

export function howToCheck(kind: StartedJob['kind']): string {
	return HOW_TO_CHECK[kind];
}

export interface JobSettings {
	waitForCompletion: boolean;
	timeoutSeconds: number;
	/** Options → Max Credits (and Allow Unpriced Jobs); undefined when no budget is set. */
	budget?: CreditBudget;
}

/**
 * "Wait for Completion", the download switch (which only counts while waiting: "Download Images",
 * "Download Video"; null where the result is always downloaded), Options → Wait Timeout and
 * Options → Max Credits, as every job operation reads them.
 */
export function readJobSettings(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	/** The download switch's parameter name. */
	download: string | null,
	defaultTimeoutSeconds?: number,
): JobSettings & { download: boolean } {
	const waitForCompletion = readBoolean.call(this, 'waitForCompletion', itemIndex);
	return {
		waitForCompletion,
		download:
			waitForCompletion && download !== null && readDownloadSwitch.call(this, download, itemIndex),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex, defaultTimeoutSeconds),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/** Refuses the item when a job POST of this run had an unknown outcome (nothing more starts). */
function refuseIfStopped(this: IExecuteFunctions, itemIndex: number): void {
	const stopped = jobsStoppedBy(this);
	if (!stopped) return;
	throw new NodeOperationError(this.getNode(), "Not started: an earlier job's outcome is unknown", {
		itemIndex,
		description: `Item ${stopped.itemIndex}: ${stopped.message}. So that nothing is paid for twice, this run of the node starts no further job: check that job, then run the items that were not started again.`,
	});
}

/**
 * Starts the job at most once per execution (see jobLedger.ts): a job an earlier try of this node
 * started for this item and request is returned as it was; a job whose POST had an unknown outcome
 * is not sent again. Otherwise within Max Credits: its estimate reserved before anything is sent,
 * given back when the job certainly did not start, kept when it may have.
 */
async function startOnce(
	this: IExecuteFunctions,
	itemIndex: number,
	job: Job,
	budget: CreditBudget | undefined,
): Promise<StartedJobFields> {
	const key = jobKey(this, itemIndex, job.requestKey);
	const earlier = findJob(this, key);
	if (earlier?.state === 'started') return earlier;
	if (earlier?.state === 'unknown') {
		throw new NodeOperationError(
			this.getNode(),
			`Not sent again: an earlier try of this node sent this ${jobNoun(job.kind)} and its outcome is unknown`,
			{
				itemIndex,
				description: `The earlier try: ${earlier.message}. The node never sends a job twice in one execution (a second POST would be a second paid job). ${howToCheck(job.kind)}`,
			},
		);
	}
	refuseIfStopped.call(this, itemIndex);
	const reservation = budget && (await reserveCredits.call(this, itemIndex, budget, job.pricing));
	const send = async () => {
		await job.beforeStart?.();
		refuseIfStopped.call(this, itemIndex);
		return await job.start();
	};
	// A failed start passes on unchanged (it is already the node's error); only the books are kept.
	const started = await send().catch(async (error: unknown) => {
		if (isOutcomeUnknown(error)) {
			recordJob(this, key, { state: 'unknown', message: error.message });
			stopStartingJobs(this, itemIndex, error.message);
			if (reservation) holdCredits.call(this, reservation);
		} else if (reservation) releaseCredits.call(this, reservation);
		return await Promise.reject(error);
	});
	recordJob(this, key, { state: 'started', ...started });
	if (reservation) settleCredits.call(this, reservation, started.fields.cost);
	return started;
}

/**
 * A job's lifecycle: start it (once, within Max Credits), record it as started (and paid) work for
 * this item, then output it as PENDING, or wait until it is COMPLETE (timeout and cancel included)
 * and output the result.
 */
export async function runJob(
	this: IExecuteFunctions,
	itemIndex: number,
	job: Job,
	wait: JobSettings,
): Promise<INodeExecutionData[]> {
	const { id, fields } = await startOnce.call(this, itemIndex, job, wait.budget);
	// A job without an ID (Realtime's answer is its result) has nothing a "Get" could fetch.
	if (id) recordStartedJob(this, itemIndex, { kind: job.kind, id });
	if (job.resultOf) return await job.finished(id, job.resultOf(fields), fields);
	if (!wait.waitForCompletion)
		return [{ json: job.pending(id, fields), pairedItem: { item: itemIndex } }];

	const noun = jobNoun(job.kind);
	const label = `${noun[0].toUpperCase()}${noun.slice(1)}`;
	const finished = await waitForJob(this, {
		label: `${label} ${id}`,
		itemIndex,
		timeoutSeconds: wait.timeoutSeconds,
		fetch: async (deadline) => await job.read(id, deadline),
		failedHint: job.failedHint,
	});
	return await job.finished(id, finished, fields);
}

/**
 * Streams a job's result file (an image, a video) into n8n binary data (on disk in n8n's filesystem
 * mode, never whole in memory), within the execution's download slots.
 */
export async function downloadResult(
	this: IExecuteFunctions,
	url: string,
	baseName: string,
	itemIndex: number,
	expected: ExpectedFile = IMAGE_FILE,
): Promise<IBinaryData> {
	return await withDownloadSlot(this, async () => {
		const file = await downloadFileStream.call(this, url, itemIndex, expected);
		return await this.helpers.prepareBinaryData(
			file.stream as unknown as Buffer,
			`${baseName}.${file.extension}`,
			file.mimeType,
		);
	});
}
