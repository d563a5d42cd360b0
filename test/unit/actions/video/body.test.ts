import { buildVideoStart } from '../../../../nodes/LeonardoAi/actions/video/body';
import type { VideoRequest } from '../../../../nodes/LeonardoAi/actions/video/body';
import { CAMERA_MOVES, VIDEO_MODELS } from '../../../../nodes/LeonardoAi/actions/video/models';
import { automaticSize } from '../../../../nodes/LeonardoAi/actions/video/request';
import { checkV1Body } from '../../../sandbox/contract';
import { videoRoutes } from '../../../sandbox/api/videos';

const START = { id: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b', type: 'UPLOADED' };
const END = { id: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f', type: 'GENERATED' };

// The sandbox's v2 check, with both frame images known to it.
const { validateV2Video } = videoRoutes({
	state: {
		initImages: new Map([[START.id, { key: 'start' }]]),
		objects: new Map([['start', {}]]),
		generatedImages: new Map([[END.id, {}]]),
	},
	createJob: () => undefined,
});

/** Everything the model's page takes, as the node would send it. */
function fullRequest(model: (typeof VIDEO_MODELS)[number]): VideoRequest {
	const v1 = model.endpoint === 'v1';
	return {
		modelId: model.value,
		model,
		prompt: 'a fox runs through snow',
		duration: model.durations[model.durations.length - 1] ?? 5,
		...automaticSize(model, { width: 1600, height: 900 }),
		start: START,
		end: model.endFrame ? END : undefined,
		isPublic: false,
		cameraMove: model.cameraMoves ? CAMERA_MOVES[0][1] : undefined,
		audio: model.audio ? false : undefined,
		seed: v1 || model.seed ? 7 : undefined,
		negativePrompt: v1 || model.negativePrompt ? 'blur' : undefined,
		promptEnhance: v1 || model.promptEnhance ? false : undefined,
	};
}

describe('buildVideoStart (video/body.ts) against the sandbox, which follows each model page', () => {
	it.each(VIDEO_MODELS.map((model) => [model.name, model] as const))(
		'%s: every option its page has, in a body the sandbox accepts',
		(_name, model) => {
			const start = buildVideoStart(fullRequest(model));
			if (start.apiVersion === 'v2') {
				expect(start.path).toBe('/generations');
				expect(validateV2Video(start.body)).toEqual({ problem: undefined });
			} else {
				expect(start.path).toBe('/generations-image-to-video');
				expect(checkV1Body('POST', start.path, start.body)).toBeUndefined();
			}
		},
	);

	it('the sandbox refuses what the pages do not allow, so the test above can fail', () => {
		const problem = (body: Record<string, unknown>) => validateV2Video(body)?.problem?.[1];
		const seedance = buildVideoStart(
			fullRequest(VIDEO_MODELS.find((m) => m.value === 'seedance-2.0')!),
		);
		const parameters = seedance.body.parameters as Record<string, unknown>;
		const noQuantity = { ...parameters };
		delete noQuantity.quantity;
		expect(problem({ ...seedance.body, parameters: noQuantity })).toBe(
			'expecting a value for non-nullable variable: "quantity"',
		);
		expect(
			problem({ ...seedance.body, parameters: { ...parameters, mode: 'RESOLUTION_4K' } }),
		).toBe('invalid mode RESOLUTION_4K for seedance-2.0');
		expect(problem({ ...seedance.body, parameters: { ...parameters, seed: 4294967296 } })).toBe(
			'seed must be an integer from -1 to 4294967295',
		);
		const mini = { ...seedance.body, model: 'seedance-2.0-mini' };
		expect(problem(mini)).toBe('Unexpected variable mode');

		const fast = buildVideoStart(
			fullRequest(VIDEO_MODELS.find((m) => m.value === 'motion_2.0-fast')!),
		);
		const fastParameters = fast.body.parameters as Record<string, unknown>;
		expect(problem({ ...fast.body, parameters: { ...fastParameters, duration: 5 } })).toBe(
			'Unexpected variable duration',
		);
		expect(
			problem({
				...fast.body,
				parameters: { ...fastParameters, controls: [{ akUUID: 'a' }, { akUUID: 'b' }] },
			}),
		).toBe('controls takes at most 1 item of { akUUID, weight from -2 to 2 }');
		expect(
			problem({ ...fast.body, parameters: { ...fastParameters, width: 1920, height: 1080 } }),
		).toMatch(/^invalid dimensions for motion_2.0-fast/);

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
