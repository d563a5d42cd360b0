import { VIDEO_MODELS } from '../../../../nodes/LeonardoAi/catalog';
import { CAMERA_MOVES } from '../../../../nodes/LeonardoAi/actions/video/cameraMoves';
import { buildVideoStart } from '../../../../nodes/LeonardoAi/actions/video/body';
import { checkV1Body } from '../../../sandbox/contract';

const START = { id: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b', type: 'UPLOADED' };
const END = { id: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f', type: 'GENERATED' };

/**
 * The v1 video models (Kling 2.5 Turbo, Motion 2.0, Veo 3.1 on v1) are sent in the v1 body, whose
 * shape the official SDK's schema checks (the v2 models are checked against their pages in
 * test/unit/catalog/pages.test.ts).
 */
describe('buildVideoStart: v1 bodies the official SDK schema accepts', () => {
	const v1 = VIDEO_MODELS.filter((model) => model.endpoint === 'v1');

	it('covers the three v1 models', () => {
		expect(v1.map((model) => model.id).sort()).toEqual(['KLING2_5', 'MOTION2', 'VEO3_1']);
	});

	it.each(v1.map((model) => [model.id, model] as const))(
		'%s with every field the node sends on v1',
		(_id, model) => {
			const pair = model.sizes.pairs?.[0];
			const start = buildVideoStart({
				modelId: model.id,
				model,
				prompt: 'a fox runs through snow',
				duration: model.durations?.values[0],
				...(pair ? { width: pair.width, height: pair.height } : {}),
				start: START,
				end: model.guidances?.end_frame ? END : undefined,
				isPublic: false,
				cameraMove: model.cameraMoves ? CAMERA_MOVES[0][1] : undefined,
				seed: 7,
				negativePrompt: 'blur',
				promptEnhance: false,
			});
			expect(start.path).toBe('/generations-image-to-video');
			expect(checkV1Body('POST', start.path, start.body)).toBeUndefined();
		},
	);

	it('the SDK schema refuses a model it does not know, so the test above can fail', () => {
		expect(
			checkV1Body('POST', '/generations-image-to-video', {
				prompt: 'x',
				imageId: START.id,
				imageType: 'UPLOADED',
				model: 'VEO3_2',
			}),
		).toEqual([
			400,
			expect.stringMatching(/^invalid value "VEO3_2" for 'model'/),
			'validation-failed',
			'$.selectionSet.args.model',
		]);
	});
});
