import type { INodeProperties } from 'n8n-workflow';

import {
	additionalFieldsOption,
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
	waitTimeoutOption,
} from '../shared/common.descriptions';
import { referenceImageFields } from './descriptions';
import { elementsOption } from './elements';
import { PREPROCESSORS, PRESET_STYLES, SCHEDULERS, SD_VERSIONS, STYLES, titleCase } from './values';

/** The Options collections of the generation operations. */

/** How downloaded images are laid out (generations, Blueprint → Execute). */
export const imageOutputOption: INodeProperties = {
	displayName: 'Image Output',
	name: 'imageOutput',
	type: 'options',
	default: 'binaryFields',
	options: [
		{
			name: 'One Item, a Binary Field per Image',
			value: 'binaryFields',
			description: 'Binary fields image_0, image_1, … on one item',
		},
		{
			name: 'One Item per Image',
			value: 'itemPerImage',
			description: 'Each image on its own item, in the binary field "data"',
		},
	],
	description: 'How downloaded images are laid out in the output',
};

const outputOptions: INodeProperties[] = [imageOutputOption, waitTimeoutOption];

/** Options shared by the operations that create a generation. Keys are our names, not Leonardo's. */
export const generationOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			...additionalFieldsOption,
			description:
				'Extra fields for POST /generations, for Leonardo features this node has no parameter for, e.g. {"styleUUID": "…"}',
		},
		{
			displayName: 'Alchemy',
			name: 'alchemy',
			type: 'boolean',
			default: true,
			description:
				"Whether to use Leonardo's Alchemy pipeline (higher quality, more credits). Not with Ultra.",
		},
		allowUnpricedJobsOption,
		concurrencyOption,
		{
			displayName: 'Contrast',
			name: 'contrast',
			type: 'number',
			default: 3.5,
			description:
				'Contrast for Phoenix and Flux models: one of 1, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5 (at least 2.5 with Alchemy)',
		},
		elementsOption,
		{
			displayName: 'Enhance Prompt',
			name: 'enhancePrompt',
			type: 'boolean',
			default: false,
			description: 'Whether Leonardo should expand the prompt before generating',
		},
		{
			displayName: 'Guidance Scale',
			name: 'guidanceScale',
			type: 'number',
			default: 7,
			typeOptions: { minValue: 1, maxValue: 20 },
			description: 'How strongly the image follows the prompt, 1–20 (7 is a good start)',
		},
		{
			displayName: 'Image Guidance (ControlNet)',
			name: 'imageGuidance',
			type: 'fixedCollection',
			placeholder: 'Add Guidance Image',
			default: {},
			typeOptions: { multipleValues: true },
			description:
				'Images that guide the generation: style, character or content reference, edges, depth, pose',
			options: [
				{
					displayName: 'Guidance',
					name: 'guidance',
					values: [
						...referenceImageFields,
						{
							displayName: 'Preprocessor Name or ID',
							name: 'preprocessorId',
							type: 'options',
							default: 67,
							options: PREPROCESSORS.map(([name, value]) => ({ name, value })),
							description:
								'The kind of guidance. IDs depend on the model family. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Strength',
							name: 'strengthType',
							type: 'options',
							default: 'Mid',
							options: [
								{ name: 'Custom Weight', value: 'weight' },
								{ name: 'High', value: 'High' },
								{ name: 'Low', value: 'Low' },
								{ name: 'Max', value: 'Max' },
								{ name: 'Mid', value: 'Mid' },
								{ name: 'Ultra', value: 'Ultra' },
							],
							description:
								'How strongly the image guides the result. Character and content references accept Low, Mid and High only.',
						},
						{
							displayName: 'Weight',
							name: 'weight',
							type: 'number',
							default: 0.5,
							typeOptions: { minValue: 0, maxValue: 2, numberPrecision: 2 },
							description: 'Used only with Strength "Custom Weight": 0 to 2',
						},
					],
				},
			],
		},
		{
			displayName: 'Image Prompt IDs',
			name: 'imagePrompts',
			type: 'string',
			default: '',
			placeholder: 'e.g. 4f6d1a2b-…, 9a8b7c6d-…',
			description: 'Uploaded init image IDs to use as image prompts, separated by commas',
		},
		{
			displayName: 'Image Prompt Weight',
			name: 'imagePromptWeight',
			type: 'number',
			default: 0.5,
			description: 'How strongly the image prompts influence the result',
		},
		maxCreditsOption,
		{
			displayName: 'Negative Prompt',
			name: 'negativePrompt',
			type: 'string',
			default: '',
			typeOptions: { rows: 2 },
			description: 'What the image should not show',
		},
		{
			displayName: 'Number of Inference Steps',
			name: 'numInferenceSteps',
			type: 'number',
			default: 15,
			typeOptions: { minValue: 10, maxValue: 60 },
			description: 'Denoising steps, 10–60. More steps can add detail and take longer.',
		},
		{
			displayName: 'PhotoReal',
			name: 'photoReal',
			type: 'boolean',
			default: false,
			description: 'Whether to use PhotoReal for photographic results. Needs Alchemy on.',
		},
		{
			displayName: 'Preset Style Name or ID',
			name: 'presetStyle',
			type: 'options',
			default: 'DYNAMIC',
			options: PRESET_STYLES.map((style) => ({ name: titleCase(style), value: style })),
			description:
				'The style preset. Choose from the list, or specify any value Leonardo accepts using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description: "Whether the images appear in Leonardo's public community feed",
		},
		{
			displayName: 'Scheduler Name or ID',
			name: 'scheduler',
			type: 'options',
			default: 'EULER_DISCRETE',
			options: SCHEDULERS.map((value) => ({ name: titleCase(value), value })),
			description:
				'The sampler. Choose from the list, or specify any value Leonardo accepts using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'SD Version Name or ID',
			name: 'sdVersion',
			type: 'options',
			default: 'SDXL_1_0',
			options: SD_VERSIONS.map((value) => ({ name: value, value })),
			description:
				'The base model family, used when no model is chosen. Choose from the list, or specify a value using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Seed',
			name: 'seed',
			type: 'number',
			default: 0,
			description: 'A fixed seed makes results repeatable. Leave unset for a random seed.',
		},
		{
			displayName: 'Style Name or ID',
			name: 'styleUUID',
			type: 'options',
			default: '111dc692-d470-4eec-b791-3475abac4c46',
			options: STYLES.map(([name, value]) => ({ name, value })),
			description:
				'A preset style (styleUUID, e.g. for Phoenix and Lucid models). Choose from the list, or specify a style UUID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Tiling',
			name: 'tiling',
			type: 'boolean',
			default: false,
			description: 'Whether the image should tile seamlessly',
		},
		{
			displayName: 'Transparency',
			name: 'transparency',
			type: 'options',
			default: 'foreground_only',
			options: [
				{ name: 'Disabled', value: 'disabled' },
				{ name: 'Foreground Only', value: 'foreground_only' },
			],
			description:
				'Foreground Only: a PNG with a transparent background, on the models and elements that support it',
		},
		{
			displayName: 'Ultra',
			name: 'ultra',
			type: 'boolean',
			default: false,
			description: 'Whether to use Ultra mode (higher resolution, more credits). Not with Alchemy.',
		},
		...outputOptions,
	],
};

/** The Options of operations that only fetch generations' results (Get, and Create (Newer Models) adds its own). */
export const resultOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [concurrencyOption, ...outputOptions],
};
