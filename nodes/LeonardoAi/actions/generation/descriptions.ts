import type { INodeProperties } from 'n8n-workflow';

import { MAX_SIDE, MIN_SIDE, SIDE_STEP } from '../../helpers/image';

/** The parameters the generation operations share (their Options: options.ts). */

const UUID_REGEX = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const promptParameter: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	default: '',
	required: true,
	typeOptions: { rows: 3 },
	placeholder: 'e.g. A watercolor fox in a misty forest at dawn',
	description: 'What the image should show. At most 1500 characters.',
};

export const generationIdParameter: INodeProperties = {
	displayName: 'Generation ID',
	name: 'generationId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. {{ $json.generationId }}',
	description: 'The ID of the generation, output by "Generation → Create" as generationId',
};

export const modelParameter: INodeProperties = {
	displayName: 'Model',
	name: 'modelId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The Leonardo model to generate with. Leave empty to use Leonardo's default model.",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a model…',
			typeOptions: { searchListMethod: 'searchModels', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. b24e16ff-06e3-43eb-8d33-4416c2d75876',
			validation: [
				{ type: 'regex', properties: { regex: UUID_REGEX, errorMessage: 'Not a valid model ID' } },
			],
		},
	],
};

/** Width and Height of a v1 generation (Generation → Create, Cost → Estimate). */
export const widthParameter: INodeProperties = {
	displayName: 'Width',
	name: 'width',
	type: 'number',
	default: 1024,
	typeOptions: { minValue: MIN_SIDE, maxValue: MAX_SIDE, numberStepSize: SIDE_STEP },
	description: 'Width in pixels: a multiple of 8 from 32 to 1536',
};

export const heightParameter: INodeProperties = {
	...widthParameter,
	displayName: 'Height',
	name: 'height',
	default: 768,
	description: 'Height in pixels: a multiple of 8 from 32 to 1536',
};

export const numImagesParameter: INodeProperties = {
	displayName: 'Number of Images',
	name: 'numImages',
	type: 'number',
	default: 1,
	typeOptions: { minValue: 1, maxValue: 8 },
	description:
		'How many images to generate (1–8; at most 4 when a side is larger than 768). Each image costs credits.',
};

export const initStrengthParameter: INodeProperties = {
	displayName: 'Init Strength',
	name: 'initStrength',
	type: 'number',
	default: 0.5,
	typeOptions: { minValue: 0.1, maxValue: 0.9, numberPrecision: 2 },
	description: 'How closely the result follows the init image, from 0.1 (loosely) to 0.9 (closely)',
};

export const maxSideParameter: INodeProperties = {
	displayName: 'Longest Side',
	name: 'maxSide',
	type: 'number',
	default: 1024,
	typeOptions: { minValue: MIN_SIDE, maxValue: MAX_SIDE, numberStepSize: SIDE_STEP },
	description:
		"Pixels of the longer side of the generated images; the shorter side follows the init image's aspect ratio (both rounded to multiples of 8)",
};

/** How job operations read Download Images. */
export const DOWNLOAD_IMAGES = 'downloadImages';

export const downloadImagesParameter: INodeProperties = {
	displayName: 'Download Images',
	name: 'downloadImages',
	type: 'boolean',
	default: true,
	description:
		'Whether to download the generated images into binary fields (image_0, image_1, …) so later nodes can use the files',
};

/** An uploaded or generated image that guides a generation (ControlNet guidance, v2 image references). */
export const referenceImageFields: INodeProperties[] = [
	{
		displayName: 'Image ID',
		name: 'imageId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
		description: 'An uploaded init image ID or a generated image ID',
	},
	{
		displayName: 'Image Type',
		name: 'imageType',
		type: 'options',
		default: 'UPLOADED',
		options: [
			{ name: 'Uploaded Init Image', value: 'UPLOADED' },
			{ name: 'Generated Image', value: 'GENERATED' },
		],
		description: 'Whether the ID is of an uploaded init image or of a generated image',
	},
];
