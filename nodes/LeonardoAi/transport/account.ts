import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { userDetailsOnce } from '../helpers/executionState';
import { leonardoApiRequest } from './leonardoApi';

/**
 * The first `user_details` entry of GET /me (user, credits, concurrency slots), asked once per call
 * of the node: many items need the user ID, one request is enough.
 */
export async function getUserDetails(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject> {
	return await userDetailsOnce(this, () =>
		leonardoApiRequest
			.call(this, { method: 'GET', path: '/me', itemIndex })
			.then((response) => ((response.user_details as IDataObject[] | undefined) ?? [])[0] ?? {}),
	);
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
