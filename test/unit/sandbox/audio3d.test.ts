import { fixture } from '../../harness/context';
import { minimalGlb } from '../../sandbox/api/audio3d';
import { modelList, v2KnownIn, validateV2Body } from '../../sandbox/api/v2models';

/**
 * The sandbox's rules for the audio models and Rodin V2, checked on their own: each guide page's
 * sample request is taken (https://docs.leonardo.ai/docs/music-v1, …/sound-effects-v2,
 * …/dialogue-v3, …/seed-audio-10, …/rodin-v2, copied verbatim but for IDs), and what the v2 spec
 * (https://docs.leonardo.ai/reference/creategeneration) forbids is refused — so the node's own
 * checks are not the only thing between a test and a body Leonardo would refuse.
 */
const AUDIO_ID = '2b1c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const known = v2KnownIn({
	initImages: new Map(),
	generatedImages: new Map([
		['00000000-0000-0000-0000-000000000001', { generationId: 'g' }],
		['00000000-0000-0000-0000-000000000002', { generationId: 'g' }],
	]),
	generations: new Map(),
	// An uploaded WAV, as media.js keeps it once its bytes reached S3.
	media: new Map([[AUDIO_ID, { key: 'media/tone.wav', extension: 'wav' }]]),
	objects: new Map([['media/tone.wav', { actual: 'wav', data: fixture('tone-1s.wav') }]]),
});
const check = (body: unknown) => validateV2Body(body, known);
const refusal = (message: string) => [400, message, 'BAD_REQUEST'];

const RODIN_SAMPLE = {
	model: 'rodin-v2',
	public: false,
	parameters: {
		quantity: 1,
		output_format: 'glb',
		mesh_mode: 'Quad',
		quality: 'high',
		material: 'PBR',
		seed: 12345,
		ta_pose: true,
		bounding_box: [100, 200, 100],
		use_original_alpha: true,
		guidances: {
			image_reference: [
				{
					image: { id: '00000000-0000-0000-0000-000000000001', type: 'GENERATED' },
					strength: 'HIGH',
				},
				{
					image: { id: '00000000-0000-0000-0000-000000000002', type: 'GENERATED' },
					strength: 'MID',
				},
			],
		},
	},
};

const rodin = (parameters: Record<string, unknown>) => ({
	model: 'rodin-v2',
	parameters: { ...RODIN_SAMPLE.parameters, ...parameters },
});

