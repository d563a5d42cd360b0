/**
 * The four audio models of POST /v2/generations, each as its page and the v2 spec (the OpenAPI
 * embedded in https://docs.leonardo.ai/reference/creategeneration, updatedAt 2026-09-01: the
 * `…GenerationRequest` schema named beside each) describe it. Where they differ the spec wins, as
 * it is what the server validates; the comment says so.
 */

export type AudioModelId = 'music-v1' | 'sound-effects-v2' | 'dialogue-v3' | 'seed-audio-1.0';

export interface AudioModel {
	id: AudioModelId;
	name: string;
	docs: string;
	/** `prompt` maxLength (minLength 1 on every one). */
	promptMax: number;
}

/** `quantity` 1–4, default 1, on all four (page and spec). */
export const AUDIO_QUANTITY = { min: 1, max: 4, integer: true };

export const AUDIO_MODELS: Record<AudioModelId, AudioModel> = {
	// https://docs.leonardo.ai/docs/music-v1 (updatedAt 2026-07-27), MusicV1GenerationRequest:
	// prompt 1–9999, duration_minutes enum 1…10 (default 1), force_instrumental (default false).
	'music-v1': {
		id: 'music-v1',
		name: 'Music v1',
		docs: 'https://docs.leonardo.ai/docs/music-v1',
		promptMax: 9999,
	},
	// https://docs.leonardo.ai/docs/sound-effects-v2 (updatedAt 2026-07-28),
	// SoundEffectsV2GenerationRequest: prompt 1–9999, duration enum 1…22 (default 2), loop (default
	// false), prompt_influence 0–1 (default 0.7).
	'sound-effects-v2': {
		id: 'sound-effects-v2',
		name: 'Sound Effects v2',
		docs: 'https://docs.leonardo.ai/docs/sound-effects-v2',
		promptMax: 9999,
	},
	// https://docs.leonardo.ai/docs/dialogue-v3 (updatedAt 2026-07-28), DialogueV3GenerationRequest:
	// prompt 1–5000, voice_id enum of the 21 voices below (default George), language_code a string
	// (default "en"; the page: an ISO 639-1 code), prompt_influence 0–1 (default 0.5).
	'dialogue-v3': {
		id: 'dialogue-v3',
		name: 'Dialogue v3',
		docs: 'https://docs.leonardo.ai/docs/dialogue-v3',
		promptMax: 5000,
	},
	// https://docs.leonardo.ai/docs/seed-audio-10 (updatedAt 2026-08-21), SeedAudio1_0GenerationRequest:
	// prompt 1–3000, voice_id enum of the 20 voices below (no default in either), speed 0.5–2
	// (default 1), pitch −12…12 (default 0; an integer in the spec, "a number" on the page), volume
	// 0.5–2 (default 1), language_code enum ["en"] (default "en": nothing to choose, not sent);
	// guidances.audio_reference ≤3 items
	// { audio: { id, type UPLOADED|GENERATED } } and guidances.image_reference ≤1 — the spec: "Cannot
	// be combined", "voice_id is ignored while an audio or image reference is attached".
	'seed-audio-1.0': {
		id: 'seed-audio-1.0',
		name: 'Seed Audio 1.0',
		docs: 'https://docs.leonardo.ai/docs/seed-audio-10',
		promptMax: 3000,
	},
};

export const MUSIC_DURATION_MINUTES = { min: 1, max: 10, integer: true };
export const SOUND_EFFECT_DURATION = { min: 1, max: 22, integer: true };
export const PROMPT_INFLUENCE = { min: 0, max: 1 };
export const SEED_SPEED = { min: 0.5, max: 2 };
export const SEED_PITCH = { min: -12, max: 12, integer: true };
export const SEED_VOLUME = { min: 0.5, max: 2 };
export const SEED_MAX_AUDIO_REFERENCES = 3;

