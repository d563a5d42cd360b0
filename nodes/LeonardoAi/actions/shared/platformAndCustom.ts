import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getUserId } from '../../transport/account';
import { leonardoApiRequest } from '../../transport/leonardoApi';

export interface PlatformAndCustom {
	/** Leonardo's own list, e.g. GET /platformModels answering `{ custom_models: [...] }`. */
	platform: { path: string; key: string };
	/** The account's list, e.g. GET /models/user/{userId} answering `{ custom_models: [...] }`. */
	custom: { path: (userId: string) => string; key: string };
	/** How one of the account's entries is output. */
	customJson?: (entry: IDataObject) => IDataObject;
}

/**
 * Model → Get Many and Element → Get Many: Leonardo's list, then (with "Include My …", the
 * `includeCustom` parameter) the account's, one item each, marked with `source` platform or custom.
 */
export async function platformAndCustom(
	this: IExecuteFunctions,
	itemIndex: number,
	lists: PlatformAndCustom,
): Promise<INodeExecutionData[]> {
	const entries = async (path: string, key: string) =>
		(
			((await leonardoApiRequest.call(this, { method: 'GET', path, itemIndex }))[key] as
				| IDataObject[]
				| undefined) ?? []
		).filter(Boolean);
	const items = (await entries(lists.platform.path, lists.platform.key)).map((entry) => ({
		...entry,
		source: 'platform',
	}));
	if (this.getNodeParameter('includeCustom', itemIndex) as boolean) {
		const userId = await getUserId.call(this, itemIndex);
		const toJson = lists.customJson ?? ((entry: IDataObject) => entry);
		for (const entry of await entries(lists.custom.path(userId), lists.custom.key))
			items.push({ ...toJson(entry), source: 'custom' });
	}
	return items.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
