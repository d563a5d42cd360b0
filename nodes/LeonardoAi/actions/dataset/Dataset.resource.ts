import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as uploadImage from './uploadImage.operation';

export { create, uploadImage };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dataset'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a dataset',
				description: 'Create an empty dataset for model training',
			},
			{
				name: 'Upload Image',
				value: 'uploadImage',
				action: 'Upload an image to a dataset',
				description: 'Upload an image from the input item into a dataset',
			},
		],
		default: 'create',
	},
	...create.description,
	...uploadImage.description,
];
