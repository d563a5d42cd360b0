import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createFromImage from './createFromImage.operation';
import * as createV2 from './createV2.operation';
import * as deleteGeneration from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export { create, createFromImage, createV2, deleteGeneration as delete, get, getMany };

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
				description:
					'Generate images from a prompt, optionally from an init image, with image guidance',
			},
			{
				name: 'Create (Newer Models)',
				value: 'createV2',
				action: 'Create a generation with a newer model',
				description:
					"Generate with the models of Leonardo's v2 endpoint (GPT Image, FLUX.2, Nano Banana …), with image references",
			},
			{
				name: 'Create From Image',
				value: 'createFromImage',
				action: 'Create a generation from an input image',
				description:
					'Upload the input image, generate from it at its aspect ratio, wait and download the results',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a generation',
				description: 'Delete a generation and its images',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a generation',
				description: 'Get a generation by ID, with its images',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many generations',
				description: "List the account's generations, newest first",
			},
		],
		default: 'create',
	},
	...create.description,
	...createV2.description,
	...createFromImage.description,
	...get.description,
	...getMany.description,
	...deleteGeneration.description,
];
