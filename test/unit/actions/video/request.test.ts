import type { IDataObject } from 'n8n-workflow';

import { prepare } from '../../../../nodes/LeonardoAi/actions/video/create.operation';
import { resolutionMode } from '../../../../nodes/LeonardoAi/actions/video/body';
import { automaticSize } from '../../../../nodes/LeonardoAi/actions/video/request';
import { findModel } from '../../../../nodes/LeonardoAi/catalog';
import { parameterContext, refusalOf } from '../../fakeContext';
import '../../nodeLabels';

/**
 * Video → Create reads and checks its fields before any request: the start request built from what
 * the user set, and the message that names the field when a value is wrong. The requests themselves:
 * test/workflow/video/.
 */
const IMAGE = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
const OTHER = '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f';
const CLIP = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
// Motion 2.0's Motion Control table (https://docs.leonardo.ai/docs/generate-with-motion-2-using-generated-images).
const CRANE_UP = 'c765bd57-cdc5-4317-a600-69a8bd6c4ce6';

const parameters = (set: Record<string, unknown>, options: IDataObject = {}) => ({
	resource: 'video',
	operation: 'create',
	prompt: 'a fox runs through snow',
	width: 0,
	height: 0,
	waitForCompletion: false,
	options,
	...set,
});
const prepared = async (set: Record<string, unknown>, options?: IDataObject) =>
	await prepare.call(parameterContext(parameters(set, options)), 0);
const refusal = async (set: Record<string, unknown>, options?: IDataObject) =>
	await refusalOf(prepared(set, options));

