import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { isToolMode } from '../../helpers/toolMode';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import { STARTED_JOB_KEY, startedGenerationJob } from '../generation/api';
import { generationJson } from '../generation/output';
import type { JobSettings } from '../shared/job';
import { downloadResult, readJobSettings, runJob } from '../shared/job';
import type { ImageSource } from './source';
import { readImageSource, sourceParameters, sourceUpload } from './source';
import { inputSize, readUpscaleModel, upscaleBody } from './upscaleBody';
import { upscaleModelParameter, upscaleOptions, upscaleParameters } from './upscaleDescriptions';

const properties: INodeProperties[] = [
	upscaleModelParameter,
	...sourceParameters('upscale'),
	...upscaleParameters,
	waitForCompletionParameter,
	upscaleOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['image'], operation: ['upscale'] } },
	properties,
);

interface UpscaleRequest extends JobSettings {
	source: ImageSource;
	/** The body; for a binary source its image reference gets the upload's ID. */
	body: IDataObject;
	extra: IDataObject;
}

/** Checks the item (the image from its bytes or its stated size, every option) with no request: every item before any job. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<UpscaleRequest> {
	const model = readUpscaleModel.call(this, itemIndex);
	const source = await readImageSource.call(this, itemIndex);
	const size = inputSize.call(this, itemIndex, source);
	const { body, factor, options } = upscaleBody.call(this, itemIndex, model, source, size);
	const extra: IDataObject = {
		model,
		upscaleFactor: factor,
		input: { ...size },
		// The spec gives no output maximum; the result's size is the input's times the factor.
		outputWidth: size.width * factor,
		outputHeight: size.height * factor,
	};
	if (source.kind === 'binary' && source.image.warnings.length)
		extra.warnings = source.image.warnings;
	// The result is always downloaded: no download switch.
	const wait = readJobSettings.call(this, itemIndex, options, null);
	return {
		source,
		body,
		extra,
		waitForCompletion: wait.waitForCompletion,
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

/** Upscales one item: the file uploaded once the job may start (or the ID used), the job started once, waited for, the result downloaded into binary "image". */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: UpscaleRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { source, body } = request;
	const job = startedGenerationJob.call(this, itemIndex, {
		request: { apiVersion: 'v2', path: '/generations', body, responseKey: STARTED_JOB_KEY.v2 },
		extra: request.extra,
		upload:
			source.kind === 'binary'
				? sourceUpload.call(this, itemIndex, source.binaryPropertyName, body)
				: undefined,
		output: async (generation, fields) => {
			const json = { ...generationJson(generation), ...fields };
			const images = json.images as IDataObject[];
			const url = images[0]?.url;
			if (typeof url !== 'string' || !url)
				throw new NodeOperationError(
					this.getNode(),
					`Upscale ${String(json.generationId)} finished without an image`,
					{
						itemIndex,
						description:
							'Leonardo reported the job COMPLETE with no image URL. Fetch it later with Generation → Get and the generation ID.',
					},
				);
			// An agent gets the URL: n8n passes a tool's json only.
			if (isToolMode(this)) return [{ json, pairedItem: { item: itemIndex } }];
			const image = await downloadResult.call(
				this,
				url,
				`${String(json.generationId)}_upscaled`,
				itemIndex,
			);
			return [{ json, binary: { image }, pairedItem: { item: itemIndex } }];
		},
		failedHint:
			"Check the Image ID and Image Type, and (for an ID) that Width and Height are the image's own size.",
		pricing: { what: `upscales with ${String(body.model)}` },
	});
	return await runJob.call(this, itemIndex, job, request);
}
