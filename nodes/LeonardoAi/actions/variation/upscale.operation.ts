import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { imageIdParameter, runVariation, variationOptions, waitParameters } from './common';

const properties: INodeProperties[] = [imageIdParameter, ...waitParameters, variationOptions];

export const description = updateDisplayOptions({ show: { resource: ['variation'], operation: ['upscale'] } }, properties);

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const imageId = (this.getNodeParameter('imageId', itemIndex) as string).trim();
	const body = { id: imageId };
	return await runVariation.call(this, itemIndex, { path: '/variations/upscale', responseKey: 'sdUpscaleJob', body, sourceImageId: imageId });
}
