import type { IBinaryKeyData, IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { IMAGE_FILE } from '../helpers/fileTypes';
import { downloadFileStream } from '../transport/download';

/**
 * The finished generation's images as binary `image_0`, `image_1`, … (the action node's limits: no
 * redirect, image bytes only, 100 MB, 2 minutes). A failed download does not stop the execution: that
 * image gets a `downloadError` and the others are still delivered.
 */
export async function downloadImages(
	this: IWebhookFunctions,
	json: IDataObject,
): Promise<IBinaryKeyData> {
	const images = (json.images as IDataObject[] | undefined) ?? [];
	const binary: IBinaryKeyData = {};
	await Promise.all(
		images.map(async (image, index) => {
			try {
				const file = await downloadFileStream.call(this, String(image.url), 0, IMAGE_FILE);
				binary[`image_${index}`] = await this.helpers.prepareBinaryData(
					file.stream as unknown as Buffer,
					`${String(json.generationId)}_${index}.${file.extension}`,
					file.mimeType,
				);
			} catch (error) {
				image.downloadError = (error as Error).message;
			}
		}),
	);
	return binary;
}
