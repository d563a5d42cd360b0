import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import {
	allStartedJobs,
	describeJobs,
	itemLimit,
	setLimits,
	slowDown,
	speedUp,
	startedJobs,
} from '../helpers/batch';
import { listenForRateLimits } from '../helpers/executionState';
import { parameterLabel } from '../helpers/labels';
import { checkNumber } from '../helpers/parameters';
import { agentErrorText, agentItems, isToolMode } from '../helpers/toolMode';
import { mapWithConcurrency } from '../helpers/pool';
import { getUserDetails } from '../transport/account';
import { DEFAULT_DOWNLOADS, MAX_CONCURRENCY } from './shared/common.descriptions';

import * as audio from './audio/Audio.resource';
import * as blueprint from './blueprint/Blueprint.resource';
import * as cost from './cost/Cost.resource';
import * as dataset from './dataset/Dataset.resource';
import * as element from './element/Element.resource';
import * as generation from './generation/Generation.resource';
import * as image from './image/Image.resource';
import * as initImage from './initImage/InitImage.resource';
import * as media from './media/Media.resource';
import * as model from './model/Model.resource';
import * as model3d from './model3d/Model3d.resource';
import type { LeonardoAiType } from './node.type';
import * as prompt from './prompt/Prompt.resource';
import * as realtime from './realtime/Realtime.resource';
import * as asset3d from './asset3d/Asset3d.resource';
import * as user from './user/User.resource';
import * as variation from './variation/Variation.resource';
import * as video from './video/Video.resource';

interface Operation {
	/** Does one item; `prepared` is what `prepare` returned for it. */
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		prepared?: unknown,
	): Promise<INodeExecutionData[]>;
	/**
	 * Reads and checks one item's parameters, starting nothing (at most a read, e.g. a dataset's image
	 * count). Exactly the operations that start jobs have it: every item is checked before the first
	 * job is started (and paid for), and the items run within the account's job slots.
	 */
	prepare?(this: IExecuteFunctions, itemIndex: number): Promise<unknown>;
}

function operationFor(
	resource: LeonardoAiType['resource'],
	operation: string,
): Operation | undefined {
	const leonardo = { resource, operation } as LeonardoAiType;
	switch (leonardo.resource) {
		case 'initImage':
			return initImage[leonardo.operation];
		case 'dataset':
			return dataset[leonardo.operation];
		case 'generation':
			return generation[leonardo.operation];
		case 'variation':
			return variation[leonardo.operation];
		case 'model':
			return model[leonardo.operation];
		case 'user':
			return user[leonardo.operation];
		case 'video':
			return video[leonardo.operation];
		case 'element':
			return element[leonardo.operation];
		case 'cost':
			return cost[leonardo.operation];
		case 'prompt':
			return prompt[leonardo.operation];
		case 'media':
			return media[leonardo.operation];
		case 'image':
			return image[leonardo.operation];
		case 'audio':
			return audio[leonardo.operation];
		case 'model3d':
			return model3d[leonardo.operation];
		case 'blueprint':
			return blueprint[leonardo.operation];
		case 'realtime':
			return realtime[leonardo.operation];
		case 'asset3d':
			return asset3d[leonardo.operation];
		default:
			return undefined;
	}
}

const DEFAULT_JOB_CONCURRENCY = 5;

interface Limits {
	items: number;
	/** Chosen automatically: halved whenever Leonardo answers 429. */
	adaptive: boolean;
	downloads: number;
}

/**
 * Items at once: the Concurrency option; left at 0 (automatic), every item at once up to 50 for
 * uploads and reads (halved on each 429), and for jobs the account's slots (GET /me) or 5.
 * Downloads (of all items together) use the Concurrency option too, 10 when it is left at 0.
 */
async function limitsFor(
	this: IExecuteFunctions,
	operation: Operation,
	itemCount: number,
): Promise<Limits> {
	const raw = this.getNodeParameter('options.concurrency', 0, 0);
	// Prompt and Cost operations have no Concurrency option (nor a label for it): always 0 there.
	const configured =
		raw === 0
			? 0
			: checkNumber(
					this,
					parameterLabel(this, 'options.concurrency', 0),
					raw,
					{ min: 0, max: MAX_CONCURRENCY, integer: true },
					0,
				);
	const downloads = configured >= 1 ? configured : DEFAULT_DOWNLOADS;
	if (configured >= 1) return { items: configured, adaptive: false, downloads };
	if (itemCount <= 1) return { items: 1, adaptive: false, downloads };
	if (!operation.prepare)
		return { items: Math.min(itemCount, MAX_CONCURRENCY), adaptive: true, downloads };
	try {
		const slots = Number((await getUserDetails.call(this, 0)).apiConcurrencySlots);
		return {
			items: slots >= 1 ? Math.min(MAX_CONCURRENCY, slots) : DEFAULT_JOB_CONCURRENCY,
			adaptive: true,
			downloads,
		};
	} catch {
		return { items: DEFAULT_JOB_CONCURRENCY, adaptive: true, downloads };
	}
}

