import type { INodeProperties } from 'n8n-workflow';

import * as getMe from './getMe.operation';

export { getMe };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Get Me',
				value: 'getMe',
				action: 'Get my account',
				description:
					'Get the account of the API key: user ID, credits left (subscription and paid) and concurrency slots',
			},
		],
		default: 'getMe',
	},
	...getMe.description,
];
