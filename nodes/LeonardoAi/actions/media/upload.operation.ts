import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readOptionValues, readText, waitTimeoutSeconds } from '../../helpers/parameters';
import { uploadMediaFile, uploadedMediaJson } from '../shared/uploadMedia';
import {
	MEDIA_WAIT_TIMEOUT_SECONDS,
	mediaBinaryPropertyName,
	mediaUploadOptions,
} from './descriptions';

const properties: INodeProperties[] = [mediaBinaryPropertyName, mediaUploadOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['media'], operation: ['upload'] } },
	properties,
);

/** The item's video or audio file uploaded and processed; its binary passed on. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const propertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	const options = readOptionValues.call(this, itemIndex);
	const timeoutSeconds = waitTimeoutSeconds.call(
		this,
		options,
		itemIndex,
		MEDIA_WAIT_TIMEOUT_SECONDS,
	);
	const media = await uploadMediaFile.call(this, itemIndex, propertyName, timeoutSeconds);
	return [
		{
			json: uploadedMediaJson(media),
			binary: this.getInputData()[itemIndex].binary,
			pairedItem: { item: itemIndex },
		},
	];
}