describe('Video → Create: the start request for what the user set', () => {
	it('Motion 2.0 (v2, https://docs.leonardo.ai/docs/motion-20): frames, camera move, seed, negative prompt, prompt enhance, public', async () => {
		const { start, warnings } = await prepared(
			{
				model: 'motion_2.0',
				width: 832,
				height: 480,
				startImageId: ` ${IMAGE} `,
				startImageType: 'GENERATED',
			},
			{
				cameraMove: ` ${CRANE_UP} `,
				seed: '7',
				negativePrompt: ' blur ',
				promptEnhance: true,
				public: false,
			},
		);
		expect(start).toStrictEqual({
			apiVersion: 'v2',
			path: '/generations',
			responseKey: 'generate',
			body: {
				model: 'motion_2.0',
				public: false,
				parameters: {
					prompt: 'a fox runs through snow',
					quantity: 1,
					width: 832,
					height: 480,
					seed: 7,
					negative_prompt: 'blur',
					prompt_enhance: 'ON',
					controls: [{ akUUID: CRANE_UP, weight: 1 }],
					guidances: { start_frame: [{ image: { id: IMAGE, type: 'GENERATED' } }] },
				},
			},
		});
		expect(warnings).toEqual([]);
	});

	it('leaves out what was left empty, and sends prompt enhance off as OFF', async () => {
		const { start } = await prepared(
			{ model: 'motion_2.0', width: 832, height: 480 },
			{ cameraMove: '  ', negativePrompt: '', promptEnhance: false, audioReferenceIds: ' , ' },
		);
		expect(start.body.parameters).toStrictEqual({
			prompt: 'a fox runs through snow',
			quantity: 1,
			width: 832,
			height: 480,
			prompt_enhance: 'OFF',
		});
	});

	it('MiniMax Hailuo 03 (https://docs.leonardo.ai/docs/minimax-hailuo-03): image, video and audio references', async () => {
		const { start } = await prepared(
			{ model: 'hailuo-03', duration: 6, width: 1376, height: 768 },
			{
				audio: true,
				imageReferences: { reference: [{ imageId: IMAGE }] },
				videoReferenceId: ` ${CLIP} `,
				videoReferenceDuration: 5,
				audioReferenceIds: ` ${OTHER} ,, ${IMAGE}`,
				additionalParameters: '{"quality": "STANDARD"}',
			},
		);
		expect(start.body).toStrictEqual({
			model: 'hailuo-03',
			parameters: {
				prompt: 'a fox runs through snow',
				quantity: 1,
				duration: 6,
				width: 1376,
				height: 768,
				motion_has_audio: true,
				quality: 'STANDARD',
				guidances: {
					image_reference: [{ image: { id: IMAGE, type: 'UPLOADED' } }],
					video_reference_base: [{ video: { id: CLIP, type: 'GENERATED', duration: 5 } }],
					audio_reference: [
						{ audio: { id: OTHER, type: 'UPLOADED' } },
						{ audio: { id: IMAGE, type: 'UPLOADED' } },
					],
				},
			},
		});
	});

	it('a video reference without a duration sends none', async () => {
		const { start } = await prepared(
			{ model: 'kling-video-o-3', duration: 5, width: 1920, height: 1080 },
			{ videoReferenceId: CLIP, videoReferenceType: 'UPLOADED' },
		);
		expect((start.body.parameters as IDataObject).guidances).toStrictEqual({
			video_reference_base: [{ video: { id: CLIP, type: 'UPLOADED' } }],
		});
	});

	it('Kling 2.5 Turbo (v1, SDK createimagetovideogeneration.ts): start and end frames, the v1 names, isPublic', async () => {
		const { start } = await prepared(
			{
				model: 'KLING2_5',
				duration: 5,
				startImageId: IMAGE,
				endImageId: OTHER,
				endImageType: 'GENERATED',
			},
			{ seed: 3, negativePrompt: 'blur', promptEnhance: false, public: true },
		);
		expect(start).toStrictEqual({
			apiVersion: 'v1',
			path: '/generations-image-to-video',
			responseKey: 'motionVideoGenerationJob',
			body: {
				prompt: 'a fox runs through snow',
				model: 'KLING2_5',
				imageId: IMAGE,
				imageType: 'UPLOADED',
				endFrameImage: { id: OTHER, type: 'GENERATED' },
				resolution: 'RESOLUTION_1080',
				width: 1920,
				height: 1080,
				duration: 5,
				seed: 3,
				negativePrompt: 'blur',
				promptEnhance: false,
				isPublic: true,
			},
		});
	});

	it.each([
		// Seedance 2.0 (https://docs.leonardo.ai/docs/seedance-20): any size; the smallest mode that holds
		// the short side, since Leonardo checks the size against the mode (default RESOLUTION_720).
		['seedance-2.0', 854, 480, 'RESOLUTION_480'],
		['seedance-2.0', 1000, 700, 'RESOLUTION_720'],
		['seedance-2.0', 1280, 720, 'RESOLUTION_720'],
		['seedance-2.0', 1080, 1920, 'RESOLUTION_1080'],
	])('%s at %d×%d is sent with mode %s', async (model, width, height, mode) => {
		const { start } = await prepared({ model, duration: 5, width, height });
		expect(start.body.parameters).toMatchObject({ width, height, mode });
	});

	it('Kling O3 sends any size without a mode, the spec having deprecated it (KlingVideoO3GenerationRequest)', async () => {
		for (const [width, height] of [
			[1280, 720],
			[3840, 2160],
			// Over the largest mode's 2160 lines: the spec's sides (0–3840) decide, not the mode.
			[3000, 3000],
		]) {
			const { start } = await prepared({ model: 'kling-video-o-3', duration: 5, width, height });
			expect(start.body.parameters).toStrictEqual({
				prompt: 'a fox runs through snow',
				quantity: 1,
				duration: 5,
				width,
				height,
			});
		}
	});

	it('Veo 3.1 on v1 sends the resolution of the size (https://docs.leonardo.ai/recipes/generate-with-veo31-1080p-8s-using-start-and-end-frame)', async () => {
		const { start } = await prepared({ model: 'VEO3_1', duration: 8, width: 1280, height: 720 });
		expect(start).toStrictEqual({
			apiVersion: 'v1',
			path: '/generations-text-to-video',
			responseKey: 'motionVideoGenerationJob',
			body: {
				prompt: 'a fox runs through snow',
				model: 'VEO3_1',
				resolution: 'RESOLUTION_720',
				width: 1280,
				height: 720,
				duration: 8,
			},
		});
	});

	it('sends a model it does not know as given, and says it was not checked', async () => {
		const { start, warnings } = await prepared(
			{ model: 'acme/video-9', duration: 5, width: 1280, height: 720 },
			{ additionalParameters: '{"fps": 30}' },
		);
		expect(start.body).toStrictEqual({
			model: 'acme/video-9',
			parameters: {
				prompt: 'a fox runs through snow',
				duration: 5,
				width: 1280,
				height: 720,
				fps: 30,
			},
		});
		expect(warnings).toEqual([
			'"acme/video-9" is not in this node\'s model catalog: its parameters were sent unchecked',
		]);
	});

	it('a duration for a model that takes none is not sent, and the output says so', async () => {
		const { start, warnings } = await prepared({ model: 'motion_2.0', duration: 8 });
		expect(start.body.parameters).not.toHaveProperty('duration');
		expect(warnings).toEqual([
			'Duration was not sent: Motion 2.0 takes none, its videos have their own length (https://docs.leonardo.ai/docs/motion-20)',
		]);
	});
});

