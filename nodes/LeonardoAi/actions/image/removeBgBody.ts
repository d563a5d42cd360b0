import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import { checkBoolean, checkId, checkText, readPublicOption } from '../../helpers/parameters';
import { checkedEnum } from './removeBgParameters';
import type { ImageSource } from './source';
import { IMAGE_ID_TYPES, imageById } from './source';

/** Image → Remove Background's sync body around its `parameters` (removeBgParameters.ts): the image, a background, public, ephemeral. */

/**
 * Up to this many bytes the item's file goes inline as BASE64 (no upload, nothing stored for the
 * input); larger files go through the init-image upload. The migration guide allows BASE64 "under
 * ~7.5MB" (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai, updatedAt
 * 2026-09-02); 5 MB (6.7 MB as base64) stays clear of that "~".
 */
export const INLINE_MAX_BYTES = 5 * 1024 * 1024;
/** "Input URL / BASE64 / upload: up to 25MB" (the same page). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/** How the item's image reaches Leonardo. */
export type Transfer = 'id' | 'inline' | 'upload';

/** How the item's file is sent (refused over 25 MB), and what the output says of the input. */
export function fileTransfer(
	this: IExecuteFunctions,
	itemIndex: number,
	source: Extract<ImageSource, { kind: 'binary' }>,
): { transfer: Transfer; input: IDataObject } {
	const { image } = source;
	if (image.size > MAX_INPUT_BYTES)
		throw new NodeOperationError(
			this.getNode(),
			`The image in "${source.binaryPropertyName}" is larger than 25 MB`,
			{
				itemIndex,
				description: `${image.fileName} has ${image.size} bytes; Leonardo's background removal takes inputs up to 25 MB (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai). Make it smaller first, e.g. with the Edit Image node (Resize).`,
			},
		);
	return {
		transfer: image.size <= INLINE_MAX_BYTES ? 'inline' : 'upload',
		input: { ...image.dimensions, extension: image.extension, bytes: image.size },
	};
}

/** Options → Background Image ID and Type → `guidances.background_image_reference`; none when empty. */
function backgroundReference(
	this: IExecuteFunctions,
	options: IDataObject,
	itemIndex: number,
): IDataObject[] | undefined {
	const label = (option: string) => parameterLabel(this, `options.${option}`, itemIndex);
	if (options.backgroundImageId === undefined) return undefined;
	const backgroundId = checkText(
		this,
		label('backgroundImageId'),
		options.backgroundImageId,
		itemIndex,
	).trim();
	if (!backgroundId) return undefined;
	return [
		{
			image: {
				id: checkId(
					this,
					label('backgroundImageId'),
					backgroundId,
					itemIndex,
					'Upload the background with Init Image → Upload and use its json.id.',
				),
				type: checkedEnum.call(
					this,
					label('backgroundImageType'),
					options.backgroundImageType ?? 'UPLOADED',
					IMAGE_ID_TYPES,
					itemIndex,
				),
			},
		},
	];
}

/** The body `{ model: "remove-bg", public, parameters: { …, guidances }, ephemeral? }`; a file's image reference still to fill in. */
export function removeBgBody(
	this: IExecuteFunctions,
	itemIndex: number,
	source: ImageSource,
	parameters: IDataObject,
	options: IDataObject,
): IDataObject {
	const guidances: IDataObject = {
		// Filled in by `execute` for a file: inline bytes or the upload's ID.
		image_reference: [{ image: source.kind === 'id' ? imageById(source) : {} }],
	};
	const background = backgroundReference.call(this, options, itemIndex);
	if (background) guidances.background_image_reference = background;
	// `public: false` as every sample request on the page sends it; `ephemeral` only when asked.
	const body: IDataObject = {
		model: 'remove-bg',
		public: readPublicOption.call(this, options, itemIndex),
		parameters: { ...parameters, guidances },
	};
	if (
		options.keepInLibrary !== undefined &&
		!checkBoolean(
			this,
			parameterLabel(this, 'options.keepInLibrary', itemIndex),
			options.keepInLibrary,
			itemIndex,
		)
	)
		body.ephemeral = true;
	return body;
}
