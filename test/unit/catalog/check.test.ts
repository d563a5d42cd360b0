import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog/types';
import { madeModel } from './madeModel';

/**
 * The checks of catalog/check.ts that no page fixture reaches, on made-up models (their values are
 * this test's own, not any page's): each refusal names the field and says what to do, and the
 * user sees both, so both are asserted in full.
 */
const PAGE = 'https://docs.leonardo.ai/docs/test-model';

const made = madeModel;

const model = made('Test Model', {
	sizes: { free: { width: { min: 16, max: 64, step: 8 }, height: { min: 16, max: 64, step: 8 } } },
	quantity: { min: 1, max: 1, required: true },
	durations: { values: [5, 10] },
	choices: { quality: { values: ['LOW', 'HIGH'] } },
	flags: { motion_has_audio: true },
	styles: [{ id: 'style-a' }],
	guidances: {
		image_reference: { max: 2, types: ['UPLOADED', 'URL'] },
		style: { max: 1, types: ['GENERATED'], strength: ['MID', 'HIGH'] },
		video_reference_base: {
			max: 1,
			types: ['GENERATED'],
			duration: { min: 3, max: 10, required: true },
		},
	},
});

const ok = { prompt: 'a fox', quantity: 1 };
const refusal = (parameters: Record<string, unknown>) =>
	checkParameters(model, parameters, { quantity: 'Number of Images', motion_has_audio: 'Audio' });

/** A guidance item of an uploaded image. */
const up = { image: { id: 'a', type: 'UPLOADED' } };
/** A video reference item of the given length. */
const clip = (duration: number) => ({ video: { id: 'v', type: 'GENERATED', duration } });

describe('checkParameters', () => {
	it('takes a request within every rule', () => {
		expect(
			refusal({
				...ok,
				width: 64,
				height: 16,
				duration: 10,
				quality: 'HIGH',
				style_ids: ['style-a'],
			}),
		).toBeUndefined();
	});

	it.each([
		['a 3-second clip, the shortest', { guidances: { video_reference_base: [clip(3)] } }],
		['a 10-second clip, the longest', { guidances: { video_reference_base: [clip(10)] } }],
		['two image references, the most', { guidances: { image_reference: [up, up] } }],
	])('takes %s', (_what, set) => {
		expect(refusal({ ...ok, ...set })).toBeUndefined();
	});

	it.each([
		[
			{ width: 64 },
			'Test Model needs Width and Height together',
			'Set both, or neither for its default size.',
		],
		[
			{ width: 60, height: 16 },
			'Test Model does not make 60×16 videos',
			'It makes width 16–64 (multiples of 8); height 16–64 (multiples of 8).',
		],
		[
			{ width: 72, height: 16 },
			'Test Model does not make 72×16 videos',
			'It makes width 16–64 (multiples of 8); height 16–64 (multiples of 8).',
		],
		[{ quantity: undefined }, 'Test Model needs "Number of Images"', 'Set it.'],
		[
			{ quantity: 2 },
			'"Number of Images" must be a whole number from 1 to 1 for Test Model, not 2',
			'Set it within that range.',
		],
		[{ motion_has_audio: 'yes' }, '"Audio" must be true or false', 'Send true or false.'],
		[{ quality: 'MEDIUM' }, '"quality" "MEDIUM" is not a value Test Model takes', 'Use LOW, HIGH.'],
		[{ duration: 7 }, 'Test Model does not make 7-second videos', 'Use 5 or 10 seconds.'],
		[
			{ prompt: 'x'.repeat(11) },
			'The prompt is 11 characters; Test Model takes at most 10',
			'Shorten the prompt.',
		],
		[
			{ tiling: true },
			'Test Model does not take "tiling"',
			'Remove it; Leonardo refuses fields a model does not list. Test Model takes prompt, width, height, quantity, duration, style_ids, guidances, quality, motion_has_audio.',
		],
		[
			{ style_ids: 'style-a' },
			'"style_ids" must be a list for Test Model',
			'Send "style_ids" as a list of style UUIDs, or pick them in Options → Style Names or IDs.',
		],
		[
			{ style_ids: ['style-a', 'style-b'] },
			'"style-b" is not a style Test Model takes',
			"Pick Test Model's styles in Options → Style Names or IDs (they differ between models), or use a UUID from the model's page; Leonardo refuses the others.",
		],
		[
			{ guidances: { image_reference: [{ image: { id: 'a', type: 'GENERATED' } }] } },
			'Test Model does not take image references of type "GENERATED"',
			'Use UPLOADED, URL.',
		],
		[
			{ guidances: { image_reference: [up, up, up] } },
			'3 image references are too many for Test Model',
			'It takes up to 2.',
		],
		[
			{ guidances: { image_reference: [{ ...up, strength: 'MID' }] } },
			"Test Model's image references take no strength",
			'Leave Strength out.',
		],
		[
			{ guidances: { style: [{ image: { id: 'a', type: 'GENERATED' }, strength: 'LOW' }] } },
			'Strength "LOW" is not one Test Model\'s style references take',
			'Use MID, HIGH.',
		],
		[
			{ guidances: { video_reference_base: [{ video: { id: 'v', type: 'GENERATED' } }] } },
			"Test Model's video references need the clip's duration",
			'Give "duration" (seconds) in each item.',
		],
		[
			{ guidances: { video_reference_base: [clip(11)] } },
			"Test Model's video references must be 3–10 seconds long, not 11",
			'Use a shorter clip, or trim it first.',
		],
		[
			{ guidances: { video_reference_base: [clip(2)] } },
			"Test Model's video references must be 3–10 seconds long, not 2",
			'Use a shorter clip, or trim it first.',
		],
		[
			{ guidances: { end_frame: [up] } },
			'Test Model takes no end frames',
			'Remove them. It takes image references, style references, video references.',
		],
	])('refuses %j: %s', (set, message, description) => {
		const parameters: Record<string, unknown> = { ...ok, ...set };
		for (const key of Object.keys(parameters))
			if (parameters[key] === undefined) delete parameters[key];
		expect(refusal(parameters)).toEqual({ message, description: `${description} (${PAGE})` });
	});
});

