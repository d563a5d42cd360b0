import type { INodeProperties } from 'n8n-workflow';

import * as removeBackground from './removeBackground.operation';
import * as upscale from './upscale.operation';

export { removeBackground, upscale };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['image'] } },
		options: [
			{
				name: 'Remove Background',
				value: 'removeBackground',
				action: 'Remove the background of an input image',
				description:
					'Cut out the subject of a photo from an earlier node (or an image Leonardo has) onto a transparent PNG',
			},
			{
				name: 'Upscale',
				value: 'upscale',
				action: 'Upscale an image with a pro upscaler',
				description:
					'Enlarge a photo from an earlier node (or an image Leonardo has) 2× to 8× with Pro Upscaler Precise or Creative',
			},
		],
		default: 'removeBackground',
	},
	...removeBackground.description,
	...upscale.description,
];
