import type { INodeProperties } from 'n8n-workflow';

import * as deleteElement from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as train from './train.operation';

export { deleteElement as delete, get, getMany, train };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['element'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an element',
				description: 'Delete one of your trained elements',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an element',
				description: 'Get one of your trained elements with its training status',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many elements',
				description: "List Leonardo's platform elements and your trained ones, one item each",
			},
			{
				name: 'Train',
				value: 'train',
				action: 'Train an element',
				description: 'Train an element (a LoRA: a style, character or object) on a dataset',
			},
		],
		default: 'train',
	},
	...train.description,
	...get.description,
	...getMany.description,
	...deleteElement.description,
];
