import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId, readOptionValues, readText } from '../../helpers/parameters';
import { leonardoJobRequest } from '../../transport/leonardoApi';
import { sameCostKey } from '../shared/budget';
import { jobOptions, waitForCompletionParameter } from '../shared/common.descriptions';
import { GENERATION_ID_SOURCE } from '../generation/body';
import { startedJobOf } from '../generation/api';
import type { Job, JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { VIDEO_WAIT_TIMEOUT_SECONDS, downloadVideoParameter } from './descriptions';
import { getMotionVariation, motionVariationJson, motionVariationOutput } from './motionVariation';

const properties: INodeProperties[] = [
	{
		displayName: 'Video Generation ID',
		name: 'generationId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.generationId }}',
		description:
			'The ID of a finished video generation, output by "Video → Create" as generationId',
	},
	{
		displayName: 'Resolution',
		name: 'upscaleResolution',
		type: 'options',
		default: 'RESOLUTION_720',
		options: [{ name: '720p', value: 'RESOLUTION_720' }],
		description: 'The resolution of the upscaled video; Leonardo offers 720p only for now',
	},
	waitForCompletionParameter,
	{
		...downloadVideoParameter,
		description: 'Whether to download the upscaled MP4 into the binary field "video"',
		displayOptions: { show: { waitForCompletion: [true] } },
	},
	jobOptions([], { default: VIDEO_WAIT_TIMEOUT_SECONDS }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['upscale'] } },
	properties,
);

/**
 * `POST /generations-video-upscale` (v1; SDK `createvideoupscale.ts`, "This endpoint will upscale a
 * generated video to a higher resolution"): body `{ resolution, sourceGenerationId }`, both
 * required, `resolution` enum RESOLUTION_720 ("the only option for now"); answer
 * `{ motionVideoGenerationJob: { generationId, variationId, cost, apiCreditCost } }`.
 */
const PATH = '/generations-video-upscale';
const RESPONSE_KEY = 'motionVideoGenerationJob';

interface UpscaleVideoRequest extends JobSettings {
	body: IDataObject;
	downloadVideo: boolean;
}

export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<UpscaleVideoRequest> {
	const sourceGenerationId = readId.call(this, 'generationId', itemIndex, GENERATION_ID_SOURCE);
	const resolution = readText.call(this, 'upscaleResolution', itemIndex, 'RESOLUTION_720').trim();
	const options = readOptionValues.call(this, itemIndex);
	const wait = readJobSettings.call(
		this,
		itemIndex,
		options,
		'downloadVideo',
		VIDEO_WAIT_TIMEOUT_SECONDS,
	);
	return {
		body: { resolution, sourceGenerationId },
		downloadVideo: wait.download,
		waitForCompletion: wait.waitForCompletion,
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

const HOW_TO_CHECK =
	'Check your library at app.leonardo.ai for an upscaled copy of the video before running this item again.';

/** The upscale as a job: its POST (once), read with GET /motion-variations/{variationId}. */
function upscaleJob(this: IExecuteFunctions, itemIndex: number, request: UpscaleVideoRequest): Job {
	const { body } = request;
	return {
		kind: 'variation',
		requestKey: `${PATH} ${JSON.stringify(body)}`,
		// The pricing calculator has no service for video upscales (SDK `pricingcalculatorservices.ts`).
		pricing: { sameCostKey: sameCostKey(PATH, body), what: 'video upscales' },
		start: async () => {
			const { answer, id } = await leonardoJobRequest.call(
				this,
				{ method: 'POST', path: PATH, body, itemIndex },
				{
					kind: 'variation',
					idOf: (started) => startedJobOf(started, RESPONSE_KEY).variationId,
					howToCheck: HOW_TO_CHECK,
				},
			);
			const started = startedJobOf(answer, RESPONSE_KEY);
			return {
				id,
				fields: {
					// The answer's generationId: the upscale's generation as Leonardo names it (the SDK says no more).
					generationId: started.generationId ?? null,
					sourceGenerationId: body.sourceGenerationId,
					cost: started.cost,
				},
			};
		},
		read: async (id, deadline) => await getMotionVariation.call(this, id, itemIndex, deadline),
		pending: (id, fields) => ({ variationId: id, status: 'PENDING', ...fields }),
		finished: async (id, variation, fields) =>
			await motionVariationOutput.call(
				this,
				motionVariationJson(id, variation, fields),
				itemIndex,
				request.downloadVideo,
			),
		failedHint:
			'Check that the ID is of a finished video generation (generationId of Video → Create), not of an image generation.',
	};
}

/** Upscales a generated video (once), waits, and downloads the MP4 into binary "video". */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: UpscaleVideoRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	return await runJob.call(this, itemIndex, upscaleJob.call(this, itemIndex, request), request);
}
