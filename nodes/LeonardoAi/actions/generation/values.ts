/**
 * Leonardo's documented values for the generation pickers; other values work through expressions.
 * Preset styles, schedulers and SD versions: the enums of SDK `shared/sdgenerationstyle.ts`,
 * `shared/sdgenerationschedulers.ts` and `shared/sdversions.ts`; ControlNet preprocessors: below.
 */

export const PRESET_STYLES = [
	'ANIME',
	'BOKEH',
	'CINEMATIC',
	'CINEMATIC_CLOSEUP',
	'CREATIVE',
	'DYNAMIC',
	'ENVIRONMENT',
	'FASHION',
	'FILM',
	'FOOD',
	'GENERAL',
	'HDR',
	'ILLUSTRATION',
	'LEONARDO',
	'LONG_EXPOSURE',
	'MACRO',
	'MINIMALISTIC',
	'MONOCHROME',
	'MOODY',
	'NONE',
	'NEUTRAL',
	'PHOTOGRAPHY',
	'PORTRAIT',
	'RAYTRACED',
	'RENDER_3D',
	'RETRO',
	'SKETCH_BW',
	'SKETCH_COLOR',
	'STOCK_PHOTO',
	'VIBRANT',
	'UNPROCESSED',
];
/**
 * ControlNet preprocessors by name; the ID depends on the model family (the preprocessor table of
 * https://docs.leonardo.ai/docs/generate-images-using-image-to-image-guidance).
 */
export const PREPROCESSORS: Array<[string, number]> = [
	['Style Reference (SDXL)', 67],
	['Style Reference (Phoenix)', 166],
	['Character Reference (SDXL)', 133],
	['Content Reference (SDXL)', 100],
	['Edge to Image (SDXL)', 19],
	['Depth to Image (SDXL)', 20],
	['Pose to Image (SDXL)', 21],
	['Text Image Input (SDXL)', 22],
	['Edge to Image (SD 1.5)', 1],
	['Depth to Image (SD 1.5)', 3],
	['Pose to Image (SD 1.5)', 7],
];
export const SCHEDULERS = [
	'DDIM',
	'DPM_SOLVER',
	'EULER_ANCESTRAL_DISCRETE',
	'EULER_DISCRETE',
	'KLMS',
	'LEONARDO',
	'PNDM',
];
export const SD_VERSIONS = [
	'FLUX',
	'FLUX_DEV',
	'KINO_2_0',
	'PHOENIX',
	'SDXL_0_8',
	'SDXL_0_9',
	'SDXL_1_0',
	'SDXL_LIGHTNING',
	'v1_5',
	'v2',
	'v3',
];

export function titleCase(value: string): string {
	return value
		.toLowerCase()
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

/**
 * `styleUUID` (v1, documented in the Phoenix guide, https://docs.leonardo.ai/docs/phoenix; not in
 * the SDK's schema) takes these preset styles:
 * the "List of Style IDs" of https://docs.leonardo.ai/docs/lucid-realism.
 */
export const STYLES: Array<[string, string]> = [
	['Bokeh', '9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177'],
	['Cinematic', 'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436'],
	['Cinematic Close-Up', 'cc53f935-884c-40a0-b7eb-1f5c42821fb5'],
	['Creative', '6fedbf1f-4a17-45ec-84fb-92fe524a29ef'],
	['Dynamic', '111dc692-d470-4eec-b791-3475abac4c46'],
	['Fashion', '594c4a08-a522-4e0e-b7ff-e4dac4b6b622'],
	['Film', '85da2dcc-c373-464c-9a7a-5624359be859'],
	['Food', 'd574325d-1278-4fe2-974b-768525f253c3'],
	['HDR', '97c20e5c-1af6-4d42-b227-54d03d8f0727'],
	['Long Exposure', '335e6010-a75c-45d9-afc5-032c65e9180e'],
	['Macro', '30c1d34f-e3a9-479a-b56f-c018bbc9c02a'],
	['Minimalist', 'cadc8cd6-7838-4c99-b645-df76be8ba8d8'],
	['Monochrome', 'a2f7ea66-959b-4bbe-b508-6133238b76b6'],
	['Moody', '621e1c9a-6319-4bee-a12d-ae40659162fa'],
	['Neutral', '0d914779-c822-430a-b976-30075033f1c4'],
	['None', '556c1ee5-ec38-42e8-955a-1e82dad0ffa1'],
	['Portrait', 'ab5a4220-7c42-41e5-a578-eddb9fed3d75'],
	['Retro', '6105baa2-851b-446e-9db5-08a671a8c42f'],
	['Stock Photo', '5bdc3f2a-1be6-4d1c-8e77-992a30824a2c'],
	['Unprocessed', '62736842-6e4b-4028-b79a-4f1a1606e893'],
	['Vibrant', 'dee282d3-891f-4f73-ba02-7f8131e5541b'],
];
