import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import {
	MAX_SIDE,
	MIN_SIDE,
	SIDE_STEP,
	detectImageFormat,
	readImageSize,
} from '../../helpers/image';
import { pollUntilDone } from '../../helpers/polling';
import { recordStartedJob } from '../../helpers/batch';
import type { NumberRule } from '../../helpers/parameters';
import { checkBoolean, checkId, checkNumber, checkText, readId, readText } from '../../helpers/parameters';
import { downloadHead } from '../../transport/download';
import { concurrencyOption, jobConcurrencyOption } from '../common.descriptions';
import { additionalFieldsOption, downloadImage, waitTimeoutOption, withAdditionalFields } from '../job';
import { leonardoApiRequest } from '../../transport/leonardoApi';

const UUID_REGEX = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const promptParameter: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	default: '',
	required: true,
	typeOptions: { rows: 3 },
	placeholder: 'e.g. A watercolor fox in a misty forest at dawn',
	description: 'What the image should show. At most 1500 characters.',
};

export const generationIdParameter: INodeProperties = {
	displayName: 'Generation ID',
	name: 'generationId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. {{ $json.generationId }}',
	description: 'The ID of the generation, output by "Generation → Create" as generationId',
};

export const modelParameter: INodeProperties = {
	displayName: 'Model',
	name: 'modelId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: 'The Leonardo model to generate with. Leave empty to use Leonardo\'s default model.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a model…',
			typeOptions: { searchListMethod: 'searchModels', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. b24e16ff-06e3-43eb-8d33-4416c2d75876',
			validation: [{ type: 'regex', properties: { regex: UUID_REGEX, errorMessage: 'Not a valid model ID' } }],
		},
	],
};

export const numImagesParameter: INodeProperties = {
	displayName: 'Number of Images',
	name: 'numImages',
	type: 'number',
	default: 1,
	typeOptions: { minValue: 1, maxValue: 8 },
	description: 'How many images to generate (1–8; at most 4 when a side is larger than 768). Each image costs credits.',
};

export const initStrengthParameter: INodeProperties = {
	displayName: 'Init Strength',
	name: 'initStrength',
	type: 'number',
	default: 0.5,
	typeOptions: { minValue: 0.1, maxValue: 0.9, numberPrecision: 2 },
	description: 'How closely the result follows the init image, from 0.1 (loosely) to 0.9 (closely)',
};

export const maxSideParameter: INodeProperties = {
	displayName: 'Longest Side',
	name: 'maxSide',
	type: 'number',
	default: 1024,
	typeOptions: { minValue: MIN_SIDE, maxValue: MAX_SIDE, numberStepSize: SIDE_STEP },
	description: 'Pixels of the longer side of the generated images; the shorter side follows the init image\'s aspect ratio (both rounded to multiples of 8)',
};

export const downloadImagesParameter: INodeProperties = {
	displayName: 'Download Images',
	name: 'downloadImages',
	type: 'boolean',
	default: true,
	description: 'Whether to download the generated images into binary fields (image_0, image_1, …) so later nodes can use the files',
};

const PRESET_STYLES = [
	'ANIME', 'BOKEH', 'CINEMATIC', 'CINEMATIC_CLOSEUP', 'CREATIVE', 'DYNAMIC', 'ENVIRONMENT', 'FASHION', 'FILM',
	'FOOD', 'GENERAL', 'HDR', 'ILLUSTRATION', 'LEONARDO', 'LONG_EXPOSURE', 'MACRO', 'MINIMALISTIC', 'MONOCHROME',
	'MOODY', 'NONE', 'NEUTRAL', 'PHOTOGRAPHY', 'PORTRAIT', 'RAYTRACED', 'RENDER_3D', 'RETRO', 'SKETCH_BW',
	'SKETCH_COLOR', 'STOCK_PHOTO', 'VIBRANT', 'UNPROCESSED',
];
/** ControlNet preprocessors by name (leonardo-api.md §7); the ID depends on the model family. */
const PREPROCESSORS: Array<[string, number]> = [
	['Style Reference (SDXL)', 67],
	['Style Reference (Phoenix)', 166],
	['Character Reference (SDXL)', 133],
	['Content Reference (SDXL)', 100],
	['Edge to Image (SDXL)', 19],
	['Depth to Image (SDXL)', 20],
	['Pose to Image (SDXL)', 21],
	['Text Image Input (SDXL)', 22],
	['Edge to Image (SD 1.5)', 1],
	['Depth to Image (SD 1.5)', 3],
	['Pose to Image (SD 1.5)', 7],
];
const SCHEDULERS = ['DDIM', 'DPM_SOLVER', 'EULER_ANCESTRAL_DISCRETE', 'EULER_DISCRETE', 'KLMS', 'LEONARDO', 'PNDM'];
const SD_VERSIONS = ['FLUX', 'FLUX_DEV', 'KINO_2_0', 'PHOENIX', 'SDXL_0_8', 'SDXL_0_9', 'SDXL_1_0', 'SDXL_LIGHTNING', 'v1_5', 'v2', 'v3'];

