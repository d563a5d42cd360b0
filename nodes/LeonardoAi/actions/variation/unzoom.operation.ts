import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { imageIdParameter, isVariationParameter, runVariation, variationOptions, waitParameters } from './common';

const properties: INodeProperties[] = [imageIdParameter, isVariationParameter, ...waitParameters, variationOptions];

export const description = updateDisplayOptions({ show: { resource: ['variation'], operation: ['unzoom'] } }, properties);

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const imageId = (this.getNodeParameter('imageId', itemIndex) as string).trim();
	const body: IDataObject = { id: imageId };
	if (this.getNodeParameter('isVariation', itemIndex) as boolean) body.isVariation = true;
	return await runVariation.call(this, itemIndex, { path: '/variations/unzoom', responseKey: 'sdUnzoomJob', body, sourceImageId: imageId });
}
