import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import type { ImageSize } from '../../helpers/image';
import { aspectRatioDifference } from '../../helpers/image';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readNumber,
	readOptionalId,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import { readPrompt } from '../generation/body';
import type { FrameImage, VideoRequest, VideoStart } from './body';
import { buildVideoStart } from './body';
import type { VideoModel } from './models';
import { durationList, findVideoModel, modelNames, sizeList } from './models';

/** Reading and checking a video request before anything is sent: what the model's page accepts. */

const FRAME_SOURCE =
	'Use json.id of "Init Image → Upload" (Uploaded Init Image) or a generated image\'s images[n].id (Generated Image).';

export function readFrame(
	this: IExecuteFunctions,
	frame: 'start' | 'end',
	itemIndex: number,
): FrameImage | undefined {
	const label = frame === 'start' ? 'Start Frame Image' : 'End Frame Image';
	const id = readOptionalId.call(this, `${frame}ImageId`, `${label} ID`, itemIndex, FRAME_SOURCE);
	if (!id) return undefined;
	return {
		id,
		type: readText.call(this, `${frame}ImageType`, `${label} Type`, itemIndex, 'UPLOADED'),
	};
}

/**
 * Prompt, model, duration and size as the user set them; with Width and Height at 0, the model's
 * automatic size for the input image (Create From Image) or without one.
 */
export function readVideoRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	image?: ImageSize,
): VideoRequest {
	const modelId = readText.call(this, 'model', 'Model', itemIndex).trim();
	if (!modelId) {
		throw new NodeOperationError(this.getNode(), 'The model is empty', {
			itemIndex,
			description: "Pick a video model, or enter a model ID from Leonardo's video guides.",
		});
	}
	const width = readNumber.call(this, 'width', 'Width', { min: 0, integer: true }, itemIndex);
	const height = readNumber.call(this, 'height', 'Height', { min: 0, integer: true }, itemIndex);
	if ((width === 0) !== (height === 0)) {
		throw new NodeOperationError(this.getNode(), 'Set both Width and Height, or leave both at 0', {
			itemIndex,
			description: 'With both at 0 the node picks the size.',
		});
	}
	const model = findVideoModel(modelId);
	return {
		modelId,
		model,
		prompt: readPrompt.call(this, itemIndex, model?.promptMax),
		duration: readNumber.call(
			this,
			'duration',
			'Duration (Seconds)',
			{ min: 1, integer: true },
			itemIndex,
		),
		...(width ? { width, height } : model && automaticSize(model, image)),
	};
}

/**
 * The size the node picks when Width and Height are 0: the model's size closest in aspect ratio to
 * the image (ties: the first), so the video is not stretched; without an image, its first size. A
 * free-size model gets the image's own aspect ratio at its default short side (even pixel counts,
 * as video encoders need), or its default size.
 */
export function automaticSize(model: VideoModel, image?: ImageSize): ImageSize | undefined {
	if (model.freeSize) {
		const fallback = model.freeSize.default;
		if (!image) return { ...fallback };
		const shortSide = Math.min(fallback.width, fallback.height);
		const even = (pixels: number) => Math.max(2, Math.round(pixels / 2) * 2);
		return image.width >= image.height
			? { width: even((shortSide * image.width) / image.height), height: shortSide }
			: { width: shortSide, height: even((shortSide * image.height) / image.width) };
	}
	if (!model.sizes.length) return undefined;
	const reference = image ?? model.sizes[0];
	const { width, height } = model.sizes.reduce((best, size) =>
		aspectRatioDifference(reference, size) < aspectRatioDifference(reference, best) ? size : best,
	);
	return { width, height };
}

