import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { leonardoApiRequest } from './leonardoApi';

/** GET /me answers, one per execution: many items need the user ID, one request is enough. */
const cache = new Map<string, Promise<IDataObject>>();
const MAX_CACHED_EXECUTIONS = 20;

/** The first `user_details` entry of GET /me (user, credits, concurrency slots). */
export async function getUserDetails(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject> {
	const key = `${this.getExecutionId()}:${this.getNode().id}`;
	let pending = cache.get(key);
	if (!pending) {
		pending = leonardoApiRequest
			.call(this, { method: 'GET', path: '/me', itemIndex })
			.then((response) => ((response.user_details as IDataObject[] | undefined) ?? [])[0] ?? {});
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
		if (cache.size > MAX_CACHED_EXECUTIONS) cache.delete(cache.keys().next().value as string);
	}
	return await pending;
}

export async function getUserId(this: IExecuteFunctions, itemIndex: number): Promise<string> {
	const details = await getUserDetails.call(this, itemIndex);
	const id = (details.user as IDataObject | undefined)?.id;
	if (typeof id !== 'string' || !id) {
		throw new NodeOperationError(
			this.getNode(),
			'Leonardo did not return a user ID for this API key',
			{
				itemIndex,
				description:
					'GET /me answered without user_details[0].user.id. Check the API key in the credential.',
			},
		);
	}
	return id;
}
