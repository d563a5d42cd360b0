import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['model3d'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a 3D model',
				description:
					'Turn 1 to 5 images of an object into a 3D model (Rodin V2), wait and download the GLB',
			},
		],
		default: 'create',
	},
	...create.description,
];
