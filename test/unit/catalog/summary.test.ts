import { modelSummary } from '../../../nodes/LeonardoAi/catalog/summary';
import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog/types';
import { madeModel } from './madeModel';

/**
 * The one line a model's picker entry (and docs/models.md's size column) shows, on made-up models
 * (their values are this test's own): short lists in full, long ones as their range.
 */
const made = (rest: Partial<CatalogModel>): CatalogModel => madeModel('Test Model', rest);

describe('modelSummary', () => {
	it('lists six widths in full, with every feature of a video model', () => {
		const model = made({
			durations: { values: [5, 6] },
			// One video at a time: no count shown.
			quantity: { min: 1, max: 1 },
			sizes: {
				sides: {
					width: [512, 640, 768, 896, 1024, 1152],
					height: { min: 512, max: 1536, step: 64 },
				},
				auto: true,
			},
			guidances: {
				image_reference: { max: 1, types: ['UPLOADED'] },
				start_frame: { max: 1, required: true, types: ['UPLOADED'] },
				end_frame: { max: 1, types: ['UPLOADED'] },
				video_reference_base: { max: 1, types: ['GENERATED'] },
			},
			flags: { motion_has_audio: false },
		});
		expect(modelSummary(model)).toBe(
			'5 or 6 s; width 512, 640, 768, 896, 1024, 1152; height 512–1536 (multiples of 64); 0×0 follows the input; up to 1 image reference; start frame required; end frame; video reference; audio',
		);
	});

	it('gives seven widths as their range, and an image model its counts', () => {
		const model = made({
			kind: 'image',
			quantity: { min: 1, max: 4 },
			sizes: {
				sides: {
					width: [512, 640, 768, 896, 1024, 1152, 1280],
					height: { min: 16, max: Number.MAX_SAFE_INTEGER },
				},
			},
			guidances: {
				image_reference: { max: 3, types: ['UPLOADED'] },
				start_frame: { max: 1, types: ['UPLOADED'] },
			},
		});
		expect(modelSummary(model)).toBe(
			'width 512–1280 (7 listed values); height any from 16; up to 4 images; up to 3 image references; start frame',
		);
	});

	it('names six size pairs, and counts seven', () => {
		const pairs = [
			{ width: 1280, height: 720 },
			{ width: 720, height: 1280 },
			{ width: 960, height: 960 },
			{ width: 1920, height: 1080 },
			{ width: 1080, height: 1920 },
			{ width: 1440, height: 1440 },
		];
		expect(modelSummary(made({ durations: { values: [8] }, sizes: { pairs } }))).toBe(
			'8 s; 1280×720, 720×1280, 960×960, 1920×1080, 1080×1920, 1440×1440',
		);
		const seven = [...pairs, { width: 640, height: 640 }];
		expect(
			modelSummary(made({ durations: { values: [3, 4, 5] }, sizes: { pairs: seven, auto: true } })),
		).toBe('3–5 s; 7 sizes, 1280×720 …; 0×0 follows the input');
	});
});
