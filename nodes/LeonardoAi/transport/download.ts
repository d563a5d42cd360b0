import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { HttpOutcome } from './retry';
import { networkErrorCode, sendWithRetries } from './retry';

export interface DownloadedFile {
	data: Buffer;
	contentType?: string;
}

export interface DownloadStream {
	stream: AsyncIterable<Buffer>;
	contentType?: string;
}

function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

/**
 * GETs a public file (an image on Leonardo's CDN or S3) without the credential, retrying transient
 * failures, and turns a final failure into an error that names the host.
 */
async function getPublicFile(
	this: IExecuteFunctions,
	url: string,
	itemIndex: number,
	encoding: 'arraybuffer' | 'stream',
	headers?: Record<string, string>,
): Promise<HttpOutcome> {
	const outcome = await sendWithRetries(
		this,
		async () => {
			const response = (await this.helpers.httpRequest({
				method: 'GET',
				url,
				encoding,
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				headers,
			})) as HttpOutcome;
			// An error answer's stream is not read: release its connection.
			if (response.statusCode >= 400 && encoding === 'stream') (response.body as { destroy?: () => void }).destroy?.();
			return response;
		},
		true,
	);
	const tries = outcome.attempts > 1 ? ` Tried ${outcome.attempts} times.` : '';
	if ('networkError' in outcome) {
		const message = `Could not download the image from ${hostOf(url)}`;
		throw new NodeApiError(this.getNode(), { message } as JsonObject, {
			message,
			description: `${networkErrorCode(outcome.networkError) ?? outcome.networkError.message}.${tries}`,
			itemIndex,
		});
	}
	const { statusCode } = outcome.response;
	if (statusCode >= 400) {
		const message = `Could not download the image from ${hostOf(url)} (HTTP ${statusCode})`;
		throw new NodeApiError(this.getNode(), { message } as JsonObject, {
			message,
			description: `The image URL answered ${statusCode}.${tries} Turn off "Download Images" to get the URLs only.`,
			httpCode: String(statusCode),
			itemIndex,
		});
	}
	return outcome.response;
}

function contentTypeOf(response: HttpOutcome): string | undefined {
	const value = response.headers['content-type'];
	return Array.isArray(value) ? value[0] : value;
}

/** Downloads a file into memory; `maxBytes` asks for only its first bytes (enough for an image header). */
export async function downloadFile(
	this: IExecuteFunctions,
	url: string,
	itemIndex: number,
	maxBytes?: number,
): Promise<DownloadedFile> {
	const headers = maxBytes ? { Range: `bytes=0-${maxBytes - 1}` } : undefined;
	const response = await getPublicFile.call(this, url, itemIndex, 'arraybuffer', headers);
	return { data: Buffer.from(response.body as ArrayBuffer), contentType: contentTypeOf(response) };
}

/** Downloads a file as a stream, for n8n to store without holding it in memory whole. */
export async function downloadStream(this: IExecuteFunctions, url: string, itemIndex: number): Promise<DownloadStream> {
	const response = await getPublicFile.call(this, url, itemIndex, 'stream');
	return { stream: response.body as AsyncIterable<Buffer>, contentType: contentTypeOf(response) };
}
