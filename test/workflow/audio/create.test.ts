import { fileItem, fixture, run, useSandbox } from '../../harness/context';

/** Audio → Create, as a user fills it in (no download unless asked). */
const audio = (parameters: Record<string, unknown>, settings: Record<string, unknown> = {}) => ({
	name: 'Audio',
	parameters: { resource: 'audio', operation: 'create', ...parameters },
	...settings,
});

interface Binary {
	mimeType: string;
	fileName: string;
	buffer: Buffer;
}

const isMp3 = (bytes: Buffer) => bytes.subarray(0, 3).toString('latin1') === 'ID3';
const isWav = (bytes: Buffer) =>
	bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
	bytes.subarray(8, 12).toString('latin1') === 'WAVE';

const UPLOADED_AUDIO = [
	'2b1c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
	'9f3e2d1c-0b9a-4877-a665-544332211000',
];

describe('Audio → Create', () => {
	const ctx = useSandbox({ generationDelayMs: 150 });
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/v2/generations');

	it('makes a Music v1 track: the exact v2 body, one POST, the MP3 in binary "audio" by its bytes', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			audio({
				model: 'music-v1',
				prompt: 'An upbeat synthwave track with a driving bassline',
				durationMinutes: 2,
				forceInstrumental: true,
			}),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		// https://docs.leonardo.ai/docs/music-v1 and the spec's MusicV1GenerationRequest.
		expect(posts().map((post) => post.body)).toEqual([
			{
				model: 'music-v1',
				parameters: {
					prompt: 'An upbeat synthwave track with a driving bassline',
					quantity: 1,
					duration_minutes: 2,
					force_instrumental: true,
				},
			},
		]);
		const json = result.output[0].json;
		expect(json).toMatchObject({
			generationId: expect.any(String),
			status: 'COMPLETE',
			model: 'music-v1',
			cost: { amount: '13', unit: 'CREDITS' },
			audio: [expect.objectContaining({ id: expect.any(String) })],
		});
		const file = result.output[0].binary!.audio as unknown as Binary;
		expect(file.mimeType).toBe('audio/mpeg');
		expect(file.fileName).toBe(`${String(json.generationId)}.mp3`);
		expect(isMp3(file.buffer)).toBe(true);
		expect(file.buffer.equals(fixture('tone-1s.mp3'))).toBe(true);
		expect(Object.keys(result.output[0].binary!)).toEqual(['audio']);
	});

	it('makes two Sound Effects v2 results: duration, loop, prompt influence sent; binaries audio_0 and audio_1', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			audio({
				model: 'sound-effects-v2',
				prompt: 'Heavy wooden door creaking open in a large stone hall',
				durationSeconds: 4,
				loop: true,
				quantity: 2,
			}),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body).toEqual({
			model: 'sound-effects-v2',
			parameters: {
				prompt: 'Heavy wooden door creaking open in a large stone hall',
				quantity: 2,
				duration: 4,
				loop: true,
				// The page's and the spec's default.
				prompt_influence: 0.7,
			},
		});
		const binary = result.output[0].binary!;
		expect(Object.keys(binary).sort()).toEqual(['audio_0', 'audio_1']);
		const id = String(result.output[0].json.generationId);
		expect((binary.audio_1 as unknown as Binary).fileName).toBe(`${id}_1.mp3`);
		for (const file of Object.values(binary))
			expect(isMp3((file as unknown as Binary).buffer)).toBe(true);
	});

	it('speaks a script with Dialogue v3 in the chosen voice (the voiceover flow)', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			audio({
				model: 'dialogue-v3',
				prompt: '[excited] Welcome back, traveller!',
				voiceId: 'EXAVITQu4vr4xnSDxMaL',
				languageCode: 'de',
				options: { public: false },
			}),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body).toEqual({
			model: 'dialogue-v3',
			public: false,
			parameters: {
				prompt: '[excited] Welcome back, traveller!',
				quantity: 1,
				voice_id: 'EXAVITQu4vr4xnSDxMaL',
				language_code: 'de',
				prompt_influence: 0.5,
			},
		});
		expect((result.output[0].binary!.audio as unknown as Binary).mimeType).toBe('audio/mpeg');
	});

	it('clones a voice with Seed Audio 1.0 from uploaded clips; the WAV result is labelled by its bytes', async () => {
		const { sandbox } = ctx;
		const uploads = await run(
			sandbox,
			[{ parameters: { resource: 'media', operation: 'upload' } }],
			[fileItem('tone-1s.wav'), fileItem('tone-1s.mp3')],
		);
		const uploaded = uploads.output.map((item) => item.json.id as string);
		sandbox.reset();
		const result = await run(sandbox, [
			audio({
				model: 'seed-audio-1.0',
				prompt: 'Read this like @Audio1: the gates close at sundown.',
				seedVoiceId: 'zh_male_dayi_uranus_bigtts',
				speed: 1.25,
				pitch: -3,
				volume: 0.8,
				audioReferenceIds: uploaded.join(', '),
			}),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body).toEqual({
			model: 'seed-audio-1.0',
			parameters: {
				prompt: 'Read this like @Audio1: the gates close at sundown.',
				quantity: 1,
				voice_id: 'zh_male_dayi_uranus_bigtts',
				speed: 1.25,
				pitch: -3,
				volume: 0.8,
				guidances: {
					audio_reference: uploaded.map((id) => ({ audio: { id, type: 'UPLOADED' } })),
				},
			},
		});
		const file = result.output[0].binary!.audio as unknown as Binary;
		expect(file.mimeType).toBe('audio/wav');
		expect(file.fileName).toMatch(/\.wav$/);
		expect(isWav(file.buffer)).toBe(true);
	});

	it('chains: a generated audio as a Seed Audio GENERATED reference, and an image reference with no strength (the spec item has none)', async () => {
		const { sandbox } = ctx;
		const first = await run(sandbox, [audio({ model: 'dialogue-v3', prompt: 'Hello there.' })]);
		const audioId = (first.output[0].json.audio as Array<{ id: string }>)[0].id;
		sandbox.reset();

		const generated = await run(sandbox, [
			audio({
				model: 'seed-audio-1.0',
				prompt: 'Say it again, @Audio1.',
				audioReferenceIds: audioId,
				audioReferenceType: 'GENERATED',
				downloadAudio: false,
			}),
		]);
		expect(generated.error?.message ?? generated.status).toBe('success');
		expect(posts()[0].body.parameters.guidances).toEqual({
			audio_reference: [{ audio: { id: audioId, type: 'GENERATED' } }],
		});
		expect(generated.output[0].binary).toBeUndefined();

		// A generated image to guide the voice: first make one.
		const images = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'an old sailor',
					numImages: 1,
					downloadImages: false,
				},
			},
		]);
		const sailor = (images.output[0].json.images as Array<{ id: string }>)[0].id;
		sandbox.reset();
		const guided = await run(sandbox, [
			audio({
				model: 'seed-audio-1.0',
				prompt: 'Ahoy.',
				// With spaces around it, as a pasted ID often has.
				imageReferenceId: ` ${sailor} `,
				imageReferenceType: 'GENERATED',
				downloadAudio: false,
			}),
		]);
		expect(guided.error?.message ?? guided.status).toBe('success');
		expect(posts()[0].body.parameters.guidances).toEqual({
			image_reference: [{ image: { id: sailor, type: 'GENERATED' } }],
		});
	});

	it("a model set by expression gets its page's defaults (no other model's field leaks in)", async () => {
		const { sandbox } = ctx;
		const byExpression = (model: string) =>
			audio({ model: `={{ "${model}" }}`, prompt: 'a test', downloadAudio: false });
		const result = await run(sandbox, [byExpression('sound-effects-v2')]);
		expect(result.error?.message ?? result.status).toBe('success');
		const dialogue = await run(sandbox, [byExpression('dialogue-v3')]);
		expect(dialogue.error?.message ?? dialogue.status).toBe('success');
		expect(posts().map((post) => post.body.parameters)).toEqual([
			{ prompt: 'a test', quantity: 1, duration: 2, loop: false, prompt_influence: 0.7 },
			{
				prompt: 'a test',
				quantity: 1,
				voice_id: 'JBFqnCBsd6RMkjVDRZzb',
				language_code: 'en',
				prompt_influence: 0.5,
			},
		]);
	});

	it("refuses what the model's page and the spec do not allow, before any request", async () => {
		const { sandbox } = ctx;
		const cases: Array<[Record<string, unknown>, string, RegExp]> = [
			[
				{ model: 'music-v1', durationMinutes: 11 },
				'"Duration (Minutes)" must be a whole number from 1 to 10, not 11',
				/Enter a whole number from 1 to 10/,
			],
			[
				{ model: 'sound-effects-v2', durationSeconds: 23 },
				'"Duration (Seconds)" must be a whole number from 1 to 22, not 23',
				/from 1 to 22/,
			],
			[
				{ model: 'sound-effects-v2', durationSeconds: 2.5 },
				'"Duration (Seconds)" must be a whole number from 1 to 22, not 2.5',
				/from 1 to 22/,
			],
			[
				{ model: 'sound-effects-v2', effectPromptInfluence: 1.5 },
				'"Prompt Influence" must be a number from 0 to 1, not 1.5',
				/from 0 to 1/,
			],
			[
				{ model: 'dialogue-v3', voiceId: '={{ "Morgan" }}' },
				`"Voice" is not one of Dialogue v3's voices: "Morgan"`,
				/https:\/\/docs\.leonardo\.ai\/docs\/dialogue-v3/,
			],
			[{ model: 'dialogue-v3', languageCode: ' ' }, '"Language Code" is empty', /ISO 639-1/],
			[
				{ model: 'dialogue-v3', prompt: 'x'.repeat(5001) },
				'The prompt has 5001 characters; Leonardo accepts at most 5000',
				/Shorten/,
			],
			[
				{ model: 'seed-audio-1.0', pitch: 0.5 },
				'"Pitch" must be a whole number from -12 to 12, not 0.5',
				/from -12 to 12/,
			],
			[
				{ model: 'seed-audio-1.0', speed: 3 },
				'"Speed" must be a number from 0.5 to 2, not 3',
				/from 0.5 to 2/,
			],
			[
				{ model: 'seed-audio-1.0', seedVoiceId: '={{ "JBFqnCBsd6RMkjVDRZzb" }}' },
				`"Voice" is not one of Seed Audio 1.0's voices: "JBFqnCBsd6RMkjVDRZzb"`,
				/seed-audio-10/,
			],
			[
				{
					model: 'seed-audio-1.0',
					audioReferenceIds: [...UPLOADED_AUDIO, ...UPLOADED_AUDIO].join(','),
				},
				'Seed Audio 1.0 takes at most 3 audio references, not 4',
				/@Audio1/,
			],
			[
				{
					model: 'seed-audio-1.0',
					audioReferenceIds: UPLOADED_AUDIO[0],
					imageReferenceId: UPLOADED_AUDIO[1],
				},
				'Seed Audio 1.0 takes audio references or an image reference, not both',
				/cannot combine them/,
			],
			[
				{ model: 'seed-audio-1.0', audioReferenceIds: 'my-clip.mp3' },
				'"Audio Reference IDs" is not a Leonardo ID: "my-clip.mp3"',
				/Media → Upload/,
			],
			[
				{ model: 'music-v1', quantity: 5 },
				'"Number of Results" must be a whole number from 1 to 4, not 5',
				/from 1 to 4/,
			],
			[{ model: '={{ "music-v2" }}' }, '"music-v2" is not an audio model', /Music v1 \(music-v1\)/],
			[
				{ model: '={{ "" }}' },
				'The model is empty',
				/^Pick one of Music v1 \(music-v1\), Sound Effects v2 \(sound-effects-v2\), Dialogue v3 \(dialogue-v3\), Seed Audio 1\.0 \(seed-audio-1\.0\)\.$/,
			],
			[
				{ model: 'seed-audio-1.0', imageReferenceId: 'cover.png' },
				'"Image Reference ID" is not a Leonardo ID: "cover.png"',
				/Init Image → Upload/,
			],
			[
				{ model: 'music-v1', options: { additionalParameters: '{"quantity": 2}' } },
				'"Additional Parameters (JSON)" sets "quantity", which the node already sets',
				/remove it from the JSON/,
			],
		];
		for (const [parameters, message, description] of cases) {
			const result = await run(sandbox, [audio({ prompt: 'a test', ...parameters })]);
			expect(result.error?.message).toBe(message);
			expect(result.error.description).toMatch(description);
		}
		expect(sandbox.requests).toEqual([]);
	});

	it('reads a model, voice, language and audio reference IDs written with spaces around them; 3 audio references are allowed', async () => {
		const { sandbox } = ctx;
		const dialogue = await run(sandbox, [
			audio({
				model: '={{ " dialogue-v3 " }}',
				prompt: 'Hallo',
				voiceId: '={{ " pNInz6obpgDQGcFmaJgB " }}',
				languageCode: ' de ',
			}),
		]);
		expect(dialogue.error?.message ?? dialogue.status).toBe('success');
		const uploads = await run(
			sandbox,
			[{ parameters: { resource: 'media', operation: 'upload' } }],
			[fileItem('tone-1s.wav'), fileItem('tone-1s.mp3'), fileItem('tone-1s.wav')],
		);
		const clips = uploads.output.map((item) => item.json.id as string);
		const seedReferences = await run(sandbox, [
			audio({
				model: 'seed-audio-1.0',
				prompt: 'Read @Audio1',
				seedVoiceId: '={{ " zh_female_cancan_uranus_bigtts " }}',
				audioReferenceIds: clips.join(', '),
				// A blank field is no image reference (not "both").
				imageReferenceId: ' ',
			}),
		]);
		expect(seedReferences.error?.message ?? seedReferences.status).toBe('success');
		const [spoken, referenced] = posts().map((post) => post.body);
		expect(spoken).toMatchObject({
			model: 'dialogue-v3',
			parameters: { voice_id: 'pNInz6obpgDQGcFmaJgB', language_code: 'de' },
		});
		expect(referenced.parameters).toMatchObject({
			voice_id: 'zh_female_cancan_uranus_bigtts',
			guidances: {
				audio_reference: clips.map((id) => ({ audio: { id, type: 'UPLOADED' } })),
			},
		});
	});

	it('refuses a result that is not audio: nothing is stored, the error names the host', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'audio/mpeg' },
			body: fixture('photo-640x480.png'),
		});
		const result = await run(sandbox, [audio({ model: 'music-v1', prompt: 'a waltz' })]);
		expect(result.error.message).toMatch(
			/^The file downloaded from 127\.0\.0\.1:\d+ is not an MP3 or WAV audio file$/,
		);
		expect(result.error.description).toMatch(/Turn off "Download Audio"/);
		expect(posts()).toHaveLength(1);
	});

	it('a finished generation whose answer holds no audio URL: the error shows the (redacted) answer', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/generations\/[^/]+$/,
			status: 200,
			body: {
				generations_by_pk: {
					id: 'a1b2c3d4-0000-4000-8000-000000000001',
					status: 'COMPLETE',
					generated_images: [
						{ id: 'f0e1d2c3-0000-4000-8000-000000000002', nsfw: false, token: 'abc' },
					],
				},
			},
		});
		const result = await run(sandbox, [audio({ model: 'music-v1', prompt: 'a waltz' })]);
		expect(result.error.message).toBe(
			'Generation a1b2c3d4-0000-4000-8000-000000000001 is complete but its answer has no audio file URL',
		);
		expect(result.error.description).toContain(
			'the node looked in generated_images[].audioUrl, generated_images[].audioURL, generated_images[].motionMP4URL, generated_images[].url',
		);
		expect(result.error.description).toContain(
			`Leonardo's answer: {"id":"a1b2c3d4-0000-4000-8000-000000000001","status":"COMPLETE","generated_images":[{"id":"f0e1d2c3-0000-4000-8000-000000000002","nsfw":false,"token":"[redacted]"}]}`,
		);
		expect(sandbox.requestsTo('api', 'GET', /^\/generations\//)).toHaveLength(1);
	});

	it('with downloads off, outputs the job as it is (the URLs), and with Wait off the job as PENDING', async () => {
		const { sandbox } = ctx;
		const done = await run(sandbox, [
			audio({ model: 'music-v1', prompt: 'a waltz', downloadAudio: false }),
		]);
		expect(done.output[0].binary).toBeUndefined();
		expect((done.output[0].json.audio as Array<{ url: string }>)[0].url).toMatch(/\.mp3$/);

		const started = await run(sandbox, [
			audio({ model: 'music-v1', prompt: 'a waltz', waitForCompletion: false }),
		]);
		expect(started.output[0].json).toEqual({
			generationId: expect.any(String),
			status: 'PENDING',
			cost: { amount: '13', unit: 'CREDITS' },
			model: 'music-v1',
		});
	});

	it('Wait Timeout: an unfinished job stops the item, naming the generation (already started and charged)', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		const result = await run(sandbox, [
			audio({ model: 'music-v1', prompt: 'a long song', options: { waitTimeout: 1 } }),
		]);
		const id = String(sandbox.requestsTo('api', 'GET', /^\/generations\//)[0].path).split('/')[2];
		expect(result.error.message).toBe(`Generation ${id} was not finished after 1 s`);
		expect(result.error.description).toMatch(/Raise "Wait Timeout"/);
		expect(result.error.description).toMatch(
			`Already started for this item (and charged): generation ${id}`,
		);
		expect(posts()).toHaveLength(1);
	});

	it('Max Credits without Allow Unpriced Jobs: nothing is started, as no calculator prices audio', async () => {
		const { sandbox } = ctx;
		const refused = await run(sandbox, [
			audio({ model: 'dialogue-v3', prompt: 'Hi.', options: { maxCredits: 100 } }),
		]);
		expect(refused.error.message).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for Dialogue v3 audio, and no earlier job with these parameters reported its cost in this execution. It was not started.",
		);
		expect(posts()).toHaveLength(0);

		const allowed = await run(
			sandbox,
			[
				audio({
					model: 'dialogue-v3',
					prompt: '={{ $json.line }}',
					downloadAudio: false,
					options: { maxCredits: 30, allowUnpricedJobs: true },
				}),
			],
			[{ json: { line: 'One.' } }, { json: { line: 'Two.' } }, { json: { line: 'Three.' } }],
		);
		// 13 credits each (the sandbox's v2 price): the first prices the rest, two fit in 30.
		expect(posts()).toHaveLength(2);
		expect(allowed.error?.message).toMatch(/^Max Credits reached/);
	});

	it('Retry On Fail: a try that failed after the job started polls and downloads that job, never POSTs again', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(sandbox, [
			audio(
				{ model: 'sound-effects-v2', prompt: 'thunder' },
				{ retryOnFail: true, maxTries: 3, waitBetweenTries: 10 },
			),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()).toHaveLength(1);
		expect(sandbox.charges).toHaveLength(1);
		expect(isMp3((result.output[0].binary!.audio as unknown as Binary).buffer)).toBe(true);
	});

	it('Continue On Fail: a refused item becomes an error item, the others are made', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				audio(
					{
						model: 'sound-effects-v2',
						prompt: 'a bell',
						durationSeconds: '={{ $json.seconds }}',
						downloadAudio: false,
					},
					{ continueOnFail: true },
				),
			],
			[{ json: { seconds: 3 } }, { json: { seconds: 30 } }],
		);
		expect(result.status).toBe('success');
		expect(result.output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'COMPLETE',
			'"Duration (Seconds)" must be a whole number from 1 to 22, not 30',
		]);
		expect(posts()).toHaveLength(1);
		expect(posts()[0].body.parameters.duration).toBe(3);
	});
});
