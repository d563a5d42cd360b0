'use strict';
// Video generations: v2 `POST /v2/generations` with a video model, and v1
// `POST /generations-image-to-video` / `-text-to-video` (their body shape is the SDK's, checked by
// contract.js). The result is read with GET /generations/{id}: motionMP4URL on the generated image.
const { apiJson } = require('../common');
const { costFields } = require('./pricing');

const LANDSCAPE = [1920, 1080];
const SQUARE = [1440, 1440];
const PORTRAIT = [1080, 1920];
/** 1080p and 720p in 16:9, 1:1 and 9:16 (Kling 3.0, Kling O3, Kling 3.0 Turbo, Wan 2.7). */
const SIX_SIZES = [LANDSCAPE, SQUARE, PORTRAIT, [1280, 720], [960, 960], [720, 1280]];

/**
 * What each documented model accepts, from its docs.leonardo.ai page:
 * kling-2.6 https://docs.leonardo.ai/docs/kling-26 (and generate-with-kling-2-6), kling-3.0 below,
 * KLING2_5 https://docs.leonardo.ai/docs/kling-2-5-turbo,
 * KLING2_1 https://docs.leonardo.ai/docs/generate-with-kling-21-pro-using-start-and-end-frame,
 * MOTION2 https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images; the others
 * beside their entries.
 */
// https://docs.leonardo.ai/docs/kling-30: 1080p sizes with mode RESOLUTION_1080 (the default), 720p
// sizes with RESOLUTION_720; 3 to 15 s; end frame only with a start frame; motion_has_audio.
const KLING_3 = {
	sizes: SIX_SIZES,
	modes: {
		RESOLUTION_1080: [LANDSCAPE, SQUARE, PORTRAIT],
		RESOLUTION_720: [
			[1280, 720],
			[960, 960],
			[720, 1280],
		],
	},
	durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
	endFrame: true,
	extraParameters: ['mode', 'motion_has_audio'],
};

const V2_VIDEO_MODELS = {
	'kling-2.6': { sizes: [LANDSCAPE, SQUARE, PORTRAIT], durations: [5, 10], endFrame: false },
	'kling-3.0': KLING_3,
	// https://docs.leonardo.ai/docs/kling-o3: the same sizes, modes, durations, frames and audio.
	'kling-video-o-3': KLING_3,
	// https://docs.leonardo.ai/docs/kling-30-turbo: the same sizes, `mode` deprecated; start frame only;
	// 3 to 15 s; motion_has_audio; prompt up to 2500 characters.
	'kling-3.0-turbo': {
		sizes: SIX_SIZES,
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		endFrame: false,
		extraParameters: ['motion_has_audio'],
		promptMax: 2500,
	},
	// https://docs.leonardo.ai/docs/kling-o1: 5 or 10 s, three sizes, end frame with a start frame.
	'kling-video-o-1': { sizes: [LANDSCAPE, SQUARE, PORTRAIT], durations: [5, 10], endFrame: true },
	// https://docs.leonardo.ai/docs/happy-horse-11: 3 to 15 s, ten sizes, start frame only, quantity
	// required (1), motion_has_audio, prompt_enhance, seed (no range on its page: the usual 32 bits),
	// prompt up to 2500.
	'happy-horse-1.1': {
		sizes: [
			LANDSCAPE,
			[1662, 1248],
			SQUARE,
			[1248, 1662],
			PORTRAIT,
			[1280, 720],
			[1108, 832],
			[960, 960],
			[832, 1108],
			[720, 1280],
		],
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		endFrame: false,
		extraParameters: ['quantity', 'motion_has_audio', 'prompt_enhance', 'seed'],
		required: ['quantity'],
		seedRange: [0, 4294967295],
		promptMax: 2500,
	},
	// https://docs.leonardo.ai/docs/wan-27: 2 to 10 s, six sizes (or none: "Auto"), both frames, quantity
	// (at most 1), prompt up to 2500.
	'wan-2.7': {
		sizes: SIX_SIZES,
		sizeOptional: true,
		durations: [2, 3, 4, 5, 6, 7, 8, 9, 10],
		endFrame: true,
		extraParameters: ['quantity'],
		promptMax: 2500,
	},
	// https://docs.leonardo.ai/docs/seedance-20: any integer size, mode 480/720/1080 (any size with
	// each), 4 to 15 s, quantity required (1), seed -1…4294967295, both frames, prompt up to 5000.
	'seedance-2.0': {
		sizes: 'any',
		modes: { RESOLUTION_480: 'any', RESOLUTION_720: 'any', RESOLUTION_1080: 'any' },
		durations: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		endFrame: true,
		extraParameters: ['quantity', 'mode', 'motion_has_audio', 'seed'],
		required: ['quantity'],
		seedRange: [-1, 4294967295],
		promptMax: 5000,
	},
	// https://docs.leonardo.ai/docs/seedance-20-mini: the same without `mode`.
	'seedance-2.0-mini': {
		sizes: 'any',
		durations: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		endFrame: true,
		extraParameters: ['quantity', 'motion_has_audio', 'seed'],
		required: ['quantity'],
		seedRange: [-1, 4294967295],
		promptMax: 5000,
	},
	// https://docs.leonardo.ai/docs/motion-20-fast: the Dimensions table (or no size: "Auto"), no
	// duration, start frame only, quantity 1, controls (at most 1) and elements of { akUUID, weight
	// -2…2 }, negative_prompt up to 1000, prompt_enhance AUTO/ON/OFF, seed 0…4294967295, prompt up to
	// 9999; `mode` deprecated (480/720).
	'motion_2.0-fast': {
		sizes: [
			[832, 480],
			[576, 720],
			[512, 768],
			[480, 832],
			[1280, 720],
			[720, 1280],
		],
		sizeOptional: true,
		modes: { RESOLUTION_480: 'any', RESOLUTION_720: 'any' },
		durations: null,
		endFrame: false,
		extraParameters: [
			'quantity',
			'mode',
			'seed',
			'negative_prompt',
			'prompt_enhance',
			'frame_interpolation',
			'controls',
			'elements',
			'style_ids',
		],
		seedRange: [0, 4294967295],
		promptMax: 9999,
	},
};

