import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { parameterLabel } from '../../helpers/labels';
import { checkId, checkText } from '../../helpers/parameters';
import type { GenerationUpload } from '../generation/api';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from './uploadInputImage';

/**
 * v2 image references (`guidances.image_reference[]` of { image: { id, type } }) from the item's
 * binary fields and/or from IDs: the files checked before any request, uploaded as init images
 * once the job may start, their IDs put into the body's first references (Generation → Create
 * (Newer Models), 3D → Create).
 */

/** Checks the images in the item's binary fields now (format, size), with no request; their warnings. */
export async function checkInputImages(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: string[],
	parameter: string,
): Promise<string[]> {
	const warnings: string[] = [];
	for (const field of fields) {
		// Read again at upload time: a batch must not hold every file at once.
		const image = await readInputImage.call(this, itemIndex, field, parameter);
		warnings.push(...image.warnings);
	}
	return warnings;
}

/**
 * The rows of a fixedCollection of Image ID / Image Type → `{ image: { id, type }, ...more(row) }`;
 * empty rows skipped. Refusals name the field as the editor does: "Image References → Image ID".
 */
export function readImageIdRows(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: { parameter: string; key: string; whereFrom: string },
	more: (row: IDataObject) => IDataObject = () => ({}),
): IDataObject[] {
	const entries =
		((this.getNodeParameter(rows.parameter, itemIndex, {}) as IDataObject)[rows.key] as
			| IDataObject[]
			| undefined) ?? [];
	const label = (field: string) =>
		parameterLabel(this, `${rows.parameter}.${rows.key}.${field}`, itemIndex);
	return entries
		.filter((row) => String(row.imageId ?? '').trim())
		.map((row) => ({
			image: {
				id: checkId(this, label('imageId'), row.imageId, itemIndex, rows.whereFrom),
				type: checkText(this, label('imageType'), row.imageType ?? 'UPLOADED', itemIndex),
			},
			...more(row),
		}));
}

/** The body with the uploaded images' IDs in its first image references (in the order of the fields). */
export function withReferenceIds(body: IDataObject, ids: string[]): IDataObject {
	const parameters = body.parameters as IDataObject;
	const guidances = parameters.guidances as IDataObject;
	const references = (guidances.image_reference as IDataObject[]).map((reference, index) =>
		index < ids.length
			? { ...reference, image: { ...(reference.image as IDataObject), id: ids[index] } }
			: reference,
	);
	return {
		...body,
		parameters: { ...parameters, guidances: { ...guidances, image_reference: references } },
	};
}

/**
 * Uploads the fields' images one by one (once the job may start) into the body's first references;
 * none: undefined. `parameter` is the one that lists the fields.
 */
export function referenceUpload(
	this: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
	fields: string[],
	parameter: string,
): GenerationUpload | undefined {
	if (!fields.length) return undefined;
	return async () => {
		const ids: string[] = [];
		for (const name of fields) {
			const { target } = await uploadInputImage.call(
				this,
				itemIndex,
				name,
				INIT_IMAGE_DESTINATION,
				parameter,
			);
			ids.push(target.id);
		}
		return { body: withReferenceIds(body, ids), extra: { referenceImageIds: ids } };
	};
}
