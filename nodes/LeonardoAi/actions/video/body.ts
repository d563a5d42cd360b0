import type { IDataObject } from 'n8n-workflow';

import type { GenerationStartRequest } from '../generation/api';
import type { VideoModel } from './models';

/** An image Leonardo knows: an uploaded init image or a generated image. */
export interface FrameImage {
	id: string;
	type: string;
}

export interface VideoRequest {
	/** The model ID on the wire; `model` is its documented spec when there is one. */
	modelId: string;
	model?: VideoModel;
	prompt: string;
	duration?: number;
	width?: number;
	height?: number;
	start?: FrameImage;
	end?: FrameImage;
	isPublic?: boolean;
	/** Motion 2.0's camera move (an element's akUUID). */
	cameraMove?: string;
	/** v2 `motion_has_audio`, on the models whose page has it. */
	audio?: boolean;
	/** v1 (SDK schema): `seed`, `negativePrompt`. */
	seed?: number;
	negativePrompt?: string;
}

/** The start request: v2 `POST /v2/generations` or a v1 video endpoint. */
export type VideoStart = GenerationStartRequest;

/**
 * The request that starts a video, with the wire names of the model's page. v2 (e.g. Kling 2.6,
 * https://docs.leonardo.ai/docs/kling-26): `{ model, public, parameters: { prompt, duration, width,
 * height, guidances: { start_frame: [{ image: { id, type } }], end_frame: […] } } }`, answered as
 * `generate`. v1 (SDK `createimagetovideogeneration.ts`): `{ prompt, imageId, imageType,
 * endFrameImage: { id, type }, model, resolution, width, height, duration, elements: [{ akUUID, weight }],
 * seed, negativePrompt, isPublic }` to
 * `/generations-image-to-video`, or without a start frame to `/generations-text-to-video`, answered
 * as `motionVideoGenerationJob`.
 */
export function buildVideoStart(request: VideoRequest): VideoStart {
	const { start, end } = request;
	if (request.model?.endpoint === 'v1') {
		const body: IDataObject = { prompt: request.prompt, model: request.modelId };
		if (start) Object.assign(body, { imageId: start.id, imageType: start.type });
		if (end) body.endFrameImage = { id: end.id, type: end.type };
		if (request.model.resolution) body.resolution = request.model.resolution;
		const duration = request.model.durationSent ? request.duration : undefined;
		Object.assign(body, definedOnly({ width: request.width, height: request.height, duration }));
		if (request.cameraMove) body.elements = [{ akUUID: request.cameraMove, weight: 1 }];
		Object.assign(
			body,
			definedOnly({ seed: request.seed, negativePrompt: request.negativePrompt }),
		);
		if (request.isPublic !== undefined) body.isPublic = request.isPublic;
		return {
			apiVersion: 'v1',
			path: start ? '/generations-image-to-video' : '/generations-text-to-video',
			body,
			responseKey: 'motionVideoGenerationJob',
		};
	}
	const parameters: IDataObject = {
		prompt: request.prompt,
		...definedOnly({ duration: request.duration, width: request.width, height: request.height }),
	};
	const size = request.model?.sizes.find(
		(s) => s.width === request.width && s.height === request.height,
	);
	if (size?.mode) parameters.mode = size.mode;
	if (request.audio !== undefined) parameters.motion_has_audio = request.audio;
	const guidances: IDataObject = {};
	if (start) guidances.start_frame = [{ image: { id: start.id, type: start.type } }];
	if (end) guidances.end_frame = [{ image: { id: end.id, type: end.type } }];
	if (start || end) parameters.guidances = guidances;
	const body: IDataObject = { model: request.modelId, parameters };
	if (request.isPublic !== undefined) body.public = request.isPublic;
	return { apiVersion: 'v2', path: '/generations', body, responseKey: 'generate' };
}

function definedOnly(values: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
