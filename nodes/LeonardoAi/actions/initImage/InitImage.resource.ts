import type { INodeProperties } from 'n8n-workflow';

import * as deleteInitImage from './delete.operation';
import * as get from './get.operation';
import * as upload from './upload.operation';
import * as uploadCanvas from './uploadCanvas.operation';

export { deleteInitImage as delete, get, upload, uploadCanvas };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['initImage'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an init image',
				description: 'Delete an uploaded init image',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an init image',
				description: "Get an uploaded init image's URL and creation time",
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload an init image',
				description: 'Upload an image from the input item for image-to-image generations',
			},
			{
				name: 'Upload Canvas Images',
				value: 'uploadCanvas',
				action: 'Upload an image and a mask for inpainting',
				description:
					'Upload an image and its mask (same size) for canvas inpainting and outpainting',
			},
		],
		default: 'upload',
	},
	...upload.description,
	...uploadCanvas.description,
	...get.description,
	...deleteInitImage.description,
];
