import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['audio'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create audio',
				description:
					'Make music, a sound effect or speech from a prompt, wait and download the MP3 or WAV',
			},
		],
		default: 'create',
	},
	...create.description,
];
