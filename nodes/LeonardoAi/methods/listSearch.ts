import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { leonardoApiRequest } from '../transport/leonardoApi';

/** Platform models for the Model picker, filtered by name. */
export async function searchModels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await leonardoApiRequest.call(this, { method: 'GET', path: '/platformModels' });
	const models = ((response.custom_models as IDataObject[] | undefined) ?? []).filter(Boolean);
	const needle = (filter ?? '').toLowerCase();
	return {
		results: models
			.filter(
				(model) =>
					!needle ||
					String(model.name ?? '')
						.toLowerCase()
						.includes(needle),
			)
			.map((model) => ({
				name: String(model.name ?? model.id),
				value: String(model.id),
				description:
					typeof model.description === 'string' ? model.description.slice(0, 200) : undefined,
			})),
	};
}
