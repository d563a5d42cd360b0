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
} from '../../helpers/parameters';
import { readPrompt } from '../generation/body';
import type { FrameImage, VideoRequest, VideoStart } from './body';
import { buildVideoStart } from './body';
import type { VideoModel } from './models';
import { findVideoModel, sizeList } from './models';

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

/** Prompt, model, duration and size as the user set them; 0 × 0 = the size is chosen later. */
export function readVideoRequest(this: IExecuteFunctions, itemIndex: number): VideoRequest {
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
		...(width ? { width, height } : {}),
	};
}

/** The model's size closest in aspect ratio to the image: the video is not stretched (ties: the first). */
export function closestSize(model: VideoModel, image: ImageSize): ImageSize {
	const { width, height } = model.sizes.reduce((best, size) =>
		aspectRatioDifference(image, size) < aspectRatioDifference(image, best) ? size : best,
	);
	return { width, height };
}

function refuse(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
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
	if (
		width !== undefined &&
		model.sizes.length &&
		!model.sizes.some((size) => size.width === width && size.height === height)
	) {
		refuse(
			this,
			itemIndex,
			`${model.name} does not make ${width}×${height} videos`,
			`It makes ${sizeList(model)} (${model.docs}). Leave Width and Height at 0 to pick automatically.`,
		);
	}
	if (duration !== undefined && !model.durations.includes(duration)) {
		refuse(
			this,
			itemIndex,
			`${model.name} does not make ${duration}-second videos`,
			model.durationSent
				? `Use ${model.durations.join(' or ')} seconds (${model.docs}).`
				: `It makes ${model.durations.join(' or ')}-second videos and takes no duration (${model.docs}).`,
		);
	}
	if (model.startFrame === 'required' && !request.start) {
		refuse(
			this,
			itemIndex,
			`${model.name} needs a start frame`,
			'Fill in "Start Frame Image ID", or use Video → Create From Image with an input image.',
		);
	}
	if (request.end && !model.endFrame) {
		refuse(
			this,
			itemIndex,
			`${model.name} takes no end frame`,
			'Clear "End Frame Image ID", or pick a model that takes one (Kling 3.0, Kling 2.5 Turbo, Kling 2.1 Pro).',
		);
	}
	if (request.cameraMove && !model.cameraMoves) {
		refuse(
			this,
			itemIndex,
			`${model.name} takes no Camera Move`,
			'Camera moves (Motion Control) are for Motion 2.0. Remove the option, or pick Motion 2.0.',
		);
	}
	if (request.audio !== undefined && !model.audio) {
		refuse(
			this,
			itemIndex,
			`${model.name} takes no Audio option`,
			`Its page has no generated sound. Remove the option (${model.docs}).`,
		);
	}
	if ((request.seed !== undefined || request.negativePrompt) && model.endpoint !== 'v1') {
		refuse(
			this,
			itemIndex,
			`Seed and Negative Prompt are not on ${model.name}'s page`,
			`Remove them, or send the model's own fields with "Additional Parameters (JSON)" (${model.docs}).`,
		);
	}
	if (request.end && !request.start) {
		refuse(
			this,
			itemIndex,
			'An end frame needs a start frame',
			'Fill in "Start Frame Image ID" too.',
		);
	}
}

/** The per-model options: Audio (Kling 3.0), Camera Move (Motion 2.0), the v1 endpoint's Seed and Negative Prompt. */
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