/** What the user sees for a request: undefined (taken), or the refusal with the page cited. */
const refused = (message: string, description: string) => ({
	message,
	description: `${description} (${PAGE})`,
});

describe('checkParameters: the fields a model takes', () => {
	// A model that documents nothing but the prompt and a size.
	const bare = made('Bare Model', { kind: 'image' });
	// One that documents every field the node knows, and one of its own.
	const full = made('Full Model', {
		sizes: {
			pairs: [
				{ width: 640, height: 360, mode: 'RESOLUTION_360' },
				{ width: 360, height: 360, resolution: 'RESOLUTION_240' },
			],
		},
		quantity: { min: 1, max: 1 },
		durations: { values: [5] },
		seed: { min: 0, max: 100 },
		negativePrompt: { max: 20 },
		promptEnhance: { values: ['ON', 'OFF'] },
		styleIds: 1,
		guidances: { image_reference: { max: 1, types: ['UPLOADED'] } },
		cameraMoves: 'controls',
		choices: { quality: { values: ['LOW', 'HIGH'] } },
		flags: { motion_has_audio: true },
		otherFields: ['omni_edit'],
	});
	const every = {
		prompt: 'a fox',
		width: 640,
		height: 360,
		quantity: 1,
		duration: 5,
		seed: 7,
		negative_prompt: 'blur',
		prompt_enhance: 'OFF',
		style_ids: ['any-uuid'],
		guidances: { image_reference: [up] },
		controls: ['a-camera-move'],
		mode: 'RESOLUTION_360',
		quality: 'LOW',
		motion_has_audio: false,
		omni_edit: true,
	};

	it('takes a request with every field the model documents', () => {
		expect(checkParameters(full, every)).toBeUndefined();
		expect(
			checkParameters(full, { prompt: 'a fox', resolution: 'RESOLUTION_240' }),
		).toBeUndefined();
	});

	it.each(Object.keys(every).filter((key) => !['prompt', 'width', 'height'].includes(key)))(
		'refuses "%s" for a model whose page does not list it, naming what it takes',
		(key) => {
			expect(
				checkParameters(bare, { prompt: 'a fox', [key]: every[key as keyof typeof every] }),
			).toEqual(
				refused(
					`Bare Model does not take "${key}"`,
					'Remove it; Leonardo refuses fields a model does not list. Bare Model takes prompt, width, height.',
				),
			);
		},
	);

	it('refuses "resolution" for a model whose page does not list it', () => {
		expect(checkParameters(bare, { prompt: 'a fox', resolution: 'RESOLUTION_720' })).toEqual(
			refused(
				'Bare Model does not take "resolution"',
				'Remove it; Leonardo refuses fields a model does not list. Bare Model takes prompt, width, height.',
			),
		);
	});

	it('names every field of a model that takes them all, each once', () => {
		expect(checkParameters(full, { ...every, tiling: true })).toEqual(
			refused(
				'Full Model does not take "tiling"',
				'Remove it; Leonardo refuses fields a model does not list. Full Model takes prompt, width, height, quantity, duration, seed, negative_prompt, prompt_enhance, style_ids, guidances, controls, mode, resolution, quality, motion_has_audio, omni_edit.',
			),
		);
	});

	it('takes "mode" once when the model lists it among its choices as well as with its sizes', () => {
		const withModes = made('Mode Choice Model', {
			sizes: { pairs: [{ width: 640, height: 360, mode: 'RESOLUTION_360' }] },
			choices: { mode: { values: ['RESOLUTION_360'] } },
		});
		expect(checkParameters(withModes, { prompt: 'a fox', mode: 'RESOLUTION_360' })).toBeUndefined();
		expect(checkParameters(withModes, { prompt: 'a fox', seed: 1 })).toEqual(
			refused(
				'Mode Choice Model does not take "seed"',
				'Remove it; Leonardo refuses fields a model does not list. Mode Choice Model takes prompt, width, height, mode.',
			),
		);
	});
});

