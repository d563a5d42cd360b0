import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import type { Training } from '../shared/training';

/**
 * Elements on the wire (SDK `getelementbyid.ts`, `createelement.ts`): GET /elements/{id} answers
 * `{ user_loras_by_pk }` (null for an unknown ID), POST /elements `{ sdTrainingJob: { userLoraId, cost } }`.
 */

export async function getElement(
	this: IExecuteFunctions,
	elementId: string,
	itemIndex: number,
	deadline?: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/elements/${encodeURIComponent(elementId)}`,
		itemIndex,
		deadline,
	});
	return (response.user_loras_by_pk ?? undefined) as IDataObject | undefined;
}

/** An element as users see it: `elementId` first (the ID a generation's Elements option takes). */
export function elementJson(element: IDataObject): IDataObject {
	return { elementId: String(element.id), ...element };
}

export const ELEMENT_TRAINING: Training = {
	kind: 'element',
	path: '/elements',
	idKey: 'userLoraId',
	idField: 'elementId',
	read: getElement,
	json: elementJson,
	failedHint:
		'Check the dataset (clear, consistent images) and the training settings, then train again.',
};
