import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteDataset from './delete.operation';
import * as get from './get.operation';
import * as uploadGeneratedImage from './uploadGeneratedImage.operation';
import * as uploadImage from './uploadImage.operation';

export { create, deleteDataset as delete, get, uploadGeneratedImage, uploadImage };

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
				name: 'Delete',
				value: 'delete',
				action: 'Delete a dataset',
				description: 'Delete a dataset and its images',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a dataset',
				description: 'Get a dataset with its images',
			},
			{
				name: 'Upload Generated Image',
				value: 'uploadGeneratedImage',
				action: 'Add a generated image to a dataset',
				description: 'Add an image Leonardo generated to a dataset, without downloading it',
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
	...get.description,
	...deleteDataset.description,
	...uploadImage.description,
	...uploadGeneratedImage.description,
];
