import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readBoolean } from '../../helpers/parameters';
import type { VariationRequest } from './common';
import {
	imageIdParameter,
	isVariationParameter,
	prepareVariation,
	readImageId,
	runVariation,
	variationOptions,
	waitParameters,
} from './common';

const properties: INodeProperties[] = [imageIdParameter, isVariationParameter, ...waitParameters, variationOptions];

export const description = updateDisplayOptions({ show: { resource: ['variation'], operation: ['unzoom'] } }, properties);

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<VariationRequest> {
	const imageId = readImageId.call(this, itemIndex);
	const body: IDataObject = { id: imageId };
	if (readBoolean.call(this, 'isVariation', 'Is Variation', itemIndex)) body.isVariation = true;
	return prepareVariation.call(this, itemIndex, { path: '/variations/unzoom', responseKey: 'sdUnzoomJob', body, sourceImageId: imageId });
}

export async function execute(this: IExecuteFunctions, itemIndex: number, prepared?: VariationRequest): Promise<INodeExecutionData[]> {
	return await runVariation.call(this, itemIndex, prepared ?? (await prepare.call(this, itemIndex)));
}
