import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { downloadResult } from '../shared/job';

/** How a finished generation's images reach the output: not downloaded, binary fields of one item, or one item per image. */
export type ImageDelivery = 'none' | 'binaryFields' | 'itemPerImage';

/** The user's choice: "Download Images", and the "Image Output" option. */
export function imageDelivery(downloadImages: boolean, options: IDataObject): ImageDelivery {
	if (!downloadImages) return 'none';
	return options.imageOutput === 'itemPerImage' ? 'itemPerImage' : 'binaryFields';
}

/** The generation as users see it: our stable fields first, Leonardo's other fields passed through. */
export function generationJson(generation: IDataObject): IDataObject {
	const { id, status, generated_images: images, ...rest } = generation;
	return { generationId: id, status, images: (images as IDataObject[] | undefined) ?? [], ...rest };
}

/** Shapes the output item(s), downloading the images when asked (within the execution's download slots). */
export async function generationOutput(
	this: IExecuteFunctions,
	json: IDataObject,
	itemIndex: number,
	delivery: ImageDelivery,
): Promise<INodeExecutionData[]> {
	const images = (json.images as IDataObject[] | undefined) ?? [];
	const shown = json.status === 'COMPLETE' ? delivery : 'none';
	return await imagesOutput.call(this, json, images, String(json.generationId), itemIndex, shown);
}

/**
 * The output item(s) of finished work with images: the json alone, or with each image downloaded
 * (files named `<baseName>_<n>`) as a binary field of the item or an item of its own.
 */
export async function imagesOutput(
	this: IExecuteFunctions,
	json: IDataObject,
	images: IDataObject[],
	baseName: string,
	itemIndex: number,
	delivery: ImageDelivery,
): Promise<INodeExecutionData[]> {
	const pairedItem = { item: itemIndex };
	if (delivery === 'none' || images.length === 0) return [{ json, pairedItem }];

	const files = await Promise.all(
		images.map(
			async (image, index) =>
				await downloadResult.call(this, String(image.url), `${baseName}_${index}`, itemIndex),
		),
	);
	if (delivery === 'itemPerImage') {
		return files.map((file, index) => ({
			json: { ...json, image: images[index], imageIndex: index },
			binary: { data: file },
			pairedItem,
		}));
	}
	const binary: IBinaryKeyData = {};
	files.forEach((file, index) => (binary[`image_${index}`] = file));
	return [{ json, binary, pairedItem }];
}