function titleCase(value: string): string {
	return value
		.toLowerCase()
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

const outputOptions: INodeProperties[] = [
	{
		displayName: 'Image Output',
		name: 'imageOutput',
		type: 'options',
		default: 'binaryFields',
		options: [
			{ name: 'One Item, a Binary Field per Image', value: 'binaryFields', description: 'Binary fields image_0, image_1, … on one item' },
			{ name: 'One Item per Image', value: 'itemPerImage', description: 'Each image on its own item, in the binary field "data"' },
		],
		description: 'How downloaded images are laid out in the output',
	},
	waitTimeoutOption,
];

/** An uploaded or generated image that guides a generation (ControlNet guidance, v2 image references). */
export const referenceImageFields: INodeProperties[] = [
	{
		displayName: 'Image ID',
		name: 'imageId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
		description: 'An uploaded init image ID or a generated image ID',
	},
	{
		displayName: 'Image Type',
		name: 'imageType',
		type: 'options',
		default: 'UPLOADED',
		options: [
			{ name: 'Uploaded Init Image', value: 'UPLOADED' },
			{ name: 'Generated Image', value: 'GENERATED' },
		],
		description: 'Whether the ID is of an uploaded init image or of a generated image',
	},
];

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
			description: 'Extra fields for POST /generations, for Leonardo features this node has no parameter for, e.g. {"styleUUID": "…"}',
		},
		{
			displayName: 'Alchemy',
			name: 'alchemy',
			type: 'boolean',
			default: true,
			description: 'Whether to use Leonardo\'s Alchemy pipeline (higher quality, more credits). Not with Ultra.',
		},
		jobConcurrencyOption,
		{
			displayName: 'Contrast',
			name: 'contrast',
			type: 'number',
			default: 3.5,
			description: 'Contrast for Phoenix and Flux models: one of 1, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5 (at least 2.5 with Alchemy)',
		},
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
			description: 'Images that guide the generation: style, character or content reference, edges, depth, pose',
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
							description: 'The kind of guidance. IDs depend on the model family. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
							description: 'How strongly the image guides the result. Character and content references accept Low, Mid and High only.',
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
			description: 'The style preset. Choose from the list, or specify any value Leonardo accepts using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description: 'Whether the images appear in Leonardo\'s public community feed',
		},
		{
			displayName: 'Scheduler Name or ID',
			name: 'scheduler',
			type: 'options',
			default: 'EULER_DISCRETE',
			options: SCHEDULERS.map((value) => ({ name: titleCase(value), value })),
			description: 'The sampler. Choose from the list, or specify any value Leonardo accepts using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'SD Version Name or ID',
			name: 'sdVersion',
			type: 'options',
			default: 'SDXL_1_0',
			options: SD_VERSIONS.map((value) => ({ name: value, value })),
			description: 'The base model family, used when no model is chosen. Choose from the list, or specify a value using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Seed',
			name: 'seed',
			type: 'number',
			default: 0,
			description: 'A fixed seed makes results repeatable. Leave unset for a random seed.',
		},
		{
			displayName: 'Tiling',
			name: 'tiling',
			type: 'boolean',
			default: false,
			description: 'Whether the image should tile seamlessly',
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

/** Options for operations that only read a generation. */
export const readOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [concurrencyOption, ...outputOptions],
};

