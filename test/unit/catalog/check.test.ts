import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog/types';

/**
 * The checks of catalog/check.ts that no page fixture reaches, on a made-up model (its values are
 * this test's own, not any page's): each refusal names the field and says what to do.
 */
const model: CatalogModel = {
	id: 'test/model',
	name: 'Test Model',
	kind: 'video',
	endpoint: 'v2',
	docs: 'https://docs.leonardo.ai/docs/test-model',
	updated: '2026-01-01',
	prompt: { max: 10 },
	sizes: { free: { width: { min: 16, max: 64, step: 8 }, height: { min: 16, max: 64, step: 8 } } },
	quantity: { min: 1, max: 1, required: true },
	durations: { values: [5, 10] },
	choices: { quality: { values: ['LOW', 'HIGH'] } },
	flags: { motion_has_audio: true },
	styles: [{ id: 'style-a' }],
	guidances: {
		image_reference: { max: 2, types: ['UPLOADED'] },
		style: { max: 1, types: ['GENERATED'], strength: ['MID', 'HIGH'] },
		video_reference_base: {
			max: 1,
			types: ['GENERATED'],
			duration: { min: 3, max: 10, required: true },
		},
	},
};

const ok = { prompt: 'a fox', quantity: 1 };
const refusal = (parameters: Record<string, unknown>) =>
	checkParameters(model, parameters, { quantity: 'Number of Images', motion_has_audio: 'Audio' });

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
		[{ width: 64 }, 'Test Model needs Width and Height together'],
		[{ width: 60, height: 16 }, 'Test Model does not make 60×16 videos'],
		[{ width: 72, height: 16 }, 'Test Model does not make 72×16 videos'],
		[{ quantity: undefined }, 'Test Model needs "Number of Images"'],
		[{ motion_has_audio: 'yes' }, '"Audio" must be true or false'],
		[{ quality: 'MEDIUM' }, '"quality" "MEDIUM" is not a value Test Model takes'],
		[{ duration: 7 }, 'Test Model does not make 7-second videos'],
		[{ prompt: 'x'.repeat(11) }, 'The prompt is 11 characters; Test Model takes at most 10'],
		[{ tiling: true }, 'Test Model does not take "tiling"'],
		[{ style_ids: 'style-a' }, '"style_ids" must be a list for Test Model'],
		[{ style_ids: ['style-a', 'style-b'] }, '"style-b" is not a style Test Model takes'],
		[
			{ guidances: { image_reference: [{ image: { id: 'a', type: 'GENERATED' } }] } },
			'Test Model does not take image references of type "GENERATED"',
		],
		[
			{
				guidances: { image_reference: [{ image: { id: 'a', type: 'UPLOADED' }, strength: 'MID' }] },
			},
			"Test Model's image references take no strength",
		],
		[
			{ guidances: { style: [{ image: { id: 'a', type: 'GENERATED' }, strength: 'LOW' }] } },
			'Strength "LOW" is not one Test Model\'s style references take',
		],
		[
			{ guidances: { video_reference_base: [{ video: { id: 'v', type: 'GENERATED' } }] } },
			"Test Model's video references need the clip's duration",
		],
		[
			{
				guidances: {
					video_reference_base: [{ video: { id: 'v', type: 'GENERATED', duration: 11 } }],
				},
			},
			"Test Model's video references must be 3–10 seconds long, not 11",
		],
		[
			{ guidances: { end_frame: [{ image: { id: 'a', type: 'UPLOADED' } }] } },
			'Test Model takes no end frames',
		],
	])('refuses %j: %s', (set, message) => {
		const parameters: Record<string, unknown> = { ...ok, ...set };
		for (const key of Object.keys(parameters))
			if (parameters[key] === undefined) delete parameters[key];
		const refused = refusal(parameters);
		expect(refused?.message).toBe(message);
		expect(refused?.description).toContain('(https://docs.leonardo.ai/docs/test-model)');
	});
});