describe('Video → Create: v1 models are checked too, Additional Parameters included', () => {
	it.each<[string, IDataObject, string]>([
		[
			'a prompt enhance that is not on or off',
			{ promptEnhance: 'maybe' },
			'"Prompt Enhance" "maybe" is not a value Kling 2.5 Turbo (v1) takes',
		],
		[
			'a field Kling 2.5 Turbo does not list',
			{ frameInterpolation: true },
			'Kling 2.5 Turbo (v1) does not take "frameInterpolation"',
		],
	])('Additional Parameters with %s is refused', async (_case, extra, message) => {
		const { message: shown } = await refusal(
			{ model: 'KLING2_5', duration: 5 },
			{ additionalParameters: JSON.stringify(extra) },
		);
		expect(shown).toBe(message);
	});

	it('a start frame given in Additional Parameters counts for the end frame', async () => {
		const { start } = await prepared(
			{ model: 'KLING2_5', duration: 5, endImageId: OTHER },
			{ additionalParameters: JSON.stringify({ imageId: IMAGE, imageType: 'UPLOADED' }) },
		);
		expect(start.body).toMatchObject({ imageId: IMAGE, endFrameImage: { id: OTHER } });
		await expect(prepared({ model: 'KLING2_5', duration: 5, endImageId: OTHER })).rejects.toThrow(
			'An end frame needs a start frame',
		);
	});
});

