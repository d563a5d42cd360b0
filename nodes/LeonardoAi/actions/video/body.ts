import type { IDataObject } from 'n8n-workflow';

import type { GenerationStartRequest } from '../generation/api';
import type { CatalogModel } from '../../catalog';

/** An image Leonardo knows: an uploaded init image or a generated image. */
export interface FrameImage {
	id: string;
	type: string;
}

export interface VideoRequest {
	/** The model ID on the wire; `model` is its documented spec when there is one. */
	modelId: string;
	model?: CatalogModel;
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
	/** v2 `guidances.image_reference`, `video_reference_base`, `audio_reference`. */
	imageReferences?: FrameImage[];
	videoReference?: FrameImage & { duration?: number; width?: number; height?: number };
	audioReferenceIds?: string[];
}

/** The start request: v2 `POST /v2/generations` or a v1 video endpoint. */
export type VideoStart = GenerationStartRequest;

/**
 * The v2 `parameters` for the request, with the wire names of the model's page (Kling 2.6,
 * https://docs.leonardo.ai/docs/kling-26: prompt, duration, width, height, guidances.start_frame /
 * end_frame of [{ image: { id, type } }]; image_reference of [{ image: { id, type } }] and
 * video_reference_base of [{ video: { id, type, duration } }] as the v2 reference has them
 * (https://docs.leonardo.ai/reference/creategeneration; Kling O3's video reference:
 * https://docs.leonardo.ai/recipes/edit-with-kling-o3-using-video-reference); audio_reference of
 * [{ audio: { id, type: "UPLOADED" } }] — that an uploaded media ID is what `audio.id` takes is
 * inferred (no page states it); the others — quantity, motion_has_audio, seed,
 * negative_prompt, prompt_enhance, controls — as each model's page in the catalog names them). A v1
 * model is sent in its own shape (buildVideoStart) and checked in this one (v1CheckView).
 */
export function videoParameters(request: VideoRequest): IDataObject {
	const { model, start, end } = request;
	const parameters: IDataObject = {
		prompt: request.prompt,
		...(model?.quantity ? { quantity: 1 } : {}),
		...definedOnly({
			duration: !model || model.durations ? request.duration : undefined,
			width: request.width,
			height: request.height,
			// A mode the model lists among its choices is deprecated in the spec: the size says it.
			mode:
				model?.endpoint === 'v2'
					? (resolutionMode(request) ?? (model.choices?.mode ? undefined : pairOf(request)?.mode))
					: undefined,
			motion_has_audio: request.audio,
			seed: request.seed,
			negative_prompt: request.negativePrompt,
		}),
	};
	if (request.promptEnhance !== undefined)
		parameters.prompt_enhance = request.promptEnhance ? 'ON' : 'OFF';
	if (request.cameraMove) parameters.controls = [{ akUUID: request.cameraMove, weight: 1 }];
	const guidances: IDataObject = {};
	if (start) guidances.start_frame = [{ image: { id: start.id, type: start.type } }];
	if (end) guidances.end_frame = [{ image: { id: end.id, type: end.type } }];
	if (request.imageReferences?.length)
		guidances.image_reference = request.imageReferences.map(({ id, type }) => ({
			image: { id, type },
		}));
	const video = request.videoReference;
	if (video)
		guidances.video_reference_base = [
			{
				video: {
					id: video.id,
					type: video.type,
					...definedOnly({ duration: video.duration, width: video.width, height: video.height }),
				},
			},
		];
	if (request.audioReferenceIds?.length)
		guidances.audio_reference = request.audioReferenceIds.map((id) => ({
			audio: { id, type: 'UPLOADED' },
		}));
	if (Object.keys(guidances).length) parameters.guidances = guidances;
	return parameters;
}

/**
 * The request that starts a video: v2 `{ model, public, parameters }` to `POST /v2/generations`
 * (https://docs.leonardo.ai/reference/creategeneration), answered as `generate`; or v1 (SDK
 * `createimagetovideogeneration.ts`): `{ prompt, imageId, imageType, endFrameImage: { id, type },
 * model, resolution, width, height, duration, elements: [{ akUUID, weight }], seed, negativePrompt,
 * promptEnhance, isPublic }` to `/generations-image-to-video`, or without a start frame to
 * `/generations-text-to-video`, answered as `motionVideoGenerationJob`.
 */
export function buildVideoStart(request: VideoRequest): VideoStart {
	const { start, end, model } = request;
	if (model?.endpoint === 'v1') {
		const body: IDataObject = { prompt: request.prompt, model: request.modelId };
		if (start) Object.assign(body, { imageId: start.id, imageType: start.type });
		if (end) body.endFrameImage = { id: end.id, type: end.type };
		const resolution = pairOf(request)?.resolution ?? model.v1Resolution;
		if (resolution) body.resolution = resolution;
		const duration = model.durations ? request.duration : undefined;
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
	const body: IDataObject = { model: request.modelId, parameters: videoParameters(request) };
	if (request.isPublic !== undefined) body.public = request.isPublic;
	return { apiVersion: 'v2', path: '/generations', body, responseKey: 'generate' };
}

/**
 * A v1 body (buildVideoStart's, with the user's additions) in the v2 names the catalog check reads:
 * imageId/imageType → guidances.start_frame, endFrameImage → end_frame, elements → controls,
 * negativePrompt, promptEnhance (boolean → ON/OFF); `model` and `isPublic` are not the model's
 * parameters; any other field is kept as sent, so the check refuses one the model does not list.
 */
export function v1CheckView(body: IDataObject): IDataObject {
	const { imageId, imageType, endFrameImage, elements, negativePrompt, promptEnhance, ...rest } =
		body;
	const view: IDataObject = { ...rest };
	delete view.model;
	delete view.isPublic;
	if (negativePrompt !== undefined) view.negative_prompt = negativePrompt;
	if (promptEnhance !== undefined)
		view.prompt_enhance =
			promptEnhance === true ? 'ON' : promptEnhance === false ? 'OFF' : promptEnhance;
	if (elements !== undefined) view.controls = elements;
	const guidances: IDataObject = {};
	if (imageId !== undefined || imageType !== undefined)
		guidances.start_frame = [{ image: { id: imageId, type: imageType } }];
	if (endFrameImage !== undefined) guidances.end_frame = [{ image: endFrameImage }];
	if (Object.keys(guidances).length) view.guidances = guidances;
	return view;
}

/**
 * A free-size model whose page has `mode` RESOLUTION_480/720/1080 (Seedance 2.0,
 * https://docs.leonardo.ai/docs/seedance-20): the smallest one that holds the short side, since
 * Leonardo checks an explicit size against the mode (its default 720 would refuse a 1080p size).
 * None where the spec deprecates the mode (the catalog's `deprecated`).
 */
export function resolutionMode(request: VideoRequest): string | undefined {
	const { model, width, height } = request;
	if (!model?.sizes.free || width === undefined || height === undefined) return undefined;
	if (model.choices?.mode?.deprecated) return undefined;
	const shortSide = Math.min(width, height);
	return (model.choices?.mode?.values ?? [])
		.map((value) => ({ value, lines: Number(/^RESOLUTION_(\d+)$/.exec(value)?.[1]) }))
		.filter(({ lines }) => lines >= shortSide)
		.sort((a, b) => a.lines - b.lines)[0]?.value;
}

/** The model's listed size pair the request has, with its `mode` or v1 `resolution`. */
function pairOf(request: VideoRequest) {
	return request.model?.sizes.pairs?.find(
		(size) => size.width === request.width && size.height === request.height,
	);
}

function definedOnly(values: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
