import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { concurrencyOnlyOptions } from '../common.descriptions';
import { platformAndCustom } from '../platformAndCustom';

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
	return await platformAndCustom.call(this, itemIndex, {
		platform: { path: '/platformModels', key: 'custom_models' },
		custom: {
			path: (userId) => `/models/user/${encodeURIComponent(userId)}`,
			key: 'custom_models',
		},
	});
}
