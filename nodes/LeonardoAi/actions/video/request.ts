import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import type { ImageSize } from '../../helpers/image';
import { aspectRatioDifference } from '../../helpers/image';
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
	const label = frame === 'start' ? 'Start Frame Image' : 'End Frame Image';
	const id = readOptionalId.call(this, `${frame}ImageId`, `${label} ID`, itemIndex, FRAME_SOURCE);
	if (!id) return undefined;
	return {
		id,
		type: readText.call(this, `${frame}ImageType`, `${label} Type`, itemIndex, 'UPLOADED'),
	};
}

/** The node's field for each wire name it sets, so a refusal names what the user sees. */
const FIELD_LABELS = {
	prompt: 'Prompt',
	duration: 'Duration (Seconds)',
	width: 'Width',
	height: 'Height',
	motion_has_audio: 'Audio',
	seed: 'Seed',
	negative_prompt: 'Negative Prompt',
	prompt_enhance: 'Prompt Enhance',
	controls: 'Camera Move',
	guidances: 'Image References, Video Reference or frames',
};

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
	const model = knownModel(this, itemIndex, 'video', modelId);
	return {
		modelId,
		model,
		prompt: readPrompt.call(this, itemIndex, Infinity),
		// Hidden (so left out by n8n) for the models that take no duration.
		duration: readNumber.call(
			this,
			'duration',
			'Duration (Seconds)',
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
	request.cameraMove = checkText(this, 'Camera Move', options.cameraMove ?? '', itemIndex).trim();
	if (options.seed !== undefined)
		request.seed = checkNumber(this, 'Seed', options.seed, { integer: true }, itemIndex);
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
	const references = readImageReferences.call(this, itemIndex, 'options.imageReferences');
	if (references.length)
		request.imageReferences = references.map(({ image }) => image as FrameImage);
	const videoId = checkText(
		this,
		'Video Reference ID',
		options.videoReferenceId ?? '',
		itemIndex,
	).trim();
	if (videoId) {
		const duration = checkNumber(
			this,
			'Video Reference Duration (Seconds)',
			options.videoReferenceDuration ?? 0,
			{ min: 0 },
			itemIndex,
		);
		request.videoReference = {
			id: checkId(this, 'Video Reference ID', videoId, itemIndex, VIDEO_SOURCE),
			type: checkText(
				this,
				'Video Reference Type',
				options.videoReferenceType ?? 'GENERATED',
				itemIndex,
			),
			...(duration ? { duration } : {}),
		};
	}
	request.audioReferenceIds = checkIdList(
		this,
		'Audio Reference IDs',
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
			: checkBoolean(this, 'Public', options.public, itemIndex);
	const start = buildVideoStart({ ...request, isPublic });
	const label = 'Additional Parameters (JSON)';
	// The mode (v2) or resolution (v1) the node derives from the size gives way to one the user sets
	// (it is not a field of the node; Motion 2.0's 720p recipe sends RESOLUTION_720 with 832×480).
	const extra = checkJsonObject(this, label, options.additionalParameters, itemIndex);
	const sets = (key: string) => Object.prototype.hasOwnProperty.call(extra, key);
	if (start.apiVersion === 'v2') {
		const parameters = start.body.parameters as IDataObject;
		if (sets('mode')) delete parameters.mode;
		start.body.parameters = withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			label,
		);
	} else {
		if (sets('resolution')) delete start.body.resolution;
		start.body = withAdditionalFields.call(
			this,
			start.body,
			options.additionalParameters,
			itemIndex,
			label,
		);
	}
	const unchecked = checkModelRequest(
		this,
		itemIndex,
		request.model,
		request.modelId,
		start.apiVersion === 'v2' ? (start.body.parameters as IDataObject) : v1CheckView(start.body),
		FIELD_LABELS,
	);
	const warnings = [...unchecked];
	const { model } = request;
	if (model && !model.durations && request.duration !== DEFAULT_DURATION)
		warnings.push(
			`Duration was not sent: ${model.name} takes none, its videos have their own length (${model.docs})`,
		);
	return { start, warnings };
}