describe('checkParameters: sizes', () => {
	// Any size: whole, positive sides.
	const anySize = made('Any Size Model', { kind: 'image' });
	// Listed widths (more than six) with a range of heights, and 0×0 to follow the input image.
	const listed = made('Listed Model', {
		kind: 'image',
		sizes: {
			sides: {
				width: [512, 640, 768, 896, 1024, 1152, 1280],
				height: { min: 512, max: 1536, step: 64 },
			},
			auto: true,
		},
	});
	const sized = (target: CatalogModel, width: unknown, height: unknown) =>
		checkParameters(target, { prompt: 'a fox', width, height });

	it.each([
		[16, 16],
		[1, 1],
		[4096, 1],
	])('a model of any size takes %i×%i', (width, height) => {
		expect(sized(anySize, width, height)).toBeUndefined();
	});

	it.each([
		[0, 0],
		[0, 16],
		[16, 0],
		[-16, 16],
		[16, -16],
		[16.5, 16],
		[16, 16.5],
	])('a model of any size refuses %d×%d', (width, height) => {
		expect(sized(anySize, width, height)).toEqual(
			refused(`Any Size Model does not make ${width}×${height} images`, 'It makes any size.'),
		);
	});

	it('takes 0×0 where the size follows the input image, and listed sizes', () => {
		expect(sized(listed, 0, 0)).toBeUndefined();
		expect(sized(listed, 1280, 1536)).toBeUndefined();
	});

	it.each([
		[0, 768],
		[768, 0],
		[768, 500],
	])('refuses %d×%d where 0×0 follows the input image, listing every size', (width, height) => {
		expect(sized(listed, width, height)).toEqual(
			refused(
				`Listed Model does not make ${width}×${height} images`,
				'It makes width 512, 640, 768, 896, 1024, 1152, 1280; height 512–1536 (multiples of 64); 0×0 follows the input image.',
			),
		);
	});
});

