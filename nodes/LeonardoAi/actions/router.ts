import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as dataset from './dataset/Dataset.resource';
import * as generation from './generation/Generation.resource';
import * as initImage from './initImage/InitImage.resource';
import * as model from './model/Model.resource';
import type { LeonardoAiType } from './node.type';
import * as user from './user/User.resource';
import * as variation from './variation/Variation.resource';

type ItemExecutor = (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;

function operationFor(resource: LeonardoAiType['resource'], operation: string): ItemExecutor | undefined {
	const leonardo = { resource, operation } as LeonardoAiType;
	switch (leonardo.resource) {
		case 'initImage':
			return initImage[leonardo.operation]?.execute;
		case 'dataset':
			return dataset[leonardo.operation]?.execute;
		case 'generation':
			return generation[leonardo.operation]?.execute;
		case 'variation':
			return variation[leonardo.operation]?.execute;
		case 'model':
			return model[leonardo.operation]?.execute;
		case 'user':
			return user[leonardo.operation]?.execute;
		default:
			return undefined;
	}
}

function errorJson(error: Error & { description?: string | null }) {
	return error.description ? { error: error.message, description: error.description } : { error: error.message };
}

/** Runs the chosen operation once per input item; output order and pairing follow the input. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as LeonardoAiType['resource'];
	const operation = this.getNodeParameter('operation', 0) as string;
	const execute = operationFor(resource, operation);
	if (!execute) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`);
	}

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push(...(await execute.call(this, itemIndex)));
		} catch (caught) {
			const error = caught as Error & { description?: string | null };
			if (this.continueOnFail()) {
				output.push({ json: errorJson(error), pairedItem: { item: itemIndex } });
				continue;
			}
			if (error instanceof NodeApiError || error instanceof NodeOperationError) {
				if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
				throw error;
			}
			throw new NodeOperationError(this.getNode(), error, { itemIndex });
		}
	}
	return [output];
}
