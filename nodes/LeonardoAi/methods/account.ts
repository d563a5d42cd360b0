import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { leonardoApiRequest } from '../transport/leonardoApi';

/**
 * The pickers' list of the account's finished custom entries: GET /me for the user ID, then the
 * account's list (e.g. GET /models/user/{userId} → `custom_models`), COMPLETE ones only.
 */
export async function finishedAccountEntries(
	this: ILoadOptionsFunctions,
	path: (userId: string) => string,
	key: string,
): Promise<IDataObject[]> {
	const me = await leonardoApiRequest.call(this, { method: 'GET', path: '/me' });
	const user = (((me.user_details as IDataObject[] | undefined) ?? [])[0]?.user ??
		{}) as IDataObject;
	if (typeof user.id !== 'string' || !user.id) return [];
	const response = await leonardoApiRequest.call(this, { method: 'GET', path: path(user.id) });
	return ((response[key] as IDataObject[] | undefined) ?? []).filter(
		(entry) => entry && entry.status === 'COMPLETE',
	);
}