describe('checkParameters: the mode or resolution that goes with a size', () => {
	const modes = made('Mode Model', {
		sizes: {
			pairs: [
				{ width: 1280, height: 720, mode: 'RESOLUTION_720' },
				{ width: 1920, height: 1080, mode: 'RESOLUTION_1080' },
				{ width: 960, height: 960 },
			],
		},
	});
	// v1: a resolution with each size; one size has none.
	const resolutions = made('Resolution Model', {
		endpoint: 'v1',
		sizes: {
			pairs: [
				{ width: 360, height: 360, resolution: 'RESOLUTION_240' },
				{ width: 640, height: 640, resolution: 'RESOLUTION_480' },
				{ width: 640, height: 360, resolution: 'RESOLUTION_360' },
				{ width: 480, height: 480 },
			],
		},
	});
	const ask = (target: CatalogModel, set: Record<string, unknown>) =>
		checkParameters(target, { prompt: 'a fox', ...set });

	it('takes each size with its own mode, or a mode alone', () => {
		expect(ask(modes, { width: 1920, height: 1080, mode: 'RESOLUTION_1080' })).toBeUndefined();
		expect(ask(modes, { width: 1280, height: 720, mode: 'RESOLUTION_720' })).toBeUndefined();
		expect(ask(modes, { mode: 'RESOLUTION_720' })).toBeUndefined();
	});

	it("refuses a size with another size's mode", () => {
		expect(ask(modes, { width: 1280, height: 720, mode: 'RESOLUTION_1080' })).toEqual(
			refused(
				'Mode Model does not take mode "RESOLUTION_1080" with 1280×720',
				'Use RESOLUTION_720 for that size, or leave the mode out: the size decides it.',
			),
		);
	});

	it('takes each size with its own resolution (a size sharing one side with another)', () => {
		expect(
			ask(resolutions, { width: 640, height: 360, resolution: 'RESOLUTION_360' }),
		).toBeUndefined();
		expect(
			ask(resolutions, { width: 640, height: 640, resolution: 'RESOLUTION_480' }),
		).toBeUndefined();
	});

	it('takes a listed resolution without a size', () => {
		expect(ask(resolutions, { resolution: 'RESOLUTION_480' })).toBeUndefined();
	});

	it.each([
		[
			{ width: 640, height: 360, resolution: 'RESOLUTION_480' },
			'Resolution Model does not take resolution "RESOLUTION_480" with 640×360',
			'Use RESOLUTION_360.',
		],
		[
			{ resolution: 'RESOLUTION_1080' },
			'Resolution Model does not take resolution "RESOLUTION_1080"',
			'Use RESOLUTION_240, RESOLUTION_480, RESOLUTION_360.',
		],
		[
			{ width: 480, height: 480, resolution: 'RESOLUTION_1080' },
			'Resolution Model does not take resolution "RESOLUTION_1080" with 480×480',
			'Use RESOLUTION_240, RESOLUTION_480, RESOLUTION_360.',
		],
	])('refuses %j', (set, message, description) => {
		expect(ask(resolutions, set)).toEqual(refused(message, description));
	});

	// Any size up to the largest RESOLUTION_<n> mode; mode values of other shapes say nothing of size.
	const free = made('Free Mode Model', {
		sizes: { free: { width: { min: 256, max: 1920 }, height: { min: 256, max: 1920 } } },
		choices: {
			mode: {
				values: [
					'RESOLUTION_480',
					'RESOLUTION_720',
					'RESOLUTION_1080_PRO',
					'FAST_RESOLUTION_1080',
					'STANDARD',
				],
			},
		},
	});

	it('takes a size whose shorter side is the largest resolution', () => {
		expect(ask(free, { width: 1920, height: 720 })).toBeUndefined();
		expect(ask(free, { width: 720, height: 1920 })).toBeUndefined();
	});

	it('refuses a size whose shorter side is past the largest resolution', () => {
		expect(ask(free, { width: 1280, height: 721 })).toEqual(
			refused(
				'Free Mode Model does not make 1280×721 videos',
				'Its largest resolution is 720p (mode RESOLUTION_720): the shorter side can be at most 720 pixels.',
			),
		);
	});
});

