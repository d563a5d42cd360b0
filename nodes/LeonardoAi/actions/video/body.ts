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
	/** v1 (SDK schema) `seed`, `negativePrompt`, `promptEnhance`; v2 where the page has them. */
	seed?: number;
	negativePrompt?: string;
	promptEnhance?: boolean;
}

/** The start request: v2 `POST /v2/generations` or a v1 video endpoint. */
export type VideoStart = GenerationStartRequest;

/**
 * The request that starts a video, with the wire names of the model's page. v2 (e.g. Kling 2.6,
 * https://docs.leonardo.ai/docs/kling-26): `{ model, public, parameters: { prompt, duration, width,
 * height, guidances: { start_frame: [{ image: { id, type } }], end_frame: […] } } }`, answered as
 * `generate`; the other v2 fields (quantity, mode, motion_has_audio, seed, negative_prompt,
 * prompt_enhance, controls) as the model's page names them (models.ts cites each page). v1 (SDK `createimagetovideogeneration.ts`): `{ prompt, imageId, imageType,
 * endFrameImage: { id, type }, model, resolution, width, height, duration, elements: [{ akUUID, weight }],
 * seed, negativePrompt, promptEnhance, isPublic }` to
 * `/generations-image-to-video`, or without a start frame to `/generations-text-to-video`, answered
 * as `motionVideoGenerationJob`.
 */
export function buildVideoStart(request: VideoRequest): VideoStart {
	const { start, end } = request;
	if (request.model?.endpoint === 'v1') {
		const body: IDataObject = { prompt: request.prompt, model: request.modelId };
		if (start) Object.assign(body, { imageId: start.id, imageType: start.type });
		if (end) body.endFrameImage = { id: end.id, type: end.type };
		const resolution = sizeOf(request)?.mode ?? request.model.resolution;
		if (resolution) body.resolution = resolution;
		const duration = request.model.durationSent ? request.duration : undefined;
		Object.assign(body, definedOnly({ width: request.width, height: request.height, duration }));
		if (request.cameraMove) body.elements = [{ akUUID: request.cameraMove, weight: 1 }];
		Object.assign(
			body,
			definedOnly({
				seed: request.seed,
				negativePrompt: request.negativePrompt,
				promptEnhance: request.promptEnhance,
			}),
		);
		if (request.isPublic !== undefined) body.isPublic = request.isPublic;
		return {
			apiVersion: 'v1',
			path: start ? '/generations-image-to-video' : '/generations-text-to-video',
			body,
			responseKey: 'motionVideoGenerationJob',
		};
	}
	const model = request.model;
	const duration = !model || model.durationSent ? request.duration : undefined;
	const parameters: IDataObject = {
		prompt: request.prompt,
		...(model?.quantity ? { quantity: 1 } : {}),
		...definedOnly({ duration, width: request.width, height: request.height }),
	};
	const mode = sizeOf(request)?.mode ?? freeSizeMode(request);
	if (mode) parameters.mode = mode;
	Object.assign(
		parameters,
		definedOnly({
			motion_has_audio: request.audio,
			seed: request.seed,
			negative_prompt: request.negativePrompt,
		}),
	);
	if (request.promptEnhance !== undefined)
		parameters.prompt_enhance = request.promptEnhance ? 'ON' : 'OFF';
	if (request.cameraMove) parameters.controls = [{ akUUID: request.cameraMove, weight: 1 }];
	const guidances: IDataObject = {};
	if (start) guidances.start_frame = [{ image: { id: start.id, type: start.type } }];
	if (end) guidances.end_frame = [{ image: { id: end.id, type: end.type } }];
	if (start || end) parameters.guidances = guidances;
	const body: IDataObject = { model: request.modelId, parameters };
	if (request.isPublic !== undefined) body.public = request.isPublic;
	return { apiVersion: 'v2', path: '/generations', body, responseKey: 'generate' };
}

/** The model's listed size the request has, with its `mode`. */
function sizeOf(request: VideoRequest) {
	return request.model?.sizes.find(
		(size) => size.width === request.width && size.height === request.height,
	);
}

/** A free-size model's `mode` for the request's short side (its page's resolution steps). */
function freeSizeMode(request: VideoRequest): string | undefined {
	if (request.width === undefined || request.height === undefined) return undefined;
	const shortSide = Math.min(request.width, request.height);
	return request.model?.freeSize?.modes?.find(([upTo]) => shortSide <= upTo)?.[1];
}

function definedOnly(values: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
