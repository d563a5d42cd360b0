import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import { splitList } from '../../helpers/lists';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import { checkInputImages, readImageIdRows } from '../shared/imageReferences';
import { RODIN } from './models';

/** Rodin V2's v2 body, read from the item and checked against its page and the spec (models.ts). */

const IMAGE_ID_SOURCE =
	'Use json.id of "Init Image → Upload", a generated image\'s images[n].id, or a variation\'s json.id.';

/**
 * The item's images: the binary fields (each checked now, uploaded once the job may start) and the
 * Image IDs as `{ image: { id, type } }`, 1 to 5 in all; the warnings about the files.
 */
export async function readRodinImages(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<{ binaryFields: string[]; ids: IDataObject[]; warnings: string[] }> {
	const binaryFields = splitList(readText.call(this, 'binaryPropertyName', itemIndex));
	const ids = readImageIdRows.call(this, itemIndex, {
		parameter: 'imageIds',
		key: 'image',
		whereFrom: IMAGE_ID_SOURCE,
	});
	const count = binaryFields.length + ids.length;
	if (count < RODIN.minImages || count > RODIN.maxImages)
		refuseItem(
			this,
			itemIndex,
			`${RODIN.name} takes 1 to 5 images, not ${count}`,
			count
				? 'Keep at most 5 images in "Input Binary Fields" and "Image IDs" together.'
				: 'Name the binary field that holds the photo in "Input Binary Fields", or add an image under "Image IDs".',
		);
	// A mislabelled photo is uploaded as what its bytes are, and the user told (the output's warnings).
	const warnings = await checkInputImages.call(this, itemIndex, binaryFields, 'binaryPropertyName');
	return { binaryFields, ids, warnings };
}

/** "100, 200, 100" (or a list from an expression) → [100, 200, 100]: exactly three whole numbers. */
function readBoundingBox(this: IExecuteFunctions, value: unknown, itemIndex: number): number[] {
	const label = parameterLabel(this, 'options.boundingBox', itemIndex);
	const parts = Array.isArray(value)
		? value
		: checkText(this, label, value, itemIndex)
				.split(',')
				.map((part) => part.trim());
	if (parts.length !== 3)
		refuseItem(
			this,
			itemIndex,
			`"${label}" needs exactly 3 numbers (width, height, length), not ${parts.length}`,
			'Enter three whole numbers separated by commas, e.g. 100, 200, 100.',
		);
	// The spec: integers (no range given); a size is taken to be at least 1 (inferred).
	return parts.map((part) => checkNumber(this, label, part, { min: 1, integer: true }, itemIndex));
}

/**
 * The v2 body `{ model: "rodin-v2", parameters, public? }`, its first `binaryFields.length` image
 * references placeholders for the uploads' IDs. The page gives each image reference a `strength`;
 * the spec's item is { image, order } only, so none is sent.
 */
export function rodinBody(
	this: IExecuteFunctions,
	images: { binaryFields: string[]; ids: IDataObject[] },
	options: IDataObject,
	itemIndex: number,
): IDataObject {
	const parameters: IDataObject = {
		quantity: 1,
		output_format: 'glb',
		quality: readText.call(this, 'quality', itemIndex, 'high'),
		mesh_mode: readText.call(this, 'meshMode', itemIndex, 'Triangle'),
		material: readText.call(this, 'material', itemIndex, 'All'),
	};
	if (options.seed !== undefined)
		parameters.seed = checkNumber(
			this,
			parameterLabel(this, 'options.seed', itemIndex),
			options.seed,
			RODIN.seed,
			itemIndex,
		);
	if (options.taPose !== undefined)
		parameters.ta_pose = checkBoolean(
			this,
			parameterLabel(this, 'options.taPose', itemIndex),
			options.taPose,
			itemIndex,
		);
	if (options.boundingBox !== undefined && String(options.boundingBox).trim() !== '')
		parameters.bounding_box = readBoundingBox.call(this, options.boundingBox, itemIndex);
	if (options.useOriginalAlpha !== undefined)
		parameters.use_original_alpha = checkBoolean(
			this,
			parameterLabel(this, 'options.useOriginalAlpha', itemIndex),
			options.useOriginalAlpha,
			itemIndex,
		);
	// The uploads' IDs come later; placeholders keep the request's key and its count honest now.
	parameters.guidances = {
		image_reference: [
			...images.binaryFields.map(() => ({ image: { id: '', type: 'UPLOADED' } })),
			...images.ids,
		],
	};
	const body: IDataObject = { model: RODIN.model, parameters };
	if (options.public !== undefined)
		body.public = checkBoolean(
			this,
			parameterLabel(this, 'options.public', itemIndex),
			options.public,
			itemIndex,
		);
	return body;
}
