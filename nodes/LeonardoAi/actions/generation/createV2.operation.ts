import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, jsonParse, updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { jobConcurrencyOption } from '../common.descriptions';
import { waitForCompletionParameter, waitTimeoutSeconds } from '../job';
import {
	downloadImagesParameter,
	generationJson,
	generationOutput,
	promptParameter,
	readOptions,
	readPrompt,
	referenceImageFields,
	waitForGeneration,
} from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Model Name or ID',
		name: 'model',
		type: 'options',
		default: 'gpt-image-1.5',
		options: [{ name: 'GPT Image-1.5', value: 'gpt-image-1.5' }],
		description: 'A model of Leonardo\'s newer generation endpoint (v2). For others (FLUX.2, Nano Banana, Seedream …) enter the model ID from Leonardo\'s model guide using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	promptParameter,
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		description: 'Width in pixels. Each model accepts its own sizes (GPT Image-1.5: 1024 or 1536).',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 1024,
		description: 'Height in pixels. Each model accepts its own sizes (GPT Image-1.5: 1024 or 1536).',
	},
	{
		displayName: 'Number of Images',
		name: 'numImages',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: 8 },
		description: 'How many images to generate. Each image costs credits.',
	},
	{
		displayName: 'Image References',
		name: 'imageReferences',
		type: 'fixedCollection',
		placeholder: 'Add Image Reference',
		default: {},
		typeOptions: { multipleValues: true },
		description: 'Up to 6 images the result should follow',
		options: [
			{
				displayName: 'Reference',
				name: 'reference',
				values: [
					...referenceImageFields,
					{
						displayName: 'Strength',
						name: 'strength',
						type: 'options',
						default: 'MID',
						options: [
							{ name: 'Low', value: 'LOW' },
							{ name: 'Mid', value: 'MID' },
							{ name: 'High', value: 'HIGH' },
						],
						description: 'How strongly the reference shapes the result',
					},
				],
			},
		],
	},
	waitForCompletionParameter,
	{ ...downloadImagesParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	{
		...readOptions,
		options: [
			{
				displayName: 'Additional Parameters (JSON)',
				name: 'additionalParameters',
				type: 'json',
				default: '{}',
				hint: 'Merged into "parameters" last, with Leonardo\'s exact field names',
				description: 'Extra model parameters this node has no field for, e.g. {"style_ids": ["…"]}',
			},
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				default: 'QUALITY',
				options: [
					{ name: 'Fast', value: 'FAST' },
					{ name: 'Quality', value: 'QUALITY' },
					{ name: 'Ultra', value: 'ULTRA' },
				],
				description: 'Speed against quality (GPT Image-1.5); higher modes cost more',
			},
			{
				displayName: 'Prompt Enhance',
				name: 'promptEnhance',
				type: 'boolean',
				default: false,
				description: 'Whether Leonardo should expand the prompt before generating',
			},
			{
				displayName: 'Public',
				name: 'public',
				type: 'boolean',
				default: false,
				description: 'Whether the images appear in Leonardo\'s public community feed',
			},
			{
				displayName: 'Seed',
				name: 'seed',
				type: 'number',
				default: 0,
				description: 'A fixed seed makes results repeatable',
			},
			jobConcurrencyOption,
			...(readOptions.options as INodeProperties[]).filter((option) => option.name !== 'concurrency'),
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['createV2'] } },
	properties,
);

/** The v2 answer's shape is not documented: find the generation ID wherever it sits. */
function findGenerationId(value: unknown, depth = 0): string | undefined {
	if (!value || typeof value !== 'object' || depth > 3) return undefined;
	const record = value as IDataObject;
	if (typeof record.generationId === 'string') return record.generationId;
	for (const nested of Object.values(record)) {
		const found = findGenerationId(nested, depth + 1);
		if (found) return found;
	}
	return undefined;
}

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

/** Generates with a v2 model; waits, downloads and outputs like Generation → Create. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const parameters: IDataObject = {
		prompt: readPrompt.call(this, itemIndex),
		quantity: this.getNodeParameter('numImages', itemIndex) as number,
		width: this.getNodeParameter('width', itemIndex) as number,
		height: this.getNodeParameter('height', itemIndex) as number,
	};
	if (options.mode) parameters.mode = options.mode;
	if (options.seed !== undefined) parameters.seed = options.seed;
	if (options.promptEnhance !== undefined) parameters.prompt_enhance = options.promptEnhance ? 'ON' : 'OFF';
	const references = (((this.getNodeParameter('imageReferences', itemIndex, {}) as IDataObject).reference as IDataObject[] | undefined) ?? [])
		.filter((reference) => String(reference.imageId ?? '').trim())
		.map((reference) => ({
			image: { id: String(reference.imageId).trim(), type: reference.imageType ?? 'UPLOADED' },
			strength: reference.strength ?? 'MID',
		}));
	if (references.length) parameters.guidances = { image_reference: references };
	if (options.additionalParameters) {
		const extra =
			typeof options.additionalParameters === 'string'
				? jsonParse<unknown>(options.additionalParameters, { fallbackValue: undefined })
				: options.additionalParameters;
		if (!extra || typeof extra !== 'object' || Array.isArray(extra)) {
			throw new NodeOperationError(this.getNode(), '"Additional Parameters (JSON)" is not a JSON object', { itemIndex });
		}
		Object.assign(parameters, extra);
	}
	const body: IDataObject = { model: this.getNodeParameter('model', itemIndex) as string, parameters };
	if (options.public !== undefined) body.public = options.public;

	const response = await leonardoApiRequest.call(this, { method: 'POST', path: '/generations', apiVersion: 'v2', body, itemIndex, retry: false });
	const generationId = findGenerationId(response);
	if (!generationId) {
		throw new NodeOperationError(this.getNode(), 'Leonardo accepted the request but returned no generation ID', { itemIndex });
	}
	const cost = (findCost(response) ?? null) as IDataObject | null;
	if (!(this.getNodeParameter('waitForCompletion', itemIndex) as boolean)) {
		return [{ json: { generationId, status: 'PENDING', cost, model: body.model }, pairedItem: { item: itemIndex } }];
	}
	const generation = await waitForGeneration.call(this, generationId, itemIndex, waitTimeoutSeconds(options));
	const downloadImages = this.getNodeParameter('downloadImages', itemIndex) as boolean;
	return await generationOutput.call(this, { ...generationJson(generation), cost, model: body.model }, itemIndex, downloadImages);
}

function findCost(value: unknown): unknown {
	if (!value || typeof value !== 'object') return undefined;
	const record = value as IDataObject;
	if (record.cost !== undefined) return record.cost;
	return Object.values(record).map(findCost).find((cost) => cost !== undefined);
}
