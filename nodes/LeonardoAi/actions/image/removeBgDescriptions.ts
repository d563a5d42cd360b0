import type { INodeProperties } from 'n8n-workflow';

import { jobOptions } from '../shared/common.descriptions';
import { IMAGE_TYPE_OPTIONS } from './source';

/**
 * Image → Remove Background: Leonardo's `remove-bg` model on the sync endpoint
 * (https://docs.leonardo.ai/docs/remove-bg, updatedAt 2026-09-02; its schema
 * RemoveBgSyncGenerationRequest in https://docs.leonardo.ai/reference/createsyncgeneration, updatedAt
 * 2026-08-31, "the spec"). Every option below is a property of the spec's `parameters`, which has
 * `additionalProperties: false` ("Unknown keys under parameters are rejected, not ignored", the page).
 */

const FORMATS = [
	{ name: 'PNG (Transparent)', value: 'png' },
	{ name: 'JPG (No Transparency)', value: 'jpg' },
	{ name: 'WebP (Transparent)', value: 'webp' },
];

export const outputFormatParameter: INodeProperties = {
	displayName: 'Output Format',
	name: 'format',
	type: 'options',
	default: 'png',
	options: FORMATS,
	description:
		'Format of the cut-out (parameters.format). PNG and WebP keep the transparency, JPG does not; Leonardo caps PNG at 10 megapixels, so use WebP for larger transparent results.',
};

/** A sync job: nothing to wait for, so no Wait Timeout. */
export const removeBgOptions = jobOptions(
	[
		{
			displayName: 'Background Color',
			name: 'backgroundColor',
			type: 'color',
			default: '',
			description:
				'A solid colour behind the subject instead of transparency (parameters.bg_color): a hex code or a colour name. Pair with JPG.',
		},
		{
			displayName: 'Background Image ID',
			name: 'backgroundImageId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
			hint: 'Upload your own background first with Init Image → Upload, and use its json.id (Background Image Type: Uploaded Init Image)',
			description:
				'An image Leonardo has, put behind the cut-out instead of transparency (guidances.background_image_reference)',
		},
		{
			displayName: 'Background Image Type',
			name: 'backgroundImageType',
			type: 'options',
			default: 'UPLOADED',
			options: IMAGE_TYPE_OPTIONS,
			description: 'What kind of image the Background Image ID names',
		},
		{
			displayName: 'Channels',
			name: 'channels',
			type: 'options',
			default: 'rgba',
			options: [
				{ name: 'Cut-Out (RGBA)', value: 'rgba' },
				{ name: 'Alpha Mask Only', value: 'alpha' },
			],
			description:
				"The cut-out image, or only its greyscale alpha mask (parameters.channels; Leonardo's default: the cut-out)",
		},
		{
			displayName: 'Crop Margin',
			name: 'cropMargin',
			type: 'string',
			default: '',
			placeholder: 'e.g. 30px or 10% or 10px 20px',
			description:
				'Space kept around the cropped subject (parameters.crop_margin): 1, 2 or 4 values, each in px or %. Only used with Crop to Subject.',
		},
		{
			displayName: 'Crop to Subject',
			name: 'crop',
			type: 'boolean',
			default: false,
			description:
				'Whether to crop the result to the bounding box of the subject (parameters.crop)',
		},
		{
			displayName: 'Keep in Library',
			name: 'keepInLibrary',
			type: 'boolean',
			default: true,
			description:
				'Whether Leonardo keeps the input and the result in your library. Off: nothing is kept (ephemeral: true) and the result link lives 30 minutes; the node downloads it at once.',
		},
		{
			displayName: 'Position',
			name: 'position',
			type: 'string',
			default: '',
			placeholder: 'e.g. center or 50% 70%',
			description:
				'Where the subject sits in the result (parameters.position): original, center, one percentage, or two (horizontal and vertical)',
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description:
				"Whether the result shows in Leonardo's community feed (ignored when Keep in Library is off)",
		},
		{
			displayName: 'Region of Interest',
			name: 'roi',
			type: 'string',
			default: '',
			placeholder: 'e.g. 0% 0% 100% 100% or 0px 0px 400px 300px',
			description:
				'The rectangle to look for the subject in, as two x/y corners in px or % (parameters.roi); outside it is background',
		},
		{
			displayName: 'Scale',
			name: 'scale',
			type: 'string',
			default: '',
			placeholder: 'e.g. 80% or original',
			description:
				'Size of the subject in the result (parameters.scale): original, or a percentage from 10% to 100%',
		},
		{
			displayName: 'Semitransparency',
			name: 'semitransparency',
			type: 'boolean',
			default: true,
			description:
				'Whether to keep see-through regions such as glass, smoke and veils semi-transparent (parameters.semitransparency)',
		},
		{
			displayName: 'Shadow Opacity',
			name: 'shadowOpacity',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 0, maxValue: 100 },
			description:
				'Opacity of the added shadow, 0 to 100 (parameters.shadow_opacity). Only used with a Shadow Type.',
		},
		{
			displayName: 'Shadow Type',
			name: 'shadowType',
			type: 'options',
			default: 'none',
			options: [
				{ name: '3D', value: '3d' },
				{ name: 'Car', value: 'car' },
				{ name: 'Drop', value: 'drop' },
				{ name: 'None', value: 'none' },
			],
			description: 'An artificial shadow under the subject (parameters.shadow_type)',
		},
		{
			displayName: 'Size',
			name: 'size',
			type: 'options',
			default: 'auto',
			options: [
				{ name: '50 MP', value: '50MP' },
				{ name: 'Auto', value: 'auto' },
				{ name: 'Full (up to 25 MP)', value: 'full' },
				{ name: 'Preview (up to 0.25 MP)', value: 'preview' },
			],
			description:
				"Largest result size (parameters.size). Not set: Leonardo's default, which its API reference gives as Full (the guide page says Auto). PNG stays at most 10 MP whatever the size.",
		},
		{
			displayName: 'Subject Type',
			name: 'subjectType',
			type: 'options',
			default: 'auto',
			options: [
				{ name: 'Animal', value: 'animal' },
				{ name: 'Auto', value: 'auto' },
				{ name: 'Car', value: 'car' },
				{ name: 'Graphic', value: 'graphic' },
				{ name: 'Other', value: 'other' },
				{ name: 'Person', value: 'person' },
				{ name: 'Product', value: 'product' },
				{ name: 'Transportation', value: 'transportation' },
			],
			description: 'What the subject is, to improve the cut-out (parameters.type)',
		},
		{
			displayName: 'Type Level',
			name: 'typeLevel',
			type: 'options',
			default: 'latest',
			options: [
				{ name: '1 (Coarse Category)', value: '1' },
				{ name: '2 (Specific Category)', value: '2' },
				{ name: 'Latest (Most Detailed)', value: 'latest' },
				{ name: 'None (No Classification)', value: 'none' },
			],
			description: 'How specifically the subject is classified (parameters.type_level)',
		},
	],
	false,
);