const isElement = (item) =>
	item &&
	typeof item.akUUID === 'string' &&
	(item.weight === undefined ||
		(typeof item.weight === 'number' && item.weight >= -2 && item.weight <= 2));

/** Each optional v2 parameter's rule from the pages above: true, or what Leonardo answers. */
const PARAMETER_RULES = {
	motion_has_audio: (value) =>
		typeof value === 'boolean' || "expected a boolean for 'motion_has_audio'",
	frame_interpolation: (value) =>
		typeof value === 'boolean' || "expected a boolean for 'frame_interpolation'",
	quantity: (value) => value === 1 || 'quantity must be between 1 and 1',
	seed: (value, spec) =>
		(Number.isInteger(value) && value >= spec.seedRange[0] && value <= spec.seedRange[1]) ||
		`seed must be an integer from ${spec.seedRange[0]} to ${spec.seedRange[1]}`,
	negative_prompt: (value) =>
		(typeof value === 'string' && value.length <= 1000) ||
		'negative_prompt must be a string of at most 1000 characters',
	prompt_enhance: (value) =>
		['AUTO', 'ON', 'OFF'].includes(value) || 'prompt_enhance must be AUTO, ON or OFF',
	controls: (value) =>
		(Array.isArray(value) && value.length <= 1 && value.every(isElement)) ||
		'controls takes at most 1 item of { akUUID, weight from -2 to 2 }',
	elements: (value) =>
		(Array.isArray(value) && value.every(isElement)) ||
		'elements are { akUUID, weight from -2 to 2 }',
	style_ids: (value) =>
		(Array.isArray(value) && value.every((id) => typeof id === 'string')) ||
		'style_ids are UUID strings',
};

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

	/** For the v2 route: undefined when the model is not a video model, else { problem }. */
	function validateV2Video(body) {
		const spec = V2_VIDEO_MODELS[body?.model];
		if (!spec) return undefined;
		const fail = (problem) => ({ problem });
		const top = Object.keys(body).find((k) => !['model', 'public', 'parameters'].includes(k));
		if (top) return fail([400, `Unexpected variable ${top}`, 'bad-request']);
		const p = body.parameters;
		if (!p || typeof p !== 'object')
			return fail([
				400,
				'expecting a value for non-nullable variable: "parameters"',
				'validation-failed',
			]);
		const allowed = [
			'prompt',
			...(spec.durations ? ['duration'] : []),
			'width',
			'height',
			'guidances',
			...(spec.extraParameters ?? []),
		];
		const unknown = Object.keys(p).find((k) => !allowed.includes(k));
		if (unknown) return fail([400, `Unexpected variable ${unknown}`, 'bad-request']);
		if (typeof p.prompt !== 'string' || !p.prompt.trim())
			return fail([
				400,
				'expecting a value for non-nullable variable: "prompt"',
				'validation-failed',
			]);
		if (p.prompt.length > (spec.promptMax ?? 1500))
			return fail([
				400,
				`prompt is longer than ${spec.promptMax ?? 1500} characters`,
				'validation-failed',
			]);
		const frames = p.guidances ?? {};
		const guidance = Object.keys(frames).find(
			(k) => !['start_frame', ...(spec.endFrame ? ['end_frame'] : [])].includes(k),
		);
		if (guidance) return fail([400, `Unexpected variable ${guidance}`, 'bad-request']);
		for (const key of Object.keys(frames)) {
			const list = frames[key];
			if (!Array.isArray(list) || list.length > 1)
				return fail([400, `${key} takes at most 1 item`, 'validation-failed']);
			if (list[0] && !imageKnown(list[0].image))
				return fail([400, `invalid ${key} image ${list[0].image?.id}`, 'unexpected']);
		}
		const missing = (spec.required ?? []).find((key) => p[key] === undefined);
		if (missing)
			return fail([
				400,
				`expecting a value for non-nullable variable: "${missing}"`,
				'validation-failed',
			]);
		for (const [key, rule] of Object.entries(PARAMETER_RULES)) {
			const verdict = p[key] === undefined || rule(p[key], spec);
			if (verdict !== true) return fail([400, verdict, 'validation-failed']);
		}
		if (spec.modes && p.mode !== undefined) {
			const sizes = spec.modes[p.mode];
			if (!sizes)
				return fail([400, `invalid mode ${p.mode} for ${body.model}`, 'validation-failed']);
			if (sizes !== 'any' && !sizes.some(([w, h]) => w === p.width && h === p.height)) {
				return fail([
					400,
					`${p.width}x${p.height} is not a ${p.mode} size for ${body.model}`,
					'unexpected',
				]);
			}
		}
		if (frames.end_frame && !frames.start_frame) {
			return fail([
				400,
				'end_frame is only available when start_frame is provided',
				'validation-failed',
			]);
		}
		return { problem: checkSizeAndDuration(spec, body.model, p.width, p.height, p.duration) };
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

module.exports = { videoRoutes, V2_VIDEO_MODELS, V1_VIDEO_MODELS };
