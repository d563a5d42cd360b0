import type { INodeProperties } from 'n8n-workflow';

import { downloadImagesParameter as generationDownloadImages } from '../generation/descriptions';
import { imageOutputOption } from '../generation/options';
import { jobOptions } from '../shared/common.descriptions';

export const blueprintId: INodeProperties = {
	displayName: 'Blueprint ID',
	name: 'blueprintId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
	hint: "The Blueprint's ID (its akUUID in Leonardo's API)",
	description: "The Blueprint, one of Leonardo's ready-made multi-step recipes offered on the API",
};

export const blueprintVersionId: INodeProperties = {
	displayName: 'Version Name or ID',
	name: 'blueprintVersionId',
	type: 'options',
	default: '',
	typeOptions: { loadOptionsMethod: 'getBlueprintVersions', loadOptionsDependsOn: ['blueprintId'] },
	description:
		'The version to run; the newest when left empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const executionId: INodeProperties = {
	displayName: 'Blueprint Execution ID',
	name: 'executionId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
	hint: 'The ID output by "Blueprint → Execute" (json.blueprintExecutionId)',
	description: 'The ID of a Blueprint run',
};

/**
 * One row per input of the Blueprint version, as "Blueprint → Get Versions" lists them (its
 * `inputs`: nodeId, settingName and, for text variables, variable): https://docs.leonardo.ai/docs/blueprints-guide.
 */
export const nodeInputs: INodeProperties = {
	displayName: 'Node Inputs',
	name: 'nodeInputs',
	type: 'fixedCollection',
	placeholder: 'Add Input',
	default: {},
	typeOptions: { multipleValues: true },
	hint: 'Each input the version lists in "Blueprint → Get Versions" (json.inputs): its node ID and setting name',
	options: [
		{
			displayName: 'Input',
			name: 'input',
			values: [
				{
					displayName: 'Input Binary Field',
					name: 'binaryPropertyName',
					type: 'string',
					default: '',
					placeholder: 'e.g. data',
					displayOptions: { show: { settingName: ['imageUrl'] } },
					description:
						"The item's binary field holding the image: it is uploaded to Leonardo and its Leonardo URL is sent. Empty: Value is sent as the URL.",
				},
				{
					displayName: 'Node ID',
					name: 'nodeId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 7f9c1c8a-7d16-4bc8-bc4c-5b72d7653c12',
					description:
						'The step of the Blueprint this input belongs to (nodeId in the inputs Get Versions lists)',
				},
				{
					displayName: 'Setting Name',
					name: 'settingName',
					type: 'options',
					default: 'text',
					options: [
						{
							name: 'Image URL',
							value: 'imageUrl',
							description: 'An image hosted by Leonardo',
						},
						{
							name: 'Text',
							value: 'text',
							description: 'A text, such as a prompt',
						},
						{
							name: 'Text Variables',
							value: 'textVariables',
							description: 'A named value the Blueprint fills into its prompt',
						},
					],
					description: 'Which setting of that step (settingName in the inputs Get Versions lists)',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description:
						"The text, the variable's value, or (with no Input Binary Field) the URL of an image hosted by Leonardo, e.g. a generated image or the URL that Init Image → Get outputs",
				},
				{
					displayName: 'Variable',
					name: 'variable',
					type: 'string',
					default: '',
					placeholder: 'e.g. language',
					displayOptions: { show: { settingName: ['textVariables'] } },
					description:
						"The variable's name (variable in the inputs Get Versions lists); when empty, the one the version lists for this node",
				},
			],
		},
	],
};

export const downloadImagesParameter: INodeProperties = {
	...generationDownloadImages,
	description:
		"Whether to download the images of all the run's generations into binary fields (image_0, image_1, …) so later nodes can use the files",
};

const publicOption: INodeProperties = {
	displayName: 'Public',
	name: 'public',
	type: 'boolean',
	default: false,
	description: "Whether the run's results are public on Leonardo",
};

export const executeOptions = jobOptions([imageOutputOption, publicOption]);
