import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../common.descriptions';
import { getUserDetails } from '../../transport/account';

const properties: INodeProperties[] = [concurrencyOnlyOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['getMe'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { user, ...credits } = await getUserDetails.call(this, itemIndex);
	const { id, username } = (user ?? {}) as IDataObject;
	return [
		{
			json: { userId: id ?? null, username: username ?? null, ...credits },
			pairedItem: { item: itemIndex },
		},
	];
}
