import type { ImageSize } from '../../helpers/image';

/** A video model as its docs.leonardo.ai page describes it: where it is sent and what it accepts. */
export interface VideoModel {
	/** The model ID on the wire. */
	value: string;
	name: string;
	/** v2 `POST /v2/generations`, or v1 `POST /generations-image-to-video` (`-text-to-video`). */
	endpoint: 'v1' | 'v2';
	sizes: ImageSize[];
	durations: number[];
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
		// https://docs.leonardo.ai/docs/kling-26 and https://docs.leonardo.ai/docs/generate-with-kling-2-6:
		// duration 5 or 10; 1920×1080, 1440×1440, 1080×1920; guidances.start_frame (max 1), no end frame.
		value: 'kling-2.6',
		name: 'Kling 2.6',
		endpoint: 'v2',
		sizes: [LANDSCAPE, SQUARE, PORTRAIT],
		durations: [5, 10],
		startFrame: 'optional',
		endFrame: false,
		docs: 'https://docs.leonardo.ai/docs/kling-26',
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
		startFrame: 'required',
		endFrame: true,
		resolution: 'RESOLUTION_1080',
		docs: 'https://docs.leonardo.ai/docs/generate-with-kling-21-pro-using-start-and-end-frame',
	},
];

export function findVideoModel(value: string): VideoModel | undefined {
	return VIDEO_MODELS.find((model) => model.value === value);
}

export function sizeList(model: VideoModel): string {
	return model.sizes.map(({ width, height }) => `${width}×${height}`).join(', ');
}
