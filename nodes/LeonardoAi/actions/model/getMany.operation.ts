import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { concurrencyOnlyOptions } from '../common.descriptions';
import { getUserId } from '../../transport/account';

const properties: INodeProperties[] = [
	{
		displayName: 'Include My Custom Models',
		name: 'includeCustom',
		type: 'boolean',
		default: true,
		description:
			"Whether to list the models trained on this account as well as Leonardo's platform models",
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['model'], operation: ['getMany'] } },
	properties,
);

/** One list of platform and custom models, each item marked with its `source`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const platform = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: '/platformModels',
		itemIndex,
	});
	const models = ((platform.custom_models as IDataObject[] | undefined) ?? [])
		.filter(Boolean)
		.map((model) => ({ ...model, source: 'platform' }));
	if (this.getNodeParameter('includeCustom', itemIndex) as boolean) {
		const userId = await getUserId.call(this, itemIndex);
		const custom = await leonardoApiRequest.call(this, {
			method: 'GET',
			path: `/models/user/${encodeURIComponent(userId)}`,
			itemIndex,
		});
		for (const model of ((custom.custom_models as IDataObject[] | undefined) ?? []).filter(
			Boolean,
		)) {
			models.push({ ...model, source: 'custom' });
		}
	}
	return models.map((model) => ({ json: model, pairedItem: { item: itemIndex } }));
}