describe('Video → Create: a wrong value is refused, naming its field', () => {
	it.each<[string, Record<string, unknown>, IDataObject, string]>([
		[
			'a model that is a list',
			{ model: ['motion_2.0'] },
			{},
			'"Model Name or ID" must be text, not a list',
		],
		[
			'a negative width',
			{ model: 'motion_2.0', width: -2, height: 480 },
			{},
			'"Width" must be a whole number of at least 0, not -2',
		],
		[
			'a fractional height',
			{ model: 'motion_2.0', width: 832, height: 480.5 },
			{},
			'"Height" must be a whole number of at least 0, not 480.5',
		],
		[
			'a duration of 0',
			{ model: 'hailuo-03', duration: 0 },
			{},
			'"Duration (Seconds)" must be a whole number of at least 1, not 0',
		],
		[
			'a duration of 5.5',
			{ model: 'hailuo-03', duration: 5.5 },
			{},
			'"Duration (Seconds)" must be a whole number of at least 1, not 5.5',
		],
		[
			'a start frame that is no ID',
			{ model: 'motion_2.0', startImageId: 'fox.png' },
			{},
			'"Start Frame Image ID" is not a Leonardo ID: "fox.png"',
		],
		[
			'an end frame that is no ID',
			{ model: 'KLING2_5', startImageId: IMAGE, endImageId: 'fox.png' },
			{},
			'"End Frame Image ID" is not a Leonardo ID: "fox.png"',
		],
		[
			'a start frame type that is not text',
			{ model: 'motion_2.0', startImageId: IMAGE, startImageType: null },
			{},
			'"Start Frame Image Type" must be text, not null',
		],
		[
			'an end frame type that is not text',
			{ model: 'KLING2_5', startImageId: IMAGE, endImageId: OTHER, endImageType: [] },
			{},
			'"End Frame Image Type" must be text, not a list',
		],
		[
			'a camera move that is a list',
			{ model: 'motion_2.0' },
			{ cameraMove: [CRANE_UP] },
			'"Camera Move" must be text, not a list',
		],
		[
			'a fractional seed',
			{ model: 'motion_2.0' },
			{ seed: 1.5 },
			'"Seed" must be a whole number, not 1.5',
		],
		[
			'audio that is not on or off',
			{ model: 'hailuo-03' },
			{ audio: 'loud' },
			'"Audio" must be true or false, not "loud"',
		],
		[
			'a negative prompt that is an object',
			{ model: 'motion_2.0' },
			{ negativePrompt: {} },
			'"Negative Prompt" must be text, not an object',
		],
		[
			'prompt enhance that is not on or off',
			{ model: 'motion_2.0' },
			{ promptEnhance: 'auto' },
			'"Prompt Enhance" must be true or false, not "auto"',
		],
		[
			'a video reference that is no ID',
			{ model: 'kling-video-o-3' },
			{ videoReferenceId: 'clip.mp4' },
			'"Video Reference ID" is not a Leonardo ID: "clip.mp4"',
		],
		[
			'a video reference that is an object',
			{ model: 'kling-video-o-3' },
			{ videoReferenceId: {} },
			'"Video Reference ID" must be text, not an object',
		],
		[
			'a negative video reference duration',
			{ model: 'kling-video-o-3' },
			{ videoReferenceId: CLIP, videoReferenceDuration: -1 },
			'"Video Reference Duration (Seconds)" must be a number of at least 0, not -1',
		],
		[
			'a video reference type that is not text',
			{ model: 'kling-video-o-3' },
			{ videoReferenceId: CLIP, videoReferenceType: true },
			'"Video Reference Type" must be text, not true',
		],
		[
			'audio references that are a list',
			{ model: 'hailuo-03' },
			{ audioReferenceIds: [OTHER] },
			'"Audio Reference IDs" must be text, not a list',
		],
		[
			'an audio reference that is no ID',
			{ model: 'hailuo-03' },
			{ audioReferenceIds: `${OTHER}, voice.mp3` },
			'"Audio Reference IDs" is not a Leonardo ID: "voice.mp3"',
		],
		[
			'public that is not on or off',
			{ model: 'motion_2.0' },
			{ public: 'no' },
			'"Public" must be true or false, not "no"',
		],
	])('%s', async (_case, set, options, message) => {
		expect((await refusal(set, options)).message).toBe(message);
	});

	it('an empty model says where to find one', async () => {
		expect(await refusal({ model: ' ' })).toEqual({
			message: 'The model is empty',
			description: "Pick a video model, or enter a model ID from Leonardo's video guides.",
		});
	});

	it('says where an audio reference ID comes from', async () => {
		expect(
			(await refusal({ model: 'hailuo-03' }, { audioReferenceIds: 'voice.mp3' })).description,
		).toMatch(/Use the ID of an uploaded audio file\.$/);
	});
});

describe('the size the node picks for a free-size model (Width and Height at 0)', () => {
	// Seedance 2.0 (https://docs.leonardo.ai/docs/seedance-20): any size, default 1280×720.
	const seedance = findModel('seedance-2.0')!;

	it('follows a portrait image at the default short side, in even pixels', () => {
		expect(automaticSize(seedance, { width: 600, height: 1000 })).toEqual({
			width: 720,
			height: 1200,
		});
		expect(automaticSize(seedance, { width: 1000, height: 600 })).toEqual({
			width: 1200,
			height: 720,
		});
	});
});

describe('the mode sent with a free size: the smallest that holds the short side', () => {
	// A model listing its modes in no order (the catalog keeps a page's order).
	const model = {
		...findModel('seedance-2.0')!,
		choices: { mode: { values: ['RESOLUTION_1080', 'RESOLUTION_480', 'RESOLUTION_720'] } },
	};

	it.each([
		[640, 480, 'RESOLUTION_480'],
		[720, 1280, 'RESOLUTION_720'],
		[1920, 1080, 'RESOLUTION_1080'],
		[3840, 2160, undefined],
	])('%d×%d → %s', (width, height, mode) => {
		expect(resolutionMode({ modelId: model.id, model, prompt: 'p', width, height })).toBe(mode);
	});
});
