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
 * What each v1 model accepts, from its docs.leonardo.ai pages (written from them, not from the node's
 * catalog; the fixtures in test/fixtures/modelPages.js V1_VIDEO_PAGES hold each rule's source):
 * KLING2_5 https://docs.leonardo.ai/docs/kling-2-5-turbo,
 * KLING2_1 https://docs.leonardo.ai/docs/generate-with-kling-21-pro-using-start-and-end-frame,
 * MOTION2 https://docs.leonardo.ai/recipes/generate-with-motion-20-using-generated-images; the others
 * beside their entries. The v2 video models' rules are in v2models.js. `resolutions`: each
 * resolution with the sizes it goes with ('any': not tied to a size); `resolutionRequired`: refused
 * without one. `elements`: SDK "Elements are only supported for Motion2.0 generations".
 */
const V1_VIDEO_MODELS = {
	// Page: 1920×1080, 1080×1920, 1440×1440 ("specified outside of this will not be accepted"),
	// resolution "Set to RESOLUTION_1080", duration 5 or 10, end frame only with a start frame.
	KLING2_5: {
		sizes: [LANDSCAPE, PORTRAIT, SQUARE],
		resolutions: { RESOLUTION_1080: 'any' },
		durations: [5, 10],
		endFrame: true,
		startFrame: false,
	},
	// Recipes (…-using-generated-images, …-480p-/-720p-using-text-prompts): no duration; 832×480 or no
	// size (no v1 size list: not checked); RESOLUTION_480 or RESOLUTION_720, the 720p one with 832×480;
	// SDK: seed at most 2147483637 for Motion 2.0.
	MOTION2: {
		sizes: null,
		resolutions: { RESOLUTION_480: 'any', RESOLUTION_720: 'any' },
		durations: null,
		endFrame: false,
		startFrame: false,
		elements: true,
		seedMax: 2147483637,
	},
	KLING2_1: { sizes: [LANDSCAPE, PORTRAIT], durations: [5, 10], endFrame: true, startFrame: true },
	// https://docs.leonardo.ai/recipes/generate-with-veo31-1080p-using-text-prompts (text to video,
	// 1920×1080 with RESOLUTION_1080) and …/generate-with-veo31-1080p-8s-using-start-and-end-frame
	// (1280×720 with RESOLUTION_720, end frame with a start frame); 4, 6 or 8 s
	// (https://docs.leonardo.ai/docs/veo-31, the Veo 3.1 family).
	VEO3_1: {
		sizes: [LANDSCAPE, [1280, 720]],
		resolutions: { RESOLUTION_1080: [LANDSCAPE], RESOLUTION_720: [[1280, 720]] },
		resolutionRequired: true,
		durations: [4, 6, 8],
		endFrame: true,
		startFrame: false,
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

/**
 * The model's page rules for a v1 video body (the SDK's schema is contract.js's): undefined when
 * accepted, else [status, error, code]. `imageKnown` answers for the start and end frame images.
 */
function v1VideoProblem(body, fromImage, imageKnown) {
	const spec = V1_VIDEO_MODELS[body.model ?? 'MOTION2'];
	if (!spec) return [400, `model ${body.model} is not available in the sandbox`, 'unexpected'];
	if (spec.startFrame && !fromImage)
		return [400, `${body.model} needs a start frame (imageId)`, 'unexpected'];
	if (fromImage && !imageKnown({ id: body.imageId, type: body.imageType }))
		return [400, "couldn't access image", 'unexpected'];
	// Without a start frame the body goes to text-to-video, whose SDK schema has no endFrameImage.
	if (body.endFrameImage && (!spec.endFrame || !imageKnown(body.endFrameImage)))
		return [400, `invalid end frame for ${body.model}`, 'unexpected'];
	if (body.elements !== undefined && !spec.elements)
		return [400, `elements are not supported for ${body.model}`, 'validation-failed'];
	if (
		body.seed !== undefined &&
		spec.seedMax !== undefined &&
		!(body.seed >= 0 && body.seed <= spec.seedMax)
	)
		return [400, `seed must be from 0 to ${spec.seedMax} for ${body.model}`, 'validation-failed'];
	const problem = checkSizeAndDuration(spec, body.model, body.width, body.height, body.duration);
	if (problem) return problem;
	if (spec.resolutions && (body.resolution !== undefined || spec.resolutionRequired)) {
		const paired = spec.resolutions[body.resolution];
		if (
			!paired ||
			(paired !== 'any' && !paired.some(([w, h]) => w === body.width && h === body.height))
		)
			return [
				400,
				`${body.width}x${body.height} does not go with ${body.resolution} on ${body.model}`,
				'unexpected',
			];
	}
	return undefined;
}

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
		const problem = v1VideoProblem(body, fromImage, imageKnown);
		if (problem) return fail(problem);
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

module.exports = { videoRoutes, v1VideoProblem, V1_VIDEO_MODELS };
