import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { VIDEO_FILE } from '../../helpers/fileTypes';
import { videoPricing } from '../shared/pricing';
import type { GenerationUpload } from '../generation/api';
import { startedGenerationJob } from '../generation/api';
import type { Job } from '../shared/job';
import { downloadResult } from '../shared/job';
import type { VideoStart } from './body';

/** A video generation as users see it: the generated images are its videos (`motionMP4URL`). */
export function videoJson(generation: IDataObject): IDataObject {
	const { id, status, generated_images: videos, ...rest } = generation;
	return { generationId: id, status, videos: (videos as IDataObject[] | undefined) ?? [], ...rest };
}

/** The output item; with downloads on, the MP4 in binary "video" (more than one: video_1, …). */
export async function videoOutput(
	this: IExecuteFunctions,
	json: IDataObject,
	itemIndex: number,
	downloadVideo: boolean,
): Promise<INodeExecutionData[]> {
	const pairedItem = { item: itemIndex };
	if (!downloadVideo || json.status !== 'COMPLETE') return [{ json, pairedItem }];
	const urls = ((json.videos as IDataObject[] | undefined) ?? [])
		.map((video) => video.motionMP4URL)
		.filter((url): url is string => typeof url === 'string' && url.length > 0);
	if (!urls.length) {
		throw new NodeOperationError(
			this.getNode(),
			`Generation ${String(json.generationId)} has no video`,
			{
				itemIndex,
				description:
					'Leonardo returned no motionMP4URL for it: it is an image generation, or its model makes no video. Use Generation → Get for images.',
			},
		);
	}
	const files = await Promise.all(
		urls.map(
			async (url, index) =>
				await downloadResult.call(
					this,
					url,
					`${String(json.generationId)}${index ? `_${index}` : ''}`,
					itemIndex,
					VIDEO_FILE,
				),
		),
	);
	const binary: IBinaryKeyData = {};
	files.forEach((file, index) => (binary[index ? `video_${index}` : 'video'] = file));
	return [{ json, binary, pairedItem }];
}

/** A video as a job: started on its model's endpoint, output with its MP4; `upload` makes its start frame. */
export function videoJob(
	this: IExecuteFunctions,
	itemIndex: number,
	start: VideoStart,
	extra: IDataObject,
	downloadVideo: boolean,
	upload?: GenerationUpload,
): Job {
	return startedGenerationJob.call(this, itemIndex, {
		request: start,
		extra,
		upload,
		output: async (generation, fields) =>
			await videoOutput.call(
				this,
				{ ...videoJson(generation), ...fields },
				itemIndex,
				downloadVideo,
			),
		failedHint: "Try another prompt, duration or size; check the model's page for what it accepts.",
		pricing: { calculator: videoPricing(start.body), what: `${String(start.body.model)} videos` },
	});
}
