import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { getUserDetails } from '../../transport/account';

const properties: INodeProperties[] = [concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['getMe'] } },
	properties,
);

/** A credit count from GET /me (`apiPaidTokens` may be null: none bought). */
function credits(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * The API key's account, with `totalCredits`: the API credits it can spend now, plan plus paid
 * (`apiSubscriptionTokens` + `apiPaidTokens`, SDK `getuserself.ts`), so an IF node needs no
 * arithmetic.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { user, ...details } = await getUserDetails.call(this, itemIndex);
	const { id, username } = (user ?? {}) as IDataObject;
	return [
		{
			json: {
				userId: id ?? null,
				username: username ?? null,
				totalCredits: credits(details.apiSubscriptionTokens) + credits(details.apiPaidTokens),
				...details,
			},
			pairedItem: { item: itemIndex },
		},
	];
}
