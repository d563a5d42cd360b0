import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { StartedJob } from '../helpers/batch';
import { recordStartedJob, withDownloadSlot } from '../helpers/batch';
import { readBoolean, waitTimeoutSeconds } from '../helpers/parameters';
import { waitForJob } from '../helpers/polling';
import type { ExpectedFile } from '../helpers/fileTypes';
import { IMAGE_FILE } from '../helpers/fileTypes';
import { downloadFileStream } from '../transport/download';

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
}

export interface JobWaitSettings {
	waitForCompletion: boolean;
	timeoutSeconds: number;
}

/**
 * "Wait for Completion", the download switch (which only counts while waiting: "Download Images",
 * "Download Video") and Options → Wait Timeout, as every job operation reads them.
 */
export function readJobWait(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	download: { name: string; label: string },
	defaultTimeoutSeconds?: number,
): JobWaitSettings & { download: boolean } {
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
	};
}

/**
 * A job's lifecycle: start it, record it as started (and paid) work for this item, then output it
 * as PENDING, or wait until it is COMPLETE (timeout and cancel included) and output the result.
 */
export async function runJob(
	this: IExecuteFunctions,
	itemIndex: number,
	job: Job,
	wait: JobWaitSettings,
): Promise<INodeExecutionData[]> {
	const started = await job.start();
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
