/**
 * Leonardo's Realtime Canvas (LCM, "Latent Consistency Model") endpoints, one per operation. Each
 * takes the same body (SDK 4.21.3 `createlcmgeneration.ts`, `performinstantrefine.ts`,
 * `performinpaintinglcm.ts`, `performalchemyupscalelcm.ts`; reference
 * https://docs.leonardo.ai/v1.0/reference/realtime-canvas), inpainting adds `maskDataUrl`, the
 * Alchemy upscale `refineCreative` and `refineStrength`. Still offered: not in
 * https://docs.leonardo.ai/docs/deprecations-changes (the guide, under "Legacy", is
 * https://docs.leonardo.ai/docs/generate-images-with-realtime-canvas).
 */
export type RealtimeOperation = 'generate' | 'refine' | 'inpaint' | 'upscale';

export interface RealtimeEndpoint {
	path: string;
	/** For Max Credits' messages: "Realtime generations". */
	what: string;
	/**
	 * The pricing calculator's LCM_GENERATION flags for this endpoint (SDK `pricingcalculator.ts`:
	 * `instantRefine` "Enable for instant upscale", `refine` "Enable for normal alchemy upscale").
	 */
	pricingFlags: { instantRefine?: boolean; refine?: boolean };
	/** The start of the output files' names (then a hash of the image's bytes). */
	fileName: string;
}

export const REALTIME_ENDPOINTS: Record<RealtimeOperation, RealtimeEndpoint> = {
	// https://docs.leonardo.ai/v1.0/reference/realtime-canvas
	generate: {
		path: '/generations-lcm',
		what: 'Realtime generations',
		pricingFlags: {},
		fileName: 'realtime',
	},
	// https://docs.leonardo.ai/reference/performinstantrefine
	refine: {
		path: '/lcm-instant-refine',
		what: 'Realtime instant refines',
		pricingFlags: { instantRefine: true },
		fileName: 'realtime-refined',
	},
	// No reference page of its own; the guide's "Perform Inpainting" and SDK `performinpaintinglcm.ts`.
	// The calculator names no inpainting flag: priced as a Realtime generation of its size (no source
	// says otherwise).
	inpaint: {
		path: '/lcm-inpainting',
		what: 'Realtime inpaintings',
		pricingFlags: {},
		fileName: 'realtime-inpainted',
	},
	// https://docs.leonardo.ai/reference/performalchemyupscalelcm
	upscale: {
		path: '/lcm-upscale',
		what: 'Realtime Alchemy upscales',
		pricingFlags: { refine: true },
		fileName: 'realtime-upscaled',
	},
};

/** Output sides Leonardo takes: "Must be 512, 640 or 1024" (each endpoint's width and height). */
export const REALTIME_SIDES = [512, 640, 1024];

/** Leonardo's style presets for LCM (SDK `lcmgenerationstyle.ts`). */
export const LCM_STYLES = [
	'ANIME',
	'CINEMATIC',
	'DIGITAL_ART',
	'DYNAMIC',
	'ENVIRONMENT',
	'FANTASY_ART',
	'ILLUSTRATION',
	'PHOTOGRAPHY',
	'RENDER_3D',
	'RAYTRACED',
	'SKETCH_BW',
	'SKETCH_COLOR',
	'VIBRANT',
	'NONE',
];
