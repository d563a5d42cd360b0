import type { INodeProperties } from 'n8n-workflow';

import * as estimate from './estimate.operation';

export { estimate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['cost'] } },
		options: [
			{
				name: 'Estimate',
				value: 'estimate',
				action: 'Estimate the credits of a job',
				description:
					"Ask Leonardo's pricing calculator what a job with these parameters costs, without starting it",
			},
		],
		default: 'estimate',
	},
	...estimate.description,
];
