import type { INodeProperties } from 'n8n-workflow';

import * as generate from './generate.operation';
import * as inpaint from './inpaint.operation';
import * as refine from './refine.operation';
import * as upscale from './upscale.operation';

export { generate, inpaint, refine, upscale };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['realtime'] } },
		options: [
			{
				name: 'Generate',
				value: 'generate',
				action: 'Generate a realtime image from an image',
				description: "Make an image from a JPEG and a prompt in one request (Leonardo's LCM)",
			},
			{
				name: 'Inpaint',
				value: 'inpaint',
				action: 'Inpaint a realtime image',
				description: 'Paint the white area of a mask anew from a prompt',
			},
			{
				name: 'Refine',
				value: 'refine',
				action: 'Refine a realtime image',
				description: 'Instant Refine: a more detailed version of a Realtime image',
			},
			{
				name: 'Upscale',
				value: 'upscale',
				action: 'Upscale a realtime image',
				description: 'Alchemy Upscale of a Realtime image',
			},
		],
		default: 'generate',
	},
	...generate.description,
	...inpaint.description,
	...refine.description,
	...upscale.description,
];
