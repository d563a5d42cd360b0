import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { platformAndCustom } from '../shared/platformAndCustom';
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
	return await platformAndCustom.call(this, itemIndex, {
		platform: { path: '/elements', key: 'loras' },
		custom: { path: (userId) => `/elements/user/${encodeURIComponent(userId)}`, key: 'user_loras' },
		customJson: elementJson,
	});
}
