import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { leonardoApiRequest } from './leonardoApi';

/**
 * GET /me answers, one per execution of the node (keyed by its context, which every item shares):
 * many items need the user ID, one request is enough.
 */
const cache = new WeakMap<object, Promise<IDataObject>>();

/** The first `user_details` entry of GET /me (user, credits, concurrency slots). */
export async function getUserDetails(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject> {
	let pending = cache.get(this);
	if (!pending) {
		pending = leonardoApiRequest
			.call(this, { method: 'GET', path: '/me', itemIndex })
			.then((response) => ((response.user_details as IDataObject[] | undefined) ?? [])[0] ?? {});
		pending.catch(() => cache.delete(this));
		cache.set(this, pending);
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
