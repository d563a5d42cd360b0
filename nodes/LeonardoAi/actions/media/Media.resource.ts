import type { INodeProperties } from 'n8n-workflow';

import * as deleteMedia from './delete.operation';
import * as get from './get.operation';
import * as upload from './upload.operation';

export { deleteMedia as delete, get, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['media'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete uploaded media',
				description: 'Delete an uploaded video or audio file',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get uploaded media',
				description: "Get an uploaded video or audio file's status, duration and size",
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a video or audio file',
				description:
					'Upload a video (MP4, MOV) or audio file (MP3, WAV) from the input item, for video and audio references',
			},
		],
		default: 'upload',
	},
	...upload.description,
	...get.description,
	...deleteMedia.description,
];
