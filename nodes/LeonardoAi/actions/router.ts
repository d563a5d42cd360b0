import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { mapWithConcurrency } from '../helpers/pool';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from './common.descriptions';

import * as dataset from './dataset/Dataset.resource';
import * as generation from './generation/Generation.resource';
import * as initImage from './initImage/InitImage.resource';
import * as model from './model/Model.resource';
import type { LeonardoAiType } from './node.type';
import { getUserDetails } from './user/account';
import * as user from './user/User.resource';
import * as variation from './variation/Variation.resource';

type ItemExecutor = (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;

interface Operation {
	execute: ItemExecutor;
	/** Jobs hold one of the account's concurrency slots each while they run. */
	isJob?: boolean;
}

function operationFor(resource: LeonardoAiType['resource'], operation: string): Operation | undefined {
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
		default:
			return undefined;
	}
}

const DEFAULT_JOB_CONCURRENCY = 5;

/** Items at once: the Concurrency option, or for jobs left at 0, the account's slots (GET /me) or 5. */
async function concurrencyFor(this: IExecuteFunctions, operation: Operation, itemCount: number): Promise<number> {
	if (itemCount <= 1) return 1;
	const configured = this.getNodeParameter('options.concurrency', 0, operation.isJob ? 0 : DEFAULT_CONCURRENCY) as number;
	if (configured >= 1) return Math.min(MAX_CONCURRENCY, Math.floor(configured));
	if (!operation.isJob) return DEFAULT_CONCURRENCY;
	try {
		const slots = Number((await getUserDetails.call(this, 0)).apiConcurrencySlots);
		return slots >= 1 ? Math.min(MAX_CONCURRENCY, slots) : DEFAULT_JOB_CONCURRENCY;
	} catch {
		return DEFAULT_JOB_CONCURRENCY;
	}
}

function errorJson(error: Error & { description?: string | null }) {
	return error.description ? { error: error.message, description: error.description } : { error: error.message };
}

/**
 * Runs the chosen operation once per input item, several at once; output order and pairing follow
 * the input whatever order the items finish in.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as LeonardoAiType['resource'];
	const operation = this.getNodeParameter('operation', 0) as string;
	const chosen = operationFor(resource, operation);
	if (!chosen) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}

	const runItem = async (itemIndex: number): Promise<INodeExecutionData[]> => {
		try {
			return await chosen.execute.call(this, itemIndex);
		} catch (caught) {
			const error = caught as Error & { description?: string | null };
			if (this.continueOnFail()) return [{ json: errorJson(error), pairedItem: { item: itemIndex } }];
			if (error instanceof NodeApiError || error instanceof NodeOperationError) {
				if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
				throw error;
			}
			throw new NodeOperationError(this.getNode(), error, { itemIndex });
		}
	};
	const limit = await concurrencyFor.call(this, chosen, items.length);
	const perItem = await mapWithConcurrency(items.length, limit, runItem);
	return [perItem.flat()];
}
