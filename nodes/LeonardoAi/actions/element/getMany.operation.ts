import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getUserId } from '../../transport/account';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { concurrencyOnlyOptions } from '../common.descriptions';
import { elementJson } from './api';

const properties: INodeProperties[] = [
	{
		displayName: 'Include My Trained Elements',
		name: 'includeCustom',
		type: 'boolean',
		default: true,
		description:
			"Whether to list the elements trained on this account as well as Leonardo's platform elements",
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['element'], operation: ['getMany'] } },
	properties,
);

/**
 * Leonardo's platform elements (GET /elements: `loras` with `akUUID`, `baseModel`, `weightMin`,
 * `weightMax`, `weightDefault`, SDK `listelements.ts`) and the account's trained ones
 * (GET /elements/user/{userId}: `user_loras`), one item each with its `source`.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const platform = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: '/elements',
		itemIndex,
	});
	const elements: IDataObject[] = ((platform.loras as IDataObject[] | undefined) ?? [])
		.filter(Boolean)
		.map((element) => ({ ...element, source: 'platform' }));
	if (this.getNodeParameter('includeCustom', itemIndex) as boolean) {
		const userId = await getUserId.call(this, itemIndex);
		const custom = await leonardoApiRequest.call(this, {
			method: 'GET',
			path: `/elements/user/${encodeURIComponent(userId)}`,
			itemIndex,
		});
		for (const element of ((custom.user_loras as IDataObject[] | undefined) ?? []).filter(
			Boolean,
		)) {
			elements.push({ ...elementJson(element), source: 'custom' });
		}
	}
	return elements.map((element) => ({ json: element, pairedItem: { item: itemIndex } }));
}