interface OptionField {
	/** Leonardo's wire name (snake/camel mix, leonardo-api.md §2; SDK `creategeneration.ts` remap table). */
	wire: string;
	label: string;
	kind: 'text' | 'boolean' | 'number';
	rule?: NumberRule;
}

/** Our option names → Leonardo's wire names, with the type and range each takes. */
const OPTION_FIELDS: Record<string, OptionField> = {
	alchemy: { wire: 'alchemy', label: 'Alchemy', kind: 'boolean' },
	contrast: { wire: 'contrast', label: 'Contrast', kind: 'number', rule: { min: 1, max: 4.5 } },
	enhancePrompt: { wire: 'enhancePrompt', label: 'Enhance Prompt', kind: 'boolean' },
	guidanceScale: { wire: 'guidance_scale', label: 'Guidance Scale', kind: 'number', rule: { min: 1, max: 20 } },
	imagePromptWeight: { wire: 'imagePromptWeight', label: 'Image Prompt Weight', kind: 'number', rule: { min: 0 } },
	negativePrompt: { wire: 'negative_prompt', label: 'Negative Prompt', kind: 'text' },
	numInferenceSteps: { wire: 'num_inference_steps', label: 'Number of Inference Steps', kind: 'number', rule: { min: 10, max: 60, integer: true } },
	photoReal: { wire: 'photoReal', label: 'PhotoReal', kind: 'boolean' },
	presetStyle: { wire: 'presetStyle', label: 'Preset Style', kind: 'text' },
	public: { wire: 'public', label: 'Public', kind: 'boolean' },
	scheduler: { wire: 'scheduler', label: 'Scheduler', kind: 'text' },
	sdVersion: { wire: 'sd_version', label: 'SD Version', kind: 'text' },
	seed: { wire: 'seed', label: 'Seed', kind: 'number', rule: { min: 0, max: 4294967295, integer: true } },
	tiling: { wire: 'tiling', label: 'Tiling', kind: 'boolean' },
	ultra: { wire: 'ultra', label: 'Ultra', kind: 'boolean' },
};

export interface GenerationRequest {
	prompt: string;
	modelId?: string;
	width?: number;
	height?: number;
	numImages?: number;
	initImageId?: string;
	/** UPLOADED (an init image) or GENERATED (an image Leonardo made). */
	initImageType?: string;
	initStrength?: number;
	options: IDataObject;
}

const IMAGE_ID_SOURCE = 'Use an uploaded init image ID (json.id of "Init Image → Upload") or a generated image ID (images[n].id of a generation).';

function controlnets(this: IExecuteFunctions, options: IDataObject, itemIndex: number): IDataObject[] {
	const entries = ((options.imageGuidance as IDataObject | undefined)?.guidance as IDataObject[] | undefined) ?? [];
	return entries
		.filter((entry) => String(entry.imageId ?? '').trim())
		.map((entry) => {
			const controlnet: IDataObject = {
				initImageId: checkId(this, 'Image Guidance → Image ID', entry.imageId, itemIndex, IMAGE_ID_SOURCE),
				initImageType: checkText(this, 'Image Guidance → Image Type', entry.imageType ?? 'UPLOADED', itemIndex),
				preprocessorId: checkNumber(this, 'Image Guidance → Preprocessor', entry.preprocessorId, { min: 1, integer: true }, itemIndex),
			};
			// Leonardo takes a weight or a strength type, never both.
			if (entry.strengthType === 'weight') controlnet.weight = checkNumber(this, 'Image Guidance → Weight', entry.weight, { min: 0, max: 2 }, itemIndex);
			else controlnet.strengthType = checkText(this, 'Image Guidance → Strength', entry.strengthType ?? 'Mid', itemIndex);
			return controlnet;
		});
}

/**
 * The POST /generations body: only the fields the user set, with Leonardo's exact wire names, each
 * value checked for its type and range. Wire names: SDK `creategeneration.ts` (leonardo-api.md §2, §6).
 */
