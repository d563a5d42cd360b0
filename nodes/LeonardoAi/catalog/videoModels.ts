import { VIDEO_STYLES } from './styles';
import type { CatalogModel, ImageType, Size } from './types';

/**
 * Video models. Sources: each model's guide page (mirror captured 2026-10-08) and the v2 OpenAPI spec
 * embedded in https://docs.leonardo.ai/reference/creategeneration (updatedAt 2026-09-01): every v2
 * entry's first note, "spec (<Schema>): …", says what its schema has; where page and spec disagree the
 * spec's value is used and both are cited. The models the spec lists without a guide page (at the end,
 * before the v1 ones) are entries from their spec schema alone; the v1 ones follow the official SDK.
 */

/** The spec's image type enum (UPLOADED | GENERATED | VARIATION | URL | BASE64). */
const ALL_IMAGE_TYPES: ImageType[] = ['UPLOADED', 'GENERATED', 'VARIATION', 'URL', 'BASE64'];
/** Pages listing `GENERATED` or `UPLOADED` only. */
const UPLOADED_GENERATED: ImageType[] = ['UPLOADED', 'GENERATED'];
/** Video and audio references: UPLOADED or GENERATED. */
const MEDIA_TYPES: ImageType[] = ['UPLOADED', 'GENERATED'];

/** Whole seconds from `from` to `to`. */
const seconds = (from: number, to: number): number[] =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

const size = (width: number, height: number): Size => ({ width, height });

/** 720p + 1080p at 16:9, 1:1, 9:16 (Kling 3.0 and 3.0 Turbo: page and spec; the Kling O3 and Wan 2.7 pages). */
const KLING3_PAIRS = [
	size(1280, 720),
	size(960, 960),
	size(720, 1280),
	size(1920, 1080),
	size(1440, 1440),
	size(1080, 1920),
];
/** Kling 3.0's page: the 720p sizes are its RESOLUTION_720 ("Standard"), the 1080p ones RESOLUTION_1080 ("Pro"). */
const KLING3_MODE_PAIRS = KLING3_PAIRS.map((pair) => ({
	...pair,
	mode: Math.min(pair.width, pair.height) < 1080 ? 'RESOLUTION_720' : 'RESOLUTION_1080',
}));
/** 1920×1080, 1440×1440, 1080×1920 (Kling 2.6: page and spec; the Kling O1 page). */
const KLING_1080_PAIRS = [size(1920, 1080), size(1440, 1440), size(1080, 1920)];
/** Veo 3.1 / Veo 3.1 Fast (page and spec agree). */
const VEO_PAIRS = [
	size(1280, 720),
	size(720, 1280),
	size(1920, 1080),
	size(1080, 1920),
	size(3840, 2160),
	size(2160, 3840),
];
/** Motion 2.0 / 2.0 Fast (page and spec agree; 0×0 separately as `auto`). */
const MOTION2_PAIRS = [
	size(832, 480),
	size(576, 720),
	size(512, 768),
	size(480, 832),
	size(1280, 720),
	size(720, 1280),
];
/**
 * Hailuo 2.3 / 2.3 Fast, from the spec (https://docs.leonardo.ai/reference/creategeneration, its
 * `anyOf` of width × height): the guide page is gone from docs.leonardo.ai's index. The mode of each
 * size is inferred: the spec checks an explicit mode "against width and height" without a table, and
 * its values RESOLUTION_768 / RESOLUTION_1080 name the short sides of the listed sizes.
 */
const HAILUO23_PAIRS = [
	size(1376, 768),
	size(768, 1376),
	size(768, 768),
	size(1920, 1080),
	size(1080, 1920),
	size(1080, 1080),
].map((pair) => ({
	...pair,
	mode: Math.min(pair.width, pair.height) < 1080 ? 'RESOLUTION_768' : 'RESOLUTION_1080',
}));
/** A length no source limits (v1 negativePrompt: the SDK gives no maximum). */
const NO_STATED_LIMIT = Number.MAX_SAFE_INTEGER;
/** Free integer sides where no source gives a range (Seedance 1.0 Pro / Pro Fast and 2.x: spec and pages). */
const ANY_SIDE = { min: 1, max: Number.MAX_SAFE_INTEGER };
const NOTE_SEEDANCE2_FREE =
	'sizes: the page gives free integer width/height (default 1280×720) and no range or pairs; min 1 entered, no upper limit (none documented)';
/** The spec's video reference object (additionalProperties false): the only keys it takes. */
const VIDEO_KEYS = ['id', 'url', 'type', 'width', 'height', 'duration', 'motion_has_audio'];
/** The spec's audio reference object (additionalProperties false): the only keys it takes. */
const AUDIO_KEYS = ['id', 'url', 'type', 'duration'];

const SPEC = 'https://docs.leonardo.ai/reference/creategeneration';
/** Models the v2 spec lists that have no guide page: `docs` is the spec itself, `updated` its date. */
const SPEC_ONLY = { docs: SPEC, updated: '2026-09-01' } as const;
const noGuide = (schema: string) =>
	`no guide page: entry from the v2 spec's ${schema} only (${SPEC}, updatedAt 2026-09-01)`;
/** The spec's note on `mode` where it is deprecated ("Validation is silent … consistency-checked"). */
const modeDeprecated = (values: string, fallback: string) =>
	`mode ${values} (default ${fallback}) is deprecated in the spec ("Width and height are the canonical inputs … explicit values are still consistency-checked against width and height") and does not say which size goes with which mode → not entered: the node does not send it, and refuses it from Additional Parameters as it does for Veo 3.1 (the spec itself still accepts it)`;
/** LTX-2.3 Pro and Fast: the same schema bar the durations. */
const ltxv = (schema: string, durations: number[]): Omit<CatalogModel, 'id' | 'name'> => ({
	kind: 'video',
	endpoint: 'v2',
	...SPEC_ONLY,
	prompt: { max: 5000 },
	sizes: {
		free: {
			width: { min: 0, max: Number.MAX_SAFE_INTEGER },
			height: { min: 0, max: Number.MAX_SAFE_INTEGER },
		},
		default: size(1920, 1080),
		required: true,
	},
	quantity: { min: 1, max: 1, default: 1, required: true },
	durations: { values: durations, default: 6 },
	promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
	flags: { motion_has_audio: true },
	guidances: {
		start_frame: { max: 1, types: ALL_IMAGE_TYPES },
		end_frame: { max: 1, types: ALL_IMAGE_TYPES },
	},
	notes: [
		noGuide(schema),
		'sizes: the spec gives width and height as integers 0–9007199254740991 (default 1920×1080) with no enum or pairs — entered as such (free, from 0); the allOf of two empty constraints ({}) in its parameters may hold the real size rule, which is not rendered — no source found',
		'required (spec): prompt, quantity, width and height — all marked required; the node sends the default size (1920×1080, spec) when none is set',
		`duration ${durations.join(', ')} s, default 6; quantity exactly 1; prompt 1–5000; prompt_enhance AUTO/ON/OFF default AUTO; motion_has_audio default true (spec)`,
		modeDeprecated('RESOLUTION_1080/1440/2160', 'RESOLUTION_1080'),
		'guidances: start_frame and end_frame, at most 1 each, items {image} only (no order, no strength), image.type UPLOADED/GENERATED/VARIATION/URL/BASE64 (spec); the spec states no rule between them (the node keeps its end-frame-needs-start-frame rule)',
		'no seed, no negative_prompt, no style_ids (not in the schema)',
	],
});

