/**
 * The shape of one model in the catalog: what its docs.leonardo.ai page (and, where they disagree,
 * the v2 OpenAPI spec at https://docs.leonardo.ai/reference/creategeneration) says it accepts, with
 * Leonardo's wire names. Everything the node knows about a model lives in its entry: pickers, the
 * checks made before any request, hints and docs/models.md's tables are all read from it.
 */

export interface Size {
	width: number;
	height: number;
}

/** Whole numbers from `min` to `max`, each a multiple of `step` when given. */
export interface IntegerRange {
	min: number;
	max: number;
	step?: number;
}

/**
 * The sizes a model makes. Exactly one of `pairs`, `sides` or `free` describes them:
 * - `pairs`: only these width × height pairs (a video model's size table). A pair may carry the
 *   deprecated v2 `mode` or the v1 `resolution` that goes with it.
 * - `sides`: each side on its own, from a list or a range (Nano Banana Pro: any listed width with any
 *   listed height).
 * - `free`: any width and height within the ranges.
 */
export interface SizeRule {
	/**
	 * Listed sizes; `mode` is the v2 mode that goes with the size (an explicit mode must match it;
	 * sent with the size unless the model lists `mode` among its choices, where the spec deprecates
	 * it), `resolution` the v1 one (sent with the size).
	 */
	pairs?: Array<Size & { mode?: string; resolution?: string }>;
	sides?: { width: number[] | IntegerRange; height: number[] | IntegerRange };
	free?: { width: IntegerRange; height: IntegerRange };
	/** 0 × 0 is accepted: the size follows the input image (reference or start frame). */
	auto?: boolean;
	/** The size the page gives as default (the node sends it when the user sets none). */
	default?: Size;
	/** Width and height must be sent (the spec's `required`, LTX-2.3). */
	required?: boolean;
}

/** One choice field (`quality`, `mode`, `resolution`, `prompt_enhance`, `contrast` …). */
export interface Choice {
	values: string[];
	default?: string;
	/**
	 * Deprecated in the spec: accepted from Additional Parameters, never derived or sent by the node,
	 * and (with free sizes) not tied to a size here — Leonardo checks it against the size.
	 */
	deprecated?: boolean;
}

/** A whole-number field (`quantity`, `seed`, `duration` when it is a range). */
export interface NumberRule extends IntegerRange {
	default?: number;
	required?: boolean;
}

/** One preset style: its UUID, and its name where a page gives one (the video styles have none). */
export interface Style {
	name?: string;
	id: string;
}

export type ImageType = 'UPLOADED' | 'GENERATED' | 'VARIATION' | 'URL' | 'BASE64';

/**
 * One guidance kind under `parameters.guidances` (image_reference, start_frame, end_frame, style,
 * content, character, image_to_image, edge, pose, depth, text_image, video_reference_base,
 * audio_reference …).
 */
export interface GuidanceRule {
	/** Most items the list takes. */
	max: number;
	/** At least one item is required (Grok Imagine 1.5's start frame). */
	required?: boolean;
	/** The `image.type` / `video.type` values accepted. */
	types: ImageType[];
	/**
	 * The item's `strength` values (first = default the node sends); absent: the item is
	 * `{ image, order }` only and no `strength` is sent.
	 */
	strength?: string[];
	/** Video items: the least and most pixels `video.width` / `video.height` may give (Happy Horse 1.0). */
	videoSides?: { min: number; max: number };
	/** The item's own `type` values (Wan 2.7's video reference: BASE edit, FEATURE reference). */
	itemTypes?: string[];
	/** The only keys the item's media object takes, where the spec closes it (additionalProperties false). */
	mediaKeys?: string[];
	/** Video / audio items: the `duration` (seconds) the referenced clip may have, and whether it must be sent. */
	duration?: { min: number; max: number; required?: boolean };
}

export type GuidanceKind =
	| 'image_reference'
	| 'start_frame'
	| 'end_frame'
	| 'style'
	| 'content'
	| 'character'
	| 'image_to_image'
	/** Legacy ControlNet-style kinds of the older SDXL models (Kino XL, Anime XL …): `{ image, order, strength }`. */
	| 'edge'
	| 'pose'
	| 'depth'
	| 'text_image'
	| 'video_reference_base'
	| 'audio_reference'
	/** `{ webpage: { url } }` items (Wan 3.0); they have no `type`. */
	| 'webpage_reference';

