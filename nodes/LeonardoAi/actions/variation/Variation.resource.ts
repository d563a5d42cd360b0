import type { INodeProperties } from 'n8n-workflow';

import * as removeBackground from './removeBackground.operation';
import * as universalUpscale from './universalUpscale.operation';
import * as unzoom from './unzoom.operation';
import * as upscale from './upscale.operation';

export { removeBackground, universalUpscale, unzoom, upscale };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['variation'] } },
		options: [
			{
				name: 'Remove Background',
				value: 'removeBackground',
				action: 'Remove the background of an image',
				description: 'Cut out the subject of a generated image onto a transparent background',
			},
			{
				name: 'Universal Upscale',
				value: 'universalUpscale',
				action: 'Upscale an image with the universal upscaler',
				description: 'Upscale a generated, uploaded or variation image by 1–2× with a chosen style',
			},
			{
				name: 'Unzoom',
				value: 'unzoom',
				action: 'Unzoom an image',
				description: 'Zoom out of a generated image, painting in the new border',
			},
			{
				name: 'Upscale',
				value: 'upscale',
				action: 'Upscale an image',
				description: "Upscale a generated image with Leonardo's classic upscaler",
			},
		],
		default: 'upscale',
	},
	...upscale.description,
	...unzoom.description,
	...removeBackground.description,
	...universalUpscale.description,
];
