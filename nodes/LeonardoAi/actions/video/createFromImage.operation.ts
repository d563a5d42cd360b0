import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { MAX_ASPECT_DIFFERENCE, aspectRatioDifference } from '../../helpers/image';
import {
	readDownloadSwitch,
	readOptionValues,
	readText,
	waitTimeoutSeconds,
} from '../../helpers/parameters';
import { binaryPropertyName } from '../shared/common.descriptions';
import type { CreditBudget } from '../shared/budget';
import { readCreditBudget } from '../shared/budget';
import { runJob } from '../shared/job';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../shared/uploadInputImage';
import { videoJob } from './api';
import type { VideoRequest } from './body';
import {
	VIDEO_WAIT_TIMEOUT_SECONDS,
	downloadVideoParameter,
	durationParameter,
	endFrameParameters,
	sizeParameters,
	videoModelParameter,
	videoPromptParameter,
} from './descriptions';
import { videoOptions } from './options';
import { applyVideoOptions, readFrame, readVideoRequest, videoStartWithOptions } from './request';

const properties: INodeProperties[] = [
	{
		...binaryPropertyName,
		hint: 'The input binary field with the photo to animate (PNG, JPEG or WebP)',
	},
	videoModelParameter,
	videoPromptParameter,
	...endFrameParameters,
	durationParameter,
	...sizeParameters,
	downloadVideoParameter,
	videoOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['createFromImage'] } },
	properties,
);

interface CreateVideoFromImageRequest {
	binaryPropertyName: string;
	/** The start frame is filled in after the upload. */
	request: VideoRequest;
	options: IDataObject;
	warnings: string[];
	downloadVideo: boolean;
	timeoutSeconds: number;
	budget?: CreditBudget;
}

/** Checks the parameters and the input image, with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateVideoFromImageRequest> {
	const binaryPropertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	// Checked (and measured) now, read again at upload time: a batch must not hold every file at once.
	const image = await readInputImage.call(this, itemIndex, binaryPropertyName);
	const request = readVideoRequest.call(this, itemIndex, image.dimensions);
	request.start = { id: '', type: 'UPLOADED' };
	request.end = readFrame.call(this, 'end', itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	applyVideoOptions.call(this, request, options, itemIndex);
	// Built once with a placeholder frame, so every check (the model's page, Additional Parameters) runs now.
	const checked = videoStartWithOptions.call(this, request, options, itemIndex);
	const warnings = [...image.warnings, ...checked.warnings];
	if (request.width !== undefined && request.height !== undefined) {
		const size = { width: request.width, height: request.height };
		const difference = aspectRatioDifference(image.dimensions, size);
		if (difference > MAX_ASPECT_DIFFERENCE) {
			warnings.push(
				`The video is ${size.width}×${size.height} but the photo is ${image.dimensions.width}×${image.dimensions.height} (${Math.round(difference * 100)}% off), so Leonardo crops or stretches it. Crop the photo to the video's aspect ratio first (Edit Image node) for full control.`,
			);
		}
	}
	return {
		binaryPropertyName,
		request,
		options,
		warnings,
		downloadVideo: readDownloadSwitch.call(this, 'downloadVideo', itemIndex),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex, VIDEO_WAIT_TIMEOUT_SECONDS),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/**
 * The whole photo-to-clip flow for one item: the video started from the photo's upload (done only
 * once Max Credits let the job start), waited for, its MP4 downloaded.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateVideoFromImageRequest,
): Promise<INodeExecutionData[]> {
	const { binaryPropertyName, request, options, warnings, downloadVideo, timeoutSeconds, budget } =
		prepared ?? (await prepare.call(this, itemIndex));
	const startFrom = (imageId: string) =>
		videoStartWithOptions.call(
			this,
			{ ...request, start: { id: imageId, type: 'UPLOADED' } },
			options,
			itemIndex,
		).start;
	const upload = async () => {
		const { image, target } = await uploadInputImage.call(
			this,
			itemIndex,
			binaryPropertyName,
			INIT_IMAGE_DESTINATION,
		);
		const extra: IDataObject = {
			initImageId: target.id,
			initImage: { ...image.dimensions, extension: image.extension, bytes: image.size },
		};
		if (warnings.length) extra.warnings = warnings;
		return { body: startFrom(target.id).body, extra };
	};
	// Priced (and keyed) with a placeholder start frame: the upload comes once the job may start.
	const job = videoJob.call(this, itemIndex, startFrom(''), {}, downloadVideo, upload);
	return await runJob.call(this, itemIndex, job, {
		waitForCompletion: true,
		timeoutSeconds,
		budget,
	});
}
