import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { splitList } from '../../helpers/lists';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readNumber,
	readOptionValues,
	readText,
} from '../../helpers/parameters';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import { checkInputImages, referenceUpload } from '../shared/imageReferences';
import type { JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { checkModelRequest, knownModel } from '../../catalog/forItem';
import { hiddenFor, pickerModels } from '../../catalog';
import { modelSummary } from '../../catalog/summary';
import { generationJob } from './api';
import { readPrompt } from './body';
import {
	DOWNLOAD_IMAGES,
	downloadImagesParameter,
	promptParameter,
	referenceImageFields,
} from './descriptions';
import type { ImageDelivery } from './output';
import { imageDelivery } from './output';
import { readImageReferences, v2Options } from './v2';

const properties: INodeProperties[] = [
	{
		displayName: 'Model Name or ID',
		name: 'model',
		type: 'options',
		default: 'gpt-image-1.5',
		options: pickerModels('image').map((model) => ({
			name: model.name,
			value: model.id,
			description: modelSummary(model),
		})),
		description:
			'The image model; the node checks sizes, counts and values against its page before sending. A model Leonardo added since (its ID from Leonardo\'s model guide) can be set with an <a href="https://docs.n8n.io/code/expressions/">expression</a>: it is sent unchecked.',
	},
	{
		...promptParameter,
		description:
			'What the image should show. Each model has its own length limit (its page: 2000 to 10000 characters); the node checks it before sending.',
	},
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		description:
			'Width in pixels; each model has its own sizes (listed under Model). 0 with Height 0: the size of the first reference, on the models that allow it.',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 1024,
		description: 'Height in pixels; each model has its own sizes (listed under Model)',
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
		displayOptions: hiddenFor('image', (model) => model.guidances?.image_reference),
		placeholder: 'Add Image Reference',
		default: {},
		typeOptions: { multipleValues: true },
		description:
			'Images the result should follow; each model takes its own number (listed under Model)',
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
	{
		displayName: 'Reference Images From Binary',
		name: 'referenceBinaryPropertyNames',
		type: 'string',
		displayOptions: hiddenFor('image', (model) => model.guidances?.image_reference),
		default: '',
		placeholder: 'e.g. data, photo',
		hint: 'Input binary fields, comma-separated: each image is uploaded and sent as an image reference, before the Image References above',
		description:
			'Images on the item (PNG, JPEG or WebP) the result should follow, e.g. a product photo from a form upload. Each is uploaded as an init image right before the generation starts.',
	},
	waitForCompletionParameter,
	{ ...downloadImagesParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	v2Options,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['createV2'] } },
	properties,
);

interface CreateV2Request extends JobSettings {
	/** The body to POST; its first `binaryReferences.length` image references get their IDs from the upload. */
	body: IDataObject;
	/** The item's binary fields uploaded as image references. */
	binaryReferences: string[];
	/** What the output should say: a model sent unchecked, a strength left out. */
	warnings: string[];
	images: ImageDelivery;
}

/** `mode` was retired for these on 2026-05-04 (https://docs.leonardo.ai/docs/deprecations-changes). */
const MODE_RETIRED = ['gpt-image-1.5', 'ideogram-v3.0'];

/** The node's field for each wire name it sets, so a refusal names what the user sees. */
const FIELD_LABELS = {
	mode: 'Mode',
	prompt: 'Prompt',
	quantity: 'Number of Images',
	width: 'Width',
	height: 'Height',
	quality: 'Quality',
	seed: 'Seed',
	prompt_enhance: 'Prompt Enhance',
	style_ids: 'Style Names or IDs',
};

