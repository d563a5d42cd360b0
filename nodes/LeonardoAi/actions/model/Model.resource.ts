import type { INodeProperties } from 'n8n-workflow';

import * as deleteModel from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as train from './train.operation';

export { deleteModel as delete, get, getMany, train };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['model'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom model',
				description: 'Delete one of your custom models',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom model',
				description: 'Get one of your custom models with its training status',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many models',
				description: "List Leonardo's platform models and your custom models, one item each",
			},
			{
				name: 'Train',
				value: 'train',
				action: 'Train a custom model',
				description: 'Train a custom model on a dataset (legacy: Leonardo recommends elements)',
			},
		],
		default: 'getMany',
	},
	...train.description,
	...get.description,
	...getMany.description,
	...deleteModel.description,
];
