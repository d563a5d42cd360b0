import type { INodeProperties } from 'n8n-workflow';

import * as deleteOperation from './delete.operation';
import * as upload from './upload.operation';

export { deleteOperation as delete, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['asset3d'] } },
		options: [
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a 3D model',
				description: "The item's OBJ file to Leonardo, as a 3D asset",
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a 3D model',
				description: 'Delete an uploaded 3D model',
			},
		],
		default: 'upload',
	},
	...upload.description,
	...deleteOperation.description,
];
