import { imageModelTable } from '../../../nodes/LeonardoAi/catalog/tables';
import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog/types';

/**
 * docs/models.md's image table on a made-up catalog (its values are this test's own): the Images
 * column gives a model's quantity range, and 1 where its page documents no quantity.
 */
jest.mock('../../../nodes/LeonardoAi/catalog/imageModels', () => {
	// jest.mock's factory runs before the imports: it requires the helper itself.
	const { madeModel } = jest.requireActual<typeof import('./madeModel')>('./madeModel');
	const model = (name: string, rest: Partial<CatalogModel>): CatalogModel =>
		madeModel(name, {
			id: `test/${name.toLowerCase().replace(/ /g, '-')}`,
			kind: 'image',
			...rest,
		});
	return {
		IMAGE_MODELS: [
			model('Single Model', {}),
			model('Batch Model', {
				quantity: { min: 1, max: 4 },
				guidances: { style: { max: 2, types: ['UPLOADED'], strength: ['LOW', 'HIGH'] } },
			}),
		],
	};
});

it('gives each image model its number of images, 1 where the page documents none', () => {
	expect(imageModelTable()).toBe(
		[
			'| Model | `model` | Sizes (px) | Images | Guidances (max) | Docs (updated) |',
			'|---|---|---|---|---|---|',
			'| Batch Model | `test/batch-model` | any size | 1–4 | style ×2 (strength) | [page](https://docs.leonardo.ai/docs/test-model) (2026-01-01) |',
			'| Single Model | `test/single-model` | any size | 1 | — | [page](https://docs.leonardo.ai/docs/test-model) (2026-01-01) |',
		].join('\n'),
	);
});