export const VIDEO_MODELS: CatalogModel[] = [
	// ───────────── Veo 3.1 family ─────────────
	// https://docs.leonardo.ai/docs/veo-31 (updatedAt 2026-07-04); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'veo-3.1-generate-001',
		name: 'Veo 3.1',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/veo-31',
		updated: '2026-07-04',
		prompt: { max: 9999 },
		sizes: { pairs: VEO_PAIRS, default: size(1280, 720) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [4, 6, 8], default: 8 },
		seed: { min: 0, max: 4294967295 },
		negativePrompt: { max: 1000 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 3, types: ALL_IMAGE_TYPES },
		},
		notes: [
			'quantity: page "Must be 1. Defaults to 1"; spec lists quantity under required → sent always',
			'image_reference: page says each item includes strength LOW/MID/HIGH (default MID); the spec item is {image, order} only → no strength sent',
			'image types: page lists GENERATED/UPLOADED only; spec enum also VARIATION/URL/BASE64 → spec followed',
			'mode (RESOLUTION_720/1080/2160) and audio are deprecated in the spec and not on the page → not sent; default size 1280×720 from the spec',
			'spec forbids sending both the deprecated top-level start_frame/end_frame and guidances.start_frame/end_frame',
		],
	},
	// https://docs.leonardo.ai/docs/veo-31 (updatedAt 2026-07-04); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'veo-3.1-fast-generate-001',
		name: 'Veo 3.1 Fast',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/veo-31',
		updated: '2026-07-04',
		prompt: { max: 9999 },
		sizes: { pairs: VEO_PAIRS, default: size(1280, 720) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [4, 6, 8], default: 8 },
		seed: { min: 0, max: 4294967295 },
		negativePrompt: { max: 1000 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
		},
		notes: [
			'no image_reference: page "available only on veo-3.1-generate-001"; spec guidances = start_frame + end_frame, additionalProperties false',
			'quantity: page "Must be 1"; spec lists quantity under required → sent always',
			'image types: page GENERATED/UPLOADED; spec adds VARIATION/URL/BASE64 → spec followed',
			'mode and audio deprecated in the spec, not on the page → not sent',
		],
	},
	// https://docs.leonardo.ai/docs/veo-31 (updatedAt 2026-07-04); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'veo-3.1-lite',
		name: 'Veo 3.1 Lite',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/veo-31',
		updated: '2026-07-04',
		prompt: { max: 9999 },
		sizes: {
			pairs: [size(1280, 720), size(720, 1280), size(1920, 1080), size(1080, 1920)],
			default: size(1280, 720),
		},
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [4, 6, 8], default: 8 },
		seed: { min: 0, max: 4294967295 },
		negativePrompt: { max: 1000 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
		},
		notes: [
			'no 4K: page "2160p / 4K (not supported on Veo 3.1 Lite)"; spec pairs = 720p + 1080p only',
			'quantity: page "Must be 1"; spec lists quantity under required → sent always',
			'image types: page GENERATED/UPLOADED; spec adds VARIATION/URL/BASE64 → spec followed',
			'mode (RESOLUTION_720/1080) and audio deprecated in the spec → not sent',
		],
	},

	// ───────────── Kling ─────────────
	// https://docs.leonardo.ai/docs/kling-26 (updatedAt 2026-01-23); spec (2026-09-01): Kling2_6GenerationRequest
	{
		id: 'kling-2.6',
		name: 'Kling 2.6',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/kling-26',
		updated: '2026-01-23',
		prompt: { max: 2500 },
		sizes: { pairs: KLING_1080_PAIRS, auto: true },
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: [5, 10], default: 5 },
		flags: { motion_has_audio: true },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES } },
		notes: [
			'spec (Kling2_6GenerationRequest): required prompt only; prompt 1–2500; width × height 1920×1080, 1080×1920, 1440×1440 or 0×0, both or neither (its oneOf), no default size; duration 5 or 10, default 5; quantity 1–1, default 1, not required; motion_has_audio boolean, default true; guidances.start_frame at most 1, items {image} (no order, no strength), image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; the guidances object is not closed (no additionalProperties false) but lists start_frame only; no end_frame, seed, negative_prompt, prompt_enhance or style_ids',
			"prompt max — page: 1500; spec (Kling2_6GenerationRequest): 2500 — the spec's value is used",
			"start_frame image types — page: UPLOADED/GENERATED; spec (Kling2_6GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'from the spec, not on the page: 0×0 as a size (what it does is not stated), duration default 5, quantity (exactly 1) and motion_has_audio (default true)',
			modeDeprecated('RESOLUTION_1080 (its only value)', 'RESOLUTION_1080') +
				'; audio (boolean, default true) is deprecated there too → not entered; the deprecated top-level start_frame object is not used (guidances.start_frame is)',
			'no default size (neither page nor spec gives one)',
		],
	},
	// https://docs.leonardo.ai/docs/kling-30 (updatedAt 2026-02-10); spec (2026-09-01): Kling3_0GenerationRequest
	{
		id: 'kling-3.0',
		name: 'Kling 3.0',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/kling-30',
		updated: '2026-02-10',
		prompt: { max: 2500 },
		sizes: {
			pairs: [
				...KLING3_MODE_PAIRS,
				// Inferred: RESOLUTION_2160 goes with the spec's three 4K sizes (no source ties them).
				...[size(3840, 2160), size(2160, 3840), size(2880, 2880)].map((pair) => ({
					...pair,
					mode: 'RESOLUTION_2160',
				})),
			],
			auto: true,
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(3, 15), default: 5 },
		choices: {
			mode: {
				values: ['RESOLUTION_720', 'RESOLUTION_1080', 'RESOLUTION_2160'],
				default: 'RESOLUTION_1080',
			},
		},
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
		},
		notes: [
			'spec (Kling3_0GenerationRequest): required prompt only; prompt 1–2500; width × height 1920×1080, 1080×1920, 1440×1440, 1280×720, 720×1280, 960×960, 0×0, 3840×2160, 2160×3840 or 2880×2880, both or neither (its oneOf), no default size; mode RESOLUTION_720/1080/2160, default RESOLUTION_1080, deprecated; duration 3–15, default 5; quantity 1–1, default 1, not required; motion_has_audio default true; guidances start_frame and end_frame, at most 1 each, items {image}, image.type UPLOADED/GENERATED/VARIATION/URL/BASE64, additionalProperties false; no seed, negative_prompt, prompt_enhance or style_ids',
			"sizes — page: 720p and 1080p at 16:9, 1:1, 9:16; spec (Kling3_0GenerationRequest): those plus 3840×2160, 2160×3840, 2880×2880 and 0×0 — the spec's value is used",
			'mode — page: RESOLUTION_720 (Standard) or RESOLUTION_1080 (Pro), default RESOLUTION_1080, not marked deprecated, sent by its sample; spec (Kling3_0GenerationRequest): RESOLUTION_720/1080/2160, default RESOLUTION_1080, deprecated ("explicit values are still consistency-checked against width and height") — the spec\'s value is used: the node sends width and height only and takes mode from Additional Parameters. An explicit mode must match the size where the page ties them (720p pairs RESOLUTION_720, 1080p pairs RESOLUTION_1080); neither source says which mode goes with 3840×2160, 2160×3840 or 2880×2880 — inferred: RESOLUTION_2160',
			'image_reference — page: up to 7 ("or up to 4 when specifying a video reference", text copied from Kling O3); spec (Kling3_0GenerationRequest): guidances start_frame and end_frame only, additionalProperties false — the spec\'s value is used (no image references)',
			"prompt max — page: 1500; spec (Kling3_0GenerationRequest): 2500 — the spec's value is used",
			"frame image types — page: UPLOADED/GENERATED; spec (Kling3_0GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'from the spec, not on the page: duration default 5, quantity (exactly 1), motion_has_audio default true (the page gives no default; its sample sends true)',
			'page: with no width/height and a start_frame, the size follows the start frame (spec: 0×0, or neither side)',
			'no default size (neither page nor spec gives one)',
		],
	},
	// https://docs.leonardo.ai/docs/kling-30-turbo (updatedAt 2026-06-23); spec (2026-09-01): Kling3_0TurboGenerationRequest
	{
		id: 'kling-3.0-turbo',
		name: 'Kling 3.0 Turbo',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/kling-30-turbo',
		updated: '2026-06-23',
		prompt: { max: 2500 },
		sizes: { pairs: KLING3_PAIRS, auto: true },
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(3, 15), default: 5 },
		flags: { motion_has_audio: true },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES } },
		notes: [
			'spec (Kling3_0TurboGenerationRequest): required prompt only; prompt 1–2500; width × height 1920×1080, 1080×1920, 1440×1440, 1280×720, 720×1280, 960×960 or 0×0, both or neither (its oneOf), no default size; duration 3–15, default 5; quantity 1–1, default 1, not required; motion_has_audio default true; guidances start_frame only, at most 1, items {image}, additionalProperties false; no mode property at all; no end_frame, seed, negative_prompt, prompt_enhance or style_ids',
			"start_frame image types — page: UPLOADED/GENERATED/VARIATION (and INIT, GENERATION); spec (Kling3_0TurboGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'mode: page "Deprecated … RESOLUTION_720 routes to the standard (720p) tier, RESOLUTION_1080 to the pro (1080p) tier. Defaults to RESOLUTION_1080"; the spec (Kling3_0TurboGenerationRequest) has no mode property → not entered: not sent, refused from Additional Parameters',
			'page and spec agree on sizes, duration (default 5), prompt, quantity and motion_has_audio; no default size in either',
		],
	},
	// https://docs.leonardo.ai/docs/kling-o1 (updatedAt 2026-02-10); spec (2026-09-01): KlingVideoO1GenerationRequest
	{
		id: 'kling-video-o-1',
		name: 'Kling O1',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/kling-o1',
		updated: '2026-02-10',
		prompt: { max: 2500 },
		sizes: {
			free: { width: { min: 0, max: 2160 }, height: { min: 0, max: 2160 } },
			auto: true,
			default: size(1920, 1080),
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(3, 10), default: 5 },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 5, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				max: 1,
				types: MEDIA_TYPES,
				duration: { min: 3, max: 10.05 },
				videoSides: { min: 720, max: 2160 },
				mediaKeys: VIDEO_KEYS,
			},
		},
		rules: ['referencesExcludeFrames'],
		notes: [
			'spec (KlingVideoO1GenerationRequest): required prompt only; prompt 1–2500; width and height integers 0–2160 each, default 1920×1080, no pairs; mode RESOLUTION_1080 only, deprecated; duration an integer 3–10 (a range, no enum), default 5; quantity 1–1, default 1, not required; guidances (additionalProperties false): start_frame and end_frame at most 1 each {image}; image_reference at most 5 {image, order}, no strength; video_reference_base at most 1 {video: {id, type required; url, width, height, duration, motion_has_audio; additionalProperties false}}, type UPLOADED/GENERATED, video.width/height 720–2160, video.duration 3–10.05; image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; no motion_has_audio, seed, negative_prompt, prompt_enhance or style_ids',
			"sizes — page: 1920×1080, 1440×1440, 1080×1920; spec (KlingVideoO1GenerationRequest): any width and height 0–2160, default 1920×1080 — the spec's value is used. 0×0 is inside that range and accepted; what a 0 side does is not stated in this schema (Kling 2.6 / 3.0 list 0×0 as following the input)",
			"duration — page: 5 or 10, no default; spec (KlingVideoO1GenerationRequest): 3–10, default 5 — the spec's value is used",
			"image_reference max — page: 4; spec (KlingVideoO1GenerationRequest): 5 — the spec's value is used",
			"video_reference_base type — page: GENERATED only; spec (KlingVideoO1GenerationRequest): UPLOADED or GENERATED — the spec's value is used",
			"video_reference_base — page: 3–10 s, width/height at least 720 px, width at most 2160 px; spec (KlingVideoO1GenerationRequest): duration 3–10.05 s, width and height 720–2160 px — the spec's value is used",
			"prompt max — page: 1500; spec (KlingVideoO1GenerationRequest): 2500 — the spec's value is used",
			"image types — page: UPLOADED/GENERATED; spec (KlingVideoO1GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			"quantity — page: not in its table (its video-editing sample sends 1); spec (KlingVideoO1GenerationRequest): 1–1, not required — the spec's value is used",
			modeDeprecated('RESOLUTION_1080 (its only value)', 'RESOLUTION_1080') +
				"; the page's sample sends it, its table does not list it",
			"image references with start/end frames (page: not together) — the spec states no rule between them (its parameters carry four empty constraints {}, not rendered): the page's rule is kept",
			"the page's video-editing sample also sends prompt_enhance OFF and a seed; neither is in the spec's schema → not entered",
			'page: the video id is the generated_images id of the earlier video',
		],
	},
	// https://docs.leonardo.ai/docs/kling-o3 (updatedAt 2026-02-10); spec (2026-09-01): KlingVideoO3GenerationRequest
	{
		id: 'kling-video-o-3',
		name: 'Kling O3',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/kling-o3',
		updated: '2026-02-10',
		prompt: { max: 2500 },
		sizes: {
			free: { width: { min: 0, max: 3840 }, height: { min: 0, max: 3840 } },
			auto: true,
			default: size(1920, 1080),
		},
		quantity: { min: 1, max: 1, default: 1 },
		choices: {
			mode: {
				values: ['RESOLUTION_720', 'RESOLUTION_1080', 'RESOLUTION_2160'],
				default: 'RESOLUTION_1080',
				deprecated: true,
			},
		},
		durations: { values: seconds(3, 15), default: 5 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 7, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				max: 1,
				types: MEDIA_TYPES,
				duration: { min: 3, max: 10.05 },
				videoSides: { min: 720, max: 2160 },
				mediaKeys: VIDEO_KEYS,
			},
		},
		rules: ['referencesExcludeFrames'],
		withVideoReference: { maxDuration: 10, maxImageReferences: 4, excludesFrames: true },
		notes: [
			'spec (KlingVideoO3GenerationRequest): required prompt only; prompt 1–2500; width and height integers 0–3840 each, default 1920×1080, no pairs; mode RESOLUTION_720/1080/2160, default RESOLUTION_1080, deprecated; duration 3–15, default 5; quantity 1–1, default 1, not required; motion_has_audio default true; guidances (additionalProperties false): start_frame and end_frame at most 1 each {image}; image_reference at most 7 {image, order}, no strength; video_reference_base at most 1 {video: {id, type required; url, width, height, duration, motion_has_audio; additionalProperties false}}, type UPLOADED/GENERATED, video.width/height 720–2160, video.duration 3–10.05; image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; no seed, negative_prompt, prompt_enhance or style_ids',
			"sizes — page: 720p and 1080p at 16:9, 1:1, 9:16; spec (KlingVideoO3GenerationRequest): any width and height 0–3840, default 1920×1080 — the spec's value is used. 0×0 is inside that range and accepted; what a 0 side does is not stated in this schema",
			"mode — page: RESOLUTION_720/1080 (720p pairs RESOLUTION_720, 1080p pairs RESOLUTION_1080), not marked deprecated, sent by its sample; spec (KlingVideoO3GenerationRequest): RESOLUTION_720/1080/2160, deprecated — the spec's value is used. With free sizes the catalog cannot say which mode goes with which size (neither source does for sizes off the page's table): entered as deprecated — never sent by the node, taken from Additional Parameters as the spec takes it, checked against the size by Leonardo alone",
			"video_reference_base type — page: GENERATED only; spec (KlingVideoO3GenerationRequest): UPLOADED or GENERATED — the spec's value is used",
			"video_reference_base — page: 3–10 s; spec (KlingVideoO3GenerationRequest): video.duration 3–10.05 s, video.width/height 720–2160 px — the spec's value is used",
			"prompt max — page: 1500; spec (KlingVideoO3GenerationRequest): 2500 — the spec's value is used",
			"image types — page: UPLOADED/GENERATED; spec (KlingVideoO3GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'from the spec, not on the page: duration default 5, default size 1920×1080, quantity (exactly 1), motion_has_audio default true (the page gives no default; its sample sends true)',
			"page: with a video reference at most 10 s, at most 4 image references, no start/end frames; image references not together with start/end frames — the spec states none of these (its parameters carry eight empty constraints {}, not rendered): the page's rules are kept",
			'page: audio is not kept when editing a video reference',
		],
	},

	// ───────────── MiniMax Hailuo ─────────────
	// https://docs.leonardo.ai/docs/minimax-hailuo-03 (updatedAt 2026-10-07); spec (2026-09-01): Hailuo03GenerationRequest
	{
		id: 'hailuo-03',
		name: 'MiniMax Hailuo 03',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/minimax-hailuo-03',
		updated: '2026-10-07',
		prompt: { max: 7000 },
		sizes: {
			pairs: [
				size(1120, 480),
				size(856, 480),
				size(640, 480),
				size(480, 480),
				size(480, 640),
				size(480, 856),
				size(1792, 768),
				size(1376, 768),
				size(1024, 768),
				size(768, 768),
				size(768, 1024),
				size(768, 1376),
				size(3360, 1440),
				size(2560, 1440),
				size(1920, 1440),
				size(1440, 1440),
				size(1440, 1920),
				size(1440, 2560),
				size(5040, 2160),
				size(3840, 2160),
				size(2880, 2160),
				size(2160, 2160),
				size(2160, 2880),
				size(2160, 3840),
			],
			auto: true,
			default: size(1376, 768),
		},
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(5, 15), default: 6 },
		choices: {
			quality: { values: ['STANDARD', 'ACCELERATED', 'TURBO'], default: 'TURBO' },
			resolution: { values: ['480p', '768p', '2k', '4k'], default: '768p' },
		},
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 9, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				duration: { min: 0, max: Number.MAX_SAFE_INTEGER, required: true },
				max: 3,
				types: MEDIA_TYPES,
				mediaKeys: VIDEO_KEYS,
			},
			audio_reference: { max: 3, types: MEDIA_TYPES, mediaKeys: AUDIO_KEYS },
		},
		// spec: audio_reference "Requires an image reference or a video reference; a start or end frame does not count. Not available at quality TURBO."
		rules: ['audioNeedsReference', 'audioNotWithTurbo'],
		notes: [
			'spec (Hailuo03GenerationRequest): required prompt and quantity; prompt 1–7000; width × height one of the 24 pairs above or 0×0 (an anyOf whose branches do not require both sides; the node asks for both), default 1376×768; quality STANDARD/ACCELERATED/TURBO, default TURBO; duration 5–15, default 6; quantity 1–1, default 1; resolution 480p/768p/2k/4k, default 768p ("used when width and height are 0 (automatic). Explicit width and height take precedence"); motion_has_audio default true ("always generates native audio; this cannot be disabled"); guidances (additionalProperties false): start_frame and end_frame at most 1 each {image}; image_reference at most 9 {image, order}, no strength; video_reference_base at most 3 {video: {id, type required, duration required; url, width, height, motion_has_audio; additionalProperties false}}; audio_reference at most 3 {audio: {id, type required; url, duration; additionalProperties false}}, "Requires an image reference or a video reference; a start or end frame does not count. Not available at quality TURBO"; image.type UPLOADED/GENERATED/VARIATION/URL/BASE64, video and audio type UPLOADED/GENERATED; no mode, seed, negative_prompt, prompt_enhance or style_ids',
			'page and spec agree on every value entered; the spec adds that the video and audio objects take no other keys (entered as their key lists)',
			'name — page: "MiniMax Hailuo 03"; spec (Hailuo03GenerationRequest) titles it "MiniMax H3" — the page\'s name is kept (the catalog keeps entry names)',
			'video_reference_base: the spec requires video.duration and gives it no range (entered as any number from 0)',
			'nine of the allOf constraints in its parameters are empty ({}), not rendered — what they restrict is not known',
		],
	},
	// https://docs.leonardo.ai/docs/hailuo-23 (guide page not in the 2026-10-08 mirror; date = recipe generate-with-hailuo-23-using-text-prompts, 2025-10-30); spec (2026-09-01): Hailuo23GenerationRequest
	{
		id: 'hailuo-2_3',
		name: 'Hailuo 2.3',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/hailuo-23',
		updated: '2025-10-30',
		prompt: { max: 3000 },
		sizes: { pairs: HAILUO23_PAIRS, auto: true, default: size(1376, 768), required: true },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [6, 10], default: 6 },
		choices: { mode: { values: ['RESOLUTION_768', 'RESOLUTION_1080'], default: 'RESOLUTION_768' } },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES } },
		styles: VIDEO_STYLES,
		notes: [
			'spec (Hailuo23GenerationRequest): required prompt, quantity, width and height; prompt 1–3000; width × height 1376×768, 768×1376, 768×768, 1920×1080, 1080×1920, 1080×1080 or 0×0 (an anyOf whose branches each require both), default 1376×768; mode RESOLUTION_768/1080, default RESOLUTION_768, deprecated; duration 6 or 10, default 6; quantity 1–1, default 1; guidances start_frame only, at most 1 {image}, image.type UPLOADED/GENERATED/VARIATION/URL/BASE64, additionalProperties false; style_ids: the 37 "Style IDs for Video Models", default [], no count limit; no end_frame, seed, negative_prompt, prompt_enhance or motion_has_audio',
			"width and height required (spec): the node always sends a size (1376×768 when none is set, or the pair closest to the start frame's shape)",
			"the guide page could not be read (absent from the 2026-10-08 mirror, not in llms.txt, still linked from Deprecations & Changes): the recipes https://docs.leonardo.ai/recipes/generate-with-hailuo-23-using-text-prompts (2025-10-30: 1920×1080, RESOLUTION_1080, 6 s) and …/generate-with-hailuo-23-fast-768p-10s-using-start-frame (2025-10-28: 1376×768, RESOLUTION_768, 10 s) agree with the spec; `updated` is the recipe date, not the page's",
			"start_frame — recipes: the old top-level start_frame {id, type}, GENERATED/UPLOADED; spec (Hailuo23GenerationRequest): guidances.start_frame with UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'mode: the recipes send it; the spec deprecates it ("explicit values are still consistency-checked against width and height") and does not say which size goes with which → the node sends width and height only and takes mode from Additional Parameters (values RESOLUTION_768/1080); inferred: each size goes with the mode of its short side (768 or 1080)',
			'the spec states no rule between duration and size (the recipes have no 1080p + 10 s one); its parameters carry five empty constraints ({}), not rendered',
		],
	},
	// https://docs.leonardo.ai/docs/hailuo-23 (guide page not in the 2026-10-08 mirror; date = recipe generate-with-hailuo-23-fast-768p-10s-using-start-frame, 2025-10-28); spec (2026-09-01): Hailuo23FastGenerationRequest
	{
		id: 'hailuo-2_3-fast',
		name: 'Hailuo 2.3 Fast',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/hailuo-23',
		updated: '2025-10-28',
		prompt: { max: 3000 },
		sizes: { pairs: HAILUO23_PAIRS, auto: true, default: size(1376, 768) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [6, 10], default: 6 },
		choices: { mode: { values: ['RESOLUTION_768', 'RESOLUTION_1080'], default: 'RESOLUTION_768' } },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES, required: true } },
		styles: VIDEO_STYLES,
		notes: [
			'spec (Hailuo23FastGenerationRequest): required prompt, quantity and guidances; prompt 1–3000; width × height 1376×768, 768×1376, 768×768, 1920×1080, 1080×1920, 1080×1080 or 0×0 (an anyOf whose branches each require both), default 1376×768, not required; mode RESOLUTION_768/1080, default RESOLUTION_768, deprecated; duration 6 or 10, default 6; quantity 1–1, default 1; guidances (additionalProperties false) require start_frame, minItems 1, maxItems 1 {image}, image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; end_frame is listed with maxItems 0 (none allowed); style_ids: the 37 "Style IDs for Video Models", default [], no count limit; no seed, negative_prompt, prompt_enhance or motion_has_audio',
			'start frame required (spec): image-to-video only — every recipe uses one too',
			'no end_frame: the spec lists it with maxItems 0 → not entered (the node refuses an end frame)',
			'the guide page could not be read (absent from the 2026-10-08 mirror): the recipes generate-with-hailuo-23-fast-768p-10s-using-start-frame (2025-10-28) / -1080p-6s / -768p-6s agree with the spec; `updated` is a recipe date',
			"start_frame — recipes: the old top-level start_frame {id, type}, GENERATED/UPLOADED; spec (Hailuo23FastGenerationRequest): guidances.start_frame with UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'mode: the recipes send it; the spec deprecates it and does not say which size goes with which → the node sends width and height only and takes mode from Additional Parameters (values RESOLUTION_768/1080); inferred: each size goes with the mode of its short side (768 or 1080)',
			'its parameters carry five empty constraints ({}) next to the size anyOf, not rendered',
		],
	},

	// ───────────── Seedance ─────────────
	// https://docs.leonardo.ai/docs/seedance-1-0-pro (updatedAt 2026-01-23); spec (2026-09-01): Seedance1_0ProGenerationRequest
	{
		id: 'seedance-1.0-pro',
		name: 'Seedance 1.0 Pro',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedance-1-0-pro',
		updated: '2026-01-23',
		prompt: { max: 5000 },
		sizes: { free: { width: ANY_SIDE, height: ANY_SIDE }, default: size(1248, 704) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [4, 6, 8, 10], default: 8 },
		seed: { min: -1, max: 4294967295, default: -1 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
		},
		notes: [
			'spec (Seedance1_0ProGenerationRequest): required prompt and quantity; prompt 1–5000; width and height integers with no enum, range or pairs, default 1248×704; mode RESOLUTION_480/720/1080, default RESOLUTION_720, deprecated; seed −1 to 4294967295, default −1 (type number); duration 4, 6, 8 or 10, default 8; quantity 1–1, default 1; prompt_enhance AUTO/ON/OFF, default AUTO; guidances (additionalProperties false) start_frame and end_frame, at most 1 each {image}, image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; no motion_has_audio, negative_prompt or style_ids',
			"sizes — page: 18 pairs grouped 480p/720p/1080p, no default; spec (Seedance1_0ProGenerationRequest): free integer width and height, default 1248×704 — the spec's value is used; it gives no range, so any side from 1 is taken (no upper limit documented)",
			"prompt max — page: 1500; spec (Seedance1_0ProGenerationRequest): 5000 — the spec's value is used",
			"prompt_enhance — page: ON/OFF; spec (Seedance1_0ProGenerationRequest): AUTO/ON/OFF, default AUTO — the spec's value is used",
			"quantity — page: not documented; spec (Seedance1_0ProGenerationRequest): required, exactly 1 — the spec's value is used (sent always)",
			"seed — page: not documented; spec (Seedance1_0ProGenerationRequest): −1 to 4294967295, default −1 — the spec's value is used",
			"duration default — page: none; spec (Seedance1_0ProGenerationRequest): 8 — the spec's value is used",
			"frame image types — page: UPLOADED/GENERATED; spec (Seedance1_0ProGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'mode — page: not in its table, its sample sends RESOLUTION_1080 with 1920×1088 and its size table groups sizes by 480p/720p/1080p; spec (Seedance1_0ProGenerationRequest): deprecated ("explicit values are still consistency-checked against width and height") — the spec\'s value is used. With free sizes the catalog cannot tie a mode to a size (the page\'s tiers go by pixel count: 1440×1440 is 1080p), and a `mode` choice on a free-size entry makes the node derive one from the short side: so mode is not entered — not sent, refused from Additional Parameters, as for Veo 3.1',
			'page: at 1080p "Reference Image feature is not supported" (neither the page nor the spec has image_reference for this model)',
		],
	},
	// https://docs.leonardo.ai/docs/seedance-1-0-pro (updatedAt 2026-01-23); spec (2026-09-01): Seedance1_0ProFastGenerationRequest
	{
		id: 'seedance-1.0-pro-fast',
		name: 'Seedance 1.0 Pro Fast',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedance-1-0-pro',
		updated: '2026-01-23',
		prompt: { max: 5000 },
		sizes: { free: { width: ANY_SIDE, height: ANY_SIDE }, default: size(1248, 704) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: [4, 6, 8, 10], default: 8 },
		seed: { min: -1, max: 4294967295, default: -1 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES } },
		notes: [
			'spec (Seedance1_0ProFastGenerationRequest): required prompt and quantity; prompt 1–5000; width and height integers with no enum, range or pairs, default 1248×704; mode RESOLUTION_480/720/1080, default RESOLUTION_720, deprecated; seed −1 to 4294967295, default −1 (type number); duration 4, 6, 8 or 10, default 8; quantity 1–1, default 1; prompt_enhance AUTO/ON/OFF, default AUTO; guidances (additionalProperties false) start_frame only, at most 1 {image}, image.type UPLOADED/GENERATED/VARIATION/URL/BASE64; no end_frame, motion_has_audio, negative_prompt or style_ids',
			"end_frame — page (shared with Pro): start and end frame; spec (Seedance1_0ProFastGenerationRequest): start_frame only, additionalProperties false — the spec's value is used (no end frame)",
			"sizes — page: 18 pairs grouped 480p/720p/1080p, no default; spec (Seedance1_0ProFastGenerationRequest): free integer width and height, default 1248×704 — the spec's value is used; no range given, so any side from 1 is taken",
			"prompt max — page: 1500; spec (Seedance1_0ProFastGenerationRequest): 5000 — the spec's value is used",
			"prompt_enhance — page: ON/OFF; spec (Seedance1_0ProFastGenerationRequest): AUTO/ON/OFF, default AUTO — the spec's value is used",
			"quantity, seed — page: not documented; spec (Seedance1_0ProFastGenerationRequest): quantity required, exactly 1; seed −1 to 4294967295, default −1 — the spec's value is used",
			"duration default — page: none; spec (Seedance1_0ProFastGenerationRequest): 8 — the spec's value is used",
			"start_frame image types — page: UPLOADED/GENERATED; spec (Seedance1_0ProFastGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'mode: deprecated in the spec (RESOLUTION_480/720/1080, default 720); not entered, as for Seedance 1.0 Pro (free sizes: no mode can be tied to a size) — not sent, refused from Additional Parameters',
		],
	},
	// https://docs.leonardo.ai/docs/seedance-20 (updatedAt 2026-07-09); spec (2026-09-01): Seedance2_0GenerationRequest
	{
		id: 'seedance-2.0',
		name: 'Seedance 2.0',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedance-20',
		updated: '2026-07-09',
		prompt: { max: 5000 },
		sizes: { free: { width: ANY_SIDE, height: ANY_SIDE }, default: size(1280, 720) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(4, 15), default: 8 },
		seed: { min: -1, max: 4294967295, default: -1 },
		choices: {
			mode: {
				values: ['RESOLUTION_480', 'RESOLUTION_720', 'RESOLUTION_1080', 'RESOLUTION_2160'],
				default: 'RESOLUTION_720',
			},
		},
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 4, types: ALL_IMAGE_TYPES },
			video_reference_base: { max: 3, types: MEDIA_TYPES, mediaKeys: VIDEO_KEYS },
			audio_reference: { max: 1, types: MEDIA_TYPES, mediaKeys: AUDIO_KEYS },
		},
		// spec: audio_reference "Requires an image reference or a video reference; a start or end frame does not count."
		rules: ['audioNeedsReference'],
		notes: [
			'spec (Seedance2_0GenerationRequest): required prompt and quantity; prompt 1–5000; width and height integers with no enum, range or pairs, default 1280×720; mode RESOLUTION_480/720/1080/2160, default RESOLUTION_720, deprecated; seed −1 to 4294967295, default −1 (type number); duration 4–15, default 8; quantity 1–1, default 1; motion_has_audio default true; guidances (additionalProperties false): start_frame and end_frame at most 1 each {image}; image_reference at most 4 {image, order}, no strength; video_reference_base at most 3 {video: {id, type required; url, width, height, duration, motion_has_audio; additionalProperties false}}; audio_reference at most 1 {audio: {id, type required; url, duration; additionalProperties false}}, "Requires an image reference or a video reference; a start or end frame does not count"; image.type UPLOADED/GENERATED/VARIATION/URL/BASE64, video and audio type UPLOADED/GENERATED; no prompt_enhance, negative_prompt or style_ids',
			'mode — page: RESOLUTION_480/720/1080, default 720, not marked deprecated; spec (Seedance2_0GenerationRequest): RESOLUTION_480/720/1080/2160, default 720, deprecated ("explicit values are still consistency-checked against width and height") — the spec\'s values are used. The node derives the mode it sends from the short side for free-size models (the smallest RESOLUTION_* that holds it); sizes with a short side over 2160 are refused',
			"image_reference items — page: strength LOW/MID/HIGH; spec (Seedance2_0GenerationRequest): {image, order}, no strength — the spec's value is used (no strength sent)",
			"image types — page: UPLOADED/GENERATED/VARIATION (and INIT, GENERATION); spec (Seedance2_0GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'quantity — page: "Must be 1", not marked required; spec (Seedance2_0GenerationRequest): required — the spec\'s value is used (sent always)',
			'seed range −1..4294967295 (the page gives only the default −1), video_reference_base and audio_reference types UPLOADED/GENERATED and their closed key lists (the page gives only "Maximum 3 items" / "Maximum 1 item"): from the spec',
			'sizes: the page and the spec give free integer width/height (default 1280×720) and no range or pairs; min 1 entered, no upper limit (none documented); its parameters carry four empty constraints ({}), not rendered',
		],
	},
	// https://docs.leonardo.ai/docs/seedance-20-fast (updatedAt 2026-07-04); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Seedance2_0FastGenerationRequest
	{
		id: 'seedance-2.0-fast',
		name: 'Seedance 2.0 Fast',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedance-20-fast',
		updated: '2026-07-04',
		prompt: { max: 5000 },
		sizes: { free: { width: ANY_SIDE, height: ANY_SIDE }, default: size(1280, 720) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(4, 15), default: 8 },
		seed: { min: -1, max: 4294967295, default: -1 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 4, types: ALL_IMAGE_TYPES },
			video_reference_base: { max: 3, types: MEDIA_TYPES, mediaKeys: VIDEO_KEYS },
			audio_reference: { max: 1, types: MEDIA_TYPES, mediaKeys: AUDIO_KEYS },
		},
		// spec: audio_reference "Requires an image reference or a video reference; a start or end frame does not count."
		rules: ['audioNeedsReference'],
		notes: [
			'spec (Seedance2_0FastGenerationRequest): required prompt and quantity; prompt 1–5000; width and height integers with no range, enum or pairs, default 1280×720; duration 4–15 s, default 8; quantity exactly 1; seed −1..4294967295, default −1; motion_has_audio default true; no negative_prompt, no prompt_enhance, no style_ids',
			'spec (Seedance2_0FastGenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image_reference at most 4 {image, order}, image types UPLOADED/GENERATED/VARIATION/URL/BASE64; video_reference_base at most 3 and audio_reference at most 1, each {id, type UPLOADED/GENERATED} plus optional keys (video: url, width, height, duration, motion_has_audio; audio: url, duration) and no others; audio_reference "Requires an image reference or a video reference; a start or end frame does not count" (rule audioNeedsReference)',
			modeDeprecated('RESOLUTION_480/720', 'RESOLUTION_720') + '; the page marks it deprecated too',
			"page: image types not listed (the Seedance 2.0 page's UPLOADED/GENERATED/VARIATION was entered); spec (Seedance2_0FastGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 for start_frame, end_frame and image_reference — the spec's value is used",
			"page: image_reference strength LOW/MID/HIGH, default MID, optional order; spec (Seedance2_0FastGenerationRequest): items {image, order}, no strength — the spec's value is used (no strength sent or taken)",
			'page: quantity "Must be 1. Defaults to 1", not marked required; spec (Seedance2_0FastGenerationRequest): quantity in parameters.required — the spec\'s value is used (sent always)',
			'page: video_reference_base and audio_reference give only their maximum (3, 1); their item types and keys are from the spec',
			NOTE_SEEDANCE2_FREE + '; the spec gives no range either',
			'spec: seed is type number (not integer) — the node takes whole numbers only; the parameters carry two empty constraints ({}) whose rule is not rendered — no source found',
		],
	},
	// https://docs.leonardo.ai/docs/seedance-20-mini (updatedAt 2026-06-30); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Seedance2_0MiniGenerationRequest
	{
		id: 'seedance-2.0-mini',
		name: 'Seedance 2.0 Mini',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedance-20-mini',
		updated: '2026-06-30',
		prompt: { max: 5000 },
		sizes: { free: { width: ANY_SIDE, height: ANY_SIDE }, default: size(1280, 720) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(4, 15), default: 8 },
		seed: { min: -1, max: 4294967295, default: -1 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 4, types: ALL_IMAGE_TYPES },
			video_reference_base: { max: 3, types: MEDIA_TYPES, mediaKeys: VIDEO_KEYS },
			audio_reference: { max: 1, types: MEDIA_TYPES, mediaKeys: AUDIO_KEYS },
		},
		// spec: audio_reference "Requires an image reference or a video reference; a start or end frame does not count."
		rules: ['audioNeedsReference'],
		notes: [
			'spec (Seedance2_0MiniGenerationRequest): required prompt and quantity; prompt 1–5000; width and height integers with no range, enum or pairs, default 1280×720; duration 4–15 s, default 8; quantity exactly 1; seed −1..4294967295, default −1; motion_has_audio default true; no mode, no negative_prompt, no prompt_enhance, no style_ids',
			'spec (Seedance2_0MiniGenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image_reference at most 4 {image, order}, image types UPLOADED/GENERATED/VARIATION/URL/BASE64; video_reference_base at most 3 and audio_reference at most 1, each {id, type UPLOADED/GENERATED} plus optional keys (video: url, width, height, duration, motion_has_audio; audio: url, duration) and no others; audio_reference "Requires an image reference or a video reference; a start or end frame does not count" (rule audioNeedsReference)',
			"page: start_frame / end_frame types UPLOADED/GENERATED, image_reference types not listed (UPLOADED/GENERATED entered); spec (Seedance2_0MiniGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			"page: audio_reference type UPLOADED only; spec (Seedance2_0MiniGenerationRequest): UPLOADED or GENERATED — the spec's value is used",
			"page: image_reference strength listed; spec (Seedance2_0MiniGenerationRequest): items {image, order}, no strength — the spec's value is used (no strength sent or taken)",
			NOTE_SEEDANCE2_FREE +
				' (the page: "The OpenAPI schema does not enumerate a fixed set of allowed width/height combinations"; the spec gives no range either)',
			'spec: seed is type number (not integer) — the node takes whole numbers only; the parameters carry two empty constraints ({}) whose rule is not rendered — no source found',
		],
	},
	// https://docs.leonardo.ai/docs/seedance-25 (updatedAt 2026-08-18); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Bytedance_seedance2_5GenerationRequest
	{
		id: 'bytedance/seedance-2.5',
		name: 'Seedance 2.5',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/seedance-25',
		updated: '2026-08-18',
		prompt: { max: 9999 },
		sizes: { free: { width: ANY_SIDE, height: ANY_SIDE }, default: size(1280, 720) },
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(4, 30), default: 8 },
		seed: { min: -1, max: 4294967295, default: -1 },
		// omni_edit: "false/absent derives FEATURE" — absent is false (spec).
		flags: { motion_has_audio: true, omni_edit: false },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 30, types: ALL_IMAGE_TYPES },
			video_reference_base: { max: 10, types: MEDIA_TYPES, mediaKeys: VIDEO_KEYS },
			audio_reference: { max: 10, types: MEDIA_TYPES, mediaKeys: AUDIO_KEYS },
		},
		// spec: audio_reference "Requires an image reference or a video reference; a start or end frame does not count."
		rules: ['audioNeedsReference'],
		notes: [
			'spec (Bytedance_seedance2_5GenerationRequest): required prompt and quantity; prompt 1–9999; width and height integers with no range, enum or pairs, default 1280×720; duration 4–30 s, default 8; quantity exactly 1; seed −1..4294967295, default −1; motion_has_audio default true; omni_edit boolean; no mode, no negative_prompt, no prompt_enhance, no style_ids',
			'spec (Bytedance_seedance2_5GenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image_reference at most 30 {image, order}, image types UPLOADED/GENERATED/VARIATION/URL/BASE64; video_reference_base at most 10 and audio_reference at most 10, each {id, type UPLOADED/GENERATED} plus optional keys (video: url, width, height, duration, motion_has_audio; audio: url, duration) and no others',
			"page: prompt at most 5000 characters; spec (Bytedance_seedance2_5GenerationRequest): maxLength 9999 — the spec's value is used",
			'page: no rule between audio and the other references; spec (Bytedance_seedance2_5GenerationRequest): audio_reference "Requires an image reference or a video reference; a start or end frame does not count" — the spec\'s rule is used (audioNeedsReference)',
			"page: image types UPLOADED/GENERATED/VARIATION (and INIT/GENERATION, in no spec enum); spec (Bytedance_seedance2_5GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'omni_edit: not on the page; spec: boolean, no default, "Sent by the omni edit surface (true) and the generate screen (false). When a video_reference_base item omits type, omni_edit=true derives BASE (edit-video); false/absent derives FEATURE (reference-to-video)" — this schema\'s video_reference_base items have no item-level type; taken from Additional Parameters, checked as a boolean',
			'image_reference: page and spec agree on {image, order}, no strength',
			NOTE_SEEDANCE2_FREE + '; the spec gives no range either',
			'spec: seed is type number (not integer) — the node takes whole numbers only; the parameters carry one empty constraint ({}) whose rule is not rendered — no source found',
		],
	},

	// ───────────── Wan ─────────────
	// https://docs.leonardo.ai/docs/wan-26 (updatedAt 2026-07-15); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Wan2_6GenerationRequest
	{
		id: 'wan-2.6',
		name: 'Wan 2.6',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/wan-26',
		updated: '2026-07-15',
		prompt: { max: 1500 },
		sizes: {
			pairs: [
				size(1280, 720),
				size(960, 720),
				size(960, 960),
				size(720, 960),
				size(720, 1280),
				size(1920, 1080),
				size(1440, 1080),
				size(1440, 1440),
				size(1080, 1440),
				size(1080, 1920),
			],
			auto: true,
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: [5, 10, 15], default: 5 },
		seed: { min: 0, max: 2147483647 },
		negativePrompt: { max: 500 },
		choices: { resolution: { values: ['720p', '1080p'], default: '720p' } },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			video_reference_base: { max: 3, types: MEDIA_TYPES, mediaKeys: VIDEO_KEYS },
			audio_reference: {
				max: 1,
				types: MEDIA_TYPES,
				mediaKeys: AUDIO_KEYS,
				duration: { min: 3, max: 30 },
			},
		},
		// spec: audio_reference "A background-music clip for the video. Cannot be combined with a video reference."
		rules: ['audioExcludesVideoReference'],
		notes: [
			'spec (Wan2_6GenerationRequest): required prompt; prompt 1–1500; sizes the anyOf of the 10 width × height pairs above or 0×0, no default size; duration 5, 10 or 15 s, default 5; quantity exactly 1 (not required); seed 0–2147483647; negative_prompt at most 500, default ""; resolution 720p/1080p, default 720p, "used when width and height are not supplied (image-to-video). Determines the cost tier"; no mode, no motion_has_audio, no prompt_enhance',
			'spec (Wan2_6GenerationRequest): guidances (additionalProperties false) start_frame at most 1 (image types UPLOADED/GENERATED/VARIATION/URL/BASE64); video_reference_base at most 3 and audio_reference at most 1, each {id, type UPLOADED/GENERATED} plus optional keys (video: url, width, height, duration, motion_has_audio; audio: url, duration) and no others; no end_frame, no image_reference',
			'spec (Wan2_6GenerationRequest): audio_reference "A background-music clip for the video. Cannot be combined with a video reference. Each item must be 3–30 seconds." → rule audioExcludesVideoReference; audio.duration 3–30 checked when given (the schema puts the range in the description only; audio.duration is not required, and the node sends none)',
			"page: resolution default 1080p; spec (Wan2_6GenerationRequest): default 720p — the spec's value is used",
			"page: start_frame types UPLOADED/GENERATED/VARIATION (and INIT/GENERATION, in no spec enum); spec (Wan2_6GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			"page: audio_reference type UPLOADED only; spec (Wan2_6GenerationRequest): UPLOADED or GENERATED — the spec's value is used",
			'negative_prompt: page and spec default ""',
			'the parameters carry three empty constraints ({}) next to the size anyOf, whose rule is not rendered — no source found',
		],
	},
	// https://docs.leonardo.ai/docs/wan-27 (updatedAt 2026-07-10); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Wan2_7GenerationRequest
	{
		id: 'wan-2.7',
		name: 'Wan 2.7',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/wan-27',
		updated: '2026-07-10',
		prompt: { max: 2500 },
		sizes: { pairs: KLING3_PAIRS, auto: true },
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(2, 10), default: 5 },
		choices: { resolution: { values: ['720p', '1080p'], default: '720p' } },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 6, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				max: 1,
				types: MEDIA_TYPES,
				duration: { min: 2, max: 10.05, required: true },
				videoSides: { min: 720, max: 2160 },
				mediaKeys: VIDEO_KEYS,
				itemTypes: ['BASE', 'FEATURE'],
			},
		},
		// "false/absent derives FEATURE": absent is false (spec).
		flags: { omni_edit: false },
		notes: [
			'spec (Wan2_7GenerationRequest): required prompt; prompt 1–2500; sizes the anyOf of 1280×720, 720×1280, 960×960, 1920×1080, 1080×1920, 1440×1440 or 0×0, no default size; duration 2–10 s, default 5; quantity exactly 1 (not required); resolution 720p/1080p, default 720p, "Output resolution for edit mode. Determines cost tier and is forwarded to the provider"; omni_edit boolean; no seed, no mode, no motion_has_audio, no negative_prompt, no prompt_enhance',
			'spec (Wan2_7GenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image_reference at most 6 {image, order}, image types UPLOADED/GENERATED/VARIATION/URL/BASE64; video_reference_base at most 1, {video: {id, type UPLOADED/GENERATED; url, width, height, duration, motion_has_audio; no other keys}}, video.duration required, 2–10.05 s, video.width and video.height 720–2160 px; item-level type BASE (edit-video) or FEATURE (reference-to-video), no default ("when omitted, the transform derives it from omni_edit (true -> BASE, false/absent -> FEATURE)")',
			"page: resolution default 1080p; spec (Wan2_7GenerationRequest): default 720p — the spec's value is used",
			"page: image_reference strength LOW/MID/HIGH, default MID; spec (Wan2_7GenerationRequest): items {image, order}, no strength — the spec's value is used (no strength sent or taken)",
			"page: image_reference maximum not given (6 had been taken from a third-party table); spec (Wan2_7GenerationRequest): maxItems 6 — the spec's value is used",
			"page: start_frame, end_frame and image_reference types UPLOADED/GENERATED; spec (Wan2_7GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			"page: no rule on the video reference's duration or size; spec (Wan2_7GenerationRequest): video.duration required (2–10.05 s), sides 720–2160 px — the spec's value is used",
			'omni_edit (boolean) and the item-level type (BASE/FEATURE): sent through Additional Parameters, checked',
			'the spec states no rule between frames, image references and the video reference; the parameters carry two empty constraints ({}) next to the size anyOf, not rendered — no source found',
		],
	},
	// https://docs.leonardo.ai/docs/wan-30 (updatedAt 2026-08-24); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Alibaba_wan3_0GenerationRequest
	{
		id: 'alibaba/wan-3.0',
		name: 'Wan 3.0',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/wan-30',
		updated: '2026-08-24',
		prompt: { max: 5000 },
		sizes: {
			pairs: [
				size(854, 480),
				size(736, 552),
				size(640, 640),
				size(552, 736),
				size(480, 854),
				size(1280, 720),
				size(1104, 828),
				size(960, 960),
				size(828, 1104),
				size(720, 1280),
				size(1920, 1080),
				size(1656, 1242),
				size(1440, 1440),
				size(1242, 1656),
				size(1080, 1920),
			],
			auto: true,
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(2, 30), default: 5 },
		seed: { min: 0, max: 2147483647 },
		choices: {
			quality: { values: ['STANDARD', 'ACCELERATED'], default: 'ACCELERATED' },
			resolution: { values: ['480p', '720p', '1080p'], default: '480p' },
		},
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 10, types: ALL_IMAGE_TYPES },
			video_reference_base: { max: 5, types: MEDIA_TYPES, mediaKeys: VIDEO_KEYS },
			audio_reference: { max: 5, types: MEDIA_TYPES, mediaKeys: AUDIO_KEYS },
			webpage_reference: { max: 1, types: [] },
		},
		rules: ['audioExcludesFrames'],
		notes: [
			'spec (Alibaba_wan3_0GenerationRequest): required prompt; prompt 1–5000; sizes the anyOf of the 15 width × height pairs above or 0×0, no default size; duration 2–30 s, default 5; quantity exactly 1 (not required); seed 0–2147483647; quality STANDARD/ACCELERATED, default ACCELERATED; resolution 480p/720p/1080p, default 480p, "used when width and height are automatic (0). Explicit dimensions take precedence"; motion_has_audio default true; no mode, no negative_prompt, no prompt_enhance',
			'spec (Alibaba_wan3_0GenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image_reference at most 10 {image, order} (no strength), image types UPLOADED/GENERATED/VARIATION/URL/BASE64; webpage_reference at most 1 {webpage: {url}} ("A public webpage URL whose content guides the generation"); video_reference_base at most 5 and audio_reference at most 5, each {id, type UPLOADED/GENERATED} plus optional keys (video: url, width, height, duration, motion_has_audio; audio: url, duration) and no others',
			'spec (Alibaba_wan3_0GenerationRequest): audio_reference "Valid on their own or alongside image or video references. Cannot be combined with a start or end frame." → rule audioExcludesFrames',
			"page: no quality; spec (Alibaba_wan3_0GenerationRequest): quality STANDARD/ACCELERATED, default ACCELERATED — the spec's value is used (taken from Additional Parameters; the node sends none, so Leonardo's default applies)",
			"page: image_reference types named without values (the frames' list entered); spec (Alibaba_wan3_0GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — agrees with what was entered",
			'resolution: page and spec agree (used when width/height are 0; explicit dimensions take precedence)',
			'the parameters carry one empty constraint ({}) next to the size anyOf, not rendered — no source found',
		],
	},

	// ───────────── FLUX 3 Video ─────────────
	// https://docs.leonardo.ai/docs/flux-3-video (updatedAt 2026-08-19); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Bfl_flux3VideoGenerationRequest
	{
		id: 'bfl/flux-3-video',
		name: 'FLUX 3 Video',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/flux-3-video',
		updated: '2026-08-19',
		prompt: { max: 5000 },
		sizes: {
			pairs: [
				size(1470, 630),
				size(1360, 680),
				size(1280, 720),
				size(1112, 834),
				size(960, 960),
				size(834, 1112),
				size(720, 1280),
				size(2520, 1080),
				size(2160, 1080),
				size(1920, 1080),
				size(1440, 1080),
				size(1440, 1440),
				size(1080, 1440),
				size(1080, 1920),
			],
			auto: true,
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(5, 20), default: 8 },
		choices: { resolution: { values: ['720p', '1080p'], default: '720p' } },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				max: 1,
				types: MEDIA_TYPES,
				duration: { min: 1, max: 15.05, required: true },
				videoSides: { min: 480, max: 2160 },
				mediaKeys: VIDEO_KEYS,
			},
		},
		notes: [
			'spec (Bfl_flux3VideoGenerationRequest): required prompt; prompt 1–5000; sizes the anyOf of the 14 width × height pairs above or 0×0, no default size; duration 5–20 s, default 8; quantity exactly 1 (not required); resolution 720p/1080p, default 720p, "used when width and height are not supplied. Explicit width and height take precedence"; motion_has_audio default true; no seed, no mode, no negative_prompt, no prompt_enhance',
			'spec (Bfl_flux3VideoGenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image types UPLOADED/GENERATED/VARIATION/URL/BASE64; video_reference_base at most 1, {video: {id, type UPLOADED/GENERATED; url, width, height, duration, motion_has_audio; no other keys}}, video.duration required, 1–15.05 s, video.width and video.height 480–2160 px; "Each item must be at most 15 seconds. Each item must be under 50 MB." (the file size is not checkable here); no image_reference',
			"page: start_frame / end_frame types UPLOADED/GENERATED/VARIATION (and INIT/GENERATION, in no spec enum); spec (Bfl_flux3VideoGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			"page: video_reference_base at most 15 s and under 50 MB, nothing on its sides; spec (Bfl_flux3VideoGenerationRequest): video.width and video.height 480–2160 px — the spec's value is used",
			'resolution: page and spec agree (default 720p; explicit width/height take precedence); 0×0 = "Matches input" (page)',
			'the parameters carry two empty constraints ({}) next to the size anyOf, and the video reference one more, not rendered — no source found',
		],
	},

	// ───────────── Gemini Omni ─────────────
	// https://docs.leonardo.ai/docs/gemini-omni-flash (updatedAt 2026-07-07); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): GeminiOmniFlashGenerationRequest
	{
		id: 'gemini-omni-flash',
		name: 'Gemini Omni Flash',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gemini-omni-flash',
		updated: '2026-07-07',
		prompt: { max: 2500 },
		sizes: { pairs: [size(1280, 720), size(720, 1280)] },
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(3, 10), default: 5 },
		guidances: { image_reference: { max: 5, types: ALL_IMAGE_TYPES } },
		notes: [
			'spec (GeminiOmniFlashGenerationRequest): required prompt; prompt 1–2500; sizes oneOf 1280×720, 720×1280 or neither width nor height (each pair branch requires both), no default size; duration 3–10 s, default 5; quantity exactly 1 (not required); guidances (additionalProperties false) image_reference at most 5 {image, order}, image types UPLOADED/GENERATED/VARIATION/URL/BASE64; no start/end frame, no seed, no motion_has_audio, no mode, no prompt_enhance',
			"page: image_reference strength LOW/MID/HIGH, default MID, optional order; spec (GeminiOmniFlashGenerationRequest): items {image, order}, no strength — the spec's value is used (no strength sent or taken)",
			"page: image_reference types UPLOADED/GENERATED/VARIATION (and INIT/GENERATION, in no spec enum); spec (GeminiOmniFlashGenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'width and height together from the listed pairs, or both omitted: page and spec agree',
		],
	},
	// https://docs.leonardo.ai/docs/gemini-omni-11-flash (updatedAt 2026-09-02); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Google_geminiOmni1_1FlashPreviewGenerationRequest
	{
		id: 'google/gemini-omni-1.1-flash-preview',
		name: 'Gemini Omni 1.1 Flash',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gemini-omni-11-flash',
		updated: '2026-09-02',
		prompt: { max: 2500 },
		sizes: {
			pairs: [
				size(640, 360),
				size(360, 640),
				size(1280, 720),
				size(720, 1280),
				size(1920, 1080),
				size(1080, 1920),
				size(3840, 2160),
				size(2160, 3840),
			],
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(3, 10), default: 5 },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 10, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				max: 3,
				types: MEDIA_TYPES,
				duration: { min: 0, max: 10, required: true },
				mediaKeys: VIDEO_KEYS,
			},
		},
		notes: [
			'spec (Google_geminiOmni1_1FlashPreviewGenerationRequest): required prompt; prompt 1–2500; sizes oneOf the 8 width × height pairs above or neither width nor height (each pair branch requires both), no default size; duration 3–10 s, default 5; quantity exactly 1 (not required); motion_has_audio default true; no seed, no mode, no negative_prompt, no prompt_enhance',
			'spec (Google_geminiOmni1_1FlashPreviewGenerationRequest): guidances (additionalProperties false) start_frame and end_frame at most 1 each, image_reference at most 10 {image, order} (no strength), image types UPLOADED/GENERATED/VARIATION/URL/BASE64; video_reference_base at most 3, {video: {id, type UPLOADED/GENERATED; url, width, height, duration, motion_has_audio; no other keys}}, video.duration required, at most 10 s',
			"page: no limit on the video reference's keys; spec (Google_geminiOmni1_1FlashPreviewGenerationRequest): the video object takes id, url, type, width, height, duration, motion_has_audio and no others — the spec's value is used",
			'video.duration: the spec gives a maximum (10) and no minimum; 0 entered as the least',
			'page and spec agree on everything else entered; the parameters carry three empty constraints ({}), not rendered — no source found',
			'the model id ends in -preview (cf. the retired Veo preview aliases)',
		],
	},

	// ───────────── Grok / Happy Horse ─────────────
	// https://docs.leonardo.ai/docs/grok-imagine-15 (updatedAt 2026-06-23); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): GrokImagine1_5GenerationRequest
	{
		id: 'grok-imagine-1.5',
		name: 'Grok Imagine 1.5',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/grok-imagine-15',
		updated: '2026-06-23',
		prompt: { max: 5000 },
		sizes: {
			pairs: [
				size(544, 544),
				size(960, 960),
				size(1280, 720),
				size(720, 1280),
				size(400, 736),
				size(736, 400),
				size(1888, 1072),
				size(1424, 1424),
				size(1072, 1888),
			],
			auto: true,
			default: size(736, 400),
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: seconds(3, 15), default: 6 },
		flags: { motion_has_audio: true },
		guidances: { start_frame: { max: 1, required: true, types: ALL_IMAGE_TYPES } },
		notes: [
			'spec (GrokImagine1_5GenerationRequest): required prompt and guidances; guidances require start_frame, minItems 1, maxItems 1 (image-to-video only); prompt 1–5000; sizes anyOf: neither width nor height, 0×0, or one of 544×544, 736×400, 400×736, 960×960, 1280×720, 720×1280, 1888×1072, 1424×1424, 1072×1888 (each branch requires both); width default 736, height default 400; duration 3–15 s, default 6; quantity exactly 1 (not required); motion_has_audio default true; no seed, no mode, no negative_prompt, no prompt_enhance',
			"page: sizes 544×544, 960×960, 1280×720, 720×1280, 400×736, 736×400; spec (GrokImagine1_5GenerationRequest): also 1888×1072, 1424×1424, 1072×1888 — the spec's value is used",
			"page: default size 1280×720; spec (GrokImagine1_5GenerationRequest): width default 736, height default 400 — the spec's value is used",
			"page: start_frame types UPLOADED/GENERATED/VARIATION (and INIT/GENERATION, in no spec enum); spec (GrokImagine1_5GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'start_frame required: page "Required. Maximum 1 item" and spec agree',
			"the spec's guidances object lists start_frame only and, unlike most schemas, does not say additionalProperties false; no other kind is documented, so the node takes none; the parameters carry two empty constraints ({}), not rendered — no source found",
		],
	},
	// https://docs.leonardo.ai/docs/happy-horse-11 (updatedAt 2026-07-04); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): HappyHorse1_1GenerationRequest
	{
		id: 'happy-horse-1.1',
		name: 'Happy Horse 1.1',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/happy-horse-11',
		updated: '2026-07-04',
		prompt: { max: 2500 },
		sizes: {
			pairs: [
				size(1280, 720),
				size(1108, 832),
				size(960, 960),
				size(832, 1108),
				size(720, 1280),
				size(1920, 1080),
				size(1662, 1248),
				size(1440, 1440),
				size(1248, 1662),
				size(1080, 1920),
			],
			default: size(1920, 1080),
		},
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(3, 15), default: 5 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		flags: { motion_has_audio: true },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 9, types: ALL_IMAGE_TYPES },
		},
		seed: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
		notes: [
			'spec (HappyHorse1_1GenerationRequest): required prompt and quantity; prompt 1–2500; sizes oneOf the 10 width × height pairs above (no 0×0), width default 1920, height default 1080; duration 3–15 s, default 5; quantity exactly 1; seed type integer with no minimum or maximum; prompt_enhance AUTO/ON/OFF, default AUTO; motion_has_audio default true; no mode, no negative_prompt, no style_ids, no video reference, no audio_setting (Happy Horse 1.0 has those two, 1.1 does not)',
			'spec (HappyHorse1_1GenerationRequest): guidances (additionalProperties false) start_frame at most 1, image_reference at most 9 {image, order} (no strength), image types UPLOADED/GENERATED/VARIATION/URL/BASE64',
			"page: seed documented without a range (0–4294967295 had been assumed); spec (HappyHorse1_1GenerationRequest): type integer, no minimum or maximum — the spec's value is used (any safe integer, as for Happy Horse 1.0)",
			'page: image_reference "a required strength (LOW, MID, HIGH; defaults to MID)"; spec (HappyHorse1_1GenerationRequest): items {image, order}, no strength — the spec\'s value is used (no strength sent or taken)',
			"page: start_frame and image_reference types UPLOADED/GENERATED/VARIATION (and INIT/GENERATION, in no spec enum); spec (HappyHorse1_1GenerationRequest): UPLOADED/GENERATED/VARIATION/URL/BASE64 — the spec's value is used",
			'sizes: page pairs and spec pairs agree. The oneOf branches do not require width or height, so a request with neither matches all ten and fails the oneOf: in effect the size must be sent — the node always sends one for this model (its default 1920×1080 or the pair nearest the start frame); not entered as sizes.required (the spec does not list width/height as required)',
			'the parameters carry one empty constraint ({}) next to the size oneOf, not rendered — no source found',
		],
	},

	// ───────────── Motion 2.0 (v2) ─────────────
	// https://docs.leonardo.ai/docs/motion-20 (updatedAt 2026-09-02); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'motion_2.0',
		name: 'Motion 2.0',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/motion-20',
		updated: '2026-09-02',
		prompt: { max: 9999 },
		sizes: { pairs: MOTION2_PAIRS, auto: true },
		quantity: { min: 1, max: 1, default: 1 },
		seed: { min: 0, max: 2147483637 },
		negativePrompt: { max: 1000 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES } },
		cameraMoves: 'controls',
		styles: VIDEO_STYLES,
		otherFields: ['frame_interpolation', 'elements'],
		notes: [
			'no duration parameter (page and spec)',
			'mode RESOLUTION_480/720 (default 480) deprecated on page and spec → not sent; width/height together or omitted',
			'controls: max 1 item {akUUID, weight −2..2 default 1}; elements: same item shape, no maximum (page and spec)',
			'frame_interpolation: boolean, default true; style_ids: the spec\'s 37-UUID "Style IDs for Video Models" enum, default [], no maximum given; the page names none',
			'page and spec agree on everything entered; no default size given',
		],
	},
	// https://docs.leonardo.ai/docs/motion-20-fast (updatedAt 2026-09-02); spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01)
	{
		id: 'motion_2.0-fast',
		name: 'Motion 2.0 Fast',
		kind: 'video',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/motion-20-fast',
		updated: '2026-09-02',
		prompt: { max: 9999 },
		sizes: { pairs: MOTION2_PAIRS, auto: true },
		quantity: { min: 1, max: 1, default: 1 },
		seed: { min: 0, max: 4294967295 },
		negativePrompt: { max: 1000 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		guidances: { start_frame: { max: 1, types: ALL_IMAGE_TYPES } },
		cameraMoves: 'controls',
		styles: VIDEO_STYLES,
		otherFields: ['frame_interpolation', 'elements'],
		notes: [
			'seed 0–4294967295: page and spec agree (Motion 2.0 is 0–2147483637)',
			'no duration parameter; mode deprecated → not sent; deprecated top-level start_frame object → guidances.start_frame used',
			'controls max 1; elements no maximum; frame_interpolation default true; style_ids video styles, default []',
			'page and spec agree on everything entered; no default size given',
		],
	},

	// ───────────── In the v2 spec, no guide page ─────────────
	// spec https://docs.leonardo.ai/reference/creategeneration (2026-09-01): Kling2_5GenerationRequest
	{
		id: 'kling-2.5',
		name: 'Kling 2.5 Turbo',
		kind: 'video',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 2500 },
		sizes: {
			pairs: [
				size(1280, 720),
				size(960, 960),
				size(720, 1280),
				size(1920, 1080),
				size(1440, 1440),
				size(1080, 1920),
			],
			default: size(1920, 1080),
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: [5, 10], default: 5 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			end_frame: { max: 1, types: ALL_IMAGE_TYPES },
		},
		notes: [
			noGuide('Kling2_5GenerationRequest'),
			'sizes: the anyOf of width × height pairs (spec), default 1920×1080; its branches do not require both sides, so the spec would take one side alone — the node asks for both',
			'named as the spec titles it ("Kling 2.5 Turbo"); the v1 entry KLING2_5 (https://docs.leonardo.ai/docs/kling-2-5-turbo) is "Kling 2.5 Turbo (v1)"',
			modeDeprecated('RESOLUTION_720/1080', 'RESOLUTION_1080'),
			'duration 5 or 10, default 5; quantity exactly 1 (not required); prompt 1–2500; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'guidances: start_frame and end_frame, at most 1 each, items {image} only (spec); the spec states no rule between them (the node keeps its end-frame-needs-start-frame rule)',
			"the spec's parameters carry two empty constraints ({}) next to the size anyOf; what they restrict is not rendered — no source found",
			'no seed, no negative_prompt, no motion_has_audio, no style_ids (not in the schema)',
		],
	},

	// spec (2026-09-01): Kling2_5TurboStandardGenerationRequest
	{
		id: 'kling-2.5-turbo-standard',
		name: 'Kling 2.5 Turbo Standard',
		kind: 'video',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 2500 },
		sizes: {
			pairs: [size(1280, 720), size(960, 960), size(720, 1280)],
			default: size(1280, 720),
		},
		quantity: { min: 1, max: 1, default: 1 },
		durations: { values: [5, 10], default: 5 },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		guidances: { start_frame: { max: 1, required: true, types: ALL_IMAGE_TYPES } },
		notes: [
			noGuide('Kling2_5TurboStandardGenerationRequest'),
			'start_frame required: parameters require guidances, guidances require start_frame, minItems 1, maxItems 1 (spec) — image-to-video only',
			'sizes: the anyOf of width × height pairs 1280×720, 960×960, 720×1280 (spec), default 1280×720; its branches do not require both sides — the node asks for both',
			modeDeprecated('RESOLUTION_720 (its only value)', 'RESOLUTION_720'),
			'the deprecated top-level start_frame object may not be sent together with guidances.start_frame (spec) — the node sends guidances.start_frame only',
			'duration 5 or 10, default 5; quantity exactly 1 (not required); prompt 1–2500; prompt_enhance AUTO/ON/OFF default AUTO (spec)',
			'no end_frame, no seed, no negative_prompt, no motion_has_audio (not in the schema)',
		],
	},

	// spec (2026-09-01): Ltxv2_3ProGenerationRequest
	{ id: 'ltxv-2.3-pro', name: 'LTX-2.3 Pro', ...ltxv('Ltxv2_3ProGenerationRequest', [6, 8, 10]) },

	// spec (2026-09-01): Ltxv2_3FastGenerationRequest
	{
		id: 'ltxv-2.3-fast',
		name: 'LTX-2.3 Fast',
		...ltxv('Ltxv2_3FastGenerationRequest', [6, 8, 10, 12, 14, 16, 18, 20]),
	},

	// spec (2026-09-01): HappyHorseGenerationRequest
	{
		id: 'happy-horse',
		name: 'Happy Horse 1.0',
		kind: 'video',
		endpoint: 'v2',
		...SPEC_ONLY,
		prompt: { max: 2500 },
		sizes: {
			pairs: [
				size(1280, 720),
				size(720, 1280),
				size(720, 720),
				size(960, 720),
				size(720, 960),
				size(1920, 1080),
				size(1080, 1920),
				size(1080, 1080),
				size(1440, 1080),
				size(1080, 1440),
			],
			default: size(1920, 1080),
		},
		quantity: { min: 1, max: 1, default: 1, required: true },
		durations: { values: seconds(3, 15), default: 5 },
		seed: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
		promptEnhance: { values: ['AUTO', 'ON', 'OFF'], default: 'AUTO' },
		choices: { audio_setting: { values: ['auto', 'origin'], default: 'auto' } },
		guidances: {
			start_frame: { max: 1, types: ALL_IMAGE_TYPES },
			image_reference: { max: 9, types: ALL_IMAGE_TYPES },
			video_reference_base: {
				max: 1,
				types: MEDIA_TYPES,
				duration: { min: 3, max: 15 },
				videoSides: { min: 320, max: 2160 },
				mediaKeys: VIDEO_KEYS,
			},
		},
		notes: [
			noGuide('HappyHorseGenerationRequest'),
			'seed: spec gives "type integer" with no minimum or maximum — any safe integer is taken',
			'sizes: the anyOf of 10 width × height pairs (spec), default 1920×1080; its branches do not require both sides — the node asks for both',
			modeDeprecated('RESOLUTION_720/1080', 'RESOLUTION_1080'),
			'required (spec): prompt and quantity; quantity exactly 1; duration 3–15 s, default 5; prompt 1–2500; prompt_enhance AUTO/ON/OFF default AUTO',
			'audio_setting: auto or origin, default auto (spec, no description); no motion_has_audio in this schema (Happy Horse 1.1 has it, 1.0 does not)',
			'guidances (additionalProperties false): start_frame at most 1 {image}; image_reference at most 9 {image, order}, no strength; video_reference_base at most 1 {video: {id, type UPLOADED/GENERATED required; width, height, duration, motion_has_audio optional; additionalProperties false}}',
			'video_reference_base: video.duration 3–15 s when given (not required), video.width and video.height 320–2160 px; keys id, url, type, width, height, duration, motion_has_audio and no others (spec)',
			'the spec states no rule between start_frame, image_reference and video_reference_base; its parameters carry two empty constraints ({}) next to the size anyOf, not rendered — no source found',
			'no negative_prompt, no style_ids, no top-level start_frame (not in the schema)',
		],
	},

	// ───────────── v1 endpoints ─────────────
	// https://docs.leonardo.ai/docs/kling-2-5-turbo (updatedAt 2026-01-23); body per @leonardo-ai/sdk createImageToVideoGeneration / createTextToVideoGeneration
	{
		id: 'KLING2_5',
		name: 'Kling 2.5 Turbo (v1)',
		kind: 'video',
		endpoint: 'v1',
		docs: 'https://docs.leonardo.ai/docs/kling-2-5-turbo',
		updated: '2026-01-23',
		prompt: { max: 1500 },
		sizes: {
			pairs: [
				{ ...size(1920, 1080), resolution: 'RESOLUTION_1080' },
				{ ...size(1080, 1920), resolution: 'RESOLUTION_1080' },
				{ ...size(1440, 1440), resolution: 'RESOLUTION_1080' },
			],
		},
		durations: { values: [5, 10], default: 5 },
		// v1 bodies all take seed, negativePrompt and promptEnhance (boolean), SDK
		// createimagetovideogeneration.ts / createtexttovideogeneration.ts; checked here in their v2 names.
		seed: { min: 0, max: 2147483637 },
		negativePrompt: { max: NO_STATED_LIMIT },
		promptEnhance: { values: ['ON', 'OFF'] },
		v1Resolution: 'RESOLUTION_1080',
		guidances: {
			start_frame: { max: 1, types: UPLOADED_GENERATED },
			end_frame: { max: 1, types: UPLOADED_GENERATED },
		},
		notes: [
			'v1: start frame = imageId + imageType (UPLOADED/GENERATED) on POST /generations-image-to-video; end frame = endFrameImage {id, type}, only with a start frame (page); without a start frame POST /generations-text-to-video (the SDK enum for text-to-video includes KLING2_5; recipe generate-with-kling-25-turbo-using-text-prompts)',
			'model value: the page\'s sample and table say "Kling2_5"; the SDK enum value is KLING2_5 → SDK followed',
			'duration default 5: SDK ("5 or 10 on model KLING2_5 (default: 5)"); the page gives no default',
			'inferred: prompt max 1500 — neither the page nor the SDK gives a limit',
			'the page gives no default size',
			'the v2 spec separately has kling-2.5 (no guide page): entered from the spec as its own v2 entry',
		],
	},
	// Veo 3.1 on the v1 endpoint, as https://docs.leonardo.ai/docs/veo-31 documented it before it moved to
	// v2 (read 2026-01; its 2026-07-04 version documents only veo-3.1-*): POST /generations-image-to-video
	// with model VEO3_1, duration 4/6/8, 1920×1080 with resolution RESOLUTION_1080 and 1280×720 with
	// RESOLUTION_720, end frame only with a start frame. The SDK's enum (4.21.3) lacks VEO3_1.
	{
		id: 'VEO3_1',
		name: 'Veo 3.1 (v1)',
		kind: 'video',
		endpoint: 'v1',
		docs: 'https://docs.leonardo.ai/docs/veo-31',
		updated: '2026-01-22',
		unlisted:
			'moved: its page now documents Veo 3.1 on the v2 endpoint (veo-3.1-generate-001); kept so saved workflows run as before',
		prompt: { max: 1500 },
		sizes: {
			pairs: [
				{ ...size(1920, 1080), resolution: 'RESOLUTION_1080' },
				{ ...size(1280, 720), resolution: 'RESOLUTION_720' },
			],
		},
		durations: { values: [4, 6, 8], default: 8 },
		// v1 bodies all take seed, negativePrompt and promptEnhance (boolean), SDK
		// createimagetovideogeneration.ts / createtexttovideogeneration.ts; checked here in their v2 names.
		seed: { min: 0, max: 2147483637 },
		negativePrompt: { max: NO_STATED_LIMIT },
		promptEnhance: { values: ['ON', 'OFF'] },
		guidances: {
			start_frame: { max: 1, types: UPLOADED_GENERATED },
			end_frame: { max: 1, types: UPLOADED_GENERATED },
		},
		notes: [
			'no longer documented: the entry keeps the v1 facts its page gave, so saved workflows keep working; not in the picker',
			'text-to-video too: https://docs.leonardo.ai/recipes/generate-with-veo31-1080p-using-text-prompts (updatedAt 2025-10-15) sends VEO3_1 with 1920×1080, RESOLUTION_1080, 8 s to POST /generations-text-to-video; start and end frame: https://docs.leonardo.ai/recipes/generate-with-veo31-1080p-8s-using-start-and-end-frame (2025-10-28), 1280×720 with RESOLUTION_720',
			'inferred: prompt max 1500 (no limit on the page)',
			'updated: the date of the v1 version of the page is not known; 2026-01-22 is when it was read for this node',
		],
	},
	// https://docs.leonardo.ai/recipes/generate-with-motion-20-using-generated-images (updatedAt 2025-09-03); body per @leonardo-ai/sdk
	{
		id: 'MOTION2',
		name: 'Motion 2.0 (v1)',
		kind: 'video',
		endpoint: 'v1',
		docs: 'https://docs.leonardo.ai/recipes/generate-with-motion-20-using-generated-images',
		updated: '2025-09-03',
		prompt: { max: 9999 },
		sizes: {},
		// v1 bodies all take seed, negativePrompt and promptEnhance (boolean), SDK
		// createimagetovideogeneration.ts / createtexttovideogeneration.ts; checked here in their v2 names.
		seed: { min: 0, max: 2147483637 },
		negativePrompt: { max: NO_STATED_LIMIT },
		promptEnhance: { values: ['ON', 'OFF'] },
		// The recipes' 480p and 720p versions (generate-with-motion-20-480p/720p-using-text-prompts).
		choices: {
			resolution: { values: ['RESOLUTION_480', 'RESOLUTION_720'], default: 'RESOLUTION_480' },
		},
		v1Resolution: 'RESOLUTION_480',
		guidances: { start_frame: { max: 1, types: UPLOADED_GENERATED } },
		cameraMoves: 'elements',
		otherFields: ['frameInterpolation'],
		notes: [
			'the page is a recipe (/recipes/…, not /docs/…): it sends imageType GENERATED, imageId, prompt, frameInterpolation true, promptEnhance true (boolean on v1), elements [{akUUID, weight}] and no size, duration or resolution',
			'resolution: RESOLUTION_480 or RESOLUTION_720 (recipes generate-with-motion-20-480p-using-text-prompts and -720p-, updatedAt 2025-09-03; the 720p one sends it with 832×480, so it is not tied to the size)',
			'no size and no duration sent; resolution RESOLUTION_480 sent (v1Resolution)',
			'start frame = imageId + imageType (UPLOADED/GENERATED) on POST /generations-image-to-video; without one POST /generations-text-to-video (SDK: model defaults to MOTION2 on both)',
			'seed max 2147483637 from the SDK ("The maximum seed value is 2147483637 for Motion 2.0")',
			'inferred: prompt max 9999 — from the v2 motion_2.0 spec; no v1 source gives a limit',
			'elements: SDK ElementInput {akUUID, weight (default 1)}; no maximum given',
		],
	},
];
