import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readBoolean, readText, refuseItem } from '../../helpers/parameters';
import { datasetId } from '../shared/common.descriptions';
import { readDatasetId } from '../shared/ids';
import type { TrainingRequest } from '../shared/training';
import { startTraining, trainingRequest, trainingWaitParameters } from '../shared/training';
import { MODEL_TRAINING } from './api';

/**
 * POST /models, "Train a Custom Model" (https://docs.leonardo.ai/reference/createmodel, the OpenAPI
 * body): `name`, `description`, `datasetId`, `instance_prompt` (required), `modelType` (default
 * GENERAL), `nsfw`, `resolution` ("Must be 512 or 768", default 512), `sd_version` (v1_5 | v2), and
 * `strength` ("When training using the PIXEL_ART model type", default MEDIUM). Leonardo's guide
 * (https://intercom.help/leonardo-ai/en/articles/8568573-how-to-train-your-own-model) calls it a
 * legacy feature and trains on up to 40 images; it names no minimum, so an empty dataset is refused.
 */
const MODEL_TYPES: Array<[string, string]> = [
	['General', 'GENERAL'],
	['Buildings', 'BUILDINGS'],
	['Characters', 'CHARACTERS'],
	['Environments', 'ENVIRONMENTS'],
	['Fashion', 'FASHION'],
	['Illustrations', 'ILLUSTRATIONS'],
	['Game Items', 'GAME_ITEMS'],
	['Graphical Elements', 'GRAPHICAL_ELEMENTS'],
	['Photography', 'PHOTOGRAPHY'],
	['Pixel Art', 'PIXEL_ART'],
	['Product Design', 'PRODUCT_DESIGN'],
	['Textures', 'TEXTURES'],
	['UI Elements', 'UI_ELEMENTS'],
	['Vector', 'VECTOR'],
];
const RESOLUTIONS = [512, 768];
const MODEL_DATASET_IMAGES = { min: 1, max: 40, what: 'a model' };

const properties: INodeProperties[] = [
	{
		...datasetId,
		hint: 'The dataset with the images to train on, e.g. json.id of "Dataset → Create"',
		description: 'The ID of the dataset to train the model on',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Shop product shots',
		description: 'The name of the model, as it appears in your Leonardo account',
	},
	{
		displayName: 'Instance Prompt',
		name: 'instancePrompt',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. a product photo',
		description:
			'The prompt the model is trained with; use it in prompts to call up what it learnt',
	},
	{
		displayName: 'Model Type',
		name: 'modelType',
		type: 'options',
		default: 'GENERAL',
		options: MODEL_TYPES.map(([name, value]) => ({ name, value })),
		description: 'The category that best describes the model',
	},
	{
		displayName: 'Base Model',
		name: 'sdVersion',
		type: 'options',
		default: 'v1_5',
		options: [
			{ name: 'Stable Diffusion 1.5', value: 'v1_5' },
			{ name: 'Stable Diffusion 2.1', value: 'v2' },
		],
		description: 'The Stable Diffusion version the model is trained on',
	},
	{
		displayName: 'Resolution',
		name: 'resolution',
		type: 'options',
		default: 512,
		options: RESOLUTIONS.map((value) => ({ name: `${value} px`, value })),
		description: 'The training resolution',
	},
	{
		displayName: 'Strength',
		name: 'strength',
		type: 'options',
		default: 'MEDIUM',
		options: [
			{ name: 'Very Low', value: 'VERY_LOW' },
			{ name: 'Low', value: 'LOW' },
			{ name: 'Medium', value: 'MEDIUM' },
			{ name: 'High', value: 'HIGH' },
		],
		displayOptions: { show: { modelType: ['PIXEL_ART'] } },
		description: 'How strongly a Pixel Art model is trained',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'A description of the model',
	},
	{
		displayName: 'NSFW',
		name: 'nsfw',
		type: 'boolean',
		default: false,
		description: 'Whether the model is marked as not safe for work',
	},
	...trainingWaitParameters('Model → Get'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['model'], operation: ['train'] } },
	properties,
);

function readBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const text = (name: string, fallback = '') =>
		readText.call(this, name, itemIndex, fallback).trim();
	const name = text('name');
	if (!name) refuseItem(this, itemIndex, 'The model needs a name', 'Fill in "Name".');
	const instancePrompt = text('instancePrompt');
	if (!instancePrompt)
		refuseItem(
			this,
			itemIndex,
			'"Instance Prompt" is empty',
			'Leonardo needs the prompt the model is trained with.',
		);
	const resolution = Number(this.getNodeParameter('resolution', itemIndex));
	if (!RESOLUTIONS.includes(resolution)) {
		refuseItem(
			this,
			itemIndex,
			`Leonardo trains models at 512 or 768, not ${String(this.getNodeParameter('resolution', itemIndex))}`,
			'Set "Resolution" to 512 or 768.',
		);
	}
	const modelType = text('modelType', 'GENERAL');
	const descriptionText = text('description');
	return {
		name,
		...(descriptionText ? { description: descriptionText } : {}),
		datasetId: readDatasetId.call(this, itemIndex),
		instance_prompt: instancePrompt,
		modelType,
		nsfw: readBoolean.call(this, 'nsfw', itemIndex),
		resolution,
		sd_version: text('sdVersion', 'v1_5'),
		...(modelType === 'PIXEL_ART' ? { strength: text('strength', 'MEDIUM') } : {}),
	};
}

/** Reads and checks the item, and that the dataset holds images: every item before any training starts. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<TrainingRequest> {
	return await trainingRequest.call(
		this,
		itemIndex,
		readBody.call(this, itemIndex),
		MODEL_DATASET_IMAGES,
	);
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: TrainingRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	return await startTraining.call(this, itemIndex, MODEL_TRAINING, request);
}
