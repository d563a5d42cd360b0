import type { INodeProperties } from 'n8n-workflow';

import * as getMany from './getMany.operation';

export { getMany };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['model'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many models',
				description: "List Leonardo's platform models and your custom models, one item each",
			},
		],
		default: 'getMany',
	},
	...getMany.description,
];
