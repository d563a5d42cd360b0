import { imageModelTable } from '../../../nodes/LeonardoAi/catalog/tables';
import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog/types';

/**
 * The README's image table on a made-up catalog (its values are this test's own): the Images
 * column gives a model's quantity range, and 1 where its page documents no quantity.
 */
jest.mock('../../../nodes/LeonardoAi/catalog/imageModels', () => {
	const model = (name: string, rest: Partial<CatalogModel>): CatalogModel => ({
		id: `test/${name.toLowerCase().replace(/ /g, '-')}`,
		name,
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/test-model',
		updated: '2026-01-01',
		prompt: { max: 10 },
		sizes: {},
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
