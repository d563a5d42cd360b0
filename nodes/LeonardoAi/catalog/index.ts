import { IMAGE_MODELS } from './imageModels';
import { RETIRED_MODELS } from './retired';
import type { CatalogModel, RetiredModel } from './types';
import { VIDEO_MODELS } from './videoModels';

/** Looking models up in the catalog: every image and video model Leonardo documents, and the retired ones. */

export type { CatalogModel, RetiredModel, Style } from './types';
export { IMAGE_MODELS, RETIRED_MODELS, VIDEO_MODELS };

export function findModel(id: string): CatalogModel | undefined {
	return (
		IMAGE_MODELS.find((model) => model.id === id) ?? VIDEO_MODELS.find((model) => model.id === id)
	);
}

/** The model whose page name this is (GET /v2/models gives names, not request IDs); case and spacing ignored. */
export function findModelByName(name: string): CatalogModel | undefined {
	const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9.]+/g, '');
	return [...IMAGE_MODELS, ...VIDEO_MODELS].find(
		(model) => model.endpoint === 'v2' && key(model.name) === key(name),
	);
}

export function findRetired(id: string): RetiredModel | undefined {
	return RETIRED_MODELS.find((model) => model.id === id);
}

/** The models offered in a picker: listed ones, by name. */
export function pickerModels(kind: 'image' | 'video'): CatalogModel[] {
	return (kind === 'image' ? IMAGE_MODELS : VIDEO_MODELS)
		.filter((model) => !model.unlisted)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The names of the listed models of a kind with a feature, for hints: "Kling 3.0, Seedance 2.0". */
export function namesOf(kind: 'image' | 'video', has: (model: CatalogModel) => unknown): string {
	return pickerModels(kind)
		.filter(has)
		.map((model) => model.name)
		.join(', ');
}

/**
 * The display rule that hides a field for the models of a kind that lack a feature, so the editor
 * shows the chosen model's fields only. `hide` (not `show`) keeps every field for a model set by
 * expression or one the catalog does not know. Inside a collection, pass `'/model'`.
 */
export function hiddenFor(
	kind: 'image' | 'video',
	has: (model: CatalogModel) => unknown,
	parameter = 'model',
): { hide: Record<string, string[]> } {
	const models = kind === 'image' ? IMAGE_MODELS : VIDEO_MODELS;
	return { hide: { [parameter]: models.filter((model) => !has(model)).map((model) => model.id) } };
}
