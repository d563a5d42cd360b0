import type { INodeProperties } from 'n8n-workflow';

import { binaryPropertyName, concurrencyOption } from '../shared/common.descriptions';

export const modelBinaryPropertyName: INodeProperties = {
	...binaryPropertyName,
	hint: 'The name of the input binary field that holds the 3D model: a Wavefront OBJ file',
	description: 'The binary field of the incoming item that holds the OBJ model to upload',
};

export const assetId: INodeProperties = {
	displayName: '3D Asset ID',
	name: 'assetId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
	hint: 'The ID output by "3D Asset → Upload" (json.assetId)',
	description: 'The ID of an uploaded 3D model',
};

export const uploadOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		concurrencyOption,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Sword',
			description:
				"The model's name at Leonardo (the request's `name`). Default: the file's name without its extension.",
		},
	],
};
