/**
 * Image models of Leonardo's v2 API (`POST /v2/generations`): those with a docs.leonardo.ai guide
 * page, and at the end those the v2 spec lists without one (entries from the spec alone).
 *
 * Sources: each model's guide page (its URL and `updatedAt` are on the entry), and the v2 OpenAPI
 * spec embedded in "Create Async Generation", https://docs.leonardo.ai/reference/creategeneration
 * (updatedAt 2026-09-01). Where the page and the spec disagree, the entry follows what the spec
 * accepts (it is what the server validates) and `notes` gives both.
 */

import {
	ANIME_XL_STYLES,
	CONCEPT_ART_STYLES,
	FLUX_STYLES,
	GPT_IMAGE_STYLES,
	GRAPHIC_DESIGN_STYLES,
	ILLUSTRATIVE_ALBEDO_STYLES,
	KINO_XL_STYLES,
	KONTEXT_STYLES,
	LIFELIKE_VISION_STYLES,
	LIGHTNING_XL_STYLES,
	LUCID_ORIGIN_STYLES,
	LUCID_REALISM_STYLES,
	PHOENIX_STYLES,
	PORTRAIT_PERFECT_STYLES,
	STOCK_PHOTOGRAPHY_STYLES,
} from './styles';
import type { CatalogModel, Choice, ImageType, Size, Style } from './types';

const NOTE_SPEC_URL = 'https://docs.leonardo.ai/reference/creategeneration';

/** The spec's `image.type` enum, the same in every image guidance item of every schema. */
const IMAGE_TYPES: ImageType[] = ['UPLOADED', 'GENERATED', 'VARIATION', 'URL', 'BASE64'];

/** Legacy guidance strengths (spec), default `MID` first. */
const STYLE_STRENGTH = ['MID', 'LOW', 'HIGH', 'ULTRA', 'MAX'];
const CONTENT_STRENGTH = ['MID', 'LOW', 'HIGH', 'ULTRA'];
const LOW_MID_HIGH = ['MID', 'LOW', 'HIGH'];

