import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { StartedJob } from '../helpers/batch';
import { recordStartedJob, withDownloadSlot } from '../helpers/batch';
import { readBoolean, waitTimeoutSeconds } from '../helpers/parameters';
import { waitForJob } from '../helpers/polling';
import type { ExpectedFile } from '../helpers/fileTypes';
import { IMAGE_FILE } from '../helpers/fileTypes';
import { downloadFileStream } from '../transport/download';
import type { CreditBudget, JobPricing } from './budget';
import { readCreditBudget, releaseCredits, reserveCredits, settleCredits } from './budget';

/**
 * What differs between Leonardo's jobs (generations, variations): how one starts, how its state is
 * read and how it is output. `runJob` does the rest, the same for all.
 */
export interface Job {
	kind: StartedJob['kind'];
	/**
	 * POSTs the job, never retried: a second POST is a second paid job. Returns the new job's ID as
	 * Leonardo sent it (checked by runJob) and the fields to output with the job.
	 */
	start(): Promise<{ id: unknown; fields: IDataObject }>;
	/** Reads the job once: status PENDING, COMPLETE or FAILED; undefined while Leonardo does not know it yet. */
	read(id: string): Promise<IDataObject | undefined>;
	/** The output while the job still runs ("Wait for Completion" off). */
	pending(id: string, fields: IDataObject): IDataObject;
	/** The finished job's output item(s), with its files downloaded when the user asked. */
	finished(id: string, result: IDataObject, fields: IDataObject): Promise<INodeExecutionData[]>;
	/** What the user can do when the job ends FAILED (Leonardo gives no reason). */
	failedHint: string;
	/** How Options → Max Credits prices the job before its POST. */
	pricing: JobPricing;
}

export interface JobSettings {
	waitForCompletion: boolean;
	timeoutSeconds: number;
	/** Options → Max Credits (and Allow Unpriced Jobs); undefined when no budget is set. */
	budget?: CreditBudget;
}

/**
 * "Wait for Completion", the download switch (which only counts while waiting: "Download Images",
 * "Download Video"), Options → Wait Timeout and Options → Max Credits, as every job operation reads them.
 */
export function readJobSettings(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	download: { name: string; label: string },
	defaultTimeoutSeconds?: number,
): JobSettings & { download: boolean } {
	const waitForCompletion = readBoolean.call(
		this,
		'waitForCompletion',
		'Wait for Completion',
		itemIndex,
	);
	return {
		waitForCompletion,
		download: waitForCompletion && readBoolean.call(this, download.name, download.label, itemIndex),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex, defaultTimeoutSeconds),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/** Starts the job within Max Credits: its estimated cost reserved before the POST, settled by the answer. */
async function startWithinBudget(
	this: IExecuteFunctions,
	itemIndex: number,
	job: Job,
	budget: CreditBudget | undefined,
): Promise<{ id: unknown; fields: IDataObject }> {
	if (!budget) return await job.start();
	const reservation = await reserveCredits.call(this, itemIndex, budget, job.pricing);
	// A failed POST passes on unchanged (it is already the node's error); only the credits are released.
	const started = await job.start().catch(async (error: unknown) => {
		releaseCredits(this, reservation, error);
		return await Promise.reject(error);
	});
	settleCredits(this, reservation, started.fields.cost);
	return started;
}

/**
 * A job's lifecycle: start it (within Max Credits), record it as started (and paid) work for this
 * item, then output it as PENDING, or wait until it is COMPLETE (timeout and cancel included) and
 * output the result.
 */
export async function runJob(
	this: IExecuteFunctions,
	itemIndex: number,
	job: Job,
	wait: JobSettings,
): Promise<INodeExecutionData[]> {
	const started = await startWithinBudget.call(this, itemIndex, job, wait.budget);
	const label = `${job.kind[0].toUpperCase()}${job.kind.slice(1)}`;
	if (typeof started.id !== 'string' || !started.id) {
		throw new NodeOperationError(
			this.getNode(),
			`Leonardo accepted the request but returned no ${job.kind} ID`,
			{
				itemIndex,
				description:
					'The job may have started and be charged: check your Leonardo account before running this item again.',
			},
		);
	}
	const id = started.id;
	recordStartedJob(this, itemIndex, { kind: job.kind, id });
	if (!wait.waitForCompletion)
		return [{ json: job.pending(id, started.fields), pairedItem: { item: itemIndex } }];

	const finished = await waitForJob(this, {
		label: `${label} ${id}`,
		itemIndex,
		timeoutSeconds: wait.timeoutSeconds,
		fetch: async () => await job.read(id),
		failedHint: job.failedHint,
	});
	return await job.finished(id, finished, started.fields);
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
