import type { ImageSize } from '../../helpers/image';

/** A video model as its docs.leonardo.ai page describes it: where it is sent and what it accepts. */
export interface VideoModel {
	/** The model ID on the wire. */
	value: string;
	name: string;
	/** v2 `POST /v2/generations`, or v1 `POST /generations-image-to-video` (`-text-to-video`). */
	endpoint: 'v1' | 'v2';
	/**
	 * Empty: the page gives none; the node sends a size only when the user sets one. A size with a
	 * `mode` is sent with it (v2 `mode`, e.g. RESOLUTION_720 for the 720p sizes).
	 */
	sizes: Array<ImageSize & { mode?: string }>;
	/**
	 * Any integer width × height (the page lists no sizes). The automatic size keeps the photo's
	 * aspect ratio at `default`'s short side; `modes` gives the v2 `mode` sent for a short side up to
	 * the first number (none: the page has no `mode`).
	 */
	freeSize?: { default: ImageSize; modes?: Array<[number, string]> };
	/**
	 * The seconds it takes; with `durationSent` false, its one length, which is never sent. Empty: the
	 * page gives no length and takes no duration, so Duration is not sent.
	 */
	durations: number[];
	durationSent: boolean;
	/** Camera moves (Motion Control): v1 `elements`, v2 `controls`, each `{ akUUID, weight }`. */
	cameraMoves?: boolean;
	/** v2 `motion_has_audio`: the page documents generated sound. */
	audio?: boolean;
	/** v2 `quantity: 1`: the page marks it required (one video per request). */
	quantity?: boolean;
	/** v2 fields on the page (v1 models all take `seed`, `negativePrompt`, `promptEnhance`, SDK). */
	seed?: boolean;
	negativePrompt?: boolean;
	promptEnhance?: boolean;
	/** The prompt's maximum length on the page (1500 unless it says otherwise). */
	promptMax?: number;
	startFrame: 'optional' | 'required';
	endFrame: boolean;
	/** v1: the `resolution` the page's sample sends with these sizes. */
	resolution?: string;
	docs: string;
}

const LANDSCAPE = { width: 1920, height: 1080 };
const SQUARE = { width: 1440, height: 1440 };
const PORTRAIT = { width: 1080, height: 1920 };

/** 1080p and 720p in 16:9, 1:1 and 9:16 with their `mode` (Kling 3.0, Kling O3; without it Kling 3.0 Turbo, Wan 2.7). */
const KLING_3_SIZES = [
	{ ...LANDSCAPE, mode: 'RESOLUTION_1080' },
	{ ...SQUARE, mode: 'RESOLUTION_1080' },
	{ ...PORTRAIT, mode: 'RESOLUTION_1080' },
	{ width: 1280, height: 720, mode: 'RESOLUTION_720' },
	{ width: 960, height: 960, mode: 'RESOLUTION_720' },
	{ width: 720, height: 1280, mode: 'RESOLUTION_720' },
];

/**
 * The video models whose pages give their sizes, durations and frames in full. Any other model ID
 * goes to the v2 endpoint through an expression, unchecked.
 */
