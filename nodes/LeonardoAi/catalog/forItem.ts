import type { IExecuteFunctions } from 'n8n-workflow';

import { refuseItem } from '../helpers/parameters';
import type { FieldLabels } from './refusal';
import { checkParameters } from './check';
import type { CatalogModel } from './index';
import { findModel, findRetired } from './index';

/**
 * The model's catalog entry; stops the item before any request when the model is retired or of the
 * other kind. Undefined: a model the catalog does not know (one Leonardo shipped since).
 */
export function knownModel(
	context: IExecuteFunctions,
	itemIndex: number,
	kind: 'image' | 'video',
	modelId: string,
): CatalogModel | undefined {
	const retired = findRetired(modelId);
	if (retired) {
		const replacement = findModel(retired.replacement);
		refuseItem(
			context,
			itemIndex,
			`${retired.name} was retired on ${retired.retired}; use ${replacement?.name ?? retired.replacement}`,
			`Leonardo no longer runs "${modelId}" (${retired.source}). Pick ${replacement?.name ?? retired.replacement} (${retired.replacement}) in "Model"; nothing was sent.`,
		);
	}
	const model = findModel(modelId);
	if (model && model.kind !== kind) {
		refuseItem(
			context,
			itemIndex,
			`${model.name} makes ${model.kind === 'video' ? 'videos' : 'images'}, not ${kind === 'video' ? 'videos' : 'images'}`,
			model.kind === 'video'
				? 'Use Video → Create (or Video → Create From Image) for it: they send its video parameters and download the MP4.'
				: 'Use Generation → Create (Newer Models) for it.',
		);
	}
	return model;
}

/**
 * Stops the item before any request when the parameters are not what the model's page accepts.
 * `model` is `knownModel`'s answer: a model the catalog does not know is sent as given; the answer is
 * the warnings for the output.
 */
export function checkModelRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	model: CatalogModel | undefined,
	modelId: string,
	parameters: Record<string, unknown>,
	labels: FieldLabels,
): string[] {
	if (!model)
		return [`"${modelId}" is not in this node's model catalog: its parameters were sent unchecked`];
	const refusal = checkParameters(model, parameters, labels);
	if (refusal) refuseItem(context, itemIndex, refusal.message, refusal.description);
	return [];
}