describe("the sandbox's audio and 3D models (POST /v2/generations)", () => {
	it("takes each page's sample request", () => {
		const samples = [
			{
				model: 'music-v1',
				public: false,
				parameters: {
					prompt: 'An upbeat synthwave track with a driving bassline, punchy drums and dreamy pads',
					duration_minutes: 2,
					force_instrumental: true,
					quantity: 1,
				},
			},
			{
				model: 'sound-effects-v2',
				public: false,
				parameters: {
					prompt: 'Heavy wooden door creaking open in a large stone hall',
					duration: 4,
					prompt_influence: 0.7,
					loop: false,
					quantity: 1,
				},
			},
			{
				model: 'dialogue-v3',
				public: false,
				parameters: {
					prompt: 'Welcome back, traveller.',
					voice_id: 'JBFqnCBsd6RMkjVDRZzb',
					language_code: 'en',
					prompt_influence: 0.5,
					quantity: 1,
				},
			},
			{
				model: 'seed-audio-1.0',
				public: false,
				parameters: {
					prompt: 'Welcome back, traveller.',
					voice_id: 'zh_female_vv_uranus_bigtts',
					language_code: 'en',
					speed: 1,
					pitch: 0,
					volume: 1,
					quantity: 1,
				},
			},
			RODIN_SAMPLE,
		];
		for (const sample of samples) expect(check(sample)).toBeUndefined();
	});

	it.each([
		[
			{ model: 'music-v1', parameters: { prompt: 'a', duration_minutes: 11 } },
			'invalid duration_minutes 11 for music-v1',
		],
		[
			{ model: 'music-v1', parameters: { prompt: 'a', width: 1024, height: 1024 } },
			'Unexpected variable width',
		],
		[
			{ model: 'music-v1', parameters: { prompt: 'a', quantity: 5 } },
			'quantity must be between 1 and 4',
		],
		[
			{ model: 'sound-effects-v2', parameters: { prompt: 'a', duration: 2.5 } },
			'invalid duration 2.5 for sound-effects-v2',
		],
		[
			{ model: 'sound-effects-v2', parameters: { prompt: 'a', prompt_influence: 1.1 } },
			'prompt_influence must be between 0 and 1',
		],
		[
			{ model: 'dialogue-v3', parameters: { prompt: 'a'.repeat(5001) } },
			'prompt is longer than 5000 characters',
		],
		[
			{ model: 'dialogue-v3', parameters: { prompt: 'a', voice_id: 'Morgan' } },
			'invalid voice_id Morgan for dialogue-v3',
		],
		[
			{ model: 'dialogue-v3', parameters: { prompt: 'a', language_code: 7 } },
			"expected a string for 'language_code'",
		],
		[
			{ model: 'seed-audio-1.0', parameters: { prompt: 'a', pitch: 0.5 } },
			'pitch must be between -12 and 12',
		],
		[
			{ model: 'seed-audio-1.0', parameters: { prompt: 'a', language_code: 'de' } },
			'invalid language_code de for seed-audio-1.0',
		],
		[
			{
				model: 'seed-audio-1.0',
				parameters: {
					prompt: 'a',
					guidances: {
						audio_reference: [{ audio: { id: AUDIO_ID, type: 'UPLOADED' } }],
						image_reference: [
							{ image: { id: '00000000-0000-0000-0000-000000000001', type: 'GENERATED' } },
						],
					},
				},
			},
			'audio_reference is not available with image_reference',
		],
		[
			{
				model: 'seed-audio-1.0',
				parameters: {
					prompt: 'a',
					guidances: {
						audio_reference: Array(4).fill({ audio: { id: AUDIO_ID, type: 'UPLOADED' } }),
					},
				},
			},
			'audio_reference takes at most 3 item(s)',
		],
		[
			{
				model: 'seed-audio-1.0',
				parameters: {
					prompt: 'a',
					guidances: { audio_reference: [{ audio: { id: AUDIO_ID, type: 'GENERATED' } }] },
				},
			},
			`invalid audio_reference audio ${AUDIO_ID} (GENERATED)`,
		],
		[rodin({ prompt: 'a chair' }), 'Unexpected variable prompt'],
		[rodin({ output_format: 'obj' }), 'invalid output_format obj for rodin-v2'],
		[rodin({ quantity: 2 }), 'invalid quantity 2 for rodin-v2'],
		[rodin({ seed: 65536 }), 'seed must be an integer from 0 to 65535'],
		[rodin({ bounding_box: [100, 200] }), 'bounding_box must be an array of exactly 3 integers'],
		[
			rodin({ guidances: undefined }),
			'expecting a value for non-nullable variable: "image_reference"',
		],
		[
			rodin({
				guidances: {
					image_reference: Array(6).fill({
						image: { id: '00000000-0000-0000-0000-000000000001', type: 'GENERATED' },
					}),
				},
			}),
			'image_reference takes at most 5 item(s)',
		],
		[
			{ model: 'rodin-v2', parameters: { guidances: RODIN_SAMPLE.parameters.guidances } },
			'expecting a value for non-nullable variable: "quantity"',
		],
	])('refuses %j: %s', (body, message) => {
		expect(check(body)).toEqual(refusal(message));
	});

	it('lists them in GET /v2/models with their schema: Rodin V2 without prompt or size', () => {
		const models = modelList().productionApiAvailableModels;
		const rodinEntry = models.find((model: { name: string }) => model.name === 'Rodin V2')!;
		expect(rodinEntry.parameters.required).toEqual(['quantity', 'output_format']);
		expect(Object.keys(rodinEntry.parameters.properties)).not.toContain('prompt');
		expect(Object.keys(rodinEntry.parameters.properties)).not.toContain('width');
		const music = models.find((model: { name: string }) => model.name === 'Music')!;
		expect(music.parameters.required).toEqual(['prompt']);
	});

	it('serves a valid GLB: "glTF", version 2, its length, one JSON chunk padded to 4 bytes', () => {
		const glb = minimalGlb();
		expect(glb.subarray(0, 4).toString('latin1')).toBe('glTF');
		expect(glb.readUInt32LE(4)).toBe(2);
		expect(glb.readUInt32LE(8)).toBe(glb.length);
		const chunkLength = glb.readUInt32LE(12);
		expect(chunkLength % 4).toBe(0);
		expect(glb.subarray(16, 20).toString('latin1')).toBe('JSON');
		expect(20 + chunkLength).toBe(glb.length);
		expect(JSON.parse(glb.subarray(20).toString('utf8')).asset.version).toBe('2.0');
	});
});