export const VIDEO_MODELS: VideoModel[] = [
	{
		// https://docs.leonardo.ai/docs/kling-30-turbo: duration 3 to 15; the same six sizes as Kling 3.0 with
		// `mode` deprecated ("width and height are the canonical inputs"), so none is sent; start_frame only;
		// motion_has_audio; prompt ≤ 2500.
		value: 'kling-3.0-turbo',
		name: 'Kling 3.0 Turbo',
		endpoint: 'v2',
		sizes: KLING_3_SIZES.map(({ width, height }) => ({ width, height })),
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		startFrame: 'optional',
		endFrame: false,
		audio: true,
		promptMax: 2500,
		docs: 'https://docs.leonardo.ai/docs/kling-30-turbo',
	},
	{
		// https://docs.leonardo.ai/docs/kling-26 and https://docs.leonardo.ai/docs/generate-with-kling-2-6:
		// duration 5 or 10; 1920×1080, 1440×1440, 1080×1920; guidances.start_frame (max 1), no end frame.
		value: 'kling-2.6',
		name: 'Kling 2.6',
		endpoint: 'v2',
		sizes: [LANDSCAPE, SQUARE, PORTRAIT],
		durations: [5, 10],
		durationSent: true,
		startFrame: 'optional',
		endFrame: false,
		docs: 'https://docs.leonardo.ai/docs/kling-26',
	},
	{
		// https://docs.leonardo.ai/docs/kling-30: duration 3 to 15; 1080p (mode RESOLUTION_1080, the default)
		// 1920×1080, 1440×1440, 1080×1920 and 720p (RESOLUTION_720) 1280×720, 960×960, 720×1280;
		// guidances.start_frame, end_frame only with a start frame; motion_has_audio; prompt ≤ 1500.
		value: 'kling-3.0',
		name: 'Kling 3.0',
		endpoint: 'v2',
		sizes: KLING_3_SIZES,
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		startFrame: 'optional',
		endFrame: true,
		audio: true,
		docs: 'https://docs.leonardo.ai/docs/kling-30',
	},
	{
		// https://docs.leonardo.ai/docs/kling-o3: v2 kling-video-o-3; duration 3 to 15; 720p sizes with mode
		// RESOLUTION_720 ("Standard"), 1080p with RESOLUTION_1080 ("Pro", the default); start_frame, end_frame
		// only with a start frame; motion_has_audio; prompt ≤ 1500.
		value: 'kling-video-o-3',
		name: 'Kling O3',
		endpoint: 'v2',
		sizes: KLING_3_SIZES,
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		startFrame: 'optional',
		endFrame: true,
		audio: true,
		docs: 'https://docs.leonardo.ai/docs/kling-o3',
	},
	{
		// https://docs.leonardo.ai/docs/kling-o1: v2 kling-video-o-1; duration 5 or 10; 1920×1080, 1440×1440,
		// 1080×1920; guidances.start_frame, end_frame "Only available when start_frame is provided"; prompt
		// ≤ 1500.
		value: 'kling-video-o-1',
		name: 'Kling O1',
		endpoint: 'v2',
		sizes: [LANDSCAPE, SQUARE, PORTRAIT],
		durations: [5, 10],
		durationSent: true,
		startFrame: 'optional',
		endFrame: true,
		docs: 'https://docs.leonardo.ai/docs/kling-o1',
	},
	{
		// https://docs.leonardo.ai/docs/happy-horse-11: v2 happy-horse-1.1; duration 3 to 15; the Dimensions
		// table (720p and 1080p in 16:9, 4:3, 1:1, 3:4, 9:16); guidances.start_frame only; quantity
		// required (1); motion_has_audio; prompt_enhance; seed; prompt ≤ 2500.
		value: 'happy-horse-1.1',
		name: 'Happy Horse 1.1',
		endpoint: 'v2',
		sizes: [
			LANDSCAPE,
			{ width: 1662, height: 1248 },
			SQUARE,
			{ width: 1248, height: 1662 },
			PORTRAIT,
			{ width: 1280, height: 720 },
			{ width: 1108, height: 832 },
			{ width: 960, height: 960 },
			{ width: 832, height: 1108 },
			{ width: 720, height: 1280 },
		],
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		audio: true,
		quantity: true,
		seed: true,
		promptEnhance: true,
		promptMax: 2500,
		startFrame: 'optional',
		endFrame: false,
		docs: 'https://docs.leonardo.ai/docs/happy-horse-11',
	},
	{
		// https://docs.leonardo.ai/docs/wan-27: v2 wan-2.7; duration 2 to 10; 1080p 1920×1080, 1440×1440,
		// 1080×1920 and 720p 1280×720, 960×960, 720×1280 (no `mode` on its page); guidances.start_frame and
		// end_frame; prompt ≤ 2500.
		value: 'wan-2.7',
		name: 'Wan 2.7',
		endpoint: 'v2',
		sizes: KLING_3_SIZES.map(({ width, height }) => ({ width, height })),
		durations: [2, 3, 4, 5, 6, 7, 8, 9, 10],
		durationSent: true,
		promptMax: 2500,
		startFrame: 'optional',
		endFrame: true,
		docs: 'https://docs.leonardo.ai/docs/wan-27',
	},
	{
		// https://docs.leonardo.ai/docs/kling-2-5-turbo: duration 5 or 10; 1920×1080, 1080×1920, 1440×1440;
		// resolution RESOLUTION_1080; endFrameImage. SDK `createimagetovideogeneration.ts` /
		// `createtexttovideogeneration.ts`: model KLING2_5 on both endpoints.
		value: 'KLING2_5',
		name: 'Kling 2.5 Turbo',
		endpoint: 'v1',
		sizes: [LANDSCAPE, PORTRAIT, SQUARE],
		durations: [5, 10],
		durationSent: true,
		startFrame: 'optional',
		endFrame: true,
		resolution: 'RESOLUTION_1080',
		docs: 'https://docs.leonardo.ai/docs/kling-2-5-turbo',
	},
	{
		// https://docs.leonardo.ai/docs/generate-with-kling-21-pro-using-start-and-end-frame: "must have a
		// start frame"; endFrameImage; duration 5 or 10; 1920×1080 (16:9) and 1080×1920 (9:16).
		value: 'KLING2_1',
		name: 'Kling 2.1 Pro',
		endpoint: 'v1',
		sizes: [LANDSCAPE, PORTRAIT],
		durations: [5, 10],
		durationSent: true,
		startFrame: 'required',
		endFrame: true,
		resolution: 'RESOLUTION_1080',
		docs: 'https://docs.leonardo.ai/docs/generate-with-kling-21-pro-using-start-and-end-frame',
	},
	{
		// https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images: imageId, imageType,
		// resolution RESOLUTION_480, prompt, frameInterpolation, promptEnhance, elements [{ akUUID, weight }]
		// (the Motion Control table); no size, no duration. SDK `createimagetovideogeneration.ts`: model
		// MOTION2 (the default), duration only for VEO3 and KLING2_5; Motion 2.0 makes 5-second videos.
		value: 'MOTION2',
		name: 'Motion 2.0',
		endpoint: 'v1',
		sizes: [],
		durations: [5],
		durationSent: false,
		cameraMoves: true,
		startFrame: 'optional',
		endFrame: false,
		resolution: 'RESOLUTION_480',
		docs: 'https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images',
	},
	{
		// https://docs.leonardo.ai/docs/motion-20-fast: v2 motion_2.0-fast; the Dimensions table (480p 832×480,
		// 576×720, 512×768, 480×832; 720p 1280×720, 720×1280; `mode` deprecated, so none is sent);
		// guidances.start_frame only; no duration; quantity 1; seed; negative_prompt; prompt_enhance
		// AUTO/ON/OFF; controls: "Motion Control items", at most 1, `{ akUUID, weight }` — the camera moves
		// of Motion 2.0's Motion Control table; prompt ≤ 9999.
		value: 'motion_2.0-fast',
		name: 'Motion 2.0 Fast',
		endpoint: 'v2',
		sizes: [
			{ width: 1280, height: 720 },
			{ width: 720, height: 1280 },
			{ width: 832, height: 480 },
			{ width: 576, height: 720 },
			{ width: 512, height: 768 },
			{ width: 480, height: 832 },
		],
		durations: [],
		durationSent: false,
		cameraMoves: true,
		quantity: true,
		seed: true,
		negativePrompt: true,
		promptEnhance: true,
		promptMax: 9999,
		startFrame: 'optional',
		endFrame: false,
		docs: 'https://docs.leonardo.ai/docs/motion-20-fast',
	},
	{
		// https://docs.leonardo.ai/docs/seedance-20: v2 seedance-2.0; integer width and height (default
		// 1280×720), mode RESOLUTION_480/720/1080; duration 4 to 15; quantity required (1); seed;
		// motion_has_audio; guidances.start_frame and end_frame (max 1 each); prompt ≤ 5000.
		value: 'seedance-2.0',
		name: 'Seedance 2.0',
		endpoint: 'v2',
		sizes: [],
		freeSize: {
			default: { width: 1280, height: 720 },
			modes: [
				[480, 'RESOLUTION_480'],
				[720, 'RESOLUTION_720'],
				[1080, 'RESOLUTION_1080'],
			],
		},
		durations: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		audio: true,
		quantity: true,
		seed: true,
		promptMax: 5000,
		startFrame: 'optional',
		endFrame: true,
		docs: 'https://docs.leonardo.ai/docs/seedance-20',
	},
	{
		// https://docs.leonardo.ai/docs/seedance-20-mini: as Seedance 2.0 without `mode` ("The OpenAPI schema
		// does not enumerate a fixed set of allowed width/height combinations"); default 1280×720.
		value: 'seedance-2.0-mini',
		name: 'Seedance 2.0 Mini',
		endpoint: 'v2',
		sizes: [],
		freeSize: { default: { width: 1280, height: 720 } },
		durations: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		audio: true,
		quantity: true,
		seed: true,
		promptMax: 5000,
		startFrame: 'optional',
		endFrame: true,
		docs: 'https://docs.leonardo.ai/docs/seedance-20-mini',
	},
	{
		// https://docs.leonardo.ai/docs/veo-31 and https://docs.leonardo.ai/docs/generate-with-veo31-and-veo31-fast-using-start-and-end-frame:
		// v1 /generations-image-to-video with model VEO3_1 (the SDK's enum lacks it), duration 4, 6 or 8,
		// resolution RESOLUTION_720 with 1280×720 and RESOLUTION_1080 with 1920×1080 (the sizes its samples
		// give); endFrameImage "Requires specifying start frame". Its pages show no text-to-video.
		value: 'VEO3_1',
		name: 'Veo 3.1',
		endpoint: 'v1',
		sizes: [
			{ ...LANDSCAPE, mode: 'RESOLUTION_1080' },
			{ width: 1280, height: 720, mode: 'RESOLUTION_720' },
		],
		durations: [4, 6, 8],
		durationSent: true,
		startFrame: 'required',
		endFrame: true,
		docs: 'https://docs.leonardo.ai/docs/veo-31',
	},
];

