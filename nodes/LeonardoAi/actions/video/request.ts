import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import type { ImageSize } from '../../helpers/image';
import { aspectRatioDifference } from '../../helpers/image';
import { parameterLabel, parameterLabels } from '../../helpers/labels';
import { checkIdList } from '../../helpers/lists';
import {
	checkBoolean,
	checkId,
	checkJsonObject,
	checkNumber,
	checkText,
	readNumber,
	readOptionalId,
	readText,
} from '../../helpers/parameters';
import { readPrompt } from '../generation/body';
import { readImageReferences } from '../generation/v2';
import type { CatalogModel } from '../../catalog';
import { checkModelRequest, knownModel } from '../../catalog/forItem';
import type { FrameImage, VideoRequest, VideoStart } from './body';
import { buildVideoStart, v1CheckView } from './body';
import { DEFAULT_DURATION } from './descriptions';

/** Reading and checking a video request before anything is sent: what the model's page accepts. */

const FRAME_SOURCE =
	'Use json.id of "Init Image → Upload" (Uploaded Init Image) or a generated image\'s images[n].id (Generated Image).';

export function readFrame(
	this: IExecuteFunctions,
	frame: 'start' | 'end',
	itemIndex: number,
): FrameImage | undefined {
	const id = readOptionalId.call(this, `${frame}ImageId`, itemIndex, FRAME_SOURCE);
	if (!id) return undefined;
	return { id, type: readText.call(this, `${frame}ImageType`, itemIndex, 'UPLOADED') };
}

/** The node's parameter for each wire name it sets, so a refusal names the field the user sees. */
const FIELD_PARAMETERS = {
	prompt: 'prompt',
	duration: 'duration',
	width: 'width',
	height: 'height',
	motion_has_audio: 'options.audio',
	seed: 'options.seed',
	negative_prompt: 'options.negativePrompt',
	prompt_enhance: 'options.promptEnhance',
	controls: 'options.cameraMove',
};
/** `guidances` gathers several fields. */
const GUIDANCES = 'Image References, Video Reference or frames';

/**
 * Prompt, model, duration and size as the user set them; with Width and Height at 0, the model's
 * automatic size for the input image (Create From Image) or without one. A retired model or an image
 * model stops here.
 */
export function readVideoRequest(
	this: IExecuteFunctions,
	itemIndex: number,
	image?: ImageSize,
): VideoRequest {
	const modelId = readText.call(this, 'model', itemIndex).trim();
	if (!modelId) {
		throw new NodeOperationError(this.getNode(), 'The model is empty', {
			itemIndex,
			description: "Pick a video model, or enter a model ID from Leonardo's video guides.",
		});
	}
	const width = readNumber.call(this, 'width', { min: 0, integer: true }, itemIndex);
	const height = readNumber.call(this, 'height', { min: 0, integer: true }, itemIndex);
	if ((width === 0) !== (height === 0)) {
		throw new NodeOperationError(this.getNode(), 'Set both Width and Height, or leave both at 0', {
			itemIndex,
			description: 'With both at 0 the node picks the size.',
		});
	}
	const model = knownModel(this, itemIndex, 'video', modelId);
	return {
		modelId,
		model,
		prompt: readPrompt.call(this, itemIndex, Infinity),
		// Hidden (so left out by n8n) for the models that take no duration.
		duration: readNumber.call(
			this,
			'duration',
			{ min: 1, integer: true },
			itemIndex,
			DEFAULT_DURATION,
		),
		...(width ? { width, height } : model && automaticSize(model, image)),
	};
}

/**
 * The size the node picks when Width and Height are 0: the model's listed size closest in aspect
 * ratio to the image (ties: the first), so the video is not stretched; without an image, its
 * default size. A free-size model gets the image's own aspect ratio at its default short side (even
 * pixel counts, as video encoders need), or its default size.
 */
export function automaticSize(model: CatalogModel, image?: ImageSize): ImageSize | undefined {
	const { pairs, free, default: fallback } = model.sizes;
	if (free) {
		if (!fallback) return undefined;
		if (!image) return { ...fallback };
		const shortSide = Math.min(fallback.width, fallback.height);
		const even = (pixels: number) => Math.max(2, Math.round(pixels / 2) * 2);
		return image.width >= image.height
			? { width: even((shortSide * image.width) / image.height), height: shortSide }
			: { width: shortSide, height: even((shortSide * image.height) / image.width) };
	}
	if (!pairs?.length) return fallback && { ...fallback };
	const reference = image ?? fallback ?? pairs[0];
	// Equally close in shape: the one nearest the default's pixel count (its page's usual resolution);
	// without a default, the first in the page's table.
	const distance = (size: ImageSize) =>
		fallback ? Math.abs(size.width * size.height - fallback.width * fallback.height) : 0;
	const { width, height } = pairs.reduce((best, size) => {
		const difference =
			aspectRatioDifference(reference, size) - aspectRatioDifference(reference, best);
		return difference < -1e-9 || (Math.abs(difference) <= 1e-9 && distance(size) < distance(best))
			? size
			: best;
	});
	return { width, height };
}