describe('checkParameters: seed, negative prompt and style IDs', () => {
	const target = made('Number Model', {
		seed: { min: 0, max: 100 },
		negativePrompt: { max: 5 },
		styleIds: 2,
	});
	const one = made('One Style Model', { styleIds: 1 });
	const ask = (on: CatalogModel, set: Record<string, unknown>) =>
		checkParameters(on, { prompt: 'a fox', ...set });

	it('takes a negative prompt at its limit, two style IDs and the ends of the seed range', () => {
		expect(
			ask(target, { negative_prompt: 'abcde', style_ids: ['a', 'b'], seed: 0 }),
		).toBeUndefined();
		expect(ask(target, { seed: 100 })).toBeUndefined();
	});

	it.each([
		[
			target,
			{ seed: 101 },
			'"seed" must be a whole number from 0 to 100 for Number Model, not 101',
			'Set it within that range.',
		],
		[
			target,
			{ seed: 1.5 },
			'"seed" must be a whole number from 0 to 100 for Number Model, not 1.5',
			'Set it within that range.',
		],
		[
			target,
			{ negative_prompt: 'abcdef' },
			'The negative prompt is 6 characters; Number Model takes at most 5',
			'Shorten it.',
		],
		[
			target,
			{ style_ids: ['a', 'b', 'c'] },
			'Number Model takes at most 2 style IDs',
			'Send "style_ids" as a list of style UUIDs from the model\'s page.',
		],
		[
			one,
			{ style_ids: ['a', 'b'] },
			'One Style Model takes at most 1 style ID',
			'Send "style_ids" as a list of style UUIDs from the model\'s page.',
		],
	])('%#: refuses %j', (on, set, message, description) => {
		expect(ask(on, set)).toEqual(refused(message, description));
	});
});

