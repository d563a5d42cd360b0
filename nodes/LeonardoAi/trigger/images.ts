import type { IBinaryKeyData, IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { IMAGE_FILE } from '../helpers/fileTypes';
import { mapWithConcurrency } from '../helpers/pool';
import { downloadFileStream } from '../transport/download';
import type { DownloadHosts } from './downloadHosts';
import { refusedDownload } from './downloadHosts';

/**
 * A callback may come from anyone holding the key, and Leonardo's generations have at most a few
 * images: more than 16 is not a generation worth fetching from a webhook, and 4 at a time keeps one
 * callback from flooding the CDN or n8n's memory.
 */
export const MAX_DOWNLOADS = 16;
export const DOWNLOADS_AT_ONCE = 4;

/**
 * The finished generation's images as binary `image_0`, `image_1`, … (the action node's limits: no
 * redirect, image bytes only, 100 MB, 30 s without a byte), only from the credential's allowed hosts. An image
 * not downloaded (refused, past the limit, or failed) gets a `downloadError`; the others are still
 * delivered and the execution runs.
 */
export async function downloadImages(
	this: IWebhookFunctions,
	json: IDataObject,
	hosts: DownloadHosts,
): Promise<IBinaryKeyData> {
	const images = (json.images as IDataObject[] | undefined) ?? [];
	const binary: IBinaryKeyData = {};
	images.slice(MAX_DOWNLOADS).forEach((image) => {
		image.downloadError = `Not downloaded: the trigger downloads at most ${MAX_DOWNLOADS} images per callback. Fetch this one with Generation → Get.`;
	});
	await mapWithConcurrency(
		Math.min(images.length, MAX_DOWNLOADS),
		() => DOWNLOADS_AT_ONCE,
		async (index) => {
			const image = images[index];
			const refused = refusedDownload(image.url, hosts);
			if (refused) {
				image.downloadError = refused;
				return;
			}
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
		},
	);
	return binary;
}
