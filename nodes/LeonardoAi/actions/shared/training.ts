import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readBoolean, readOptionValues, waitTimeoutSeconds } from '../../helpers/parameters';
import { leonardoJobRequest } from '../../transport/leonardoApi';
import { requestById } from './byId';
import { jobOptions, waitForCompletionParameter } from './common.descriptions';
import { readCreditBudget, sameCostKey } from './budget';
import { trainingPricing } from './pricing';
import type { Job, JobSettings } from './job';
import { howToCheck, runJob } from './job';

/** What training an element and training a model share: the dataset check and the long wait. */

/** Training takes tens of minutes: the default wait is an hour. */
const TRAINING_WAIT_TIMEOUT_SECONDS = 3600;

/** Wait for Completion (off by default: training is long) and Options → Concurrency, Wait Timeout. */
export function trainingWaitParameters(getOperation: string): INodeProperties[] {
	return [
		{
			...waitForCompletionParameter,
			default: false,
			description: `Whether to wait until training is finished. Training takes tens of minutes: off, the node outputs the new ID at once; fetch it later with "${getOperation}".`,
		},
		jobOptions([], {
			default: TRAINING_WAIT_TIMEOUT_SECONDS,
			hint: 'Training takes tens of minutes: the default is one hour',
		}),
	];
}

function readTrainingWait(this: IExecuteFunctions, itemIndex: number): JobSettings {
	const options = readOptionValues.call(this, itemIndex);
	return {
		waitForCompletion: readBoolean.call(this, 'waitForCompletion', itemIndex),
		budget: readCreditBudget.call(this, options, itemIndex),
		timeoutSeconds: waitTimeoutSeconds.call(
			this,
			options,
			itemIndex,
			TRAINING_WAIT_TIMEOUT_SECONDS,
		),
	};
}

export interface DatasetSize {
	min: number;
	/** More is allowed, with a warning: Leonardo's guide trains on at most this many. */
	max: number;
	/** "an element", "a model". */
	what: string;
}

/**
 * Reads the dataset (GET /datasets/{id}) and refuses one with too few images for training, naming
 * how many it has; returns the count, and a warning when it has more than the guide's maximum.
 */
async function checkDatasetImages(
	this: IExecuteFunctions,
	datasetId: string,
	size: DatasetSize,
	itemIndex: number,
): Promise<{ count: number; warnings: string[] }> {
	const dataset = await requestById.call(
		this,
		{
			method: 'GET',
			collection: '/datasets',
			id: datasetId,
			responseKey: 'datasets_by_pk',
			what: 'Dataset',
		},
		itemIndex,
	);
	const count = ((dataset.dataset_images as unknown[] | undefined) ?? []).length;
	if (count < size.min) {
		throw new NodeOperationError(
			this.getNode(),
			`Dataset ${datasetId} has ${count} image${count === 1 ? '' : 's'}; training ${size.what} needs at least ${size.min}`,
			{
				itemIndex,
				description: `Add ${size.min - count} more with "Dataset → Upload Image" or "Upload Generated Image". Nothing was started.`,
			},
		);
	}
	const warnings =
		count > size.max
			? [
					`The dataset has ${count} images; Leonardo's training guide uses at most ${size.max} for ${size.what}, so some may be left out.`,
				]
			: [];
	return { count, warnings };
}

/** How one kind of training is started and read. */
export interface Training {
	kind: 'element' | 'model';
	/** POST /elements or POST /models. */
	path: string;
	/** Where the answer's `sdTrainingJob` holds the new ID: `userLoraId` (a number) or `customModelId`. */
	idKey: string;
	/** The output field with the ID: `elementId`, `modelId`. */
	idField: string;
	read(
		this: IExecuteFunctions,
		id: string,
		itemIndex: number,
		deadline?: number,
	): Promise<IDataObject | undefined>;
	/** The trained object as output (its ID field first). */
	json(trained: IDataObject): IDataObject;
	failedHint: string;
}

/**
 * Training as a job: one POST (sent again only after a 429: training is charged), answered as
 * `{ sdTrainingJob: { <idKey>, cost } }` (SDK `createelement.ts`, `createmodel.ts`), then read by ID.
 */
function trainingJob(
	this: IExecuteFunctions,
	itemIndex: number,
	training: Training,
	request: TrainingRequest,
): Job {
	const { body, extra } = request;
	return {
		kind: training.kind,
		requestKey: `${training.path} ${JSON.stringify(body)}`,
		pricing: {
			calculator: trainingPricing({
				kind: training.kind,
				sdVersion: typeof body.sd_version === 'string' ? body.sd_version : undefined,
				resolution: typeof body.resolution === 'number' ? body.resolution : undefined,
				datasetImageCount: request.datasetImageCount,
			}),
			sameCostKey: sameCostKey(training.path, {
				...body,
				datasetImageCount: request.datasetImageCount,
			}),
			what: `${training.kind} training on ${String(body.sd_version ?? 'this base model')}`,
		},
		start: async () => {
			const trainingJobOf = (answer: IDataObject) => (answer.sdTrainingJob ?? {}) as IDataObject;
			const { answer, id } = await leonardoJobRequest.call(
				this,
				{ method: 'POST', path: training.path, body, itemIndex },
				{
					kind: training.kind,
					idOf: (started) => trainingJobOf(started)[training.idKey],
					howToCheck: howToCheck(training.kind),
				},
			);
			return { id, fields: { cost: trainingJobOf(answer).cost ?? null, ...extra } };
		},
		read: async (id, deadline) => await training.read.call(this, id, itemIndex, deadline),
		pending: (id, fields) => ({ [training.idField]: id, status: 'PENDING', ...fields }),
		finished: async (_id, trained, fields) => [
			{ json: { ...training.json(trained), ...fields }, pairedItem: { item: itemIndex } },
		],
		failedHint: training.failedHint,
	};
}

export interface TrainingRequest extends JobSettings {
	body: IDataObject;
	/** Output with the job, e.g. the dataset-size warning. */
	extra: IDataObject;
	datasetImageCount: number;
}

/** What `prepare` hands `execute`: the body, the wait settings, and the dataset checked (a read, nothing started). */
export async function trainingRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
	size: DatasetSize,
): Promise<TrainingRequest> {
	const wait = readTrainingWait.call(this, itemIndex);
	const { count, warnings } = await checkDatasetImages.call(
		this,
		String(body.datasetId),
		size,
		itemIndex,
	);
	return { body, extra: warnings.length ? { warnings } : {}, datasetImageCount: count, ...wait };
}

/** Starts the training (paid, never re-POSTed); outputs its ID at once, or the trained result. */
export async function startTraining(
	this: IExecuteFunctions,
	itemIndex: number,
	training: Training,
	request: TrainingRequest,
): Promise<INodeExecutionData[]> {
	const job = trainingJob.call(this, itemIndex, training, request);
	return await runJob.call(this, itemIndex, job, request);
}