describe('checkParameters: guidances', () => {
	const ask = (on: CatalogModel, set: Record<string, unknown>) =>
		checkParameters(on, { prompt: 'a fox', ...set });

	it('refuses a request without the start frame a model needs', () => {
		const target = made('Start Frame Model', {
			guidances: { start_frame: { max: 1, required: true, types: ['UPLOADED'] } },
		});
		expect(ask(target, {})).toEqual(
			refused(
				'Start Frame Model needs a start frame',
				'Fill in "Start Frame Image ID", or use Video → Create From Image with an input image.',
			),
		);
		expect(ask(target, { guidances: { start_frame: [up] } })).toBeUndefined();
	});

	it('refuses a request without the image reference a model needs', () => {
		const target = made('Reference Model', {
			guidances: { image_reference: { max: 1, required: true, types: ['UPLOADED'] } },
		});
		expect(ask(target, { guidances: { image_reference: [] } })).toEqual(
			refused('Reference Model needs at least one of image references', 'Add one.'),
		);
	});

	it('refuses guidances on a model that lists none', () => {
		const target = made('No Guidance Model', { guidances: {} });
		expect(ask(target, { guidances: { style: [up] } })).toEqual(
			refused('No Guidance Model takes no style references', 'Remove them. It takes no guidance.'),
		);
	});

	const rules = made('Rules Model', {
		durations: { values: [5, 10, 15] },
		choices: { quality: { values: ['STANDARD', 'TURBO'] } },
		guidances: {
			image_reference: { max: 3, types: ['UPLOADED'] },
			start_frame: { max: 1, types: ['UPLOADED'] },
			end_frame: { max: 1, types: ['UPLOADED'] },
			video_reference_base: { max: 1, types: ['GENERATED'] },
			audio_reference: { max: 1, types: ['UPLOADED'] },
		},
		rules: ['referencesExcludeFrames', 'audioNeedsReference', 'audioNotWithTurbo'],
		withVideoReference: { maxDuration: 10, maxImageReferences: 2, excludesFrames: true },
	});
	const video = { video: { id: 'v', type: 'GENERATED' } };
	const audio = { audio: { id: 'a', type: 'UPLOADED' } };

	it.each([
		[
			'audio with an image reference',
			{ guidances: { audio_reference: [audio], image_reference: [up] } },
		],
		[
			'audio with a video reference',
			{ guidances: { audio_reference: [audio], video_reference_base: [video] } },
		],
		[
			'audio at a quality other than TURBO',
			{ quality: 'STANDARD', guidances: { audio_reference: [audio], image_reference: [up] } },
		],
		[
			'a video reference with two image references',
			{ guidances: { video_reference_base: [video], image_reference: [up, up] } },
		],
		[
			'a 10-second video from a video reference',
			{ duration: 10, guidances: { video_reference_base: [video] } },
		],
		['a start and an end frame', { guidances: { start_frame: [up], end_frame: [up] } }],
	])('takes %s', (_what, set) => {
		expect(ask(rules, set)).toBeUndefined();
	});

	it('takes audio at quality TURBO on a model that allows it', () => {
		const turboAudio = made('Turbo Audio Model', { ...rules, rules: ['audioNeedsReference'] });
		expect(
			ask(turboAudio, {
				quality: 'TURBO',
				guidances: { audio_reference: [audio], image_reference: [up] },
			}),
		).toBeUndefined();
	});

	it('refuses an audio reference with a video reference where the model says so, takes each alone', () => {
		const music = made('Music Model', {
			guidances: {
				start_frame: { max: 1, types: ['UPLOADED'] },
				video_reference_base: { max: 1, types: ['GENERATED'] },
				audio_reference: { max: 1, types: ['UPLOADED'] },
			},
			rules: ['audioExcludesVideoReference'],
		});
		expect(
			ask(music, { guidances: { audio_reference: [audio], video_reference_base: [video] } }),
		).toEqual(
			refused(
				'Music Model takes an audio reference or a video reference, not both',
				'Remove the audio reference or the video reference.',
			),
		);
		expect(
			ask(music, { guidances: { audio_reference: [audio], start_frame: [up] } }),
		).toBeUndefined();
		expect(ask(music, { guidances: { video_reference_base: [video] } })).toBeUndefined();
	});

	it('refuses an audio reference with a start or an end frame where the model says so, takes each alone', () => {
		const framed = made('Framed Model', {
			guidances: {
				start_frame: { max: 1, types: ['UPLOADED'] },
				end_frame: { max: 1, types: ['UPLOADED'] },
				video_reference_base: { max: 1, types: ['GENERATED'] },
				audio_reference: { max: 1, types: ['UPLOADED'] },
			},
			rules: ['audioExcludesFrames'],
		});
		const refusal = refused(
			'Framed Model takes an audio reference or start/end frames, not both',
			'Remove the audio reference or the frames.',
		);
		expect(ask(framed, { guidances: { audio_reference: [audio], start_frame: [up] } })).toEqual(
			refusal,
		);
		expect(
			ask(framed, {
				guidances: { audio_reference: [audio], start_frame: [up], end_frame: [up] },
			}),
		).toEqual(refusal);
		expect(
			ask(framed, { guidances: { audio_reference: [audio], video_reference_base: [video] } }),
		).toBeUndefined();
		expect(ask(framed, { guidances: { start_frame: [up], end_frame: [up] } })).toBeUndefined();
	});

	it.each([
		[
			{ guidances: { end_frame: [up] } },
			'An end frame needs a start frame',
			'Rules Model takes an end frame only with a start frame: fill in "Start Frame Image ID" too.',
		],
		[
			{ guidances: { image_reference: [up], start_frame: [up] } },
			'Rules Model takes image references or start/end frames, not both',
			'Remove the frames or the image references.',
		],
		[
			{ guidances: { image_reference: [up], start_frame: [up], end_frame: [up] } },
			'Rules Model takes image references or start/end frames, not both',
			'Remove the frames or the image references.',
		],
		[
			{ guidances: { audio_reference: [audio] } },
			'Rules Model takes audio references only with image or video references',
			'Add an image reference or a video reference (a start or end frame does not count), or remove the audio references.',
		],
		[
			{ guidances: { audio_reference: [audio], start_frame: [up] } },
			'Rules Model takes audio references only with image or video references',
			'Add an image reference or a video reference (a start or end frame does not count), or remove the audio references.',
		],
		[
			{ quality: 'TURBO', guidances: { audio_reference: [audio], image_reference: [up] } },
			'Rules Model takes no audio references with quality TURBO',
			'Pick another quality, or remove the audio references.',
		],
		[
			{ guidances: { video_reference_base: [video], start_frame: [up] } },
			'Rules Model takes a video reference or start/end frames, not both',
			'Remove the frames or the video reference.',
		],
		[
			{ guidances: { video_reference_base: [video], image_reference: [up, up, up] } },
			'3 image references are too many with a video reference for Rules Model',
			'It takes up to 2 then.',
		],
		[
			{ duration: 15, guidances: { video_reference_base: [video] } },
			'Rules Model makes at most 10-second videos from a video reference',
			'Set Duration to 10 seconds or less.',
		],
	])('refuses %j', (set, message, description) => {
		expect(ask(rules, set)).toEqual(refused(message, description));
	});
});

