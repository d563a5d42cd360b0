import type { INodeProperties } from 'n8n-workflow';

import { WAIT_TIMEOUT_RULE } from '../../helpers/parameters';
import {
	additionalFieldsOption,
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
} from '../shared/common.descriptions';
import { hiddenFor } from '../../catalog';
import { referenceImageFields } from '../generation/descriptions';
import { CAMERA_MOVES } from './cameraMoves';
import { VIDEO_WAIT_TIMEOUT_SECONDS, modelNames } from './descriptions';

/** Options of Video → Create and Create From Image: each model's extra fields, shown for the models that take them. */
export const videoOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			...additionalFieldsOption,
			displayName: 'Additional Parameters (JSON)',
			name: 'additionalParameters',
			hint: 'Added to the request (v2: to "parameters"), with Leonardo\'s exact field names; a field the node already sets is refused',
			description:
				'Extra fields from the model\'s page this node has no parameter for, e.g. {"motion_has_audio": true}',
		},
		allowUnpricedJobsOption,
		{
			displayName: 'Audio',
			name: 'audio',
			displayOptions: hiddenFor(
				'video',
				(model) => model.flags?.motion_has_audio !== undefined,
				'/model',
			),
			type: 'boolean',
			default: true,
			description: `Whether the video gets generated sound (${modelNames((model) => model.flags?.motion_has_audio !== undefined)})`,
		},
		{
			displayName: 'Audio Reference IDs',
			name: 'audioReferenceIds',
			displayOptions: hiddenFor('video', (model) => model.guidances?.audio_reference, '/model'),
			type: 'string',
			default: '',
			placeholder: 'e.g. 2b1c…, 9f3e…',
			description: `Uploaded audio (media IDs), comma-separated, the video should use (${modelNames((model) => model.guidances?.audio_reference)})`,
		},
		{
			displayName: 'Camera Move',
			name: 'cameraMove',
			displayOptions: hiddenFor('video', (model) => model.cameraMoves, '/model'),
			type: 'options',
			default: '',
			options: [
				{ name: 'None', value: '' },
				...CAMERA_MOVES.map(([name, value]) => ({ name, value })),
			],
			description: `Motion Control: a camera move for the whole clip (${modelNames((model) => model.cameraMoves)})`,
		},
		concurrencyOption,
		maxCreditsOption,
		{
			displayName: 'Image References',
			name: 'imageReferences',
			displayOptions: hiddenFor('video', (model) => model.guidances?.image_reference, '/model'),
			type: 'fixedCollection',
			placeholder: 'Add Image Reference',
			default: {},
			typeOptions: { multipleValues: true },
			description: `Images the video should follow (${modelNames((model) => model.guidances?.image_reference)}); each model takes its own number`,
			options: [{ displayName: 'Reference', name: 'reference', values: referenceImageFields }],
		},
		{
			displayName: 'Negative Prompt',
			name: 'negativePrompt',
			displayOptions: hiddenFor('video', (model) => model.negativePrompt, '/model'),
			type: 'string',
			default: '',
			description: `What the video should not show (${modelNames((model) => model.negativePrompt)})`,
		},
		{
			displayName: 'Prompt Enhance',
			name: 'promptEnhance',
			displayOptions: hiddenFor('video', (model) => model.promptEnhance, '/model'),
			type: 'boolean',
			default: true,
			description: `Whether Leonardo rewrites the prompt in more detail first (${modelNames((model) => model.promptEnhance)})`,
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description: "Whether the video appears in Leonardo's public community feed",
		},
		{
			displayName: 'Seed',
			name: 'seed',
			displayOptions: hiddenFor('video', (model) => model.seed, '/model'),
			type: 'number',
			default: 0,
			description: `A fixed seed makes results repeatable (${modelNames((model) => model.seed)})`,
		},
		{
			displayName: 'Video Reference Duration (Seconds)',
			name: 'videoReferenceDuration',
			displayOptions: hiddenFor(
				'video',
				(model) => model.guidances?.video_reference_base,
				'/model',
			),
			type: 'number',
			default: 0,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: `The reference clip's length, sent with it; some models need it (${modelNames((model) => model.guidances?.video_reference_base?.duration?.required)}). 0 = not sent.`,
		},
		{
			displayName: 'Video Reference ID',
			name: 'videoReferenceId',
			displayOptions: hiddenFor(
				'video',
				(model) => model.guidances?.video_reference_base,
				'/model',
			),
			type: 'string',
			default: '',
			placeholder: 'e.g. 7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
			hint: 'A generated video: the videos[n].id of Video → Create (the image that carries its MP4)',
			description: `A video to edit or extend (${modelNames((model) => model.guidances?.video_reference_base)})`,
		},
		{
			displayName: 'Video Reference Type',
			name: 'videoReferenceType',
			displayOptions: hiddenFor(
				'video',
				(model) => model.guidances?.video_reference_base,
				'/model',
			),
			type: 'options',
			default: 'GENERATED',
			options: [
				{ name: 'Generated Video', value: 'GENERATED', description: 'A video Leonardo made' },
				{ name: 'Uploaded Video', value: 'UPLOADED', description: 'A video uploaded as media' },
			],
			description: 'Whether the Video Reference ID is of a generated or an uploaded video',
		},
		{
			displayName: 'Wait Timeout (Seconds)',
			name: 'waitTimeout',
			type: 'number',
			default: VIDEO_WAIT_TIMEOUT_SECONDS,
			typeOptions: { minValue: WAIT_TIMEOUT_RULE.min, maxValue: WAIT_TIMEOUT_RULE.max },
			hint: 'Videos take minutes: the default is 15 minutes',
			description:
				'How long to wait for the video before the node gives up with an error (1–7200 seconds)',
		},
	],
};
