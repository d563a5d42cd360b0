import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import { detectImageFormat, readImageSize } from '../../helpers/image';
import { downloadHead } from '../../transport/download';
import { leonardoApiRequest } from '../../transport/leonardoApi';

/** Reads an uploaded init image's pixel size from the image itself (only its first bytes). */
export async function initImageSize(
	this: IExecuteFunctions,
	initImageId: string,
	itemIndex: number,
): Promise<ImageSize> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/init-image/${encodeURIComponent(initImageId)}`,
		itemIndex,
	});
	const url = (response.init_images_by_pk as IDataObject | null)?.url;
	const failure = (reason: string) =>
		new NodeOperationError(this.getNode(), `Could not read the size of init image ${initImageId}`, {
			itemIndex,
			description: `${reason} Set "Size" to "Custom" and enter width and height yourself.`,
		});
	if (typeof url !== 'string' || !url)
		throw failure('Leonardo returned no URL for it (is the upload finished, and the ID right?).');
	// The header is near the start; JPEG metadata can push it further.
	for (const maxBytes of [128 * 1024, 4 * 1024 * 1024]) {
		const data = await downloadHead.call(this, url, itemIndex, maxBytes);
		const format = detectImageFormat(data);
		const size = format && readImageSize(data, format);
		if (size) return size;
		if (data.length < maxBytes) break;
	}
	throw failure('Its header could not be read.');
}
