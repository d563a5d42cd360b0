import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InputImage } from '../../helpers/binary';
import { readInputImage } from '../../helpers/binary';
import { parameterLabel } from '../../helpers/labels';
import { checkText, readId, readText, refuseItem } from '../../helpers/parameters';
import { binaryPropertyName } from '../shared/common.descriptions';
import type { GenerationUpload } from '../generation/api';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../shared/uploadInputImage';

/**
 * Where Image → Remove Background and Upscale take their image from: a binary field of the item, or
 * an image Leonardo already has, by ID and type; and how it goes into the body.
 */

/**
 * The three kinds of image the pages name for an ID (https://docs.leonardo.ai/docs/remove-bg,
 * https://docs.leonardo.ai/docs/pro-upscaler-precise); URL and BASE64 carry no ID.
 */
export const IMAGE_TYPE_OPTIONS = [
	{ name: 'Generated Image', value: 'GENERATED' },
	{ name: 'Uploaded Init Image', value: 'UPLOADED' },
	{ name: 'Variation', value: 'VARIATION' },
];
export const IMAGE_ID_TYPES = IMAGE_TYPE_OPTIONS.map(({ value }) => value);

export function sourceParameters(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Input',
			name: 'source',
			type: 'options',
			noDataExpression: true,
			default: 'binary',
			options: [
				{
					name: 'Binary File',
					value: 'binary',
					description: 'An image (PNG, JPEG or WebP) in a binary field of the input item',
				},
				{
					name: 'Image ID',
					value: 'imageId',
					description: 'An image Leonardo already has: generated, uploaded or a variation',
				},
			],
			description: `Where the image to ${what} comes from`,
		},
		{
			...binaryPropertyName,
			displayOptions: { show: { source: ['binary'] } },
			hint: 'The name of the input binary field that holds the image (PNG, JPEG or WebP)',
			description: `The binary field of the incoming item that holds the image to ${what}`,
		},
		{
			displayName: 'Image ID',
			name: 'imageId',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { source: ['imageId'] } },
			placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
			hint: "A generated image's images[n].id, json.id of Init Image → Upload, or json.id of a variation",
			description: `The ID of the image to ${what}`,
		},
		{
			displayName: 'Image Type',
			name: 'imageType',
			type: 'options',
			default: 'GENERATED',
			displayOptions: { show: { source: ['imageId'] } },
			options: IMAGE_TYPE_OPTIONS,
			description: 'What kind of image the Image ID names',
		},
	];
}

export type ImageSource =
	| { kind: 'binary'; binaryPropertyName: string; image: InputImage }
	| { kind: 'id'; id: string; type: string };

/** Reads (and checks, with no request) where the item's image comes from; a binary image is checked from its bytes. */
export async function readImageSource(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<ImageSource> {
	const source = readText.call(this, 'source', itemIndex, 'binary');
	if (source === 'imageId') {
		const id = readId.call(
			this,
			'imageId',
			itemIndex,
			"Use a generated image's images[n].id, json.id of Init Image → Upload, or json.id of a variation.",
		);
		const type = checkText(
			this,
			parameterLabel(this, 'imageType', itemIndex),
			this.getNodeParameter('imageType', itemIndex, 'GENERATED'),
			itemIndex,
		).trim();
		if (!IMAGE_ID_TYPES.includes(type))
			refuseItem(
				this,
				itemIndex,
				`"Image Type" must be GENERATED, UPLOADED or VARIATION, not "${type}"`,
				'Pick the kind of image the Image ID names. For a file in the workflow, set Input to Binary File.',
			);
		return { kind: 'id', id, type };
	}
	const binaryPropertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	// Checked (format from the bytes, size) now; read again when sent: a batch must not hold every file.
	const image = await readInputImage.call(this, itemIndex, binaryPropertyName);
	return { kind: 'binary', binaryPropertyName, image };
}

/** The whole file: the buffer n8n holds, or the stream of a file stored by ID, read to its end. */
export async function imageBytes(image: InputImage): Promise<Buffer> {
	if (Buffer.isBuffer(image.content)) return image.content;
	const chunks: Buffer[] = [];
	for await (const chunk of await image.content()) chunks.push(Buffer.from(chunk));
	return Buffer.concat(chunks);
}

/** The `image` of an image reference for an image Leonardo has: `{ id, type }` (spec's image reference). */
export function imageById(source: { id: string; type: string }): IDataObject {
	return { id: source.id, type: source.type };
}

/** The body with its (one) image reference's `image` set; other guidances kept. */
export function withImageReference(body: IDataObject, image: IDataObject): IDataObject {
	const parameters = body.parameters as IDataObject;
	const guidances = parameters.guidances as IDataObject;
	return {
		...body,
		parameters: { ...parameters, guidances: { ...guidances, image_reference: [{ image }] } },
	};
}

/** Uploads the item's file as an init image (once the job may start) into the body's image reference. */
export function sourceUpload(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	body: IDataObject,
): GenerationUpload {
	return async () => {
		const { target } = await uploadInputImage.call(
			this,
			itemIndex,
			binaryPropertyName,
			INIT_IMAGE_DESTINATION,
		);
		return {
			body: withImageReference(body, { id: target.id, type: 'UPLOADED' }),
			extra: { initImageId: target.id },
		};
	};
}
