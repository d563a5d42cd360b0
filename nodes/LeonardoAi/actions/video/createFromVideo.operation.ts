import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readInputMedia } from '../../helpers/binary';
import type { MovieInfo } from '../../helpers/movie';
import {
	readDownloadSwitch,
	readOptionValues,
	readText,
	waitTimeoutSeconds,
} from '../../helpers/parameters';
import type { CatalogModel } from '../../catalog';
import { pickerModels } from '../../catalog';
import { modelSummary } from '../../catalog/summary';
import type { CreditBudget } from '../shared/budget';
import { readCreditBudget } from '../shared/budget';
import { binaryPropertyName } from '../shared/common.descriptions';
import { runJob } from '../shared/job';
import { uploadMediaFile } from '../shared/uploadMedia';
import { videoJob } from './api';
import type { VideoRequest, VideoStart } from './body';
import {
	VIDEO_WAIT_TIMEOUT_SECONDS,
	downloadVideoParameter,
	durationParameter,
	sizeParameters,
	videoModelParameter,
	videoPromptParameter,
} from './descriptions';
import { videoOptions } from './options';
import { applyVideoOptions, readVideoRequest, videoStartWithOptions } from './request';

/** The models whose catalog entry takes a video reference (`guidances.video_reference_base`). */
const takesVideo = (model: CatalogModel) => model.guidances?.video_reference_base;

/** The reference comes from the item's file here: Video → Create's reference options are left out. */
const REFERENCE_OPTIONS = ['videoReferenceId', 'videoReferenceType', 'videoReferenceDuration'];

const properties: INodeProperties[] = [
	{
		...binaryPropertyName,
		hint: 'The input binary field with the clip to edit or extend (MP4 or MOV)',
		description: 'The binary field of the incoming item that holds the video',
	},
	{
		...videoModelParameter,
		default: 'kling-video-o-3',
		options: pickerModels('video')
			.filter(takesVideo)
			.map((model) => ({ name: model.name, value: model.id, description: modelSummary(model) })),
		description:
			"A video model that takes a video reference; the node checks the clip's length and size against its page before anything is paid",
	},
	{
		...videoPromptParameter,
		placeholder: 'e.g. Make it night, with the street lights on',
		description: 'What to do with the clip. Each model has its own length limit.',
	},
	durationParameter,
	...sizeParameters,
	downloadVideoParameter,
	{
		...videoOptions,
		options: (videoOptions.options ?? []).filter(
			(option) => !REFERENCE_OPTIONS.includes(option.name),
		),
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['createFromVideo'] } },
	properties,
);

interface CreateVideoFromVideoRequest {
	binaryPropertyName: string;
	/** The video reference is filled in after the upload. */
	request: VideoRequest;
	/** The request with the reference before its upload: what the job is priced and keyed by. */
	before: VideoStart;
	options: IDataObject;
	/** The clip's length and size from its header, when its index is in its first bytes. */
	movie?: MovieInfo;
	warnings: string[];
	downloadVideo: boolean;
	timeoutSeconds: number;
	budget?: CreditBudget;
}

/**
 * The item's clip as the model's `video_reference_base` before the upload: its header's length and
 * size where readable; otherwise values within the model's limits, so that the rest is checked now
 * and the clip itself once Leonardo has measured it (still before the paid POST).
 */
function referenceBeforeUpload(
	model: CatalogModel | undefined,
	movie: MovieInfo | undefined,
): NonNullable<VideoRequest['videoReference']> {
	if (movie) return { id: '', type: 'UPLOADED', ...movie };
	const rule = model?.guidances?.video_reference_base;
	return {
		id: '',
		type: 'UPLOADED',
		...(rule?.duration ? { duration: rule.duration.min } : {}),
		...(rule?.videoSides ? { width: rule.videoSides.min, height: rule.videoSides.min } : {}),
	};
}

/** Checks the parameters and the clip, with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateVideoFromVideoRequest> {
	const binaryPropertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	// Checked (and measured) now, read again at upload time: a batch must not hold every file at once.
	const clip = await readInputMedia.call(this, itemIndex, binaryPropertyName);
	if (clip.mediaType !== 'VIDEO') {
		throw new NodeOperationError(
			this.getNode(),
			`The file in "${binaryPropertyName}" is audio (${clip.extension.toUpperCase()}), not a video`,
			{
				itemIndex,
				description:
					'Create From Video takes an MP4 or MOV clip. For audio references, upload the file with Media → Upload and give its ID to Video → Create (Options → Audio Reference IDs).',
			},
		);
	}
	const { movie } = clip;
	const request = readVideoRequest.call(
		this,
		itemIndex,
		movie && { width: movie.width, height: movie.height },
	);
	const options = readOptionValues.call(this, itemIndex);
	applyVideoOptions.call(this, request, options, itemIndex);
	request.videoReference = referenceBeforeUpload(request.model, movie);
	// Built once with the clip's header (or placeholders), so every check of the model runs now.
	const checked = videoStartWithOptions.call(this, request, options, itemIndex);
	return {
		binaryPropertyName,
		request,
		before: checked.start,
		options,
		movie,
		warnings: [...clip.warnings, ...checked.warnings],
		downloadVideo: readDownloadSwitch.call(this, 'downloadVideo', itemIndex),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex, VIDEO_WAIT_TIMEOUT_SECONDS),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/**
 * "Edit this clip" in one step: the item's video uploaded as media (only once Max Credits let the
 * job start, and never again for a job an earlier try started), sent as the model's video
 * reference, waited for, its MP4 downloaded.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateVideoFromVideoRequest,
): Promise<INodeExecutionData[]> {
	const {
		binaryPropertyName,
		request,
		before,
		options,
		movie,
		warnings,
		downloadVideo,
		timeoutSeconds,
		budget,
	} = prepared ?? (await prepare.call(this, itemIndex));
	const upload = async () => {
		const media = await uploadMediaFile.call(this, itemIndex, binaryPropertyName, timeoutSeconds);
		// An uploaded media ID as `video.id` with type UPLOADED is inferred: the model pages say only
		// that the type may be UPLOADED (https://docs.leonardo.ai/docs/kling-o3, …/flux-3-video; the
		// v2 reference https://docs.leonardo.ai/reference/creategeneration enumerates UPLOADED |
		// GENERATED), no page names the upload it refers to; POST /v1/media is the one upload for video
		// (https://docs.leonardo.ai/reference/uploadmedia). Leonardo's own measurements are sent, and
		// checked against the model once more before the paid POST.
		const reference = {
			id: media.id,
			type: 'UPLOADED',
			duration: media.duration ?? movie?.duration,
			width: media.width ?? movie?.width,
			height: media.height ?? movie?.height,
		};
		const { start } = videoStartWithOptions.call(
			this,
			{ ...request, videoReference: reference },
			options,
			itemIndex,
		);
		const extra: IDataObject = {
			mediaId: media.id,
			media: {
				extension: media.extension,
				duration: media.duration,
				width: media.width,
				height: media.height,
				bytes: media.bytes,
			},
		};
		if (warnings.length) extra.warnings = warnings;
		return { body: start.body, extra };
	};
	// Priced (and keyed) with the reference before its upload: the upload comes once the job may start.
	const job = videoJob.call(this, itemIndex, before, {}, downloadVideo, upload);
	return await runJob.call(this, itemIndex, job, {
		waitForCompletion: true,
		timeoutSeconds,
		budget,
	});
}
