'use strict';
// The audio models and Rodin V2 (3D) of POST /v2/generations, in v2models.js's rule format (merged
// into its table there), and the files their generations give: a real MP3 or WAV, a minimal valid
// GLB. Written from the v2 spec embedded in https://docs.leonardo.ai/reference/creategeneration
// (updatedAt 2026-09-01; schema named beside each model) and the model's guide page, independently
// of the node's code. Where page and spec disagree the spec wins, and the comment says so.
const fs = require('fs');
const path = require('path');

// Rule objects as v2models.js's builders make them (not imported: v2models.js requires this file).
const int = (min, max) => ({ type: 'int', min, max });
const num = (min, max) => ({ type: 'number', min, max });
const oneOf = (...values) => ({ type: 'enum', values });
const bool = { type: 'bool' };
const span = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const DIALOGUE_VOICES = [
	'CwhRBWXzGAHq8TQ4Fs17',
	'EXAVITQu4vr4xnSDxMaL',
	'FGY2WhTYpPnrIDTdsKH5',
	'IKne3meq5aSn9XLyUdCD',
	'JBFqnCBsd6RMkjVDRZzb',
	'N2lVS1w4EtoT3dr4eOWO',
	'SAz9YHcvj6GT2YYXdXww',
	'SOYHLrjzK2X1ezoPC6cr',
	'TX3LPaxmHKxFdv7VOQHJ',
	'Xb7hH8MSUJpSbSDYk0k2',
	'XrExE9yKIg1WjnnlVkGX',
	'bIHbv24MWmeRgasZH58o',
	'cgSgspJ2msm6clMCkdW9',
	'cjVigY5qzO86Huf0OWal',
	'hpp4J3VqNfWAUOO0d1Us',
	'iP95p4xoKVk53GoZ742B',
	'nPczCjzI2devNBz1zQrb',
	'onwK4e9ZLuTAKqWW03F9',
	'pFZP5JQG7iQjIQuC4Bku',
	'pNInz6obpgDQGcFmaJgB',
	'pqHfZKP75CvOlQylNhV4',
];

const SEED_VOICES = [
	'zh_male_taocheng_uranus_bigtts',
	'id_female_bv161narration_uranus_bigtts',
	'zh_female_cancan_uranus_bigtts',
	'zh_female_tianmeixiaoyuan_uranus_bigtts',
	'zh_male_liufei_uranus_bigtts',
	'zh_female_yingyujiaoxue_uranus_bigtts',
	'zh_male_m191_uranus_bigtts',
	'zh_female_xiaoxue_uranus_bigtts',
	'zh_female_mizai_uranus_bigtts',
	'zh_male_dayi_uranus_bigtts',
	'zh_female_xiaohe_uranus_bigtts',
	'zh_male_sunwukong_uranus_bigtts',
	'zh_female_jitangnv_uranus_bigtts',
	'zh_female_meilinvyou_uranus_bigtts',
	'zh_female_liuchangnv_uranus_bigtts',
	'zh_male_ruyayichen_uranus_bigtts',
	'zh_female_sajiaoxuemei_uranus_bigtts',
	'zh_male_sophie_uranus_bigtts',
	'zh_female_kefunvsheng_uranus_bigtts',
	'zh_female_vv_uranus_bigtts',
];

/**
 * Each model's rules; `result` is the file extension the sandbox's generation gives (what Leonardo
 * delivers — format and field — is not documented: MP3 for three, WAV for Seed Audio, so both
 * kinds are exercised). `prompt` absent: the model takes none; `size` absent: no width/height.
 */
