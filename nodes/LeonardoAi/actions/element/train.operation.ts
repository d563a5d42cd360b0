import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import {
	checkNumber,
	readBoolean,
	readNumber,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import { datasetId } from '../shared/common.descriptions';
import { readDatasetId } from '../shared/ids';
import type { TrainingRequest } from '../shared/training';
import { startTraining, trainingRequest, trainingWaitParameters } from '../shared/training';
import { ELEMENT_TRAINING } from './api';
import type { ElementTraining, Range } from './training';
import {
	ELEMENT_BASE_MODELS,
	ELEMENT_DATASET_IMAGES,
	LORA_FOCUSES,
	TRAINING_RESOLUTION,
	buildElementBody,
	needsInstancePrompt,
	trainingRanges,
} from './training';

const properties: INodeProperties[] = [
	{
		...datasetId,
		hint: 'The dataset with the images to train on (at least 10), e.g. json.id of "Dataset → Create"',
		description: 'The ID of the dataset to train the element on',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Watercolor house style',
		description: 'The name of the element, as it appears in your Leonardo account',
	},
	{
		displayName: 'Base Model',
		name: 'sdVersion',
		type: 'options',
		default: 'FLUX_DEV',
		options: ELEMENT_BASE_MODELS.map(([name, value]) => ({ name, value })),
		description:
			'The model family the element is trained for; it can then be used only with models of that family',
	},
	{
		displayName: 'Focus',
		name: 'loraFocus',
		type: 'options',
		default: 'Style',
		options: LORA_FOCUSES.map((focus) => ({ name: focus, value: focus })),
		description:
			'What the element learns: a style, a character, an object, or general (General is not available for FLUX Dev)',
	},
	{
		displayName: 'Instance Prompt',
		name: 'instancePrompt',
		type: 'string',
		default: '',
		placeholder: 'e.g. jackthedog',
		hint: 'Required except for FLUX Dev Style and Object elements',
		description:
			"A rare word for what you train, used in prompts to call it up: e.g. 'jackthedog' rather than 'dog'",
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'A description of the element',
	},
	{
		displayName: 'Learning Rate',
		name: 'learningRate',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 8 },
		hint: "0 = Leonardo's default for the base model and focus (FLUX Dev Style: 0.00001; SDXL: 0.000001)",
		description: 'How fast the element learns; each base model and focus has its own range',
	},
	{
		displayName: 'Training Epochs',
		name: 'numTrainEpochs',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		hint: "0 = Leonardo's default for the base model and focus (FLUX Dev Style: 60; SDXL: 100)",
		description: 'How many times the whole dataset is passed through training',
	},
	{
		displayName: 'Train Text Encoder',
		name: 'trainTextEncoder',
		type: 'boolean',
		default: true,
		description: 'Whether the text encoder is trained too',
	},
	{
		displayName: 'Resolution',
		name: 'resolution',
		type: 'number',
		default: TRAINING_RESOLUTION,
		hint: 'Leonardo trains elements at 1024 only',
		description: 'The training resolution in pixels',
	},
	...trainingWaitParameters('Element → Get'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['element'], operation: ['train'] } },
	properties,
);

/** A training number: 0 = the documented default, else within the documented range. */
function readTrainingNumber(
	this: IExecuteFunctions,
	name: string,
	range: Range,
	integer: boolean,
	itemIndex: number,
): number {
	const value = readNumber.call(this, name, { min: 0, integer }, itemIndex);
	if (value === 0) return range.default;
	const label = parameterLabel(this, name, itemIndex);
	return checkNumber(this, label, value, { min: range.min, max: range.max, integer }, itemIndex);
}

function readTraining(this: IExecuteFunctions, itemIndex: number): ElementTraining {
	const text = (name: string) => readText.call(this, name, itemIndex).trim();
	const name = text('name');
	if (!name) refuseItem(this, itemIndex, 'The element needs a name', 'Fill in "Name".');
	const sdVersion = text('sdVersion');
	const loraFocus = text('loraFocus');
	const ranges = trainingRanges(sdVersion, loraFocus);
	if (!ranges) {
		refuseItem(
			this,
			itemIndex,
			`FLUX Dev elements cannot have the ${loraFocus} focus`,
			'Pick Style, Character or Object, or an SDXL base model for a General element.',
		);
	}
	const instancePrompt = text('instancePrompt');
	if (!instancePrompt && needsInstancePrompt(sdVersion, loraFocus)) {
		refuseItem(
			this,
			itemIndex,
			'"Instance Prompt" is required for this element',
			"Leonardo needs it for every base model except FLUX Dev Style and Object elements: a rare word for what you train, e.g. 'jackthedog'.",
		);
	}
	const resolution = readNumber.call(this, 'resolution', { min: 1 }, itemIndex);
	if (resolution !== TRAINING_RESOLUTION) {
		refuseItem(
			this,
			itemIndex,
			`Leonardo trains elements at ${TRAINING_RESOLUTION} only, not ${resolution}`,
			`Set "Resolution" to ${TRAINING_RESOLUTION}.`,
		);
	}
	return {
		datasetId: readDatasetId.call(this, itemIndex),
		name,
		description: text('description'),
		instancePrompt,
		loraFocus,
		sdVersion,
		resolution,
		learningRate: readTrainingNumber.call(
			this,
			'learningRate',
			ranges.learningRate,
			false,
			itemIndex,
		),
		numTrainEpochs: readTrainingNumber.call(this, 'numTrainEpochs', ranges.epochs, true, itemIndex),
		trainTextEncoder: readBoolean.call(this, 'trainTextEncoder', itemIndex),
	};
}

/** Reads and checks the item, and the dataset's image count: every item before any training starts. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<TrainingRequest> {
	const training = readTraining.call(this, itemIndex);
	return await trainingRequest.call(this, itemIndex, buildElementBody(training), {
		min: ELEMENT_DATASET_IMAGES.min,
		max: ELEMENT_DATASET_IMAGES.max(training.sdVersion),
		what: 'an element',
	});
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: TrainingRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	return await startTraining.call(this, itemIndex, ELEMENT_TRAINING, request);
}