/** Dialogue v3's voices: the page's "List of Voice IDs" (names), the same 21 IDs as the spec's enum. */
export const DIALOGUE_VOICES: Array<{ name: string; id: string }> = [
	{ name: 'Adam', id: 'pNInz6obpgDQGcFmaJgB' },
	{ name: 'Alice', id: 'Xb7hH8MSUJpSbSDYk0k2' },
	{ name: 'Bella', id: 'hpp4J3VqNfWAUOO0d1Us' },
	{ name: 'Bill', id: 'pqHfZKP75CvOlQylNhV4' },
	{ name: 'Brian', id: 'nPczCjzI2devNBz1zQrb' },
	{ name: 'Callum', id: 'N2lVS1w4EtoT3dr4eOWO' },
	{ name: 'Charlie', id: 'IKne3meq5aSn9XLyUdCD' },
	{ name: 'Chris', id: 'iP95p4xoKVk53GoZ742B' },
	{ name: 'Daniel', id: 'onwK4e9ZLuTAKqWW03F9' },
	{ name: 'Eric', id: 'cjVigY5qzO86Huf0OWal' },
	{ name: 'George', id: 'JBFqnCBsd6RMkjVDRZzb' },
	{ name: 'Harry', id: 'SOYHLrjzK2X1ezoPC6cr' },
	{ name: 'Jessica', id: 'cgSgspJ2msm6clMCkdW9' },
	{ name: 'Laura', id: 'FGY2WhTYpPnrIDTdsKH5' },
	{ name: 'Liam', id: 'TX3LPaxmHKxFdv7VOQHJ' },
	{ name: 'Lily', id: 'pFZP5JQG7iQjIQuC4Bku' },
	{ name: 'Matilda', id: 'XrExE9yKIg1WjnnlVkGX' },
	{ name: 'River', id: 'SAz9YHcvj6GT2YYXdXww' },
	{ name: 'Roger', id: 'CwhRBWXzGAHq8TQ4Fs17' },
	{ name: 'Sarah', id: 'EXAVITQu4vr4xnSDxMaL' },
	{ name: 'Will', id: 'bIHbv24MWmeRgasZH58o' },
];
export const DEFAULT_DIALOGUE_VOICE = 'JBFqnCBsd6RMkjVDRZzb';

/** Seed Audio 1.0's voices (the page lists IDs only; the spec's enum has the same 20). */
export const SEED_VOICES = [
	'id_female_bv161narration_uranus_bigtts',
	'zh_female_cancan_uranus_bigtts',
	'zh_female_jitangnv_uranus_bigtts',
	'zh_female_kefunvsheng_uranus_bigtts',
	'zh_female_liuchangnv_uranus_bigtts',
	'zh_female_meilinvyou_uranus_bigtts',
	'zh_female_mizai_uranus_bigtts',
	'zh_female_sajiaoxuemei_uranus_bigtts',
	'zh_female_tianmeixiaoyuan_uranus_bigtts',
	'zh_female_vv_uranus_bigtts',
	'zh_female_xiaohe_uranus_bigtts',
	'zh_female_xiaoxue_uranus_bigtts',
	'zh_female_yingyujiaoxue_uranus_bigtts',
	'zh_male_dayi_uranus_bigtts',
	'zh_male_liufei_uranus_bigtts',
	'zh_male_m191_uranus_bigtts',
	'zh_male_ruyayichen_uranus_bigtts',
	'zh_male_sophie_uranus_bigtts',
	'zh_male_sunwukong_uranus_bigtts',
	'zh_male_taocheng_uranus_bigtts',
];
/** The page's sample voice (neither source names a default). */
export const DEFAULT_SEED_VOICE = 'zh_female_vv_uranus_bigtts';

/** "zh_female_vv_uranus_bigtts" → "Vv (Female, Zh)": the picker's name for a Seed Audio voice. */
export function seedVoiceName(id: string): string {
	const [language, gender, name] = id.split('_');
	const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
	return `${title(name)} (${title(gender)}, ${language.toUpperCase()})`;
}
