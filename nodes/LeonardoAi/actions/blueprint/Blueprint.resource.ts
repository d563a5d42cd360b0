import type { INodeProperties } from 'n8n-workflow';

import * as execute from './execute.operation';
import * as get from './get.operation';
import * as getExecution from './getExecution.operation';
import * as getGenerations from './getGenerations.operation';
import * as getVersions from './getVersions.operation';

export { execute, get, getExecution, getGenerations, getVersions };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['blueprint'] } },
		options: [
			{
				name: 'Execute',
				value: 'execute',
				action: 'Run a blueprint',
				description:
					'Run a Blueprint version with its inputs (texts, images from the item) and get its images',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a blueprint',
				description: "Get a Blueprint's name, description and thumbnails",
			},
			{
				name: 'Get Execution',
				value: 'getExecution',
				action: 'Get a blueprint run',
				description: "Get a Blueprint run's status and inputs",
			},
			{
				name: 'Get Generations',
				value: 'getGenerations',
				action: 'Get the generations of a blueprint run',
				description: 'Get the generation IDs a Blueprint run made, with their status',
			},
			{
				name: 'Get Versions',
				value: 'getVersions',
				action: 'Get the versions of a blueprint',
				description: "Get a Blueprint's versions with their inputs and cost",
			},
		],
		default: 'execute',
	},
	...execute.description,
	...get.description,
	...getExecution.description,
	...getGenerations.description,
	...getVersions.description,
];