/** The per-model options: Audio, Camera Move, Seed, Negative Prompt, Prompt Enhance (checked per model later). */
export function applyVideoOptions(
	this: IExecuteFunctions,
	request: VideoRequest,
	options: IDataObject,
	itemIndex: number,
): void {
	// Empty when not set: nothing is sent for it (buildVideoStart).
	request.cameraMove = checkText(
		this,
		parameterLabel(this, 'options.cameraMove', itemIndex),
		options.cameraMove ?? '',
		itemIndex,
	).trim();
	if (options.seed !== undefined)
		request.seed = checkNumber(
			this,
			parameterLabel(this, 'options.seed', itemIndex),
			options.seed,
			{ integer: true },
			itemIndex,
		);
	if (options.audio !== undefined)
		request.audio = checkBoolean(
			this,
			parameterLabel(this, 'options.audio', itemIndex),
			options.audio,
			itemIndex,
		);
	const negativePrompt = checkText(
		this,
		parameterLabel(this, 'options.negativePrompt', itemIndex),
		options.negativePrompt ?? '',
		itemIndex,
	).trim();
	if (negativePrompt) request.negativePrompt = negativePrompt;
	if (options.promptEnhance !== undefined)
		request.promptEnhance = checkBoolean(
			this,
			parameterLabel(this, 'options.promptEnhance', itemIndex),
			options.promptEnhance,
			itemIndex,
		);
	const references = readImageReferences.call(this, itemIndex, 'options.imageReferences');
	if (references.length)
		request.imageReferences = references.map(({ image }) => image as FrameImage);
	// Create From Video has no Video Reference options.
	const videoIdLabel =
		options.videoReferenceId === undefined
			? ''
			: parameterLabel(this, 'options.videoReferenceId', itemIndex);
	const videoId = checkText(this, videoIdLabel, options.videoReferenceId ?? '', itemIndex).trim();
	if (videoId) {
		const duration = checkNumber(
			this,
			parameterLabel(this, 'options.videoReferenceDuration', itemIndex),
			options.videoReferenceDuration ?? 0,
			{ min: 0 },
			itemIndex,
		);
		request.videoReference = {
			id: checkId(this, videoIdLabel, videoId, itemIndex, VIDEO_SOURCE),
			type: checkText(
				this,
				parameterLabel(this, 'options.videoReferenceType', itemIndex),
				options.videoReferenceType ?? 'GENERATED',
				itemIndex,
			),
			...(duration ? { duration } : {}),
		};
	}
	request.audioReferenceIds = checkIdList(
		this,
		parameterLabel(this, 'options.audioReferenceIds', itemIndex),
		options.audioReferenceIds ?? '',
		itemIndex,
		'Use the ID of an uploaded audio file.',
	);
}

const VIDEO_SOURCE =
	'Use the videos[n].id of a Video → Create output (the generated image that carries the MP4).';

/**
 * The start request with the user's "Public" and "Additional Parameters (JSON)" added, checked
 * against the model's page in the catalog (a v1 body, additions included, in its v2 view):
 * nothing is sent that the page does not accept. Warnings: a model the catalog does
 * not know was sent unchecked.
 */
export function videoStartWithOptions(
	this: IExecuteFunctions,
	request: VideoRequest,
	options: IDataObject,
	itemIndex: number,
): { start: VideoStart; warnings: string[] } {
	const isPublic =
		options.public === undefined
			? undefined
			: checkBoolean(
					this,
					parameterLabel(this, 'options.public', itemIndex),
					options.public,
					itemIndex,
				);
	const start = buildVideoStart({ ...request, isPublic });
	const parameter = 'options.additionalParameters';
	// The mode (v2) or resolution (v1) the node derives from the size gives way to one the user sets
	// (it is not a field of the node; Motion 2.0's 720p recipe sends RESOLUTION_720 with 832×480).
	const extra =
		options.additionalParameters === undefined
			? {}
			: checkJsonObject(
					this,
					parameterLabel(this, parameter, itemIndex),
					options.additionalParameters,
					itemIndex,
				);
	const sets = (key: string) => Object.prototype.hasOwnProperty.call(extra, key);
	if (start.apiVersion === 'v2') {
		const parameters = start.body.parameters as IDataObject;
		if (sets('mode')) delete parameters.mode;
		start.body.parameters = withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			parameter,
		);
	} else {
		if (sets('resolution')) delete start.body.resolution;
		start.body = withAdditionalFields.call(
			this,
			start.body,
			options.additionalParameters,
			itemIndex,
			parameter,
		);
	}
	const unchecked = checkModelRequest(
		this,
		itemIndex,
		request.model,
		request.modelId,
		start.apiVersion === 'v2' ? (start.body.parameters as IDataObject) : v1CheckView(start.body),
		{ ...parameterLabels(this, FIELD_PARAMETERS, itemIndex), guidances: GUIDANCES },
	);
	const warnings = [...unchecked];
	const { model } = request;
	if (model && !model.durations && request.duration !== DEFAULT_DURATION)
		warnings.push(
			`Duration was not sent: ${model.name} takes none, its videos have their own length (${model.docs})`,
		);
	return { start, warnings };
}
