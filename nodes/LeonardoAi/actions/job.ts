import type { IBinaryData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withDownloadSlot } from '../helpers/batch';
import { EXTENSION_BY_FORMAT, MIME_TYPE_BY_FORMAT } from '../helpers/image';
import { WAIT_TIMEOUT_RULE, checkJsonObject } from '../helpers/parameters';
import { downloadImageStream } from '../transport/download';

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
	hint: 'Added to the request body, with Leonardo\'s exact field names; a field the node already sets is refused',
	description: 'Extra request body fields for Leonardo features this node has no parameter for yet',
};

export const waitTimeoutOption: INodeProperties = {
	displayName: 'Wait Timeout (Seconds)',
	name: 'waitTimeout',
	type: 'number',
	default: 300,
	typeOptions: { minValue: WAIT_TIMEOUT_RULE.min, maxValue: WAIT_TIMEOUT_RULE.max },
	description: 'How long to wait for the job to finish before the node gives up with an error (1–7200 seconds)',
};

/**
 * Adds the user's "Additional Body Fields (JSON)" to a request body. The node's own parameters win:
 * a key the node already sets is refused (JSON from a form must not override the prompt, the number
 * of images or the source image ID), and nothing is sent.
 */
export function withAdditionalFields(
	this: IExecuteFunctions,
	body: IDataObject,
	extra: unknown,
	itemIndex: number,
	label = 'Additional Body Fields (JSON)',
): IDataObject {
	const fields = checkJsonObject(this, label, extra, itemIndex);
	const clashes = Object.keys(fields).filter((key) => key in body);
	if (clashes.length) {
		throw new NodeOperationError(this.getNode(), `"${label}" sets ${clashes.map((key) => `"${key}"`).join(', ')}, which the node already sets`, {
			itemIndex,
			description: `Set ${clashes.length > 1 ? 'these' : 'this'} with the node's own parameters and remove ${clashes.length > 1 ? 'them' : 'it'} from the JSON. "${label}" is only for fields the node has no parameter for.`,
		});
	}
	return { ...body, ...fields };
}

/** Streams a result image into n8n binary data (on disk in n8n's filesystem mode, never whole in memory). */
export async function downloadImage(
	this: IExecuteFunctions,
	url: string,
	baseName: string,
	itemIndex: number,
): Promise<IBinaryData> {
	return await withDownloadSlot(this, async () => {
		const { stream, format } = await downloadImageStream.call(this, url, itemIndex);
		return await this.helpers.prepareBinaryData(stream as unknown as Buffer, `${baseName}.${EXTENSION_BY_FORMAT[format]}`, MIME_TYPE_BY_FORMAT[format]);
	});
}
