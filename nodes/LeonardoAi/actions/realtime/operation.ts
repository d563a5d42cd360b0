import { createHash } from 'crypto';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { imageBytes } from '../image/source';
import { runJob } from '../shared/job';
import {
	imageParameter,
	maskParameter,
	options,
	promptParameter,
	sizeParameter,
	upscaleOptions,
} from './descriptions';
import type { RealtimeOperation } from './endpoints';
import type { RealtimeRequest } from './request';
import { prepareRealtime, readJpeg } from './request';
import { realtimeJob } from './realtimeJob';

const JPEG_DATA_URL = 'data:image/jpeg;base64,';

/** A JPEG as the LCM endpoints take it ("Prefix: `data:image/jpeg;base64,`", SDK `createlcmgeneration.ts`), and its hash. */
async function jpegDataUrl(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	parameter: string,
): Promise<{ dataUrl: string; hash: string }> {
	const image = await readJpeg.call(this, itemIndex, binaryPropertyName, parameter);
	const bytes = await imageBytes(image);
	return {
		dataUrl: `${JPEG_DATA_URL}${bytes.toString('base64')}`,
		hash: createHash('sha256').update(bytes).digest('hex'),
	};
}

/**
 * Realtime → Generate, Refine, Inpaint, Upscale: the item's JPEG (and, to inpaint, its mask) sent
 * as data URLs with the prompt and settings; the answer's image output as binary "image".
 */
export function realtimeOperation(operation: RealtimeOperation) {
	const properties: INodeProperties[] = [
		imageParameter,
		...(operation === 'inpaint' ? [maskParameter] : []),
		promptParameter,
		sizeParameter,
		operation === 'upscale' ? upscaleOptions : options,
	];

	const description = updateDisplayOptions(
		{ show: { resource: ['realtime'], operation: [operation] } },
		properties,
	);

	async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<RealtimeRequest> {
		return await prepareRealtime.call(this, itemIndex, operation);
	}

	async function execute(
		this: IExecuteFunctions,
		itemIndex: number,
		prepared?: RealtimeRequest,
	): Promise<INodeExecutionData[]> {
		const request = prepared ?? (await prepare.call(this, itemIndex));
		// Read again now (checked in prepare): a batch must not hold every item's file at once.
		const image = await jpegDataUrl.call(
			this,
			itemIndex,
			request.binaryPropertyName,
			'binaryPropertyName',
		);
		const body: IDataObject = { ...request.body, imageDataUrl: image.dataUrl };
		const keyBody: IDataObject = { ...request.body, image: image.hash };
		if (request.maskBinaryPropertyName !== undefined) {
			const mask = await jpegDataUrl.call(
				this,
				itemIndex,
				request.maskBinaryPropertyName,
				'maskBinaryPropertyName',
			);
			body.maskDataUrl = mask.dataUrl;
			keyBody.mask = mask.hash;
		}
		const extra: IDataObject = {};
		if (request.warnings.length) extra.warnings = request.warnings;
		const job = realtimeJob.call(this, itemIndex, { operation, body, keyBody, extra });
		return await runJob.call(this, itemIndex, job, {
			waitForCompletion: true,
			timeoutSeconds: 0,
			budget: request.budget,
		});
	}

	return { description, prepare, execute };
}
