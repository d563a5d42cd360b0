import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readOptionValues } from '../../helpers/parameters';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import type { JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { videoJob } from './api';
import type { VideoStart } from './body';
import {
	VIDEO_WAIT_TIMEOUT_SECONDS,
	downloadVideoParameter,
	durationParameter,
	endFrameParameters,
	sizeParameters,
	startFrameParameters,
	videoModelParameter,
	videoPromptParameter,
} from './descriptions';
import { videoOptions } from './options';
import { applyVideoOptions, readFrame, readVideoRequest, videoStartWithOptions } from './request';

const properties: INodeProperties[] = [
	videoModelParameter,
	videoPromptParameter,
	...startFrameParameters,
	...endFrameParameters,
	durationParameter,
	...sizeParameters,
	waitForCompletionParameter,
	{ ...downloadVideoParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	videoOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['create'] } },
	properties,
);

interface CreateVideoRequest extends JobSettings {
	start: VideoStart;
	warnings: string[];
	downloadVideo: boolean;
}

/** Reads and checks the item against the model's page, with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateVideoRequest> {
	const request = readVideoRequest.call(this, itemIndex);
	request.start = readFrame.call(this, 'start', itemIndex);
	request.end = readFrame.call(this, 'end', itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	applyVideoOptions.call(this, request, options, itemIndex);
	const { start, warnings } = videoStartWithOptions.call(this, request, options, itemIndex);
	const wait = readJobSettings.call(
		this,
		itemIndex,
		options,
		'downloadVideo',
		VIDEO_WAIT_TIMEOUT_SECONDS,
	);
	return {
		start,
		warnings,
		waitForCompletion: wait.waitForCompletion,
		downloadVideo: wait.download,
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

/** Text-to-video, or a video from an image Leonardo already has (start and end frame). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateVideoRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const extra = request.warnings.length ? { warnings: request.warnings } : {};
	const job = videoJob.call(this, itemIndex, request.start, extra, request.downloadVideo);
	return await runJob.call(this, itemIndex, job, request);
}
