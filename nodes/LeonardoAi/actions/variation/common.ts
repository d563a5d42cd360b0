import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pollUntilDone } from '../../helpers/polling';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { jobConcurrencyOption } from '../common.descriptions';
import {
	additionalFieldsOption,
	downloadImage,
	waitForCompletionParameter,
	waitTimeoutOption,
	waitTimeoutSeconds,
	withAdditionalFields,
} from '../job';

export const imageIdParameter: INodeProperties = {
	displayName: 'Image ID',
	name: 'imageId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
	hint: 'A generated image\'s ID (images[n].id of a generation), or json.id of an earlier variation',
	description: 'The ID of the image to work on',
};

export const isVariationParameter: INodeProperties = {
	displayName: 'Is Variation',
	name: 'isVariation',
	type: 'boolean',
	default: false,
	description: 'Whether the Image ID came from an earlier variation (an upscale, unzoom or background removal) rather than from a generation',
};

export const downloadImageParameter: INodeProperties = {
	displayName: 'Download Images',
	name: 'downloadImages',
	type: 'boolean',
	default: true,
	displayOptions: { show: { waitForCompletion: [true] } },
	description: 'Whether to download the result into the binary field "image"',
};

export const waitParameters: INodeProperties[] = [waitForCompletionParameter, downloadImageParameter];

export const variationOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [additionalFieldsOption, jobConcurrencyOption, waitTimeoutOption],
};

export interface VariationJob {
	/** e.g. `/variations/upscale` */
	path: string;
	/** The key Leonardo wraps the job in, e.g. `sdUpscaleJob`. */
	responseKey: string;
	body: IDataObject;
	sourceImageId: string;
}

async function getVariation(this: IExecuteFunctions, id: string, itemIndex: number): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, { method: 'GET', path: `/variations/${encodeURIComponent(id)}`, itemIndex });
	return ((response.generated_image_variation_generic as IDataObject[] | undefined) ?? [])[0];
}

/** Starts a variation job (never retried), waits for it and downloads the result, as the user chose. */
export async function runVariation(
	this: IExecuteFunctions,
	itemIndex: number,
	job: VariationJob,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body = withAdditionalFields.call(this, job.body, options, itemIndex);
	const response = await leonardoApiRequest.call(this, { method: 'POST', path: job.path, body, itemIndex, retry: false });
	const started = (response[job.responseKey] ?? {}) as IDataObject;
	if (typeof started.id !== 'string') {
		throw new NodeOperationError(this.getNode(), 'Leonardo accepted the request but returned no variation ID', { itemIndex });
	}
	const id = started.id;
	const pairedItem = { item: itemIndex };
	const base = { id, sourceImageId: job.sourceImageId, cost: started.cost ?? null };
	if (!(this.getNodeParameter('waitForCompletion', itemIndex) as boolean)) {
		return [{ json: { ...base, status: 'PENDING' }, pairedItem }];
	}

	const variation = await pollUntilDone(
		this,
		async () => await getVariation.call(this, id, itemIndex),
		(state) => state?.status === 'COMPLETE' || state?.status === 'FAILED',
		{ timeoutMs: waitTimeoutSeconds(options) * 1000, label: `Variation ${id}`, itemIndex },
	);
	if (variation?.status === 'FAILED') {
		throw new NodeOperationError(this.getNode(), `Variation ${id} failed at Leonardo`, {
			itemIndex,
			description: 'Leonardo gives no reason for failed jobs. Check that the Image ID is a generated image (or turn on "Is Variation" for the result of an earlier variation).',
		});
	}
	const json: IDataObject = { ...variation, ...base };
	if (!(this.getNodeParameter('downloadImages', itemIndex) as boolean) || typeof json.url !== 'string') return [{ json, pairedItem }];
	const image = await downloadImage.call(this, json.url, `${id}_${String(json.transformType ?? 'variation').toLowerCase()}`, itemIndex);
	return [{ json, binary: { image }, pairedItem }];
}
