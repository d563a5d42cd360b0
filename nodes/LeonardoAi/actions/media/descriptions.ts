import type { INodeProperties } from 'n8n-workflow';

import {
	binaryPropertyName,
	concurrencyOption,
	waitTimeoutOption,
} from '../shared/common.descriptions';

export const mediaBinaryPropertyName: INodeProperties = {
	...binaryPropertyName,
	hint: 'The name of the input binary field that holds the video (MP4, MOV) or audio file (MP3, WAV)',
	description: 'The binary field of the incoming item that holds the video or audio file to upload',
};

export const mediaId: INodeProperties = {
	displayName: 'Media ID',
	name: 'mediaId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
	hint: 'The ID output by "Media → Upload" (json.id)',
	description: 'The ID of an uploaded video or audio file',
};

/** How long Media → Upload waits for Leonardo to process the file by default. */
export const MEDIA_WAIT_TIMEOUT_SECONDS = 300;

export const mediaUploadOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		concurrencyOption,
		{
			...waitTimeoutOption,
			default: MEDIA_WAIT_TIMEOUT_SECONDS,
			description:
				'How long to wait, after the upload, for Leonardo to finish processing the file before the node gives up with an error (1–7200 seconds)',
		},
	],
};