/**
 * The v2 body `{ model, parameters, public }` (https://docs.leonardo.ai/reference/creategeneration):
 * parameters.prompt, quantity, width, height, seed, quality, prompt_enhance ("ON"/"OFF"), style_ids,
 * guidances.image_reference[] of { image: { id, type }, strength } — `strength` only where the
 * model's entry in the catalog takes it — checked against the model's catalog entry. `mode` was
 * retired on 2026-05-04 for GPT Image-1.5 and Ideogram 3.0
 * (https://docs.leonardo.ai/docs/deprecations-changes): requests with it fail.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateV2Request> {
	const options = readOptionValues.call(this, itemIndex);
	const modelId = readText.call(this, 'model', 'Model', itemIndex).trim();
	if (!modelId)
		throw new NodeOperationError(this.getNode(), 'The model is empty', {
			itemIndex,
			description: "Pick a model, or enter a model ID from Leonardo's model guide.",
		});
	const parameters: IDataObject = {
		prompt: readPrompt.call(this, itemIndex, Infinity),
		quantity: readNumber.call(
			this,
			'numImages',
			'Number of Images',
			{ min: 1, integer: true },
			itemIndex,
		),
		width: readNumber.call(this, 'width', 'Width', { min: 0, integer: true }, itemIndex),
		height: readNumber.call(this, 'height', 'Height', { min: 0, integer: true }, itemIndex),
	};
	const quality = checkText(this, 'Quality', options.quality ?? '', itemIndex).trim();
	if (quality) parameters.quality = quality;
	if (options.seed !== undefined)
		parameters.seed = checkNumber(this, 'Seed', options.seed, { integer: true }, itemIndex);
	if (options.promptEnhance !== undefined)
		parameters.prompt_enhance = checkBoolean(
			this,
			'Prompt Enhance',
			options.promptEnhance,
			itemIndex,
		)
			? 'ON'
			: 'OFF';
	if (options.styleIds !== undefined) {
		// A list from the picker, or from an expression a list or a comma-separated string.
		const list = Array.isArray(options.styleIds)
			? options.styleIds
			: String(options.styleIds).split(',');
		const styleIds = list
			.map((id) => checkText(this, 'Style Names or IDs', id, itemIndex).trim())
			.filter(Boolean);
		if (styleIds.length) parameters.style_ids = styleIds;
	}
	const known = knownModel(this, itemIndex, 'image', modelId);
	if (options.mode !== undefined) {
		// Lucid, Phoenix and Seedream 5.0 Pro take `mode`; GPT Image-1.5 and Ideogram 3.0 no longer do.
		if (MODE_RETIRED.includes(modelId)) {
			throw new NodeOperationError(
				this.getNode(),
				'The option "Mode" is no longer accepted by Leonardo for this model',
				{
					itemIndex,
					description:
						'Leonardo retired "mode" for GPT Image-1.5 and Ideogram 3.0 on 2026-05-04 and fails any request that has it (https://docs.leonardo.ai/docs/deprecations-changes). Remove "Mode" from the options and add "Quality" instead.',
				},
			);
		}
		parameters.mode = checkText(this, 'Mode', options.mode, itemIndex);
	}
	const binaryReferences = splitList(
		readText.call(this, 'referenceBinaryPropertyNames', 'Reference Images From Binary', itemIndex),
	);
	const warnings = await checkInputImages.call(
		this,
		itemIndex,
		binaryReferences,
		'Reference Images From Binary',
	);
	// The uploads' IDs come later; a placeholder ID keeps the count and the check honest now.
	const references = [
		...binaryReferences.map(() => ({ image: { id: '', type: 'UPLOADED' }, strength: 'MID' })),
		...readImageReferences.call(this, itemIndex),
	];
	if (references.length) {
		// Where the spec's image_reference item is { image, order } only, strength is left out.
		const takesStrength = !known || Boolean(known.guidances?.image_reference?.strength);
		parameters.guidances = {
			image_reference: references.map(({ image, strength }) =>
				takesStrength ? { image, strength } : { image },
			),
		};
		if (!takesStrength && references.some(({ strength }) => strength !== 'MID'))
			warnings.push(
				`Strength was not sent: ${known?.name}'s image references take none (${known?.docs})`,
			);
	}
	const body: IDataObject = {
		model: modelId,
		parameters: withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			'Additional Parameters (JSON)',
		),
	};
	const unchecked = checkModelRequest(
		this,
		itemIndex,
		known,
		modelId,
		body.parameters as IDataObject,
		FIELD_LABELS,
	);
	if (options.public !== undefined)
		body.public = checkBoolean(this, 'Public', options.public, itemIndex);
	const wait = readJobSettings.call(this, itemIndex, options, DOWNLOAD_IMAGES);
	return {
		body,
		binaryReferences,
		warnings: [...unchecked, ...warnings],
		waitForCompletion: wait.waitForCompletion,
		images: imageDelivery(wait.download, options),
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

/** Generates with a v2 model; waits, downloads and outputs like Generation → Create. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateV2Request,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { body, binaryReferences } = request;
	const job = generationJob.call(this, itemIndex, {
		apiVersion: 'v2',
		body,
		extra: {
			model: body.model,
			...(request.warnings.length ? { warnings: request.warnings } : {}),
		},
		images: request.images,
		upload: referenceUpload.call(this, itemIndex, body, binaryReferences),
	});
	return await runJob.call(this, itemIndex, job, request);
}
