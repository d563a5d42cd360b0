'use strict';
// Video generations: v2 `POST /v2/generations` with a video model, and v1
// `POST /generations-image-to-video` / `-text-to-video` (their body shape is the SDK's, checked by
// contract.js). The result is read with GET /generations/{id}: motionMP4URL on the generated image.
const { apiJson } = require('../common');
const { costFields } = require('./pricing');
const { isVideoModel, validateV2Body, v2KnownIn } = require('./v2models');

const LANDSCAPE = [1920, 1080];
const SQUARE = [1440, 1440];
const PORTRAIT = [1080, 1920];

/**
 * What each v1 model accepts, from its docs.leonardo.ai page:
 * KLING2_5 https://docs.leonardo.ai/docs/kling-2-5-turbo,
 * KLING2_1 https://docs.leonardo.ai/docs/generate-with-kling-21-pro-using-start-and-end-frame,
 * MOTION2 https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images; the others
 * beside their entries. The v2 video models' rules are in v2models.js.
 */
const V1_VIDEO_MODELS = {
	KLING2_5: {
		sizes: [LANDSCAPE, PORTRAIT, SQUARE],
		durations: [5, 10],
		endFrame: true,
		startFrame: false,
	},
	// https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images: no size, no duration.
	MOTION2: { sizes: null, durations: null, endFrame: false, startFrame: false },
	KLING2_1: { sizes: [LANDSCAPE, PORTRAIT], durations: [5, 10], endFrame: true, startFrame: true },
	// https://docs.leonardo.ai/docs/veo-31: image-to-video only in its pages, 4, 6 or 8 s, 1920×1080 with
	// RESOLUTION_1080 and 1280×720 with RESOLUTION_720, end frame with a start frame.
	VEO3_1: {
		sizes: [LANDSCAPE, [1280, 720]],
		resolutions: { RESOLUTION_1080: [LANDSCAPE], RESOLUTION_720: [[1280, 720]] },
		durations: [4, 6, 8],
		endFrame: true,
		startFrame: true,
	},
};

function checkSizeAndDuration(spec, name, width, height, duration) {
	if ((width === undefined) !== (height === undefined))
		return [400, 'width and height must be supplied together', 'validation-failed'];
	if (spec.sizes === 'any') {
		if (width !== undefined && !(isPositiveInteger(width) && isPositiveInteger(height)))
			return [400, `width and height must be positive integers for ${name}`, 'validation-failed'];
	} else if (
		spec.sizes &&
		!(width === undefined && spec.sizeOptional) &&
		!spec.sizes.some(([w, h]) => w === width && h === height)
	) {
		const sizes = spec.sizes.map(([w, h]) => `${w}x${h}`).join(', ');
		return [400, `invalid dimensions for ${name}: use one of ${sizes}`, 'unexpected'];
	}
	if (duration !== undefined && !spec.durations) {
		// SDK: "Allowed values: 4, 6, or 8 on models VEO3 and VEO3FAST … and 5 or 10 on model KLING2_5".
		return [400, `duration is not supported for ${name}`, 'validation-failed'];
	}
	if (duration !== undefined && !spec.durations.includes(duration)) {
		return [
			400,
			`invalid duration for ${name}: use one of ${spec.durations.join(', ')}`,
			'unexpected',
		];
	}
	return undefined;
}

const isPositiveInteger = (value) => Number.isInteger(value) && value > 0;

function videoRoutes({ state, createJob, charge, price }) {
	const imageKnown = (image) =>
		image?.type === 'UPLOADED'
			? state.initImages.has(image.id) && state.objects.has(state.initImages.get(image.id).key)
			: image?.type === 'GENERATED'
				? state.generatedImages.has(image.id)
				: false;

	/**
	 * The v2 check for a video model's body (v2models.js), for callers that only hold a video body:
	 * undefined when the model is not a v2 video model, else { problem }.
	 */
	function validateV2Video(body) {
		if (!isVideoModel(body?.model)) return undefined;
		return { problem: validateV2Body(body, v2KnownIn(state)) };
	}

	function startV1Video(body, res, fail, fromImage) {
		const spec = V1_VIDEO_MODELS[body.model ?? 'MOTION2'];
		if (!spec)
			return fail([400, `model ${body.model} is not available in the sandbox`, 'unexpected']);
		if (spec.startFrame && !fromImage)
			return fail([400, `${body.model} needs a start frame (imageId)`, 'unexpected']);
		if (fromImage && !imageKnown({ id: body.imageId, type: body.imageType }))
			return fail([400, "couldn't access image", 'unexpected']);
		if (body.endFrameImage && (!spec.endFrame || !imageKnown(body.endFrameImage))) {
			return fail([400, `invalid end frame for ${body.model}`, 'unexpected']);
		}
		const problem = checkSizeAndDuration(spec, body.model, body.width, body.height, body.duration);
		if (problem) return fail(problem);
		const paired = spec.resolutions?.[body.resolution];
		if (spec.resolutions && !paired?.some(([w, h]) => w === body.width && h === body.height)) {
			return fail([
				400,
				`${body.width}x${body.height} does not go with ${body.resolution} on ${body.model}`,
				'unexpected',
			]);
		}
		// Motion 2.0 is sent without a size: the sandbox's clip is then 16:9 (only the still shows it).
		const job = createJob(
			{ prompt: body.prompt, modelId: body.model, public: body.isPublic },
			body.width ?? 1280,
			body.height ?? 720,
			1,
			false,
			true,
		);
		// Motion 2.0 is the pricing calculator's MOTION_VIDEO_GENERATION (priced by resolution).
		const cost = charge(
			fromImage ? '/generations-image-to-video' : '/generations-text-to-video',
			body.model === 'MOTION2'
				? price('MOTION_VIDEO_GENERATION', { resolution: body.resolution })[0]
				: (body.duration ?? 5) * 20,
		);
		return apiJson(res, 200, {
			motionVideoGenerationJob: { generationId: job.id, ...costFields(cost) },
		});
	}

	return {
		validateV2Video,
		routes: [
			{
				method: 'POST',
				path: '/generations-image-to-video',
				handle: ({ body, res, fail }) => startV1Video(body, res, fail, true),
			},
			{
				method: 'POST',
				path: '/generations-text-to-video',
				handle: ({ body, res, fail }) => startV1Video(body, res, fail, false),
			},
		],
	};
}

module.exports = { videoRoutes, V1_VIDEO_MODELS };
