import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { MAX_SIDE, MIN_SIDE } from '../../helpers/image';
import { parameterLabel } from '../../helpers/labels';
import { checkIdList } from '../../helpers/lists';
import type { NumberRule } from '../../helpers/parameters';
import {
	checkBoolean,
	checkId,
	checkNumber,
	checkText,
	readId,
	readText,
} from '../../helpers/parameters';

/** The POST /generations body and the parameters it is read from, checked before any request. */

interface OptionField {
	/** Leonardo's wire name (snake/camel mix: the `remap$` table in SDK `creategeneration.ts`). */
	wire: string;
	kind: 'text' | 'boolean' | 'number' | 'id';
	rule?: NumberRule;
}

/** Our option names → Leonardo's wire names, with the type and range each takes. */
const OPTION_FIELDS: Record<string, OptionField> = {
	alchemy: { wire: 'alchemy', kind: 'boolean' },
	contrast: { wire: 'contrast', kind: 'number', rule: { min: 1, max: 4.5 } },
	enhancePrompt: { wire: 'enhancePrompt', kind: 'boolean' },
	guidanceScale: {
		wire: 'guidance_scale',
		kind: 'number',
		rule: { min: 1, max: 20 },
	},
	imagePromptWeight: {
		wire: 'imagePromptWeight',
		kind: 'number',
		rule: { min: 0 },
	},
	negativePrompt: { wire: 'negative_prompt', kind: 'text' },
	numInferenceSteps: {
		wire: 'num_inference_steps',
		kind: 'number',
		rule: { min: 10, max: 60, integer: true },
	},
	photoReal: { wire: 'photoReal', kind: 'boolean' },
	presetStyle: { wire: 'presetStyle', kind: 'text' },
	public: { wire: 'public', kind: 'boolean' },
	scheduler: { wire: 'scheduler', kind: 'text' },
	sdVersion: { wire: 'sd_version', kind: 'text' },
	styleUUID: { wire: 'styleUUID', kind: 'id' },
	transparency: { wire: 'transparency', kind: 'text' },
	seed: {
		wire: 'seed',
		kind: 'number',
		rule: { min: 0, max: 4294967295, integer: true },
	},
	tiling: { wire: 'tiling', kind: 'boolean' },
	ultra: { wire: 'ultra', kind: 'boolean' },
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
	/** `elements` / `userElements`, already checked against Leonardo (generation/elements.ts). */
	elementFields?: IDataObject;
}

const IMAGE_ID_SOURCE =
	'Use an uploaded init image ID (json.id of "Init Image → Upload") or a generated image ID (images[n].id of a generation).';

function controlnets(
	this: IExecuteFunctions,
	options: IDataObject,
	itemIndex: number,
): IDataObject[] {
	const entries =
		((options.imageGuidance as IDataObject | undefined)?.guidance as IDataObject[] | undefined) ??
		[];
	const label = (field: string) =>
		parameterLabel(this, `options.imageGuidance.guidance.${field}`, itemIndex);
	return entries
		.filter((entry) => String(entry.imageId ?? '').trim())
		.map((entry) => {
			const controlnet: IDataObject = {
				initImageId: checkId(this, label('imageId'), entry.imageId, itemIndex, IMAGE_ID_SOURCE),
				initImageType: checkText(
					this,
					label('imageType'),
					entry.imageType ?? 'UPLOADED',
					itemIndex,
				),
				preprocessorId: checkNumber(
					this,
					label('preprocessorId'),
					entry.preprocessorId,
					{ min: 1, integer: true },
					itemIndex,
				),
			};
			// Leonardo takes a weight or a strength type, never both.
			if (entry.strengthType === 'weight')
				controlnet.weight = checkNumber(
					this,
					label('weight'),
					entry.weight,
					{ min: 0, max: 2 },
					itemIndex,
				);
			else
				controlnet.strengthType = checkText(
					this,
					label('strengthType'),
					entry.strengthType ?? 'Mid',
					itemIndex,
				);
			return controlnet;
		});
}

/**
 * The POST /generations body: only the fields the user set, with Leonardo's exact wire names, each
 * value checked for its type and range. Wire names and ranges: SDK `creategeneration.ts`.
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
		const label = parameterLabel(this, `options.${name}`, itemIndex);
		if (field.kind === 'boolean') body[field.wire] = checkBoolean(this, label, value, itemIndex);
		else if (field.kind === 'number')
			body[field.wire] = checkNumber(this, label, value, field.rule ?? {}, itemIndex);
		else if (field.kind === 'id')
			body[field.wire] = checkId(this, label, value, itemIndex, 'Pick one from the list.');
		else {
			const text = checkText(this, label, value, itemIndex).trim();
			if (text) body[field.wire] = text;
		}
	}
	const guidance = controlnets.call(this, request.options, itemIndex);
	if (guidance.length) body.controlnets = guidance;
	if (request.options.imagePrompts !== undefined) {
		const imagePrompts = checkIdList(
			this,
			parameterLabel(this, 'options.imagePrompts', itemIndex),
			request.options.imagePrompts,
			itemIndex,
			'Use uploaded init image IDs, separated by commas.',
		);
		if (imagePrompts.length) body.imagePrompts = imagePrompts;
	}
	Object.assign(body, request.elementFields);
	return withAdditionalFields.call(this, body, request.options.additionalFields, itemIndex);
}

export function readModelId(this: IExecuteFunctions, itemIndex: number): string | undefined {
	const label = parameterLabel(this, 'modelId', itemIndex);
	const value = checkText(
		this,
		label,
		this.getNodeParameter('modelId', itemIndex, '', { extractValue: true }),
		itemIndex,
	).trim();
	return value
		? checkId(
				this,
				label,
				value,
				itemIndex,
				'Pick a model from the list, or copy a model ID from "Model → Get Many".',
			)
		: undefined;
}

/**
 * Leonardo's prompt limit ("Invalid prompt, maximum length of 1500 characters exceeded.",
 * https://docs.leonardo.ai/docs/api-error-messages).
 */
export const MAX_PROMPT_LENGTH = 1500;

export function readPrompt(
	this: IExecuteFunctions,
	itemIndex: number,
	maxLength = MAX_PROMPT_LENGTH,
): string {
	const prompt = readText.call(this, 'prompt', itemIndex).trim();
	if (!prompt) {
		throw new NodeOperationError(this.getNode(), 'The prompt is empty', {
			itemIndex,
			description:
				'Write what Leonardo should make in "Prompt", or map it from an earlier node with an expression.',
		});
	}
	if (prompt.length > maxLength) {
		throw new NodeOperationError(
			this.getNode(),
			`The prompt has ${prompt.length} characters; Leonardo accepts at most ${maxLength}`,
			{
				itemIndex,
				description: 'Shorten the prompt.',
			},
		);
	}
	return prompt;
}

export const GENERATION_ID_SOURCE = 'Map it from "Generation → Create" ({{ $json.generationId }}).';

export function readGenerationId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(this, 'generationId', itemIndex, GENERATION_ID_SOURCE);
}

/** Number of Images, Init Strength and Longest Side as the create operations read them. */
export const NUM_IMAGES_RULE: NumberRule = { min: 1, max: 8, integer: true };
export const INIT_STRENGTH_RULE: NumberRule = { min: 0.1, max: 0.9 };
export const MAX_SIDE_RULE: NumberRule = { min: MIN_SIDE, max: MAX_SIDE, integer: true };