const AUDIO3D_MODELS = {
	// MusicV1GenerationRequest; https://docs.leonardo.ai/docs/music-v1 (updatedAt 2026-07-27).
	'music-v1': {
		kind: 'audio',
		name: 'Music',
		prompt: 9999,
		params: {
			quantity: int(1, 4),
			duration_minutes: oneOf(...span(1, 10)),
			force_instrumental: bool,
		},
		guidances: {},
		result: 'mp3',
	},
	// SoundEffectsV2GenerationRequest; https://docs.leonardo.ai/docs/sound-effects-v2 (2026-07-28).
	'sound-effects-v2': {
		kind: 'audio',
		name: 'Sound Effects',
		prompt: 9999,
		params: {
			loop: bool,
			duration: oneOf(...span(1, 22)),
			quantity: int(1, 4),
			prompt_influence: num(0, 1),
		},
		guidances: {},
		result: 'mp3',
	},
	// DialogueV3GenerationRequest; https://docs.leonardo.ai/docs/dialogue-v3 (2026-07-28): voice_id
	// from its enum, language_code any string (the page: ISO 639-1).
	'dialogue-v3': {
		kind: 'audio',
		name: 'Dialogue',
		prompt: 5000,
		params: {
			quantity: int(1, 4),
			voice_id: oneOf(...DIALOGUE_VOICES),
			language_code: { type: 'text' },
			prompt_influence: num(0, 1),
		},
		guidances: {},
		check: (p) =>
			p.language_code !== undefined && typeof p.language_code !== 'string'
				? "expected a string for 'language_code'"
				: undefined,
		result: 'mp3',
	},
	// SeedAudio1_0GenerationRequest; https://docs.leonardo.ai/docs/seed-audio-10 (2026-08-21): pitch an
	// integer, language_code only "en"; audio_reference ≤3 (each ≤30 s) or image_reference ≤1, "Cannot
	// be combined". The page gives the image reference a strength; the spec's item is { image, order }
	// (the sandbox, as for every such item, neither requires nor refuses one).
	'seed-audio-1.0': {
		kind: 'audio',
		name: 'Seed Audio 1.0',
		prompt: 3000,
		params: {
			pitch: int(-12, 12),
			speed: num(0.5, 2),
			volume: num(0.5, 2),
			quantity: int(1, 4),
			voice_id: oneOf(...SEED_VOICES),
			language_code: oneOf('en'),
		},
		guidances: {
			audio_reference: { item: 'audio', max: 3, duration: [0, 30] },
			image_reference: { item: 'image', max: 1 },
		},
		exclusive: [['audio_reference', 'image_reference']],
		result: 'wav',
	},
	// RodinV2GenerationRequest; https://docs.leonardo.ai/docs/rodin-v2 (2026-06-23): no prompt, no size;
	// guidances, quantity (enum [1]) and output_format (enum ["glb"]) required; image_reference 1–5;
	// bounding_box exactly 3 integers. The page gives each reference a strength; the spec's item has none.
	'rodin-v2': {
		kind: '3d',
		name: 'Rodin V2',
		required: ['quantity', 'output_format'],
		requiredGuidances: ['image_reference'],
		params: {
			seed: int(0, 65535),
			quality: oneOf('extra_low', 'low', 'medium', 'high'),
			ta_pose: bool,
			material: oneOf('PBR', 'Shaded', 'All'),
			quantity: oneOf(1),
			mesh_mode: oneOf('Quad', 'Triangle'),
			bounding_box: { type: 'boundingBox' },
			output_format: oneOf('glb'),
			use_original_alpha: bool,
		},
		guidances: { image_reference: { item: 'image', max: 5 } },
		check: (p) =>
			p.bounding_box !== undefined &&
			!(
				Array.isArray(p.bounding_box) &&
				p.bounding_box.length === 3 &&
				p.bounding_box.every(Number.isInteger)
			)
				? 'bounding_box must be an array of exactly 3 integers'
				: undefined,
		result: 'glb',
	},
};

/** The file extension of a model's results ('mp3', 'wav', 'glb'), or undefined (images, videos). */
const resultOf = (model) => AUDIO3D_MODELS[model]?.result;

/**
 * A minimal valid binary glTF 2.0 (glTF 2.0 specification §4.4): the 12-byte header (magic "glTF",
 * version 2, total length) and one JSON chunk (length, type "JSON", the document padded with spaces
 * to a multiple of 4 bytes).
 */
function minimalGlb() {
	let json = Buffer.from(
		JSON.stringify({ asset: { version: '2.0', generator: 'leonardo-sandbox' } }),
	);
	const padding = (4 - (json.length % 4)) % 4;
	json = Buffer.concat([json, Buffer.alloc(padding, 0x20)]);
	const header = Buffer.alloc(12);
	header.write('glTF', 0, 'latin1');
	header.writeUInt32LE(2, 4);
	header.writeUInt32LE(12 + 8 + json.length, 8);
	const chunk = Buffer.alloc(8);
	chunk.writeUInt32LE(json.length, 0);
	chunk.write('JSON', 4, 'latin1');
	return Buffer.concat([header, chunk, json]);
}

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', name));

/** What the CDN serves for a result of each extension (made by scripts/make-fixtures.sh, and above). */
const RESULT_FILES = {
	mp3: { contentType: 'audio/mpeg', data: fixture('tone-1s.mp3') },
	wav: { contentType: 'audio/wav', data: fixture('tone-1s.wav') },
	glb: { contentType: 'model/gltf-binary', data: minimalGlb() },
};

/** Whether an id is a generated "image" of an audio generation (a GENERATED audio reference). */
function isGeneratedAudio(state, id) {
	const image = state.generatedImages?.get(id);
	const result = image && state.generations?.get(image.generationId)?.result;
	return result === 'mp3' || result === 'wav';
}

module.exports = { AUDIO3D_MODELS, RESULT_FILES, isGeneratedAudio, minimalGlb, resultOf };