describe('checkParameters: the durations named in a refusal', () => {
	it.each([
		[[8], 'Use 8 seconds.'],
		[[5, 6], 'Use 5 or 6 seconds.'],
		[[4, 6, 8], 'Use 4, 6 or 8 seconds.'],
		[[3, 4, 5, 6], 'Use 3–6 seconds.'],
	])('durations %j: %s', (values, description) => {
		const target = made('Duration Model', { durations: { values } });
		expect(checkParameters(target, { prompt: 'a fox', duration: 7 })).toEqual(
			refused('Duration Model does not make 7-second videos', description),
		);
	});
});

describe('checkParameters: what the v2 reference adds (required prompt and size, elements, closed items)', () => {
	it('needs a prompt, and a size where the model requires one', () => {
		const sized = made('Sized Model', {
			sizes: {
				free: { width: { min: 16, max: 64 }, height: { min: 16, max: 64 } },
				required: true,
			},
		});
		expect(checkParameters(sized, { width: 16, height: 16 })).toEqual(
			refused('Sized Model needs a prompt', 'Write one in "Prompt".'),
		);
		expect(checkParameters(sized, { prompt: 'a fox' })).toEqual(
			refused('Sized Model needs Width and Height', 'Set a size: width 16–64; height 16–64.'),
		);
		expect(checkParameters(sized, { prompt: 'a fox', width: 16, height: 64 })).toBeUndefined();
		// Without the rule, a request with no size is taken (Leonardo uses the model's default).
		const optional = { ...sized.sizes, required: undefined };
		expect(
			checkParameters(made('Optional Model', { sizes: optional }), { prompt: 'a fox' }),
		).toBeUndefined();
	});

	it('checks element lists for their count and each weight, naming the list', () => {
		const withElements = made('Element Model', {
			elementLists: {
				user_elements: { max: 2, weight: { min: 0 } },
				platform_elements: { max: 1, weight: { min: -2, max: 2 } },
			},
		});
		const ask = (parameters: Record<string, unknown>) =>
			checkParameters(withElements, { prompt: 'a fox', ...parameters });
		expect(
			ask({
				user_elements: [{ weight: 0 }, { weight: 1000 }],
				platform_elements: [{ weight: -2 }],
			}),
		).toBeUndefined();
		expect(ask({ platform_elements: [{ weight: 2 }] })).toBeUndefined();
		expect(ask({ user_elements: [{ userLoraId: 1 }] })).toBeUndefined();
		expect(ask({ user_elements: [{}, {}, {}] })).toEqual(
			refused(
				'"user_elements" must be a list of at most 2 for Element Model',
				'Send up to 2 elements.',
			),
		);
		expect(ask({ user_elements: { weight: 1 } })).toEqual(
			refused(
				'"user_elements" must be a list of at most 2 for Element Model',
				'Send up to 2 elements.',
			),
		);
		expect(ask({ user_elements: [{ weight: -0.5 }] })).toEqual(
			refused(
				'An element\'s weight in "user_elements" must be 0 or more for Element Model, not -0.5',
				'Set each weight to 0 or more.',
			),
		);
		expect(ask({ platform_elements: [{ weight: 2.5 }] })).toEqual(
			refused(
				'An element\'s weight in "platform_elements" must be -2–2 for Element Model, not 2.5',
				'Set each weight to -2–2.',
			),
		);
		expect(ask({ platform_elements: [{ weight: -3 }] })).toEqual(
			refused(
				'An element\'s weight in "platform_elements" must be -2–2 for Element Model, not -3',
				'Set each weight to -2–2.',
			),
		);
		expect(ask({ user_elements: [{ weight: '1' }] })).toEqual(
			refused(
				'An element\'s weight in "user_elements" must be 0 or more for Element Model, not 1',
				'Set each weight to 0 or more.',
			),
		);
	});

	it('checks a video reference for its sides and keys, and a legacy item for its strength', () => {
		const closed = made('Closed Model', {
			guidances: {
				style: { max: 2, types: ['UPLOADED'], strength: ['MID', 'HIGH'] },
				video_reference_base: {
					max: 1,
					types: ['GENERATED'],
					videoSides: { min: 320, max: 2160 },
					mediaKeys: ['id', 'type', 'width', 'height'],
				},
			},
		});
		const ask = (guidances: Record<string, unknown>) =>
			checkParameters(closed, { prompt: 'a fox', guidances });
		const video = (extra: Record<string, unknown>) => ({
			video: { id: 'v', type: 'GENERATED', ...extra },
		});
		expect(ask({ video_reference_base: [video({ width: 320, height: 2160 })] })).toBeUndefined();
		expect(ask({ video_reference_base: [video({})] })).toBeUndefined();
		expect(ask({ video_reference_base: [video({ width: 319 })] })).toEqual(
			refused(
				"Closed Model's video references must be 320–2160 pixels wide and high, not width 319",
				'Use a clip of that size.',
			),
		);
		expect(ask({ video_reference_base: [video({ width: 640, height: 2161 })] })).toEqual(
			refused(
				"Closed Model's video references must be 320–2160 pixels wide and high, not height 2161",
				'Use a clip of that size.',
			),
		);
		expect(ask({ video_reference_base: [video({ height: '720' })] })).toEqual(
			refused(
				"Closed Model's video references must be 320–2160 pixels wide and high, not height 720",
				'Use a clip of that size.',
			),
		);
		expect(ask({ video_reference_base: [video({ fps: 24 })] })).toEqual(
			refused(
				'Closed Model\'s video references take no "fps"',
				'Remove it; each takes id, type, width, height.',
			),
		);
		expect(ask({ style: [{ ...up, strength: 'HIGH' }] })).toBeUndefined();
		expect(ask({ style: [{ ...up, strength: 'HIGH' }, up] })).toEqual(
			refused(
				"Closed Model's style references need a strength",
				'Give "strength" in each item: MID, HIGH.',
			),
		);
		// Image references (a newer kind) may leave a strength out where they take one (Seedance 2.0's page).
		const open = made('Open Model', {
			guidances: { image_reference: { max: 1, types: ['UPLOADED'], strength: ['MID'] } },
		});
		expect(
			checkParameters(open, { prompt: 'a fox', guidances: { image_reference: [up] } }),
		).toBeUndefined();
	});

	it("checks a video reference item's own type where the model lists them, refuses one elsewhere", () => {
		const typed = made('Typed Model', {
			guidances: {
				video_reference_base: { max: 1, types: ['GENERATED'], itemTypes: ['BASE', 'FEATURE'] },
			},
		});
		const item = (type?: string) => ({ video: { id: 'v', type: 'GENERATED' }, type });
		const ask = (model: CatalogModel, type?: string) =>
			checkParameters(model, {
				prompt: 'a fox',
				guidances: { video_reference_base: [item(type)] },
			});
		expect(ask(typed, 'BASE')).toBeUndefined();
		expect(ask(typed, 'FEATURE')).toBeUndefined();
		expect(ask(typed)).toBeUndefined();
		expect(ask(typed, 'EDIT')).toEqual(
			refused('Typed Model\'s video references take no type "EDIT"', 'Use BASE or FEATURE.'),
		);
		const untyped = made('Untyped Model', {
			guidances: { video_reference_base: { max: 1, types: ['GENERATED'] } },
		});
		expect(ask(untyped, 'BASE')).toEqual(
			refused('Untyped Model\'s video references take no type "BASE"', 'Leave it out.'),
		);
	});
});

// The spec's items of the older guidance kinds list `strength` as required
// (https://docs.leonardo.ai/reference/creategeneration, e.g. PhoenixV1_0GenerationRequest, KinoXlGenerationRequest).
it.each([
	['style', 'style references'],
	['content', 'content references'],
	['character', 'character references'],
	['image_to_image', 'image-to-image references'],
	['edge', 'edge references'],
	['pose', 'pose references'],
	['depth', 'depth references'],
	['text_image', 'text image references'],
])('an item of %s without a strength is refused', (kind, what) => {
	const legacy = madeModel('Legacy Model', {
		guidances: { [kind]: { max: 1, types: ['UPLOADED'], strength: ['LOW', 'MID'] } },
	});
	const item = { image: { id: 'a', type: 'UPLOADED' } };
	expect(checkParameters(legacy, { prompt: 'a fox', guidances: { [kind]: [item] } })).toEqual(
		refused(`Legacy Model's ${what} need a strength`, 'Give "strength" in each item: LOW, MID.'),
	);
	expect(
		checkParameters(legacy, {
			prompt: 'a fox',
			guidances: { [kind]: [{ ...item, strength: 'LOW' }] },
		}),
	).toBeUndefined();
});
