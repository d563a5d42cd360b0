import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createFromImage from './createFromImage.operation';
import * as get from './get.operation';

export { create, createFromImage, get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['generation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a generation',
				description: 'Generate images from a prompt, optionally starting from an uploaded init image',
			},
			{
				name: 'Create From Image',
				value: 'createFromImage',
				action: 'Create a generation from an input image',
				description: 'Upload the input image, generate from it at its aspect ratio, wait and download the results',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a generation',
				description: 'Get a generation by ID, with its images',
			},
		],
		default: 'create',
	},
	...create.description,
	...createFromImage.description,
	...get.description,
];
