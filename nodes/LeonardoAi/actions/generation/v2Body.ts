import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { parameterLabel, parameterLabels } from '../../helpers/labels';
import { splitList } from '../../helpers/lists';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readNumber,
	readText,
} from '../../helpers/parameters';
import { checkInputImages } from '../shared/imageReferences';
import type { CatalogModel } from '../../catalog';
import { checkModelRequest, knownModel } from '../../catalog/forItem';
import { readPrompt } from './body';
import { readImageReferences } from './v2';

export interface V2Body {
	/** The body to POST; its first `binaryReferences.length` image references get their IDs from the upload. */
	body: IDataObject;
	/** The item's binary fields uploaded as image references. */
	binaryReferences: string[];
	/** What the output should say: a model sent unchecked, a strength left out. */
	warnings: string[];
}

/** `mode` was retired for these on 2026-05-04 (https://docs.leonardo.ai/docs/deprecations-changes). */
const MODE_RETIRED = ['gpt-image-1.5', 'ideogram-v3.0'];

/** The node's parameter for each wire name it sets, so a refusal names the field the user sees. */
const FIELD_PARAMETERS = {
	mode: 'options.mode',
	prompt: 'prompt',
	quantity: 'numImages',
	width: 'width',
	height: 'height',
	quality: 'options.quality',
	seed: 'options.seed',
	prompt_enhance: 'options.promptEnhance',
	style_ids: 'options.styleIds',
};

/**
 * The v2 body `{ model, parameters, public }` (https://docs.leonardo.ai/reference/creategeneration):
 * parameters.prompt, quantity, width, height, seed, quality, prompt_enhance ("ON"/"OFF"), style_ids,
 * guidances.image_reference[] of { image: { id, type }, strength } — `strength` only where the
 * model's entry in the catalog takes it — checked against the model's catalog entry. `mode` was
 * retired on 2026-05-04 for GPT Image-1.5 and Ideogram 3.0
 * (https://docs.leonardo.ai/docs/deprecations-changes): requests with it fail.
 */
export async function buildV2Body(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
	modelId: string,
): Promise<V2Body> {
	const parameters = readV2Parameters.call(this, itemIndex, options);
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
		parameters.mode = checkText(
			this,
			parameterLabel(this, 'options.mode', itemIndex),
			options.mode,
			itemIndex,
		);
	}
	const { binaryReferences, warnings } = await addImageReferences.call(
		this,
		itemIndex,
		parameters,
		known,
	);
	const body: IDataObject = {
		model: modelId,
		parameters: withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			'options.additionalParameters',
		),
	};
	const unchecked = checkModelRequest(
		this,
		itemIndex,
		known,
		modelId,
		body.parameters as IDataObject,
		parameterLabels(this, FIELD_PARAMETERS, itemIndex),
	);
	if (options.public !== undefined)
		body.public = checkBoolean(
			this,
			parameterLabel(this, 'options.public', itemIndex),
			options.public,
			itemIndex,
		);
	return { body, binaryReferences, warnings: [...unchecked, ...warnings] };
}

/** Prompt, Number of Images, Width, Height, and the options Quality, Seed, Prompt Enhance, Styles. */
function readV2Parameters(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): IDataObject {
	const parameters: IDataObject = {
		prompt: readPrompt.call(this, itemIndex, Infinity),
		quantity: readNumber.call(this, 'numImages', { min: 1, integer: true }, itemIndex),
		width: readNumber.call(this, 'width', { min: 0, integer: true }, itemIndex),
		height: readNumber.call(this, 'height', { min: 0, integer: true }, itemIndex),
	};
	const quality = checkText(
		this,
		parameterLabel(this, 'options.quality', itemIndex),
		options.quality ?? '',
		itemIndex,
	).trim();
	if (quality) parameters.quality = quality;
	if (options.seed !== undefined)
		parameters.seed = checkNumber(
			this,
			parameterLabel(this, 'options.seed', itemIndex),
			options.seed,
			{ integer: true },
			itemIndex,
		);
	if (options.promptEnhance !== undefined)
		parameters.prompt_enhance = checkBoolean(
			this,
			parameterLabel(this, 'options.promptEnhance', itemIndex),
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
		const label = parameterLabel(this, 'options.styleIds', itemIndex);
		const styleIds = list.map((id) => checkText(this, label, id, itemIndex).trim()).filter(Boolean);
		if (styleIds.length) parameters.style_ids = styleIds;
	}
	return parameters;
}

/**
 * `guidances.image_reference`: the item's binary fields (checked now, uploaded once the job may
 * start), then the Image References rows; the warnings so far (a mislabelled file, a strength not sent).
 */
async function addImageReferences(
	this: IExecuteFunctions,
	itemIndex: number,
	parameters: IDataObject,
	known: CatalogModel | undefined,
): Promise<{ binaryReferences: string[]; warnings: string[] }> {
	const binaryReferences = splitList(
		readText.call(this, 'referenceBinaryPropertyNames', itemIndex),
	);
	const warnings = await checkInputImages.call(
		this,
		itemIndex,
		binaryReferences,
		'referenceBinaryPropertyNames',
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
	return { binaryReferences, warnings };
}
