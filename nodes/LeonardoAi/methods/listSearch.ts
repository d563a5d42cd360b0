import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { leonardoApiRequest } from '../transport/leonardoApi';
import { finishedAccountEntries } from './account';

/**
 * The Model picker: Leonardo's platform models, then the account's trained (COMPLETE) custom
 * models marked "(custom)", filtered by name.
 */
export async function searchModels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await leonardoApiRequest.call(this, { method: 'GET', path: '/platformModels' });
	const platform = ((response.custom_models as IDataObject[] | undefined) ?? []).filter(Boolean);
	const models = [
		...platform.map((model) => ({ model, name: String(model.name ?? model.id) })),
		...(
			await finishedAccountEntries.call(
				this,
				(userId) => `/models/user/${encodeURIComponent(userId)}`,
				'custom_models',
			)
		).map((model) => ({
			model,
			name: `${String(model.name ?? model.id)} (custom)`,
		})),
	];
	const needle = (filter ?? '').toLowerCase();
	return {
		results: models
			.filter(({ name }) => !needle || name.toLowerCase().includes(needle))
			.map(({ model, name }) => ({
				name,
				value: String(model.id),
				description:
					typeof model.description === 'string' ? model.description.slice(0, 200) : undefined,
			})),
	};
}
