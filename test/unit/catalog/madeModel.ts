import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog/types';

/**
 * A made-up catalog model for the catalog's own tests: a name and what the test gives it, the rest
 * neutral (a video model with no sizes or limits of its own). Its values are the test's, no page's.
 */
export const madeModel = (name: string, rest: Partial<CatalogModel>): CatalogModel => ({
	id: 'test/model',
	name,
	kind: 'video',
	endpoint: 'v2',
	docs: 'https://docs.leonardo.ai/docs/test-model',
	updated: '2026-01-01',
	prompt: { max: 10 },
	sizes: {},
	...rest,
});
