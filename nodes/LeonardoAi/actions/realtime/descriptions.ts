import type { INodeProperties } from 'n8n-workflow';

import { binaryPropertyName, jobOptions } from '../shared/common.descriptions';
import { LCM_STYLES, REALTIME_SIDES } from './endpoints';

/** Every body field below: SDK 4.21.3 `createlcmgeneration.ts` and https://docs.leonardo.ai/v1.0/reference/realtime-canvas. */

export const imageParameter: INodeProperties = {
	...binaryPropertyName,
	hint: 'The input binary field holding the image, a JPEG: Realtime takes JPEG only (convert a PNG first with the Edit Image node)',
	description:
		"The binary field of the incoming item with the image Leonardo's Realtime model starts from",
};

export const maskParameter: INodeProperties = {
	displayName: 'Mask Binary Field',
	name: 'maskBinaryPropertyName',
	type: 'string',
	default: 'mask',
	required: true,
	placeholder: 'e.g. mask',
	hint: 'A JPEG of the same size as the image: white where it is painted anew, black where it stays',
	description: 'The binary field of the incoming item with the inpainting mask',
};

export const promptParameter: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	required: true,
	placeholder: 'e.g. A bouquet of pink roses with a bee',
	description: 'What the image should show',
};

function sizeName(width: number, height: number): string {
	return `${width}×${height}`;
}

export const sizeParameter: INodeProperties = {
	displayName: 'Size',
	name: 'size',
	type: 'options',
	default: 'match',
	options: [
		{
			name: 'Match Input Image',
			value: 'match',
			description:
				"The size (sides of 512, 640 or 1024) closest to the image's aspect ratio and size",
		},
		...REALTIME_SIDES.flatMap((width) =>
			REALTIME_SIDES.map((height) => ({
				name: sizeName(width, height),
				value: `${width}x${height}`,
			})),
		),
	],
	description:
		'Width × height of the result. Leonardo takes sides of 512, 640 or 1024 only; an image of another aspect ratio comes out stretched.',
};

function styleName(value: string): string {
	if (value === 'RENDER_3D') return '3D Render';
	if (value === 'SKETCH_BW') return 'Sketch (Black and White)';
	if (value === 'SKETCH_COLOR') return 'Sketch (Color)';
	return value
		.split('_')
		.map((word) => `${word[0]}${word.slice(1).toLowerCase()}`)
		.join(' ');
}

const realtimeOptions: INodeProperties[] = [
	{
		displayName: 'Creativity Strength',
		name: 'strength',
		type: 'number',
		default: 0.7,
		typeOptions: { minValue: 0.1, maxValue: 1, numberPrecision: 2 },
		description: 'How far the result may move from the image: from 0.1 (close to it) to 1 (free)',
	},
	{
		displayName: 'Guidance',
		name: 'guidance',
		type: 'number',
		default: 7,
		typeOptions: { minValue: 0.5, maxValue: 20, numberPrecision: 1 },
		description: 'How strongly the result follows the prompt: from 0.5 to 20',
	},
	{
		displayName: 'Seed',
		name: 'seed',
		type: 'number',
		default: 0,
		description: 'A fixed seed makes results repeatable. Leave unset for a random seed.',
	},
	{
		displayName: 'Steps',
		name: 'steps',
		type: 'number',
		default: 8,
		typeOptions: { minValue: 4, maxValue: 16 },
		description: 'Inference steps, from 4 to 16: more take longer',
	},
	{
		displayName: 'Style',
		name: 'style',
		type: 'options',
		default: 'DYNAMIC',
		options: LCM_STYLES.map((value) => ({ name: styleName(value), value })),
		description: "One of Leonardo's style presets for Realtime images",
	},
];

/** Options of Generate, Refine and Inpaint: the LCM settings and the job options, no Wait Timeout (nothing to wait for). */
export const options = jobOptions(realtimeOptions, false);

/** Upscale's Options add its two fields (https://docs.leonardo.ai/reference/performalchemyupscalelcm). */
export const upscaleOptions = jobOptions(
	[
		...realtimeOptions,
		{
			displayName: 'Smooth Mode',
			name: 'refineCreative',
			type: 'boolean',
			default: false,
			// The guide: "To use Smooth Mode, include "refineCreative": true".
			description: "Whether to upscale in Leonardo's Smooth mode (refineCreative)",
		},
		{
			displayName: 'Refine Strength',
			name: 'refineStrength',
			type: 'number',
			default: 0.5,
			typeOptions: { minValue: 0.5, maxValue: 0.9, numberPrecision: 2 },
			description: 'How strongly the upscale refines the image: from 0.5 to 0.9',
		},
	],
	false,
);
