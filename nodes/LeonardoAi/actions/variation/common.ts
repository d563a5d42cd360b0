import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { readBoolean, readId, readOptionValues } from '../../helpers/parameters';
import { leonardoApiRequest, leonardoJobRequest } from '../../transport/leonardoApi';
import {
	additionalFieldsOption,
	jobOptions,
	waitForCompletionParameter,
} from '../shared/common.descriptions';
import { sameCostKey } from '../shared/budget';
import type { Job, JobSettings } from '../shared/job';
import { downloadResult, howToCheck, readJobSettings, runJob } from '../shared/job';

export const imageIdParameter: INodeProperties = {
	displayName: 'Image ID',
	name: 'imageId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
	hint: "A generated image's ID (images[n].id of a generation), or json.id of an earlier variation",
	description: 'The ID of the image to work on',
};

export const isVariationParameter: INodeProperties = {
	displayName: 'Is Variation',
	name: 'isVariation',
	type: 'boolean',
	default: false,
	description:
		'Whether the Image ID came from an earlier variation (an upscale, unzoom or background removal) rather than from a generation',
};

export const downloadVariationParameter: INodeProperties = {
	displayName: 'Download Images',
	name: 'downloadImages',
	type: 'boolean',
	default: true,
	displayOptions: { show: { waitForCompletion: [true] } },
	description: 'Whether to download the result into the binary field "image"',
};

export const waitParameters: INodeProperties[] = [
	waitForCompletionParameter,
	downloadVariationParameter,
];

export const variationOptions = jobOptions([additionalFieldsOption]);

export interface VariationJob {
	/** e.g. `/variations/upscale` */
	path: string;
	/** The key Leonardo wraps the job in, e.g. `sdUpscaleJob`. */
	responseKey: string;
	body: IDataObject;
	sourceImageId: string;
}

export interface VariationRequest extends VariationJob, JobSettings {
	downloadImages: boolean;
}

export function readImageId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'imageId',
		itemIndex,
		"Use a generated image's ID (images[n].id of a generation), or json.id of an earlier variation.",
	);
}

/** Reads and checks the rest of a variation's parameters (no request); the body gets the extra JSON fields. */
export function prepareVariation(
	this: IExecuteFunctions,
	itemIndex: number,
	job: VariationJob,
): VariationRequest {
	const options = readOptionValues.call(this, itemIndex);
	const wait = readJobSettings.call(this, itemIndex, options, 'downloadImages');
	return {
		...job,
		body: withAdditionalFields.call(this, job.body, options.additionalFields, itemIndex),
		waitForCompletion: wait.waitForCompletion,
		downloadImages: wait.download,
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

async function getVariation(
	this: IExecuteFunctions,
	id: string,
	itemIndex: number,
	deadline: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/variations/${encodeURIComponent(id)}`,
		itemIndex,
		deadline,
	});
	return ((response.generated_image_variation_generic as IDataObject[] | undefined) ?? [])[0];
}

/** A variation as a job: POST to its endpoint, read with GET /variations/{id}; the result image in binary "image". */
function variationJob(this: IExecuteFunctions, itemIndex: number, request: VariationRequest): Job {
	return {
		kind: 'variation',
		requestKey: `${request.path} ${JSON.stringify(request.body)}`,
		// The calculator's upscaler services need the output size, which the node does not know beforehand.
		pricing: {
			sameCostKey: sameCostKey(request.path, request.body),
			what: `${request.path.replace('/variations/', '')} variations`,
		},
		start: async () => {
			const startedOf = (answer: IDataObject) => (answer[request.responseKey] ?? {}) as IDataObject;
			const { answer, id } = await leonardoJobRequest.call(
				this,
				{ method: 'POST', path: request.path, body: request.body, itemIndex },
				{
					kind: 'variation',
					idOf: (started) => startedOf(started).id,
					howToCheck: howToCheck('variation'),
				},
			);
			return {
				id,
				fields: { sourceImageId: request.sourceImageId, cost: startedOf(answer).cost ?? null },
			};
		},
		read: async (id, deadline) => await getVariation.call(this, id, itemIndex, deadline),
		pending: (id, fields) => ({ id, ...fields, status: 'PENDING' }),
		finished: async (id, variation, fields) => {
			const json: IDataObject = { ...variation, id, ...fields };
			const pairedItem = { item: itemIndex };
			if (!request.downloadImages || typeof json.url !== 'string') return [{ json, pairedItem }];
			const image = await downloadResult.call(
				this,
				json.url,
				`${id}_${String(json.transformType ?? 'variation').toLowerCase()}`,
				itemIndex,
			);
			return [{ json, binary: { image }, pairedItem }];
		},
		failedHint:
			'Check that the Image ID is a generated image (or turn on "Is Variation" for the result of an earlier variation).',
	};
}

type PrepareVariation = (this: IExecuteFunctions, itemIndex: number) => Promise<VariationRequest>;

/** A variation operation from its `prepare`: `execute` starts the job, waits and outputs it as the user chose. */
export function variationOperation(prepare: PrepareVariation) {
	async function execute(
		this: IExecuteFunctions,
		itemIndex: number,
		prepared?: VariationRequest,
	): Promise<INodeExecutionData[]> {
		const request = prepared ?? (await prepare.call(this, itemIndex));
		return await runJob.call(this, itemIndex, variationJob.call(this, itemIndex, request), request);
	}
	return { prepare, execute };
}

/**
 * Upscale, Unzoom and Remove Background: a generated (or variation) image ID in `{ id }`, and for
 * some `isVariation`. Wire names: SDK `createvariation{upscale,unzoom,nobg}.ts`.
 */
export function idOnlyVariation(path: string, responseKey: string, takesIsVariation: boolean) {
	async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<VariationRequest> {
		const imageId = readImageId.call(this, itemIndex);
		const body: IDataObject = { id: imageId };
		if (takesIsVariation && readBoolean.call(this, 'isVariation', itemIndex))
			body.isVariation = true;
		return prepareVariation.call(this, itemIndex, {
			path,
			responseKey,
			body,
			sourceImageId: imageId,
		});
	}
	return variationOperation(prepare);
}
