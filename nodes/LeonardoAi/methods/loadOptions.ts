import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../transport/leonardoApi';

async function trainedElements(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const me = await leonardoApiRequest.call(this, { method: 'GET', path: '/me' });
	const user = (((me.user_details as IDataObject[] | undefined) ?? [])[0]?.user ??
		{}) as IDataObject;
	if (typeof user.id !== 'string' || !user.id) return [];
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/elements/user/${encodeURIComponent(user.id)}`,
	});
	return ((response.user_loras as IDataObject[] | undefined) ?? []).filter(
		(element) => element && element.status === 'COMPLETE',
	);
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
			description: `${String(element.baseModel ?? '')}; weight ${String(element.weightMin)} to ${String(element.weightMax)} (default ${String(element.weightDefault)})`,
		}));
	for (const element of await trainedElements.call(this)) {
		options.push({
			name: `${String(element.name ?? element.id)} (trained)`,
			value: String(element.id),
			description: `${String(element.baseModel ?? '')}; your element ${String(element.id)}`,
		});
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}
