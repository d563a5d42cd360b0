import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { findModelByName } from '../../catalog';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { platformAndCustom } from '../shared/platformAndCustom';

const properties: INodeProperties[] = [
	{
		displayName: 'Include My Custom Models',
		name: 'includeCustom',
		type: 'boolean',
		default: true,
		description:
			"Whether to list the models trained on this account as well as Leonardo's platform models",
	},
	{
		displayName: 'Include Newer Models',
		name: 'includeV2',
		type: 'boolean',
		default: false,
		description:
			"Whether to list the models of Leonardo's newer (v2) endpoint this account may use too, each with its parameter schema and the ID to send as Create (Newer Models) or Video → Create's Model",
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['model'], operation: ['getMany'] } },
	properties,
);

/**
 * `GET /v2/models` (https://docs.leonardo.ai/reference/getmodels): `productionApiAvailableModels` of
 * `{ id, name, parameters }`, where `id` is Leonardo's own ID, not the `model` string a request sends
 * (none is in the answer); the catalog's ID is added as `model` where the catalog knows the name.
 */
async function v2Models(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const answer = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: '/models',
		apiVersion: 'v2',
		itemIndex,
	});
	const models = (answer.productionApiAvailableModels as IDataObject[] | undefined) ?? [];
	return models.filter(Boolean).map((entry) => {
		const known = findModelByName(String(entry.name ?? ''));
		return {
			json: { ...entry, ...(known ? { model: known.id, kind: known.kind } : {}), source: 'v2' },
			pairedItem: { item: itemIndex },
		};
	});
}

/** One list of platform and custom models (and with "Include Newer (v2) Models" the v2 ones), each marked with its `source`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const v2 = (this.getNodeParameter('includeV2', itemIndex, false) as boolean)
		? await v2Models.call(this, itemIndex)
		: [];
	const v1 = await platformAndCustom.call(this, itemIndex, {
		platform: { path: '/platformModels', key: 'custom_models' },
		custom: {
			path: (userId) => `/models/user/${encodeURIComponent(userId)}`,
			key: 'custom_models',
		},
	});
	return [...v1, ...v2];
}