export function buildGenerationBody(
	this: IExecuteFunctions,
	request: GenerationRequest,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = { prompt: request.prompt };
	if (request.modelId) body.modelId = request.modelId;
	if (request.width !== undefined) body.width = request.width;
	if (request.height !== undefined) body.height = request.height;
	if (request.numImages !== undefined) body.num_images = request.numImages;
	if (request.initImageId !== undefined) {
		if (request.initImageType === 'GENERATED') body.init_generation_image_id = request.initImageId;
		else body.init_image_id = request.initImageId;
		if (request.initStrength !== undefined) body.init_strength = request.initStrength;
	}
	for (const [name, value] of Object.entries(request.options)) {
		const field = OPTION_FIELDS[name];
		if (!field || value === '' || value === undefined) continue;
		if (field.kind === 'boolean') body[field.wire] = checkBoolean(this, field.label, value, itemIndex);
		else if (field.kind === 'number') body[field.wire] = checkNumber(this, field.label, value, field.rule ?? {}, itemIndex);
		else {
			const text = checkText(this, field.label, value, itemIndex).trim();
			if (text) body[field.wire] = text;
		}
	}
	const guidance = controlnets.call(this, request.options, itemIndex);
	if (guidance.length) body.controlnets = guidance;
	const imagePrompts = checkText(this, 'Image Prompt IDs', request.options.imagePrompts ?? '', itemIndex)
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean)
		.map((id) => checkId(this, 'Image Prompt IDs', id, itemIndex, 'Use uploaded init image IDs, separated by commas.'));
	if (imagePrompts.length) body.imagePrompts = imagePrompts;
	return withAdditionalFields.call(this, body, request.options.additionalFields, itemIndex);
}

export function readModelId(this: IExecuteFunctions, itemIndex: number): string | undefined {
	const value = checkText(this, 'Model', this.getNodeParameter('modelId', itemIndex, '', { extractValue: true }), itemIndex).trim();
	return value ? checkId(this, 'Model', value, itemIndex, 'Pick a model from the list, or copy a model ID from "Model → Get Many".') : undefined;
}

/** Leonardo's prompt limit (D-errors: "Invalid prompt, maximum length of 1500 characters exceeded."). */
export const MAX_PROMPT_LENGTH = 1500;

export function readPrompt(this: IExecuteFunctions, itemIndex: number): string {
	const prompt = readText.call(this, 'prompt', 'Prompt', itemIndex).trim();
	if (!prompt) {
		throw new NodeOperationError(this.getNode(), 'The prompt is empty', {
			itemIndex,
			description: 'Write what the image should show in "Prompt", or map it from an earlier node with an expression.',
		});
	}
	if (prompt.length > MAX_PROMPT_LENGTH) {
		throw new NodeOperationError(this.getNode(), `The prompt has ${prompt.length} characters; Leonardo accepts at most ${MAX_PROMPT_LENGTH}`, {
			itemIndex,
			description: 'Shorten the prompt.',
		});
	}
	return prompt;
}

export const GENERATION_ID_SOURCE = 'Map it from "Generation → Create" ({{ $json.generationId }}).';

export function readGenerationId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(this, 'generationId', 'Generation ID', itemIndex, GENERATION_ID_SOURCE);
}

/** Number of Images, Init Strength and Longest Side as the create operations read them. */
export const NUM_IMAGES_RULE: NumberRule = { min: 1, max: 8, integer: true };
export const INIT_STRENGTH_RULE: NumberRule = { min: 0.1, max: 0.9 };
export const MAX_SIDE_RULE: NumberRule = { min: MIN_SIDE, max: MAX_SIDE, integer: true };

