import type { INodeProperties } from 'n8n-workflow';

import { jobOptions } from '../shared/common.descriptions';
import { CREATIVE, MIN_INPUT_SIDE, PRECISE, SEED, UPSCALE_FACTORS } from './upscaleModels';

/** The parameters of Image → Upscale beside the image's source (source.ts). */

export const upscaleModelParameter: INodeProperties = {
	displayName: 'Model',
	name: 'model',
	type: 'options',
	default: PRECISE,
	options: [
		{
			name: 'Pro Upscaler Creative',
			value: CREATIVE,
			description: 'Adds detail as it enlarges; Creativity sets how much',
		},
		{
			name: 'Pro Upscaler Precise',
			value: PRECISE,
			description: 'Enlarges faithfully; Upscale Mode can clean AI artefacts first',
		},
	],
	description: "Leonardo's Pro Upscaler to use",
};

/** The input's size (for an ID), the factor and each model's own setting. */
export const upscaleParameters: INodeProperties[] = [
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		required: true,
		typeOptions: { minValue: MIN_INPUT_SIDE },
		displayOptions: { show: { source: ['imageId'] } },
		hint: "The image's own width in pixels: Leonardo needs it, and the node cannot read it from an ID",
		description: 'Width of the input image in pixels (at least 128)',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 1024,
		required: true,
		typeOptions: { minValue: MIN_INPUT_SIDE },
		displayOptions: { show: { source: ['imageId'] } },
		description: 'Height of the input image in pixels (at least 128)',
	},
	{
		displayName: 'Upscale Factor',
		name: 'upscaleFactor',
		type: 'options',
		default: 2,
		options: UPSCALE_FACTORS.map((factor) => ({ name: `${factor}×`, value: factor })),
		description:
			'How many times larger each side becomes (parameters.upscale_factor). The guide pages also list 5×; the API reference does not, so it is not offered.',
	},
	{
		displayName: 'Upscale Mode',
		name: 'upscaleMode',
		type: 'options',
		default: 'detailed',
		displayOptions: { show: { model: [PRECISE] } },
		options: [
			{
				name: 'Clean',
				value: 'clean',
				description: 'Reduce noise and AI artefacts before enlarging',
			},
			{ name: 'Detailed', value: 'detailed', description: 'No noise reduction' },
		],
		description:
			"Whether to fix AI image artefacts first (parameters.upscale_mode); Leonardo's default is Detailed",
	},
	{
		displayName: 'Creativity',
		name: 'creativity',
		type: 'options',
		default: 'mid',
		displayOptions: { show: { model: [CREATIVE] } },
		options: [
			{ name: 'Low (Subtle)', value: 'low' },
			{ name: 'Mid (Balanced)', value: 'mid' },
			{ name: 'High (Strong)', value: 'high' },
		],
		description:
			"How much new detail the upscaler may invent (parameters.creativity); Leonardo's default is Mid",
	},
];

export const upscaleOptions = jobOptions([
	{
		displayName: 'Public',
		name: 'public',
		type: 'boolean',
		default: false,
		description: "Whether the result shows in Leonardo's community feed",
	},
	{
		displayName: 'Seed',
		name: 'seed',
		type: 'number',
		default: 0,
		typeOptions: { minValue: SEED.min, maxValue: SEED.max },
		description: 'A fixed seed makes the upscale repeatable (parameters.seed, 0–2147483647)',
	},
]);
