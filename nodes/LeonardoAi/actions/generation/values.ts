/** Leonardo's documented values for the generation pickers (leonardo-api.md §6.1, §7); other values work through expressions. */

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
/** ControlNet preprocessors by name (leonardo-api.md §7); the ID depends on the model family. */
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
