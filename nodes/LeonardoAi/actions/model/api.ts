import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import type { Training } from '../shared/training';

/**
 * Custom models on the wire (SDK `getmodelbyid.ts`, `createmodel.ts`): GET /models/{id} answers
 * `{ custom_models_by_pk }` (null for an unknown ID), POST /models `{ sdTrainingJob: { customModelId, cost } }`.
 */

export async function getModel(
	this: IExecuteFunctions,
	modelId: string,
	itemIndex: number,
	deadline?: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/models/${encodeURIComponent(modelId)}`,
		itemIndex,
		deadline,
	});
	return (response.custom_models_by_pk ?? undefined) as IDataObject | undefined;
}

/** A custom model as users see it: `modelId` first (the ID Generation → Create's Model takes). */
export function modelJson(model: IDataObject): IDataObject {
	return { modelId: model.id, ...model };
}

export const MODEL_TRAINING: Training = {
	kind: 'model',
	path: '/models',
	idKey: 'customModelId',
	idField: 'modelId',
	read: getModel,
	json: modelJson,
	failedHint:
		'Check the dataset (clear, consistent images) and the instance prompt, then train again.',
};