/** Checks the request against the model's page (a model not in the list is left to Leonardo). */
export function checkVideoRequest(
	this: IExecuteFunctions,
	request: VideoRequest,
	itemIndex: number,
): void {
	const model = request.model;
	if (!model) return;
	const { width, height, duration } = request;
	const modes = model.freeSize?.modes ?? [];
	const largest = modes[modes.length - 1];
	if (
		width !== undefined &&
		height !== undefined &&
		largest &&
		Math.min(width, height) > largest[0]
	) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} does not make ${width}×${height} videos`,
			`Its largest resolution is ${largest[0]}p (mode ${largest[1]}): the shorter side can be at most ${largest[0]} pixels (${model.docs}).`,
		);
	}
	if (
		width !== undefined &&
		model.sizes.length &&
		!model.sizes.some((size) => size.width === width && size.height === height)
	) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} does not make ${width}×${height} videos`,
			`It makes ${sizeList(model)} (${model.docs}). Leave Width and Height at 0 to pick automatically.`,
		);
	}
	if (duration !== undefined && model.durations.length && !model.durations.includes(duration)) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} does not make ${duration}-second videos`,
			model.durationSent
				? `Use ${durationList(model)} seconds (${model.docs}).`
				: `It makes ${durationList(model)}-second videos and takes no duration (${model.docs}).`,
		);
	}
	if (model.startFrame === 'required' && !request.start) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} needs a start frame`,
			'Fill in "Start Frame Image ID", or use Video → Create From Image with an input image.',
		);
	}
	if (request.end && !model.endFrame) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes no end frame`,
			`Clear "End Frame Image ID", or pick a model that takes one (${modelNames((model) => model.endFrame)}).`,
		);
	}
	if (request.cameraMove && !model.cameraMoves) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes no Camera Move`,
			`Camera moves (Motion Control) are for ${modelNames((model) => model.cameraMoves)}. Remove the option, or pick one of them.`,
		);
	}
	if (request.audio !== undefined && !model.audio) {
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes no Audio option`,
			`Its page has no generated sound. Remove the option (${model.docs}).`,
		);
	}
	const v1 = model.endpoint === 'v1';
	const unsupported = [
		request.seed !== undefined && !v1 && !model.seed && 'Seed',
		request.negativePrompt && !v1 && !model.negativePrompt && 'Negative Prompt',
		request.promptEnhance !== undefined && !v1 && !model.promptEnhance && 'Prompt Enhance',
	].filter((name): name is string => Boolean(name));
	if (unsupported.length) {
		refuseItem(
			this,
			itemIndex,
			`${unsupported.join(' and ')} ${unsupported.length > 1 ? 'are' : 'is'} not on ${model.name}'s page`,
			`Remove ${unsupported.length > 1 ? 'them' : 'it'}, or send the model's own fields with "Additional Parameters (JSON)" (${model.docs}).`,
		);
	}
	if (request.end && !request.start) {
		refuseItem(
			this,
			itemIndex,
			'An end frame needs a start frame',
			'Fill in "Start Frame Image ID" too.',
		);
	}
}

/** The per-model options: Audio, Camera Move, Seed, Negative Prompt, Prompt Enhance (checked per model later). */
export function applyVideoOptions(
	this: IExecuteFunctions,
	request: VideoRequest,
	options: IDataObject,
	itemIndex: number,
): void {
	const cameraMove = checkText(this, 'Camera Move', options.cameraMove ?? '', itemIndex).trim();
	if (cameraMove) request.cameraMove = cameraMove;
	if (options.seed !== undefined) {
		request.seed = checkNumber(
			this,
			'Seed',
			options.seed,
			{ min: 0, max: 2147483637, integer: true },
			itemIndex,
		);
	}
	if (options.audio !== undefined)
		request.audio = checkBoolean(this, 'Audio', options.audio, itemIndex);
	const negativePrompt = checkText(
		this,
		'Negative Prompt',
		options.negativePrompt ?? '',
		itemIndex,
	).trim();
	if (negativePrompt) request.negativePrompt = negativePrompt;
	if (options.promptEnhance !== undefined)
		request.promptEnhance = checkBoolean(this, 'Prompt Enhance', options.promptEnhance, itemIndex);
}

/** The start request with the user's "Public" and "Additional Parameters (JSON)" added. */
export function videoStartWithOptions(
	this: IExecuteFunctions,
	request: VideoRequest,
	options: IDataObject,
	itemIndex: number,
): VideoStart {
	const isPublic =
		options.public === undefined
			? undefined
			: checkBoolean(this, 'Public', options.public, itemIndex);
	const start = buildVideoStart({ ...request, isPublic });
	const label = 'Additional Parameters (JSON)';
	if (start.apiVersion === 'v2') {
		const parameters = start.body.parameters as IDataObject;
		start.body.parameters = withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			label,
		);
	} else {
		start.body = withAdditionalFields.call(
			this,
			start.body,
			options.additionalParameters,
			itemIndex,
			label,
		);
	}
	return start;
}
