import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { findModel, IMAGE_MODELS } from '../catalog';
import {
	getBlueprintVersions as getBlueprintVersionList,
	versionInputs,
	versionsNewestFirst,
} from '../actions/blueprint/api';
import { leonardoApiRequest } from '../transport/leonardoApi';
import { finishedAccountEntries } from './account';

/** "base model; detail", or only the detail when Leonardo names no base model. */
function withBaseModel(element: IDataObject, detail: string): string {
	return element.baseModel ? `${String(element.baseModel)}; ${detail}` : detail;
}

/**
 * Options → Elements: Leonardo's platform elements (value: akUUID) and the account's trained,
 * finished ones (value: their ID), each with its base model and weight range.
 */
export async function getElements(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const platform = await leonardoApiRequest.call(this, { method: 'GET', path: '/elements' });
	const options: INodePropertyOptions[] = ((platform.loras as IDataObject[] | undefined) ?? [])
		.filter((element) => element && typeof element.akUUID === 'string')
		.map((element) => ({
			name: String(element.name ?? element.akUUID),
			value: String(element.akUUID),
			description: withBaseModel(
				element,
				`weight ${String(element.weightMin)} to ${String(element.weightMax)} (default ${String(element.weightDefault)})`,
			),
		}));
	const trained = await finishedAccountEntries.call(
		this,
		(userId) => `/elements/user/${encodeURIComponent(userId)}`,
		'user_loras',
	);
	for (const element of trained) {
		options.push({
			name: `${String(element.name ?? element.id)} (trained)`,
			value: String(element.id),
			description: withBaseModel(element, `your element ${String(element.id)}`),
		});
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Options → Quality of Create (Newer Models): the chosen model's `quality` values from the
 * catalog (its docs page); for a model set by expression or not in the catalog, every value any
 * image model takes.
 */
export async function getQualityValues(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const model = findModel(String(this.getCurrentNodeParameter('model') ?? ''));
	const values = model
		? (model.choices?.quality?.values ?? [])
		: [...new Set(IMAGE_MODELS.flatMap((entry) => entry.choices?.quality?.values ?? []))];
	const fallback = model?.choices?.quality?.default;
	return values.map((value) => ({
		name: value
			.toLowerCase()
			.split('_')
			.map((word) => word[0].toUpperCase() + word.slice(1))
			.join(' '),
		value,
		description: value === fallback ? "The model's default" : undefined,
	}));
}

/**
 * Options → Style Names or IDs of Create (Newer Models): the chosen model's styles from the catalog (UUIDs
 * from the spec's enum, names from its page), by name; for a model set by expression or not in the
 * catalog, every style an image model takes (the run checks the model's own list when it knows it).
 */
export async function getStyleValues(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const model = findModel(String(this.getCurrentNodeParameter('model') ?? ''));
	const styles = model
		? (model.styles ?? [])
		: IMAGE_MODELS.flatMap((entry) => entry.styles ?? []).filter(
				(style, index, all) => all.findIndex((other) => other.id === style.id) === index,
			);
	return styles
		.map(({ name, id }) => ({ name: name ?? id, value: id, description: id }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Blueprint → Execute's Version: "Newest" (empty), then each version of the chosen Blueprint, newest
 * first, with its cost and inputs. Nothing but "Newest" until a Blueprint ID is given.
 */
export async function getBlueprintVersions(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const newest: INodePropertyOptions = { name: 'Newest Version', value: '' };
	const id = String(this.getCurrentNodeParameter('blueprintId') ?? '').trim();
	if (!id || id.startsWith('=')) return [newest];
	const versions = await getBlueprintVersionList.call(this, id);
	return [
		newest,
		...versionsNewestFirst(versions).map((version) => {
			const inputs = versionInputs(version) ?? [];
			const labels = inputs.map((input) => String(input.label ?? input.settingName)).join(', ');
			return {
				name: `${String(version.createdAt ?? version.akUUID).slice(0, 10)} (${version.akUUID.slice(0, 8)})`,
				value: version.akUUID,
				description: `cost ${String(version.cost ?? '?')}; inputs: ${labels || 'none listed'}`,
			};
		}),
	];
}
