import { checkElementLists } from './elementLists';
import { checkGuidanceCombinations } from './guidanceCombinations';
import { checkGuidances } from './guidances';
import type { FieldLabels, Parameters, Refusal } from './refusal';
import { refuserFor } from './refusal';
import { checkSize } from './sizes';
import type { CatalogModel } from './types';
import { checkPrompt, checkStyles, checkValues } from './values';

/**
 * Checks a v2 `parameters` object (or the v2 view of a v1 video request) against the model's
 * catalog entry, before anything is sent. Leonardo rejects unknown keys under `parameters`
 * ("Unknown keys under parameters are rejected, not ignored", https://docs.leonardo.ai/docs/remove-bg),
 * so a field the model's page does not list is refused here too.
 */

/** The wire fields the entry documents under `parameters`. */
export function acceptedFields(model: CatalogModel): string[] {
	return [
		'prompt',
		'width',
		'height',
		...(model.quantity ? ['quantity'] : []),
		...(model.durations ? ['duration'] : []),
		...(model.seed ? ['seed'] : []),
		...(model.negativePrompt ? ['negative_prompt'] : []),
		...(model.promptEnhance ? ['prompt_enhance'] : []),
		...(model.styleIds || model.styles ? ['style_ids'] : []),
		...(model.guidances ? ['guidances'] : []),
		...(model.cameraMoves ? ['controls'] : []),
		...(model.sizes.pairs?.some((pair) => pair.mode) && !model.choices?.mode ? ['mode'] : []),
		...(model.sizes.pairs?.some((pair) => pair.resolution) && !model.choices?.resolution
			? ['resolution']
			: []),
		...Object.keys(model.choices ?? {}),
		...Object.keys(model.flags ?? {}),
		...Object.keys(model.elementLists ?? {}),
		...(model.otherFields ?? []),
	];
}

/** The first thing in `parameters` the model's page does not accept, or undefined. */
export function checkParameters(
	model: CatalogModel,
	parameters: Parameters,
	labels: FieldLabels = {},
): Refusal | undefined {
	const refuser = refuserFor(model, labels);
	const { refuse, label } = refuser;

	const accepted = acceptedFields(model);
	const unknown = Object.keys(parameters).find((key) => !accepted.includes(key));
	if (unknown) {
		return refuse(
			`${model.name} does not take ${label(unknown)}`,
			`Remove it; Leonardo refuses fields a model does not list. ${model.name} takes ${accepted.join(', ')}.`,
		);
	}
	return (
		checkPrompt(model, parameters, refuser) ??
		checkSize(model, parameters, refuser) ??
		checkValues(model, parameters, refuser) ??
		checkStyles(model, parameters, refuser) ??
		checkElementLists(model, parameters, refuser) ??
		checkGuidances(model, parameters, refuser) ??
		checkGuidanceCombinations(model, parameters, refuser)
	);
}