/** POSTs the job. Never retried: a second POST would be a second, paid, generation. */
export async function startGeneration(
	this: IExecuteFunctions,
	body: IDataObject,
	itemIndex: number,
): Promise<{ generationId: string; cost: IDataObject | null }> {
	const response = await leonardoApiRequest.call(this, { method: 'POST', path: '/generations', body, itemIndex, retry: false });
	const job = (response.sdGenerationJob ?? {}) as IDataObject;
	if (typeof job.generationId !== 'string') {
		throw new NodeOperationError(this.getNode(), 'Leonardo accepted the request but returned no generation ID', {
			itemIndex,
			description: 'The job may have started (and be charged): look for it with "Generation → Get Many".',
		});
	}
	recordStartedJob(this, itemIndex, { kind: 'generation', id: job.generationId });
	return { generationId: job.generationId, cost: (job.cost as IDataObject | undefined) ?? null };
}

export async function getGeneration(this: IExecuteFunctions, generationId: string, itemIndex: number): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/generations/${encodeURIComponent(generationId)}`,
		itemIndex,
	});
	return (response.generations_by_pk ?? undefined) as IDataObject | undefined;
}

export async function waitForGeneration(
	this: IExecuteFunctions,
	generationId: string,
	itemIndex: number,
	timeoutSeconds: number,
): Promise<IDataObject> {
	const generation = await pollUntilDone(
		this,
		async () => await getGeneration.call(this, generationId, itemIndex),
		(state) => state?.status === 'COMPLETE' || state?.status === 'FAILED',
		{ timeoutMs: timeoutSeconds * 1000, label: `Generation ${generationId}`, itemIndex },
	);
	if (generation?.status === 'FAILED') {
		throw new NodeOperationError(this.getNode(), `Generation ${generationId} failed at Leonardo`, {
			itemIndex,
			description: 'Leonardo gives no reason for failed jobs. Try another prompt, model or size; Alchemy and some models only accept certain sizes.',
		});
	}
	return generation as IDataObject;
}

/** The generation as users see it: our stable fields first, Leonardo's other fields passed through. */
export function generationJson(generation: IDataObject): IDataObject {
	const { id, status, generated_images: images, ...rest } = generation;
	return { generationId: id, status, images: (images as IDataObject[] | undefined) ?? [], ...rest };
}

/** Shapes the output item(s), downloading the images (all at once) when asked. */
export async function generationOutput(
	this: IExecuteFunctions,
	json: IDataObject,
	itemIndex: number,
	downloadImages: boolean,
): Promise<INodeExecutionData[]> {
	const images = (json.images as IDataObject[] | undefined) ?? [];
	const pairedItem = { item: itemIndex };
	if (!downloadImages || json.status !== 'COMPLETE' || images.length === 0) return [{ json, pairedItem }];

	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const files = await Promise.all(
		images.map(async (image, index) =>
			await downloadImage.call(this, String(image.url), `${String(json.generationId)}_${index}`, itemIndex),
		),
	);
	if (options.imageOutput === 'itemPerImage') {
		return files.map((file, index) => ({
			json: { ...json, image: images[index], imageIndex: index },
			binary: { data: file },
			pairedItem,
		}));
	}
	const binary: IBinaryKeyData = {};
	files.forEach((file, index) => (binary[`image_${index}`] = file));
	return [{ json, binary, pairedItem }];
}

/** Reads an uploaded init image's pixel size from the image itself (only its first bytes). */
export async function initImageSize(
	this: IExecuteFunctions,
	initImageId: string,
	itemIndex: number,
): Promise<ImageSize> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/init-image/${encodeURIComponent(initImageId)}`,
		itemIndex,
	});
	const url = (response.init_images_by_pk as IDataObject | null)?.url;
	const failure = (reason: string) =>
		new NodeOperationError(this.getNode(), `Could not read the size of init image ${initImageId}`, {
			itemIndex,
			description: `${reason} Set "Size" to "Custom" and enter width and height yourself.`,
		});
	if (typeof url !== 'string' || !url) throw failure('Leonardo returned no URL for it (is the upload finished, and the ID right?).');
	// The header is near the start; JPEG metadata can push it further.
	for (const maxBytes of [128 * 1024, 4 * 1024 * 1024]) {
		const data = await downloadHead.call(this, url, itemIndex, maxBytes);
		const format = detectImageFormat(data);
		const size = format && readImageSize(data, format);
		if (size) return size;
		if (data.length < maxBytes) break;
	}
	throw failure('Its header could not be read.');
}
