import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { VariationRequest } from './common';
import { imageIdParameter, prepareVariation, readImageId, runVariation, variationOptions, waitParameters } from './common';

const properties: INodeProperties[] = [imageIdParameter, ...waitParameters, variationOptions];

export const description = updateDisplayOptions({ show: { resource: ['variation'], operation: ['upscale'] } }, properties);

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<VariationRequest> {
	const imageId = readImageId.call(this, itemIndex);
	const body: IDataObject = { id: imageId };
	return prepareVariation.call(this, itemIndex, { path: '/variations/upscale', responseKey: 'sdUpscaleJob', body, sourceImageId: imageId });
}

export async function execute(this: IExecuteFunctions, itemIndex: number, prepared?: VariationRequest): Promise<INodeExecutionData[]> {
	return await runVariation.call(this, itemIndex, prepared ?? (await prepare.call(this, itemIndex)));
}
