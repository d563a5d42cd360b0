import type { INodeProperties } from 'n8n-workflow';

import { jobOptions } from '../shared/common.descriptions';

/** The parameters of 3D → Create: the images, Rodin V2's settings, the options. */

/** A 3D model can take a while: its own default for Wait Timeout. */
export const MODEL3D_WAIT_TIMEOUT_SECONDS = 900;

/** Where the images come from: the item's binary fields and/or images Leonardo has. */
export const imageParameters: INodeProperties[] = [
	{
		displayName: 'Input Binary Fields',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data, side, back',
		hint: 'Comma-separated binary fields of the item, each an image (PNG, JPEG or WebP) of the object; leave empty to use only Image IDs',
		description:
			'Photos of the object from different angles, uploaded as init images right before the job starts. With the Image IDs below, 1 to 5 images in all.',
	},
	{
		displayName: 'Image IDs',
		name: 'imageIds',
		type: 'fixedCollection',
		placeholder: 'Add Image ID',
		default: {},
		typeOptions: { multipleValues: true },
		description:
			'Images Leonardo already has: uploaded init images, generated images or variations',
		options: [
			{
				displayName: 'Image',
				name: 'image',
				values: [
					{
						displayName: 'Image ID',
						name: 'imageId',
						type: 'string',
						default: '',
						placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
						description: 'An uploaded init image ID, a generated image ID or a variation ID',
					},
					{
						displayName: 'Image Type',
						name: 'imageType',
						type: 'options',
						default: 'UPLOADED',
						options: [
							{ name: 'Uploaded Init Image', value: 'UPLOADED' },
							{ name: 'Generated Image', value: 'GENERATED' },
							{ name: 'Variation', value: 'VARIATION' },
						],
						description: 'What the ID is of',
					},
				],
			},
		],
	},
];

/** Rodin V2's settings (https://docs.leonardo.ai/docs/rodin-v2). */
export const rodinParameters: INodeProperties[] = [
	{
		displayName: 'Quality',
		name: 'quality',
		type: 'options',
		default: 'high',
		options: [
			{ name: 'Extra Low', value: 'extra_low', description: 'Triangles: 2k faces; quads: 4k' },
			{ name: 'Low', value: 'low', description: 'Triangles: 20k faces; quads: 8k' },
			{ name: 'Medium', value: 'medium', description: 'Triangles: 150k faces; quads: 18k' },
			{ name: 'High', value: 'high', description: 'Triangles: 500k faces; quads: 50k' },
		],
		description: 'Level of detail; the number of faces depends on the mesh mode',
	},
	{
		displayName: 'Mesh Mode',
		name: 'meshMode',
		type: 'options',
		default: 'Triangle',
		options: [
			{
				name: 'Triangle',
				value: 'Triangle',
				description: 'Triangular faces: more detailed geometry',
			},
			{ name: 'Quad', value: 'Quad', description: 'Quadrilateral faces: smoother surfaces' },
		],
		description: 'The kind of faces of the mesh',
	},
	{
		displayName: 'Material',
		name: 'material',
		type: 'options',
		default: 'All',
		options: [
			{ name: 'All', value: 'All', description: 'PBR materials and baked shading' },
			{ name: 'PBR', value: 'PBR', description: 'Physically based materials' },
			{ name: 'Shaded', value: 'Shaded', description: 'Baked shading' },
		],
		description: 'The materials of the model',
	},
];

export const downloadModelParameter: INodeProperties = {
	displayName: 'Download Model',
	name: 'downloadModel',
	type: 'boolean',
	default: true,
	displayOptions: { show: { waitForCompletion: [true] } },
	description: 'Whether to download the finished GLB into the binary field "model"',
};

export const model3dOptions = jobOptions(
	[
		{
			displayName: 'Bounding Box',
			name: 'boundingBox',
			type: 'string',
			default: '',
			placeholder: 'e.g. 100, 200, 100',
			description:
				'Width, height and length as three whole numbers, comma-separated: the size the model is constrained to',
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description: "Whether the model appears in Leonardo's public community feed",
		},
		{
			displayName: 'Seed',
			name: 'seed',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, maxValue: 65535 },
			description: 'A fixed seed (0 to 65535) makes results repeatable',
		},
		{
			displayName: 'T/A Pose',
			name: 'taPose',
			type: 'boolean',
			default: false,
			description: 'Whether a human character is put in a T or A pose, easier to rig and animate',
		},
		{
			displayName: 'Use Original Alpha',
			name: 'useOriginalAlpha',
			type: 'boolean',
			default: false,
			description: "Whether to keep the input images' transparency",
		},
	],
	{ default: MODEL3D_WAIT_TIMEOUT_SECONDS },
);
