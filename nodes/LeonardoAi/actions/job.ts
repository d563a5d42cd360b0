import type { IBinaryData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

import { downloadStream } from '../transport/download';

/** Pieces shared by every operation that starts a Leonardo job (generations, variations). */

export const waitForCompletionParameter: INodeProperties = {
	displayName: 'Wait for Completion',
	name: 'waitForCompletion',
	type: 'boolean',
	default: true,
	description:
		'Whether to wait until the job is finished. Off: output the job ID at once and fetch the result later with the matching "Get" operation.',
};

export const additionalFieldsOption: INodeProperties = {
	displayName: 'Additional Body Fields (JSON)',
	name: 'additionalFields',
	type: 'json',
	default: '{}',
	hint: 'Merged into the request body last, with Leonardo\'s exact field names',
	description: 'Extra request body fields for Leonardo features this node has no parameter for yet',
};

export const waitTimeoutOption: INodeProperties = {
	displayName: 'Wait Timeout (Seconds)',
	name: 'waitTimeout',
	type: 'number',
	default: 300,
	typeOptions: { minValue: 1 },
	description: 'How long to wait for the job to finish before the node gives up with an error',
};

/** Merges the user's "Additional Body Fields (JSON)" into a request body, last. */
export function withAdditionalFields(
	this: IExecuteFunctions,
	body: IDataObject,
	options: IDataObject,
	itemIndex: number,
): IDataObject {
	const raw = options.additionalFields;
	if (raw === undefined || raw === '' || raw === null) return body;
	const value = typeof raw === 'string' ? jsonParse<unknown>(raw, { fallbackValue: undefined }) : raw;
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw new NodeOperationError(this.getNode(), '"Additional Body Fields (JSON)" is not a JSON object', {
			itemIndex,
			description: 'Write an object with Leonardo\'s field names, e.g. {"tiling": true}.',
		});
	}
	return { ...body, ...(value as IDataObject) };
}

export function waitTimeoutSeconds(options: IDataObject): number {
	return typeof options.waitTimeout === 'number' ? options.waitTimeout : 300;
}

const MIME_BY_EXTENSION: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

/** The image's type from the CDN's Content-Type, else from the URL's extension. */
function imageMimeType(url: string, contentType: string | undefined): string {
	const declared = (contentType ?? '').split(';')[0].trim().toLowerCase();
	if (declared.startsWith('image/')) return declared;
	const extension = url.split('?')[0].split('.').pop()?.toLowerCase() ?? '';
	return MIME_BY_EXTENSION[extension] ?? 'image/png';
}

/** Streams a result image into n8n binary data (on disk in n8n's filesystem mode, never whole in memory). */
export async function downloadImage(
	this: IExecuteFunctions,
	url: string,
	baseName: string,
	itemIndex: number,
): Promise<IBinaryData> {
	const { stream, contentType } = await downloadStream.call(this, url, itemIndex);
	const mimeType = imageMimeType(url, contentType);
	const extension = mimeType === 'image/jpeg' ? 'jpg' : mimeType.replace('image/', '');
	return await this.helpers.prepareBinaryData(stream as unknown as Buffer, `${baseName}.${extension}`, mimeType);
}
