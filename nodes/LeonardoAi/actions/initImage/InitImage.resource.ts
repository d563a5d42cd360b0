import type { INodeProperties } from 'n8n-workflow';

import * as upload from './upload.operation';

export { upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['initImage'] } },
		options: [
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload an init image',
				description: 'Upload an image from the input item for image-to-image generations',
			},
		],
		default: 'upload',
	},
	...upload.description,
];
