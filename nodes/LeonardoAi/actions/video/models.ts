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
	/** The seconds it takes; with `durationSent` false, its one length, which is never sent. */
	durations: number[];
	durationSent: boolean;
	/** Camera moves (Motion Control) as `elements` of `{ akUUID, weight }`. */
	cameraMoves?: boolean;
	/** v2 `motion_has_audio`: the page documents generated sound. */
	audio?: boolean;
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
		sizes: [
			LANDSCAPE,
			SQUARE,
			PORTRAIT,
			{ width: 1280, height: 720 },
			{ width: 960, height: 960 },
			{ width: 720, height: 1280 },
		],
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
		sizes: [
			{ ...LANDSCAPE, mode: 'RESOLUTION_1080' },
			{ ...SQUARE, mode: 'RESOLUTION_1080' },
			{ ...PORTRAIT, mode: 'RESOLUTION_1080' },
			{ width: 1280, height: 720, mode: 'RESOLUTION_720' },
			{ width: 960, height: 960, mode: 'RESOLUTION_720' },
			{ width: 720, height: 1280, mode: 'RESOLUTION_720' },
		],
		durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
		durationSent: true,
		startFrame: 'optional',
		endFrame: true,
		audio: true,
		docs: 'https://docs.leonardo.ai/docs/kling-30',
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

export function findVideoModel(value: string): VideoModel | undefined {
	return VIDEO_MODELS.find((model) => model.value === value);
}

export function sizeList(model: VideoModel): string {
	if (!model.sizes.length) return 'no size on its page';
	return model.sizes.map(({ width, height }) => `${width}×${height}`).join(', ');
}