const ENHANCE_AUTO_ON_OFF: Choice = { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' };

const SQUARE_1024: Size = { width: 1024, height: 1024 };

const NOTE_TYPES_INIT =
	'page: image.type INIT, GENERATION, UPLOADED, GENERATED, VARIATION; spec enum: UPLOADED, GENERATED, VARIATION, URL, BASE64 — the spec values are used (INIT/GENERATION are not in the spec)';
const NOTE_TYPES_TWO =
	'page: image.type GENERATED or UPLOADED; spec enum also VARIATION, URL, BASE64 — the spec values are used';
const NOTE_NO_STRENGTH = `page: image_reference items take strength LOW/MID/HIGH; spec (${NOTE_SPEC_URL}): the item is {image, order} only — no strength is sent`;
const NOTE_ENHANCE_ON_OFF = `page: prompt_enhance ON/OFF; spec (${NOTE_SPEC_URL}): AUTO/ON/OFF, default AUTO — the spec's values are used`;
const NOTE_STYLE_LIMIT =
	'style_ids: the spec says "limited to 1 style" (description; no maxItems) and validates each id against a per-model enum';
const NOTE_NANO_PORTRAIT = `style_ids: the page names Portrait 8e2bc543-6ee2-45f9-bcd9-594b6ce84dcd, which the spec's enum (${NOTE_SPEC_URL}) lacks; the enum has ab5a4220-7c42-41e5-a578-eddb9fed3d75 (Portrait on the other pages) — the spec's UUID is used`;

// Widths and heights of the GPT Image 2 / 2.5 schemas (spec enums; the 2.5 pages list the same values).
const GPT_IMAGE_WIDTHS = [
	768, 832, 848, 864, 896, 928, 1024, 1088, 1136, 1152, 1184, 1200, 1248, 1264, 1344, 1376, 1536,
	1584, 1648, 1696, 1792, 1856, 2016, 2048, 2336, 2448, 2560, 2880, 3200, 3264, 3504, 3584, 3808,
];
const GPT_IMAGE_HEIGHTS = [
	640, 672, 768, 832, 848, 864, 896, 928, 1024, 1136, 1152, 1184, 1200, 1248, 1264, 1280, 1344,
	1376, 1536, 1584, 1632, 1648, 1696, 1792, 1824, 1856, 1920, 2016, 2048, 2336, 2448, 2560, 2880,
	3200, 3264, 3504, 3584,
];

// Nano Banana Pro and Nano Banana 2 side enums in the spec (0 = auto, left out here).
const NANO_BANANA_WIDTHS = [
	768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376, 1536, 1584, 1696, 1792, 1856, 2048, 2304, 2400,
	2528, 2752, 3072, 3168, 3392, 3584, 3712, 4096, 4608, 4800, 5056, 5504, 6336,
];
const NANO_BANANA_HEIGHTS = [
	672, 768, 848, 896, 928, 1024, 1152, 1200, 1264, 1344, 1376, 1536, 1696, 1792, 1856, 2048, 2304,
	2400, 2528, 2688, 2752, 3072, 3392, 3584, 3712, 4096, 4608, 4800, 5056, 5504,
];

/** Nano Banana 2: the width × height pairs of the spec's `anyOf` (27 squares, then 27 others). */
const NANO_BANANA_2_PAIRS: Size[] = [
	{ width: 768, height: 768 },
	{ width: 848, height: 848 },
	{ width: 896, height: 896 },
	{ width: 928, height: 928 },
	{ width: 1024, height: 1024 },
	{ width: 1152, height: 1152 },
	{ width: 1200, height: 1200 },
	{ width: 1264, height: 1264 },
	{ width: 1376, height: 1376 },
	{ width: 1536, height: 1536 },
	{ width: 1696, height: 1696 },
	{ width: 1792, height: 1792 },
	{ width: 1856, height: 1856 },
	{ width: 2048, height: 2048 },
	{ width: 2304, height: 2304 },
	{ width: 2400, height: 2400 },
	{ width: 2528, height: 2528 },
	{ width: 2752, height: 2752 },
	{ width: 3072, height: 3072 },
	{ width: 3392, height: 3392 },
	{ width: 3584, height: 3584 },
	{ width: 3712, height: 3712 },
	{ width: 4096, height: 4096 },
	{ width: 4608, height: 4608 },
	{ width: 4800, height: 4800 },
	{ width: 5056, height: 5056 },
	{ width: 5504, height: 5504 },
	{ width: 848, height: 1264 },
	{ width: 1696, height: 2528 },
	{ width: 3392, height: 5056 },
	{ width: 1264, height: 848 },
	{ width: 2528, height: 1696 },
	{ width: 5056, height: 3392 },
	{ width: 896, height: 1200 },
	{ width: 1792, height: 2400 },
	{ width: 3584, height: 4800 },
	{ width: 1200, height: 896 },
	{ width: 2400, height: 1792 },
	{ width: 4800, height: 3584 },
	{ width: 928, height: 1152 },
	{ width: 1856, height: 2304 },
	{ width: 3712, height: 4608 },
	{ width: 1152, height: 928 },
	{ width: 2304, height: 1856 },
	{ width: 4608, height: 3712 },
	{ width: 768, height: 1376 },
	{ width: 1536, height: 2752 },
	{ width: 3072, height: 5504 },
	{ width: 1376, height: 768 },
	{ width: 2752, height: 1536 },
	{ width: 5504, height: 3072 },
	{ width: 1584, height: 672 },
	{ width: 3168, height: 1344 },
	{ width: 6336, height: 2688 },
];

// Ideogram 4.5 side values (page and spec agree).
const IDEOGRAM_45_SIDES = [
	720, 800, 832, 864, 896, 1024, 1120, 1152, 1248, 1280, 1296, 1440, 1600, 1664, 1728, 1792, 2048,
	2240, 2304, 2496, 2560, 2880, 2944, 3072, 3168, 3328,
];

// P-Image-Ideogram side values (page and spec agree).
const P_IMAGE_IDEOGRAM_SIDES = [
	512, 640, 720, 800, 832, 864, 896, 1024, 1120, 1152, 1248, 1280, 1440, 1536, 1600, 1664, 1728,
	1792, 2048, 2240, 2304, 2496, 2560, 2880, 3072, 3456,
];

// Ideogram 4.0 side values (spec enum, the same for width and height; no default).
const IDEOGRAM_40_SIDES = [
	1152, 1248, 1280, 1296, 1440, 1600, 1664, 1728, 1792, 2048, 2240, 2304, 2496, 2560, 2880, 2944,
	3072, 3168, 3328,
];

// FLUX 3 Image side values (spec enum, the same for width and height, default 1024).
const FLUX_3_IMAGE_SIDES = [
	672, 720, 768, 832, 864, 880, 912, 1024, 1152, 1184, 1216, 1248, 1344, 1360, 1456, 1536, 1568,
	1680, 1728, 1776, 1824, 2048, 2288, 2368, 2416, 2512, 2688, 2736, 2896, 3072, 3136, 3344, 3456,
	3552, 3664, 4096, 4576, 4736, 4848, 5024, 5456, 5792, 6256,
];

// Recraft V4 and V4 Pro side values (spec enums, the same for width and height).
const RECRAFT_V4_SIDES = [768, 832, 896, 1024, 1152, 1216, 1280, 1344, 1536];
const RECRAFT_V4_PRO_SIDES = [1536, 1664, 1792, 2048, 2304, 2432, 2560, 2688, 3072];

/**
 * Models the v2 spec lists that have no guide page: `docs` is the spec itself, `updated` its date.
 * Every value below was read in the spec's own schema for the model (named in each entry's notes).
 */
const SPEC = 'https://docs.leonardo.ai/reference/creategeneration';
const SPEC_ONLY = { docs: SPEC, updated: '2026-09-01' } as const;
const noGuide = (schema: string) =>
	`no guide page: entry from the v2 spec's ${schema} only (${SPEC}, updatedAt 2026-09-01)`;

/**
 * The legacy SDXL models (Cinematic Kino, Anime, Portrait Perfect, Stock Photography, Illustrative
 * Albedo, Concept Art, Lifelike Vision, Graphic Design, Leonardo Lightning): nine schemas in the
 * spec with the same fields, differing only in the width maximum, the mode and contrast defaults
 * and the style_ids enum.
 */
function sdxlLegacy(spec: {
	schema: string;
	maxWidth: 1536 | 1584;
	mode: 'FAST' | 'QUALITY';
	contrast: 'LOW' | 'MEDIUM';
	styles: Style[];
	defaultStyle: string;
}): Omit<CatalogModel, 'id' | 'name'> {
	return {
		kind: 'image',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 9999 },
		sizes: {
			free: {
				width: { min: 32, max: spec.maxWidth, step: 8 },
				height: { min: 32, max: 1536, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: Number.MAX_SAFE_INTEGER },
		negativePrompt: { max: 1000 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'OFF' },
		choices: {
			mode: { values: ['FAST', 'QUALITY'], default: spec.mode },
			contrast: { values: ['LOW', 'MEDIUM', 'HIGH'], default: spec.contrast },
		},
		flags: { tiling: false, transparency: false },
		styleIds: 1,
		styles: spec.styles,
		guidances: {
			edge: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
			pose: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
			depth: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
			style: { max: 4, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
			content: { max: 1, types: IMAGE_TYPES, strength: CONTENT_STRENGTH },
			character: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
			text_image: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
			image_to_image: {
				max: 1,
				types: IMAGE_TYPES,
				strength: LOW_MID_HIGH,
			},
		},
		elementLists: {
			user_elements: { max: 4, weight: { min: 0 } },
			platform_elements: { max: 4, weight: { min: 0 } },
		},
		notes: [
			noGuide(spec.schema),
			`sizes: width 32–${spec.maxWidth}, height 32–1536, multiples of 8, default 1024×1024 (spec)`,
			'seed: spec "minimum 0", no maximum — Number.MAX_SAFE_INTEGER stands for "no maximum" (the type needs one)',
			`mode FAST/QUALITY default ${spec.mode} ("Use this instead of quality for all proprietary models"); contrast LOW/MEDIUM/HIGH default ${spec.contrast}; prompt_enhance AUTO/ON/OFF default OFF; quantity 1–8 default 4; prompt 1–9999; negative_prompt maxLength 1000 (spec)`,
			'guidances (spec): edge, pose, depth, character, text_image and image_to_image at most 1 each with strength LOW/MID/HIGH; style at most 4 with LOW/MID/HIGH/ULTRA/MAX; content at most 1 with LOW/MID/HIGH/ULTRA; strength required on every item (default MID); image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; image_to_image items have no order field',
			'edge, pose, depth and text_image were added to the catalog types for these models (no other model has them)',
			`style_ids: the spec's per-model enum (${spec.styles.length} UUIDs), "limited to 1 style" (no maxItems), default [${spec.defaultStyle}]; the catalog has no field for a default style, so none is sent`,
			'transparency: boolean, default false (spec). tiling: boolean with no default in the spec — inferred: false',
			'user_elements and platform_elements (arrays, at most 4 items each, default []; the item schema only says weight minimum 0, no item key and no maximum): no node field — from Additional Parameters, checked for count and weight',
			'the schema sets no additionalProperties on parameters or guidances',
		],
	};
}

/** Phoenix 1.0 and 0.9 take the same parameters (one page; identical schemas in the spec). */
const PHOENIX: Omit<CatalogModel, 'id' | 'name'> = {
	kind: 'image',
	endpoint: 'v2',
	docs: 'https://docs.leonardo.ai/docs/phoenix',
	updated: '2026-07-10',
	prompt: { max: 2000 },
	sizes: {
		free: {
			width: { min: 32, max: 2048, step: 8 },
			height: { min: 32, max: 2048, step: 8 },
		},
		default: SQUARE_1024,
	},
	quantity: { min: 1, max: 8, default: 4 },
	// Leonardo v2 OpenAPI spec, PhoenixV1_0GenerationRequest / PhoenixV0_9GenerationRequest: minimum 0,
	// no maximum (Number.MAX_SAFE_INTEGER stands for none).
	seed: { min: 0, max: Number.MAX_SAFE_INTEGER },
	negativePrompt: { max: 1000 },
	promptEnhance: ENHANCE_AUTO_ON_OFF,
	choices: {
		mode: { values: ['FAST', 'QUALITY', 'ULTRA'], default: 'FAST' },
		contrast: { values: ['LOW', 'MEDIUM', 'HIGH'], default: 'MEDIUM' },
	},
	flags: { tiling: false },
	styleIds: 1,
	styles: PHOENIX_STYLES,
	guidances: {
		style: { max: 4, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
		content: { max: 1, types: IMAGE_TYPES, strength: CONTENT_STRENGTH },
		character: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
		image_to_image: { max: 1, types: IMAGE_TYPES, strength: LOW_MID_HIGH },
	},
	notes: [
		`seed: page "minimum 0"; spec (${NOTE_SPEC_URL}): minimum 0, no maximum — Number.MAX_SAFE_INTEGER stands for "no maximum" (the type needs one)`,
		`negative_prompt: the page gives no length; spec (${NOTE_SPEC_URL}): maxLength 1000 — used`,
		`content strength: page LOW/MID/HIGH; spec (${NOTE_SPEC_URL}): LOW/MID/HIGH/ULTRA — the spec's values are used`,
		'page: image.type UPLOADED or GENERATED; spec enum also VARIATION, URL, BASE64 — the spec values are used',
		'guidance strength is required in the spec for style, content, character and image_to_image (default MID); image_to_image items have no order field in the spec',
		'inferred: tiling default false (the page says "When true, enables tiling"; the spec gives no default)',
		NOTE_STYLE_LIMIT,
	],
};

export const IMAGE_MODELS: CatalogModel[] = [
	// https://docs.leonardo.ai/docs/flux-dev (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'flux-dev',
		name: 'FLUX Dev',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/flux-dev',
		updated: '2026-07-10',
		prompt: { max: 2000 },
		sizes: {
			free: {
				width: { min: 480, max: 2048, step: 8 },
				height: { min: 480, max: 2048, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 2147483637 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: FLUX_STYLES,
		guidances: {
			style: { max: 1, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
			content: { max: 1, types: IMAGE_TYPES, strength: CONTENT_STRENGTH },
		},
		otherFields: ['user_elements', 'platform_elements'],
		notes: [
			'user_elements: up to 4 items {userLoraId (integer, required), weight -2..2, default 1}; platform_elements: up to 4 items {akUUID (required), weight -2..2, default 1} (page and spec agree)',
			`content strength: page LOW/MID/HIGH; spec (${NOTE_SPEC_URL}): LOW/MID/HIGH/ULTRA — the spec's values are used`,
			NOTE_TYPES_INIT,
			'guidance strength is required in the spec for style and content (default MID)',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/flux-schnell (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'flux-schnell',
		name: 'FLUX Schnell',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/flux-schnell',
		updated: '2026-07-10',
		prompt: { max: 2000 },
		sizes: {
			free: {
				width: { min: 32, max: 2048, step: 8 },
				height: { min: 32, max: 2048, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 2147483637 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: FLUX_STYLES,
		guidances: {
			style: { max: 1, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
			content: { max: 1, types: IMAGE_TYPES, strength: CONTENT_STRENGTH },
		},
		notes: [
			`content strength: page LOW/MID/HIGH; spec (${NOTE_SPEC_URL}): LOW/MID/HIGH/ULTRA — the spec's values are used`,
			NOTE_TYPES_INIT,
			'guidance strength is required in the spec for style and content (default MID)',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/flux-1-kontext-pro (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'flux-kontext-pro',
		name: 'FLUX.1 Kontext [pro]',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/flux-1-kontext-pro',
		updated: '2026-07-10',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 32, max: 2048 }, height: { min: 32, max: 2048 } },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 2147483637 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 4, types: IMAGE_TYPES },
		},
		notes: [
			NOTE_NO_STRENGTH,
			NOTE_TYPES_INIT,
			'width/height: no multiple-of constraint on the page or in the spec',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/flux1-kontext-max (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'flux-kontext-max',
		name: 'FLUX.1 Kontext Max',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/flux1-kontext-max',
		updated: '2026-07-10',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 32, max: 2048 }, height: { min: 32, max: 2048 } },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 4294967295 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 4, types: IMAGE_TYPES },
		},
		notes: [
			NOTE_NO_STRENGTH,
			NOTE_TYPES_INIT,
			'width/height: no multiple-of constraint on the page or in the spec',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/flux-2-pro (updatedAt 2026-01-22); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'flux-pro-2.0',
		name: 'FLUX.2 Pro',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/flux-2-pro',
		updated: '2026-01-22',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 64, max: 14142 }, height: { min: 64, max: 14142 } },
			default: { width: 1440, height: 1440 },
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 4294967295 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 4, types: IMAGE_TYPES },
		},
		notes: [
			`page: width/height 256–1440; spec (${NOTE_SPEC_URL}): 64–14142 — the spec's range is used`,
			'page presets: 2:3 960×1440, 1:1 1440×1440, 16:9 1440×810, 9:16 810×1440',
			`default size: the page gives none (its sample sends 1440×1440); spec (${NOTE_SPEC_URL}): 1440×1440`,
			`quantity: page "Default is 1, maximum is 8"; spec (${NOTE_SPEC_URL}): 1–8, default 4 — the spec's default is used`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			NOTE_STYLE_LIMIT,
			`style_ids: the page has no style list; the spec's enum (${NOTE_SPEC_URL}) takes 19 styles (named as on the FLUX.1 Kontext pages)`,
		],
	},

	// https://docs.leonardo.ai/docs/gpt-image-1-5 (updatedAt 2026-06-29); https://docs.leonardo.ai/docs/deprecations-changes (2026-07-09); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'gpt-image-1.5',
		name: 'GPT Image-1.5',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gpt-image-1-5',
		updated: '2026-06-29',
		prompt: { max: 9999 },
		sizes: {
			free: {
				width: { min: 1024, max: 1536, step: 8 },
				height: { min: 1024, max: 1536, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['LOW', 'MEDIUM', 'HIGH'], default: 'MEDIUM' },
		},
		flags: { transparency: false },
		styleIds: 1,
		styles: GPT_IMAGE_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			'`mode` was retired on 2026-05-04 (requests that send it fail); `quality` LOW/MEDIUM/HIGH replaces it (https://docs.leonardo.ai/docs/deprecations-changes)',
			`sizes: the page lists 2:3 1024×1536, 1:1 1024×1024, 3:2 1536×1024 and no range; spec (${NOTE_SPEC_URL}): width and height each 1024–1536, multiple of 8, default 1024 — the spec's range is used`,
			`seed: the page lists a seed (no range); the spec (${NOTE_SPEC_URL}) has no seed field — no seed is offered`,
			`quality default: the page gives none; spec (${NOTE_SPEC_URL}): MEDIUM`,
			`quantity: the page gives no range; spec (${NOTE_SPEC_URL}): 1–8, default 4`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			`style_ids and transparency: not on the page; in the spec (${NOTE_SPEC_URL}) (style_ids limited to 1, 21 styles named as on the GPT Image 2.5 pages; transparency boolean without a default — inferred: false)`,
			'the page sample JSON is malformed (missing comma after "prompt_enhance")',
		],
	},

	// https://docs.leonardo.ai/docs/gpt-image-2 (updatedAt 2026-07-29); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'gpt-image-2',
		name: 'GPT Image 2',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gpt-image-2',
		updated: '2026-07-29',
		prompt: { max: 9999 },
		sizes: {
			sides: { width: GPT_IMAGE_WIDTHS, height: GPT_IMAGE_HEIGHTS },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['LOW', 'MEDIUM', 'HIGH'], default: 'MEDIUM' },
		},
		flags: { transparency: false },
		styleIds: 1,
		styles: GPT_IMAGE_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			`sizes: page: free width/height with max(w,h) < 3840, multiples of 16, long/short ≤ 3, 655,360 ≤ w×h ≤ 8,294,400, no auto; spec (${NOTE_SPEC_URL}): width and height each from an enum (33 widths 768–3808, 37 heights 640–3584), default 1024 — the spec's lists are used`,
			'not enforced (the type cannot put pixel or aspect limits on listed sides): the page limits long/short ≤ 3 and 655,360 ≤ w×h ≤ 8,294,400, which some combinations of the listed sides break (e.g. 768×640, 3808×672). All listed values are multiples of 16 and below 3840',
			'page presets: 1:1 1024×1024, 2:3 848×1264, 3:2 1264×848, 16:9 1376×768, 9:16 768×1376',
			'page: image_reference "does not use strength"; spec: {image, order} only — no strength',
			`quality default: the page gives none; spec (${NOTE_SPEC_URL}): MEDIUM`,
			`quantity: page 1–8 (no default); spec (${NOTE_SPEC_URL}): 1–8, default 4`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_TYPES_TWO,
			`style_ids and transparency: not on the page; in the spec (${NOTE_SPEC_URL}) (style_ids limited to 1, 21 styles named as on the GPT Image 2.5 pages; transparency boolean without a default — inferred: false)`,
			'no seed (neither page nor spec)',
		],
	},

	// https://docs.leonardo.ai/docs/gpt-image-25-flare (updatedAt 2026-09-09); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'openai/gpt-image-2.5-flare',
		name: 'GPT Image 2.5 Flare',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gpt-image-25-flare',
		updated: '2026-09-09',
		prompt: { max: 9999 },
		sizes: {
			sides: { width: GPT_IMAGE_WIDTHS, height: GPT_IMAGE_HEIGHTS },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['LOW', 'MEDIUM', 'HIGH', 'XHIGH', 'MAX'], default: 'HIGH' },
		},
		flags: { transparency: false },
		styleIds: 1,
		styles: GPT_IMAGE_STYLES,
		guidances: {
			image_reference: { max: 16, types: IMAGE_TYPES },
		},
		notes: [
			`quality default: page MEDIUM; spec (${NOTE_SPEC_URL}): HIGH (its example also sends HIGH) — the spec's default is used`,
			'sizes: width and height each from the listed values (page and spec agree); 0 and size "auto" are not accepted',
			'page presets: 1:1 1024×1024, 2:3 848×1264, 3:2 1264×848, 16:9 1376×768, 9:16 768×1376',
			'image_reference: no strength (page: "does not use strength"; spec: {image, order})',
			`transparency: not on the page; in the spec (${NOTE_SPEC_URL}) as a boolean without a default — inferred: false`,
			'no seed (neither page nor spec)',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/gpt-image-25-sunburst (updatedAt 2026-09-09); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'openai/gpt-image-2.5-sunburst',
		name: 'GPT Image 2.5 Sunburst',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gpt-image-25-sunburst',
		updated: '2026-09-09',
		prompt: { max: 9999 },
		sizes: {
			sides: { width: GPT_IMAGE_WIDTHS, height: GPT_IMAGE_HEIGHTS },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['LOW', 'MEDIUM', 'HIGH', 'XHIGH', 'MAX'], default: 'HIGH' },
		},
		flags: { transparency: false },
		styleIds: 1,
		styles: GPT_IMAGE_STYLES,
		guidances: {
			image_reference: { max: 16, types: IMAGE_TYPES },
		},
		notes: [
			`quality default: page MEDIUM; spec (${NOTE_SPEC_URL}): HIGH (its example also sends HIGH) — the spec's default is used`,
			'sizes: width and height each from the listed values (page and spec agree); 0 and size "auto" are not accepted',
			'page presets: 1:1 1024×1024, 2:3 848×1264, 3:2 1264×848, 16:9 1376×768, 9:16 768×1376',
			'image_reference: no strength (page: "does not use strength"; spec: {image, order})',
			`transparency: not on the page; in the spec (${NOTE_SPEC_URL}) as a boolean without a default — inferred: false`,
			'no seed (neither page nor spec)',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/ideogram-30 (updatedAt 2026-06-29); https://docs.leonardo.ai/docs/deprecations-changes (2026-07-09); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'ideogram-v3.0',
		name: 'Ideogram 3.0',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/ideogram-30',
		updated: '2026-06-29',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 32, max: 2048 }, height: { min: 32, max: 2048 } },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		// Leonardo v2 OpenAPI spec, IdeogramV3_0GenerationRequest: 0–2147483647.
		seed: { min: 0, max: 2147483647 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['TURBO', 'BALANCED', 'QUALITY'] },
		},
		styleIds: 1,
		styles: LUCID_ORIGIN_STYLES,
		notes: [
			'`mode` was retired on 2026-05-04 (requests that send it fail); `quality` TURBO/BALANCED/QUALITY replaces it (https://docs.leonardo.ai/docs/deprecations-changes)',
			'quality: no default on the page or in the spec; the page sample sends "MEDIUM", which is not an accepted value',
			`sizes: the page gives no range; spec (${NOTE_SPEC_URL}): width and height each 32–2048 (no multiple-of), default 1024`,
			`seed, quantity, prompt: the page gives no ranges; spec (${NOTE_SPEC_URL}): seed 0–2147483647, quantity 1–8 default 4, prompt 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			`negative_prompt: in the spec (${NOTE_SPEC_URL}, maxLength 1000) but not on the page — left out`,
			'no image guidance (spec: guidances has no properties; the page lists none)',
			`style_ids: the page lists 7 styles; the spec's enum (${NOTE_SPEC_URL}) also has None (556c1ee5-ec38-42e8-955a-1e82dad0ffa1, named on the Lucid Origin page) — the spec's 8 are used; limited to 1`,
		],
	},

	// https://docs.leonardo.ai/docs/ideogram-45 (updatedAt 2026-10-07); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'ideogram/ideogram-4.5',
		name: 'Ideogram 4.5',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/ideogram-45',
		updated: '2026-10-07',
		prompt: { max: 10000 },
		sizes: {
			sides: { width: IDEOGRAM_45_SIDES, height: IDEOGRAM_45_SIDES },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 2147483647 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH'], default: 'MEDIUM' },
		},
		guidances: {
			image_reference: { max: 5, types: IMAGE_TYPES },
		},
		notes: [
			'image_reference: {image, order} (page and spec); no strength',
			'no style_ids (neither page nor spec)',
			`the spec's parameters carry an allOf of three empty constraints ({}); what they restrict (e.g. width × height pairs) is not rendered — no source found`,
		],
	},

	// https://docs.leonardo.ai/docs/p-image-ideogram (updatedAt 2026-08-05); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'ideogram/p-image-ideogram',
		name: 'P-Image-Ideogram',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/p-image-ideogram',
		updated: '2026-08-05',
		prompt: { max: 10000 },
		sizes: {
			sides: { width: P_IMAGE_IDEOGRAM_SIDES, height: P_IMAGE_IDEOGRAM_SIDES },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH'], default: 'MEDIUM' },
		},
		notes: [
			'no seed, no style_ids, no image guidance (neither page nor spec)',
			`the spec's parameters carry an allOf of seven empty constraints ({}); what they restrict is not rendered — no source found`,
		],
	},

	// https://docs.leonardo.ai/docs/krea-2-turbo (updatedAt 2026-07-15); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'krea-2-turbo',
		name: 'Krea 2 Turbo',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/krea-2-turbo',
		updated: '2026-07-15',
		prompt: { max: 9999 },
		sizes: {
			free: {
				width: { min: 16, max: 4096, step: 8 },
				height: { min: 16, max: 4096, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		notes: ['no seed, no style_ids, no image guidance (neither page nor spec)'],
	},

	// https://docs.leonardo.ai/docs/lucid-origin (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'lucid-origin',
		name: 'Lucid Origin',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/lucid-origin',
		updated: '2026-07-10',
		prompt: { max: 2000 },
		sizes: {
			free: {
				width: { min: 16, max: 3840, step: 8 },
				height: { min: 16, max: 3616, step: 8 },
			},
			default: { width: 1200, height: 1200 },
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 2147483647 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			mode: { values: ['FAST', 'ULTRA'], default: 'FAST' },
		},
		styleIds: 1,
		styles: LUCID_ORIGIN_STYLES,
		guidances: {
			style: { max: 1, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
			content: { max: 1, types: IMAGE_TYPES, strength: CONTENT_STRENGTH },
		},
		notes: [
			`content strength: page LOW/MID/HIGH; spec (${NOTE_SPEC_URL}): LOW/MID/HIGH/ULTRA — the spec's values are used`,
			'page: image.type UPLOADED or GENERATED; spec enum also VARIATION, URL, BASE64 — the spec values are used',
			'guidance strength is required in the spec for style and content (default MID)',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/lucid-realism (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'lucid-realism',
		name: 'Lucid Realism',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/lucid-realism',
		updated: '2026-07-10',
		prompt: { max: 9999 },
		sizes: {
			free: {
				width: { min: 16, max: 2496, step: 8 },
				height: { min: 16, max: 2496, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 2147483647 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			mode: { values: ['FAST', 'ULTRA'], default: 'FAST' },
		},
		styleIds: 1,
		styles: LUCID_REALISM_STYLES,
		guidances: {
			style: { max: 1, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
			content: { max: 1, types: IMAGE_TYPES, strength: CONTENT_STRENGTH },
		},
		notes: [
			`content strength: page LOW/MID/HIGH; spec (${NOTE_SPEC_URL}): LOW/MID/HIGH/ULTRA — the spec's values are used`,
			'page: image.type UPLOADED or GENERATED; spec enum also VARIATION, URL, BASE64 — the spec values are used',
			'guidance strength is required in the spec for style and content (default MID)',
			NOTE_STYLE_LIMIT,
		],
	},

	// https://docs.leonardo.ai/docs/nano-banana (updatedAt 2026-01-22); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'gemini-2.5-flash-image',
		name: 'Nano Banana',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/nano-banana',
		updated: '2026-01-22',
		prompt: { max: 9999 },
		sizes: {
			pairs: [
				{ width: 1024, height: 1024 },
				{ width: 832, height: 1248 },
				{ width: 1248, height: 832 },
				{ width: 864, height: 1184 },
				{ width: 1184, height: 864 },
				{ width: 896, height: 1152 },
				{ width: 1152, height: 896 },
				{ width: 1344, height: 768 },
				{ width: 768, height: 1344 },
				{ width: 1536, height: 672 },
			],
			auto: true,
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 1 },
		// Leonardo v2 OpenAPI spec, Gemini2_5FlashImageGenerationRequest: 0–2147483638.
		seed: { min: 0, max: 2147483638 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			`sizes: page: width and height each from 0, 672, 768, 832, 864, 896, 1024, 1152, 1184, 1248, 1344; spec (${NOTE_SPEC_URL}): width enum 0, 768, 832, 864, 896, 1024, 1152, 1184, 1248, 1344, 1536, height enum 0, 672, 768, …, 1344, and an anyOf that allows only the listed pairs (or a side of 0) — the spec's pairs are used`,
			'0×0: "the output will try to match the input image reference" (page). The spec also accepts width 0 or height 0 alone with the other side from its enum; the type can only say 0×0',
			`seed: the page gives no range; spec (${NOTE_SPEC_URL}): 0–2147483638`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			NOTE_STYLE_LIMIT,
			NOTE_NANO_PORTRAIT,
		],
	},

	// https://docs.leonardo.ai/docs/nano-banana-pro (updatedAt 2026-01-22); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'gemini-image-2',
		name: 'Nano Banana Pro',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/nano-banana-pro',
		updated: '2026-01-22',
		prompt: { max: 9999 },
		sizes: {
			sides: { width: NANO_BANANA_WIDTHS, height: NANO_BANANA_HEIGHTS },
			auto: true,
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 1 },
		// Leonardo v2 OpenAPI spec, GeminiImage2GenerationRequest: 0–2147483638.
		seed: { min: 0, max: 2147483638 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			`sizes: page: width and height both from 0, 672, 768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376, 1344, 1536, 1696, 1792, 1856, 2048, 2304, 2400, 2528, 2752, 2688, 3072, 3392, 3584, 3712, 4096, 4608, 4800, 5056, 5504; spec (${NOTE_SPEC_URL}): the heights are that list, but the widths drop 672, 1344, 2688 and add 1584, 3168, 6336 — the spec's lists are used (no pair constraint in the spec)`,
			'0×0: "the output will try to match the input image reference" (page); 0 is in both spec enums',
			`seed: the page gives no range; spec (${NOTE_SPEC_URL}): 0–2147483638`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			NOTE_STYLE_LIMIT,
			NOTE_NANO_PORTRAIT,
		],
	},

	// https://docs.leonardo.ai/docs/nano-banana-2 (updatedAt 2026-03-09); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'nano-banana-2',
		name: 'Nano Banana 2',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/nano-banana-2',
		updated: '2026-03-09',
		prompt: { max: 9999 },
		sizes: {
			pairs: NANO_BANANA_2_PAIRS,
			auto: true,
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 1 },
		// Leonardo v2 OpenAPI spec, NanoBanana2GenerationRequest: 0–2147483638.
		seed: { min: 0, max: 2147483638 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			`sizes: page: 30 pairs (10 aspect ratios × 1K/2K/4K); width and height "validated independently", a non-listed combination is accepted and silently falls back to 1:1; spec (${NOTE_SPEC_URL}): an anyOf that allows only 54 pairs (the page's 30 plus 24 more squares from 768×768 to 5504×5504, e.g. 1536×1536) or a side of 0 — the spec's pairs are used`,
			'0×0: "attempt to match the aspect ratio of the input reference image" (page). The spec also accepts width 0 or height 0 alone with the other side from its enum; the type can only say 0×0',
			`video_reference_base (max 1, UPLOADED/GENERATED video): in the spec (${NOTE_SPEC_URL}) but not on the page — left out (inferred: not meant for image generation)`,
			`seed: the page gives no range; spec (${NOTE_SPEC_URL}): 0–2147483638`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			NOTE_STYLE_LIMIT,
			NOTE_NANO_PORTRAIT,
		],
	},

	// https://docs.leonardo.ai/docs/nano-banana-2-lite (updatedAt 2026-07-07); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'nano-banana-2-lite',
		name: 'Nano Banana 2 Lite',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/nano-banana-2-lite',
		updated: '2026-07-07',
		prompt: { max: 9999 },
		sizes: {
			sides: {
				width: [768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376, 1584],
				height: [672, 768, 848, 896, 928, 1024, 1152, 1200, 1264, 1376],
			},
			auto: true,
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 1 },
		// Leonardo v2 OpenAPI spec, NanoBanana2LiteGenerationRequest: 0–2147483638.
		seed: { min: 0, max: 2147483638 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: KONTEXT_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			'sizes: width and height each from their list (page and spec agree; no pair constraint in the spec); 0×0 "will allow the output to try to match the input image reference"',
			`seed: the page gives no range; spec (${NOTE_SPEC_URL}): 0–2147483638`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			`style_ids: the page lists 18 styles; the spec's enum (${NOTE_SPEC_URL}) also has Portrait (ab5a4220-7c42-41e5-a578-eddb9fed3d75, named on the other pages) — the spec's 19 are used; limited to 1`,
		],
	},

	// https://docs.leonardo.ai/docs/phoenix (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{ id: 'phoenix-v1.0', name: 'Phoenix 1.0', ...PHOENIX },

	// https://docs.leonardo.ai/docs/phoenix (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{ id: 'phoenix-v0.9', name: 'Phoenix 0.9', ...PHOENIX },

	// https://docs.leonardo.ai/docs/seedream-4-0 (updatedAt 2026-01-22); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'seedream-4.0',
		name: 'Seedream 4.0',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedream-4-0',
		updated: '2026-01-22',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 32, max: 14142 }, height: { min: 32, max: 14142 } },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 1 },
		// Leonardo v2 OpenAPI spec, Seedream4_0GenerationRequest: 0–2147483638.
		seed: { min: 0, max: 2147483638 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: LUCID_ORIGIN_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			`page: width 256–1440 (height: no range; the page's own sample sends 1920×1080); spec (${NOTE_SPEC_URL}): width and height 32–14142, default 1024 — the spec's range is used`,
			`seed, quantity, prompt: the page gives no ranges; spec (${NOTE_SPEC_URL}): seed 0–2147483638, quantity 1–8 default 1, prompt 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			`style_ids: the page lists 7 styles; the spec's enum (${NOTE_SPEC_URL}) also has None (556c1ee5-ec38-42e8-955a-1e82dad0ffa1, named on the Lucid Origin page) — the spec's 8 are used; limited to 1`,
		],
	},

	// https://docs.leonardo.ai/docs/seedream-4-5 (updatedAt 2026-01-22); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'seedream-4.5',
		name: 'Seedream 4.5',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedream-4-5',
		updated: '2026-01-22',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 32, max: 14142 }, height: { min: 32, max: 14142 } },
			default: { width: 2048, height: 2048 },
		},
		quantity: { min: 1, max: 8, default: 1 },
		// Leonardo v2 OpenAPI spec, Seedream4_5GenerationRequest: 0–2147483638.
		seed: { min: 0, max: 2147483638 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		styleIds: 1,
		styles: LUCID_ORIGIN_STYLES,
		guidances: {
			image_reference: { max: 6, types: IMAGE_TYPES },
		},
		notes: [
			`page: width 256–1440 (height: no range; the page's own sample sends 1920×1080); spec (${NOTE_SPEC_URL}): width and height 32–14142, default 2048 — the spec's range is used`,
			`seed, quantity, prompt: the page gives no ranges; spec (${NOTE_SPEC_URL}): seed 0–2147483638, quantity 1–8 default 1, prompt 1–9999`,
			NOTE_ENHANCE_ON_OFF,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			`style_ids: the page lists 7 styles; the spec's enum (${NOTE_SPEC_URL}) also has None (556c1ee5-ec38-42e8-955a-1e82dad0ffa1, named on the Lucid Origin page) — the spec's 8 are used; limited to 1`,
		],
	},

	// https://docs.leonardo.ai/docs/seedream-50-pro (updatedAt 2026-07-09); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'seedream-5.0-pro',
		name: 'Seedream 5.0 Pro',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedream-50-pro',
		updated: '2026-07-09',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 768, max: 2048 }, height: { min: 768, max: 2048 } },
			default: { width: 2048, height: 2048 },
		},
		quantity: { min: 1, max: 6, default: 1 },
		// Leonardo v2 OpenAPI spec, Seedream5_0ProGenerationRequest: 0–2147483637.
		seed: { min: 0, max: 2147483637 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			output_format: { values: ['jpeg', 'png'], default: 'jpeg' },
			mode: { values: ['FAST', 'QUALITY'], default: 'QUALITY' },
		},
		guidances: {
			image_reference: { max: 10, types: IMAGE_TYPES },
		},
		notes: [
			`mode FAST/QUALITY (default QUALITY): in the spec (${NOTE_SPEC_URL}, its example sends "QUALITY") but not on the page`,
			`seed: the page gives no range; spec (${NOTE_SPEC_URL}): 0–2147483637`,
			`prompt: the page gives no length; spec (${NOTE_SPEC_URL}): 1–9999`,
			NOTE_NO_STRENGTH,
			NOTE_TYPES_TWO,
			`the spec's parameters carry an allOf with one empty constraint ({}); what it restricts is not rendered — no source found`,
			'no style_ids (neither page nor spec)',
		],
	},

	// https://docs.leonardo.ai/docs/seedream-50-flash (updatedAt 2026-10-07); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'bytedance/seedream-5.0-flash',
		name: 'Seedream 5.0 Flash',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedream-50-flash',
		updated: '2026-10-07',
		prompt: { max: 9999 },
		sizes: {
			free: { width: { min: 1024, max: 3008 }, height: { min: 1024, max: 3008 } },
			default: { width: 2048, height: 2048 },
		},
		quantity: { min: 1, max: 8, default: 1 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			output_format: { values: ['jpeg', 'png'], default: 'jpeg' },
		},
		guidances: {
			image_reference: { max: 10, types: IMAGE_TYPES },
		},
		notes: [
			'image_reference: no strength (page lists none; spec: {image, order})',
			'no seed, no style_ids (neither page nor spec)',
			`the spec's parameters carry an allOf of two empty constraints ({}); what they restrict is not rendered — no source found`,
		],
	},

	// ───────────── In the v2 spec, no guide page ─────────────
	// spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): KinoXlGenerationRequest
	{
		id: 'kino-xl',
		name: 'Cinematic Kino',
		...sdxlLegacy({
			schema: 'KinoXlGenerationRequest',
			maxWidth: 1536,
			mode: 'FAST',
			contrast: 'MEDIUM',
			styles: KINO_XL_STYLES,
			defaultStyle: 'Cinematic a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
		}),
	},

	// spec (2026-09-01): AnimeXlGenerationRequest
	{
		id: 'anime-xl',
		name: 'Anime',
		...sdxlLegacy({
			schema: 'AnimeXlGenerationRequest',
			maxWidth: 1584,
			mode: 'FAST',
			contrast: 'LOW',
			styles: ANIME_XL_STYLES,
			defaultStyle: 'Anime General b2a54a51-230b-4d4f-ad4e-8409bf58645f',
		}),
	},

	// spec (2026-09-01): PortraitPerfectGenerationRequest
	{
		id: 'portrait-perfect',
		name: 'Portrait Perfect',
		...sdxlLegacy({
			schema: 'PortraitPerfectGenerationRequest',
			maxWidth: 1536,
			mode: 'QUALITY',
			contrast: 'MEDIUM',
			styles: PORTRAIT_PERFECT_STYLES,
			defaultStyle: 'Portrait Cinematic 4edb03c9-8a26-4041-9d01-f85b5d4abd71',
		}),
	},

	// spec (2026-09-01): StockPhotographyGenerationRequest
	{
		id: 'stock-photography',
		name: 'Stock Photography',
		...sdxlLegacy({
			schema: 'StockPhotographyGenerationRequest',
			maxWidth: 1536,
			mode: 'QUALITY',
			contrast: 'MEDIUM',
			styles: STOCK_PHOTOGRAPHY_STYLES,
			defaultStyle: 'Stock Photo 5bdc3f2a-1be6-4d1c-8e77-992a30824a2c',
		}),
	},

	// spec (2026-09-01): IllustrativeAlbedoGenerationRequest
	{
		id: 'illustrative-albedo',
		name: 'Illustrative Albedo',
		...sdxlLegacy({
			schema: 'IllustrativeAlbedoGenerationRequest',
			maxWidth: 1584,
			mode: 'FAST',
			contrast: 'MEDIUM',
			styles: ILLUSTRATIVE_ALBEDO_STYLES,
			defaultStyle: 'Illustration 645e4195-f63d-4715-a3f2-3fb1e6eb8c70',
		}),
	},

	// spec (2026-09-01): ConceptArtGenerationRequest
	{
		id: 'concept-art',
		name: 'Concept Art',
		...sdxlLegacy({
			schema: 'ConceptArtGenerationRequest',
			maxWidth: 1584,
			mode: 'FAST',
			contrast: 'MEDIUM',
			styles: CONCEPT_ART_STYLES,
			defaultStyle: '726585f5-d231-4a3a-bee9-9a5e5d3df779 (no page names it)',
		}),
	},

	// spec (2026-09-01): LifelikeVisionGenerationRequest
	{
		id: 'lifelike-vision',
		name: 'Lifelike Vision',
		...sdxlLegacy({
			schema: 'LifelikeVisionGenerationRequest',
			maxWidth: 1584,
			mode: 'FAST',
			contrast: 'MEDIUM',
			styles: LIFELIKE_VISION_STYLES,
			defaultStyle: 'Dynamic 111dc692-d470-4eec-b791-3475abac4c46',
		}),
	},

	// spec (2026-09-01): GraphicDesignGenerationRequest
	{
		id: 'graphic-design',
		name: 'Graphic Design',
		...sdxlLegacy({
			schema: 'GraphicDesignGenerationRequest',
			maxWidth: 1584,
			mode: 'FAST',
			contrast: 'MEDIUM',
			styles: GRAPHIC_DESIGN_STYLES,
			defaultStyle: 'Graphic Design 2D 703d6fe5-7f1c-4a9e-8da0-5331f214d5cf',
		}),
	},

	// spec (2026-09-01): LightningXlGenerationRequest
	{
		id: 'lightning-xl',
		name: 'Leonardo Lightning',
		...sdxlLegacy({
			schema: 'LightningXlGenerationRequest',
			maxWidth: 1584,
			mode: 'FAST',
			contrast: 'MEDIUM',
			styles: LIGHTNING_XL_STYLES,
			defaultStyle: 'Dynamic 111dc692-d470-4eec-b791-3475abac4c46',
		}),
	},

	// spec (2026-09-01): IdeogramV4_0GenerationRequest
	{
		id: 'ideogram-v4.0',
		name: 'Ideogram 4.0',
		kind: 'image',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 10000 },
		sizes: { sides: { width: IDEOGRAM_40_SIDES, height: IDEOGRAM_40_SIDES } },
		quantity: { min: 1, max: 4, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['TURBO', 'BALANCED', 'QUALITY'], default: 'BALANCED' },
		},
		notes: [
			noGuide('IdeogramV4_0GenerationRequest'),
			'sizes: width and height each from the same 19 values, 1152–3328 (spec enums; no pair constraint written out)',
			'spec gives no default size (its example sends none) — no default entered; the node sends no size unless one is set',
			'quantity 1–4, default 4; quality TURBO/BALANCED/QUALITY default BALANCED; prompt 1–10000; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'no seed, no style_ids, no negative_prompt, no guidances (not in the schema)',
			"the spec's parameters carry an allOf with one empty constraint ({}); what it restricts is not rendered — no source found",
		],
	},

	// spec (2026-09-01): RecraftV4GenerationRequest
	{
		id: 'recraft-v4',
		name: 'Recraft V4',
		kind: 'image',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 9999 },
		sizes: { sides: { width: RECRAFT_V4_SIDES, height: RECRAFT_V4_SIDES }, default: SQUARE_1024 },
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		notes: [
			noGuide('RecraftV4GenerationRequest'),
			'sizes: width and height each from 768, 832, 896, 1024, 1152, 1216, 1280, 1344, 1536, default 1024 (spec enums; no pair constraint)',
			'quantity 1–8 default 4; prompt 1–9999; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'no seed, no style_ids, no negative_prompt, no guidances (not in the schema)',
		],
	},

	// spec (2026-09-01): RecraftV4ProGenerationRequest
	{
		id: 'recraft-v4-pro',
		name: 'Recraft V4 Pro',
		kind: 'image',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 9999 },
		sizes: {
			sides: { width: RECRAFT_V4_PRO_SIDES, height: RECRAFT_V4_PRO_SIDES },
			default: { width: 2048, height: 2048 },
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		notes: [
			noGuide('RecraftV4ProGenerationRequest'),
			'sizes: width and height each from 1536, 1664, 1792, 2048, 2304, 2432, 2560, 2688, 3072, default 2048 (spec enums; no pair constraint)',
			'quantity 1–8 default 4; prompt 1–9999; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'no seed, no style_ids, no negative_prompt, no guidances (not in the schema)',
		],
	},

	// spec (2026-09-01): Krea_krea2GenerationRequest
	{
		id: 'krea/krea-2',
		name: 'Krea 2',
		kind: 'image',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 5000 },
		sizes: {
			free: {
				width: { min: 16, max: 4096, step: 8 },
				height: { min: 16, max: 4096, step: 8 },
			},
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		seed: { min: 0, max: 4294967295 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		choices: {
			quality: { values: ['MEDIUM', 'HIGH'], default: 'MEDIUM' },
		},
		guidances: {
			style: { max: 10, types: IMAGE_TYPES, strength: STYLE_STRENGTH },
		},
		notes: [
			noGuide('Krea_krea2GenerationRequest'),
			'sizes: width and height 16–4096, multiples of 8, default 1024 (spec)',
			'seed 0–4294967295; quantity 1–8 default 4; quality MEDIUM/HIGH default MEDIUM; prompt 1–5000; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'guidances: style only, at most 10 items {image, order, strength}; strength LOW/MID/HIGH/ULTRA/MAX, required, default MID (spec)',
			'no style_ids, no negative_prompt (not in the schema)',
		],
	},

	// spec (2026-09-01): Bfl_flux3ImageGenerationRequest
	{
		id: 'bfl/flux-3-image',
		name: 'FLUX 3 Image',
		kind: 'image',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 9999 },
		sizes: {
			sides: { width: FLUX_3_IMAGE_SIDES, height: FLUX_3_IMAGE_SIDES },
			default: SQUARE_1024,
		},
		quantity: { min: 1, max: 8, default: 4 },
		promptEnhance: ENHANCE_AUTO_ON_OFF,
		guidances: {
			image_reference: { max: 10, types: IMAGE_TYPES },
		},
		notes: [
			noGuide('Bfl_flux3ImageGenerationRequest'),
			'sizes: width and height each from the same 43 values, 672–6256, default 1024 (spec enums; no pair constraint written out)',
			"the spec's parameters carry an allOf of five empty constraints ({}); what they restrict (e.g. which width × height combinations, or a pixel limit) is not rendered — no source found; any listed width with any listed height is accepted here",
			'image_reference: at most 10 items {image, order}, no strength (spec)',
			'quantity 1–8 default 4; prompt 1–9999; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'no seed, no style_ids, no negative_prompt (not in the schema)',
		],
	},
];
