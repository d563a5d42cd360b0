import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createFromImage from './createFromImage.operation';
import * as createFromVideo from './createFromVideo.operation';
import * as get from './get.operation';
import * as getVariation from './getVariation.operation';
import * as upscale from './upscale.operation';

export { create, createFromImage, createFromVideo, get, getVariation, upscale };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['video'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a video',
				description:
					'Make a video from a prompt, or from images Leonardo already has as start and end frame',
			},
			{
				name: 'Create From Image',
				value: 'createFromImage',
				action: 'Create a video from an input image',
				description: 'Upload the input photo, animate it into a clip, wait and download the MP4',
			},
			{
				name: 'Create From Video',
				value: 'createFromVideo',
				action: 'Create a video from an input video',
				description:
					'Upload the input clip, edit or extend it with a model that takes a video reference, wait and download the MP4',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a video',
				description: 'Get a video generation by ID and download its MP4',
			},
			{
				name: 'Get Variation',
				value: 'getVariation',
				action: 'Get a video variation',
				description:
					'Get a motion variation (e.g. a video upscale) by its variation ID and download its MP4',
			},
			{
				name: 'Upscale',
				value: 'upscale',
				action: 'Upscale a video',
				description: 'Upscale a generated video to 720p, wait and download the MP4',
			},
		],
		default: 'createFromImage',
	},
	...create.description,
	...createFromImage.description,
	...createFromVideo.description,
	...get.description,
	...getVariation.description,
	...upscale.description,
];
