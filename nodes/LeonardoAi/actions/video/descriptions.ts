import type { INodeProperties } from 'n8n-workflow';

import type { CatalogModel } from '../../catalog';
import { hiddenFor, namesOf, pickerModels } from '../../catalog';
import { modelSummary } from '../../catalog/summary';

/** The parameters the video operations share. */

/** Video jobs take minutes, not seconds. */
export const VIDEO_WAIT_TIMEOUT_SECONDS = 900;

export function modelNames(has: (model: CatalogModel) => unknown): string {
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