/** A model of the catalog. */
/** A list of elements sent with the request (the older SDXL models' `user_elements`, `platform_elements`). */
export interface ElementListRule {
	max: number;
	weight: { min: number; max?: number };
}

export interface CatalogModel {
	/** The request's `model` string (v2) or `model` enum value (v1 video endpoints). */
	id: string;
	/** The name on its docs page. */
	name: string;
	kind: 'image' | 'video';
	/** v2 `POST /v2/generations`, or v1 `POST /generations-image-to-video` (`-text-to-video`). */
	endpoint: 'v2' | 'v1';
	/** Its docs.leonardo.ai page and the page's `updatedAt` (YYYY-MM-DD). */
	docs: string;
	updated: string;
	/** The prompt's length limit in characters. */
	prompt: { max: number };
	sizes: SizeRule;
	/** `quantity`: images per request (video models: exactly 1, `required` where the page says so). */
	quantity?: NumberRule;
	/** `duration` in seconds: the accepted values (absent: the model takes no duration). */
	durations?: { values: number[]; default?: number };
	seed?: NumberRule;
	/** `negative_prompt` length limit. */
	negativePrompt?: { max: number };
	/** `prompt_enhance` values. */
	promptEnhance?: Choice;
	/** `quality`, `mode`, `resolution`, `contrast` and other choice fields, by wire name. */
	choices?: Record<string, Choice>;
	/** Yes/no fields by wire name with their default (`motion_has_audio`, `tiling`, `transparency` …). */
	flags?: Record<string, boolean>;
	/** `style_ids`: at most this many (absent: the spec gives no limit). */
	styleIds?: number;
	/** `style_ids`: the styles the spec's per-model enum accepts (catalog/styles.ts). */
	styles?: Style[];
	guidances?: Partial<Record<GuidanceKind, GuidanceRule>>;
	/**
	 * Rules between fields (an end frame only with a start frame holds for every model):
	 * `referencesExcludeFrames` (image_reference not together with start/end frames),
	 * `audioNeedsReference` (audio_reference only with image_reference or video_reference_base),
	 * `audioNotWithTurbo` (no audio_reference with `quality` TURBO),
	 * `audioExcludesVideoReference` (audio_reference not together with video_reference_base),
	 * `audioExcludesFrames` (audio_reference not together with a start or end frame).
	 */
	rules?: Array<
		| 'referencesExcludeFrames'
		| 'audioNeedsReference'
		| 'audioNotWithTurbo'
		| 'audioExcludesVideoReference'
		| 'audioExcludesFrames'
	>;
	/** What changes when a video reference is given (Kling O3: at most 10 s, 4 image references, no frames). */
	withVideoReference?: {
		maxDuration?: number;
		maxImageReferences?: number;
		excludesFrames?: boolean;
	};
	/** v1 video: the `resolution` sent when the chosen size pair carries none (Motion 2.0: RESOLUTION_480). */
	v1Resolution?: string;
	/** Motion 2.0's camera moves: v2 `controls` (at most 1) or v1 `elements`. */
	cameraMoves?: 'controls' | 'elements';
	/** Other wire fields the page documents that the node has no field for (sent through Additional Parameters). */
	otherFields?: string[];
	/** `user_elements` / `platform_elements` lists: at most `max` items, each `weight` within its range. */
	elementLists?: Partial<Record<'user_elements' | 'platform_elements', ElementListRule>>;
	/** Why the model is left out of the picker while saved workflows keep working (e.g. moved to v2). */
	unlisted?: string;
	/** Where the page and the spec disagree: what each says, and what is sent. */
	notes?: string[];
}

/** A model Leonardo took away: the node stops before any request and names the replacement. */
export interface RetiredModel {
	id: string;
	name: string;
	kind: 'image' | 'video';
	/** The day it stopped working (YYYY-MM-DD). */
	retired: string;
	/** The catalog ID to use instead. */
	replacement: string;
	/** Where Leonardo says so. */
	source: string;
}