type NodeError = Error & { description?: string | null; context?: IDataObject };

/** Adds the item index, and the jobs this item had already started (and paid for), to an error. */
function itemError(
	this: IExecuteFunctions,
	caught: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	const error =
		caught instanceof NodeApiError || caught instanceof NodeOperationError
			? caught
			: new NodeOperationError(this.getNode(), caught as Error, { itemIndex });
	if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
	const jobs = startedJobs(this, itemIndex);
	if (jobs.length) {
		const note = `Already started for this item (and charged): ${describeJobs(jobs)}. Fetch ${jobs.length > 1 ? 'them' : 'it'} with the matching "Get" operation instead of starting again.`;
		error.description = error.description ? `${error.description} ${note}` : note;
	}
	return error;
}

/**
 * The Continue On Fail item for a failed item: the error, and the IDs of the jobs it had started.
 * With On Error "Continue (using error output)" n8n sends an item to the error output by its
 * `item.error`, and then keeps only the error's message as its json: the started jobs' IDs go into
 * the message there, so no paid work is lost on either output.
 */
function errorItem(
	this: IExecuteFunctions,
	error: NodeApiError | NodeOperationError,
	itemIndex: number,
): INodeExecutionData {
	const jobs = startedJobs(this, itemIndex);
	// An agent reads one sentence: n8n hands a tool's output to the model as its items' json.
	const agent = isToolMode(this);
	const json: IDataObject = {
		error: agent ? agentErrorText(error.message, error.description) : error.message,
	};
	if (error.description && !agent) json.description = error.description;
	for (const job of jobs) json[`${job.kind}Id`] = job.id;
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };
	if (agent) return item;
	if (this.getNode().onError === 'continueErrorOutput') {
		if (jobs.length)
			error.message = `${error.message} (already started for this item, and charged: ${describeJobs(jobs)})`;
		item.error = error;
	}
	return item;
}

/** When the batch stops at one item's failure, the jobs other items had started are named too. */
function withOtherStartedJobs(
	this: IExecuteFunctions,
	error: NodeError & { context: IDataObject },
): NodeError {
	const failed = error.context.itemIndex;
	const others = allStartedJobs(this).filter(([index]) => index !== failed);
	if (!others.length) return error;
	const list = others.map(([index, jobs]) => `item ${index}: ${describeJobs(jobs)}`).join('; ');
	const note = `The node stopped, so these jobs started by other items are not in its output (they are charged; fetch them with the matching "Get" operation): ${list}.`;
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}

/**
 * Runs the chosen operation once per input item, several at once; output order and pairing follow
 * the input whatever order the items finish in. Job operations first check every item.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as LeonardoAiType['resource'];
	const operation = this.getNodeParameter('operation', 0) as string;
	const chosen = operationFor(resource, operation);
	if (!chosen) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for "${resource}"`,
		);
	}
	// As a tool, a failed item is an answer the agent can act on: n8n 1.x and 2.8 end the whole
	// execution on a tool's thrown error, and 2.41 passes the model only the message of one.
	const toolMode = isToolMode(this);
	const continueOnFail = toolMode || this.continueOnFail();

	const prepared = new Array<unknown>(items.length);
	const refused = new Map<number, NodeApiError | NodeOperationError>();
	if (chosen.prepare) {
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				prepared[itemIndex] = await chosen.prepare.call(this, itemIndex);
			} catch (caught) {
				const error = itemError.call(this, caught, itemIndex);
				if (!continueOnFail) throw error;
				refused.set(itemIndex, error);
			}
		}
	}

	const runItem = async (itemIndex: number): Promise<INodeExecutionData[]> => {
		const early = refused.get(itemIndex);
		if (early) return [errorItem.call(this, early, itemIndex)];
		try {
			return await chosen.execute.call(this, itemIndex, prepared[itemIndex]);
		} catch (caught) {
			const error = itemError.call(this, caught, itemIndex);
			if (continueOnFail) return [errorItem.call(this, error, itemIndex)];
			throw error;
		}
	};
	setLimits(this, await limitsFor.call(this, chosen, items.length));
	listenForRateLimits(this, (rateLimited) => (rateLimited ? slowDown(this) : speedUp(this)));
	try {
		const perItem = await mapWithConcurrency(items.length, () => itemLimit(this), runItem);
		return [toolMode ? agentItems(perItem.flat()) : perItem.flat()];
	} catch (error) {
		throw withOtherStartedJobs.call(this, error as NodeError & { context: IDataObject });
	}
}
