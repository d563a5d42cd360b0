import type { INodeProperties } from 'n8n-workflow';

import { WAIT_TIMEOUT_RULE } from '../../helpers/parameters';
import {
	additionalFieldsOption,
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
} from '../shared/common.descriptions';
import type { CatalogModel } from '../../catalog';
import { hiddenFor, namesOf, pickerModels } from '../../catalog';
import { modelSummary } from '../../catalog/summary';
import { referenceImageFields } from '../generation/descriptions';
import { CAMERA_MOVES } from './cameraMoves';

/** The parameters the video operations share. */

/** Video jobs take minutes, not seconds. */
export const VIDEO_WAIT_TIMEOUT_SECONDS = 900;

function modelNames(has: (model: CatalogModel) => unknown): string {
	return namesOf('video', has);
}

export const videoModelParameter: INodeProperties = {
	displayName: 'Model Name or ID',
	name: 'model',
	type: 'options',
	default: 'kling-2.6',
	options: pickerModels('video').map((model) => ({
		name: model.name,
		value: model.id,
		description: modelSummary(model),
	})),
	description:
		'The video model; the node checks sizes, durations and frames against its page before sending. A model Leonardo added since (its ID from Leonardo\'s video guides, sent to the v2 endpoint unchecked) can be set with an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const videoPromptParameter: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	default: '',
	required: true,
	typeOptions: { rows: 3 },
	placeholder: 'e.g. The camera slowly circles the product while soft light moves across it',
	description:
		'What should happen in the video. Each model has its own length limit (its page: 1500 to 9999 characters); the node checks it before sending.',
};

const imageTypeOptions = [
	{
		name: 'Uploaded Init Image',
		value: 'UPLOADED',
		description: 'An ID from "Init Image → Upload"',
	},
	{
		name: 'Generated Image',
		value: 'GENERATED',
		description: "The ID of an image Leonardo generated, from a generation's images list",
	},
];

export const endFrameParameters: INodeProperties[] = [
	{
		displayName: 'End Frame Image ID',
		name: 'endImageId',
		displayOptions: hiddenFor('video', (model) => model.guidances?.end_frame),
		type: 'string',
		default: '',
		placeholder: 'e.g. 7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
		hint: `Optional: the last frame, on the models that take one (${modelNames((model) => model.guidances?.end_frame)})`,
		description: 'An image the video should end on',
	},
	{
		displayName: 'End Frame Image Type',
		name: 'endImageType',
		displayOptions: hiddenFor('video', (model) => model.guidances?.end_frame),
		type: 'options',
		default: 'UPLOADED',
		options: imageTypeOptions,
		description: 'Whether the End Frame Image ID is of an uploaded or a generated image',
	},
];

export const startFrameParameters: INodeProperties[] = [
	{
		displayName: 'Start Frame Image ID',
		name: 'startImageId',
		displayOptions: hiddenFor('video', (model) => model.guidances?.start_frame),
		type: 'string',
		default: '',
		placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
		hint: `Optional: leave empty for text-to-video; ${modelNames((model) => model.guidances?.start_frame?.required)} need one`,
		description: 'An image the video should start from',
	},
	{
		displayName: 'Start Frame Image Type',
		name: 'startImageType',
		displayOptions: hiddenFor('video', (model) => model.guidances?.start_frame),
		type: 'options',
		default: 'UPLOADED',
		options: imageTypeOptions,
		description: 'Whether the Start Frame Image ID is of an uploaded or a generated image',
	},
];

/** Duration (Seconds)'s default: a model that takes no duration is not warned about it. */
export const DEFAULT_DURATION = 5;

export const durationParameter: INodeProperties = {
	displayName: 'Duration (Seconds)',
	name: 'duration',
	displayOptions: hiddenFor('video', (model) => model.durations),
	type: 'number',
	default: DEFAULT_DURATION,
	typeOptions: { minValue: 1 },
	description:
		"The video's length; each model takes its own values (Kling 2.6: 5 or 10). Not sent to the models that take none (Motion 2.0, Motion 2.0 Fast).",
};

export const sizeParameters: INodeProperties[] = [
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		hint: '0 = automatic: the model size closest to the image (or its first size without one); a model that takes any size keeps the image aspect ratio',
		description: "The video's width in pixels; each model takes its own sizes",
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		hint: '0 = automatic, together with Width',
		description: "The video's height in pixels; each model takes its own sizes",
	},
];

export const downloadVideoParameter: INodeProperties = {
	displayName: 'Download Video',
	name: 'downloadVideo',
	type: 'boolean',
	default: true,
	description: 'Whether to download the finished MP4 into the binary field "video"',
};

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
