import type { INodeProperties } from 'n8n-workflow';

import * as improve from './improve.operation';
import * as random from './random.operation';

export { improve, random };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['prompt'] } },
		options: [
			{
				name: 'Improve',
				value: 'improve',
				action: 'Improve a prompt',
				description:
					'Let Leonardo rewrite a short prompt into a detailed one (for images or videos)',
			},
			{
				name: 'Random',
				value: 'random',
				action: 'Get a random prompt',
				description: 'Let Leonardo write a random image prompt',
			},
		],
		default: 'improve',
	},
	...improve.description,
	...random.description,
];
