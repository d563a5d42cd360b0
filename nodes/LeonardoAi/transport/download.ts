import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { HttpOutcome } from './retry';
import { networkErrorCode, sendWithRetries } from './retry';

export interface DownloadedFile {
	data: Buffer;
	contentType?: string;
}

/**
 * GETs a public file (a generated image on Leonardo's CDN) without the credential, retrying
 * transient failures. `maxBytes` asks for only the first bytes (enough for an image header).
 */
export async function downloadFile(
	this: IExecuteFunctions,
	url: string,
	itemIndex: number,
	maxBytes?: number,
): Promise<DownloadedFile> {
	const outcome = await sendWithRetries(
		this,
		async () =>
			(await this.helpers.httpRequest({
				method: 'GET',
				url,
				encoding: 'arraybuffer',
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				headers: maxBytes ? { Range: `bytes=0-${maxBytes - 1}` } : undefined,
			})) as HttpOutcome,
		true,
	);
	const host = (() => {
		try {
			return new URL(url).host;
		} catch {
			return url;
		}
	})();
	const tries = outcome.attempts > 1 ? ` Tried ${outcome.attempts} times.` : '';
	if ('networkError' in outcome) {
		const message = `Could not download the image from ${host}`;
		throw new NodeApiError(this.getNode(), { message } as JsonObject, {
			message,
			description: `${networkErrorCode(outcome.networkError) ?? outcome.networkError.message}.${tries}`,
			itemIndex,
		});
	}
	const { statusCode, headers, body } = outcome.response;
	if (statusCode >= 400) {
		const message = `Could not download the image from ${host} (HTTP ${statusCode})`;
		throw new NodeApiError(this.getNode(), { message } as JsonObject, {
			message,
			description: `The image URL answered ${statusCode}.${tries} Turn off "Download Images" to get the URLs only.`,
			httpCode: String(statusCode),
			itemIndex,
		});
	}
	const contentType = headers['content-type'];
	return {
		data: Buffer.from(body as ArrayBuffer),
		contentType: Array.isArray(contentType) ? contentType[0] : contentType,
	};
}