/**
 * Motion 2.0's camera moves (sent as elements): the Motion Control table of
 * https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images. Its first eleven rows
 * were read on the page; the others as two independent public clients list the same table.
 */
export const CAMERA_MOVES: Array<[string, string]> = [
	['Bullet Time', 'fbed015e-594e-4f78-b4be-3b07142aaa1e'],
	['Crane Down', '5a1d2a6a-7709-4097-9158-1b7ae6c9e647'],
	['Crane Over Head', '1054d533-168c-4821-bd3d-a56182afa4f3'],
	['Crane Up', 'c765bd57-cdc5-4317-a600-69a8bd6c4ce6'],
	['Crash Zoom In', 'b0191ad1-a723-439c-a4bc-a3f5d5884db3'],
	['Crash Zoom Out', '1975ac74-92ca-46b3-81b3-6f191a9ae438'],
	['Disintegration', 'a51e2e8d-ba5e-44f2-9e00-3d86fd93c9bc'],
	['Dolly In', 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf'],
	['Dolly Left', 'f507880a-3fa8-4c3a-96bb-3ce3b70ac53b'],
	['Dolly Out', '772cb36a-7d18-4250-b4aa-0c3f1a8431a0'],
	['Dolly Right', '587a0109-30be-4781-a18e-e353b580fd10'],
	['Explosion', '65da803d-c015-495a-8d5c-e969a79c9894'],
	['Eyes In', '148b50d0-2040-4524-a36f-6e330f9e362e'],
	['Flood', 'a12c150e-95e9-469b-ba9b-6d5323ac5a09'],
	['Handheld', '75722d13-108f-4cea-9471-cb7e5fc049fe'],
	['Lens Crack', '193da194-2632-4f6a-a1df-d03ca9ae0ea9'],
	['Medium Zoom In', 'f46d8e7f-e0ca-4f6a-90ab-141d731f47ae'],
	['Orbit Left', '74bea0cc-9942-4d45-9977-28c25078bfd4'],
	['Orbit Right', 'aec24e36-a2e8-4fae-920c-127d276bbe4b'],
	['Robo Arm', '8df55fe2-5c6f-4dbf-8ade-eb997807ca0d'],
	['Super Dolly In', 'a3992d78-34fc-44c6-b157-e2755d905197'],
	['Super Dolly Out', '906b93f2-beb3-42be-9283-92236cc90ed6'],
	['Tilt Down', 'a1923b1b-854a-46a1-9e26-07c435098b87'],
	['Tilt Up', '6ad6de1f-bd15-4d0b-ae0e-81d1a4c6c085'],
];

/** The names of the listed models with a feature, for hints: "Kling 3.0, Seedance 2.0". */
export function modelNames(has: (model: VideoModel) => unknown): string {
	return VIDEO_MODELS.filter(has)
		.map((model) => model.name)
		.join(', ');
}

export function findVideoModel(value: string): VideoModel | undefined {
	return VIDEO_MODELS.find((model) => model.value === value);
}

/** "5 or 10", or a run of whole seconds as "3–15". */
export function durationList(model: VideoModel): string {
	const { durations } = model;
	const run =
		durations.length > 2 && durations.every((d, i) => i === 0 || d === durations[i - 1] + 1);
	return run ? `${durations[0]}–${durations[durations.length - 1]}` : durations.join(' or ');
}

export function sizeList(model: VideoModel): string {
	if (model.freeSize) return 'any size';
	if (!model.sizes.length) return 'no size on its page';
	return model.sizes.map(({ width, height }) => `${width}×${height}`).join(', ');
}
