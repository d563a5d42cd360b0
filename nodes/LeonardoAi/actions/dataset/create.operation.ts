import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readText } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Product photos',
		description: 'The name of the new dataset',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		typeOptions: { rows: 2 },
		description: 'An optional description of the dataset',
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const name = readText.call(this, 'name', itemIndex);
	const datasetDescription = readText.call(this, 'description', itemIndex);
	const body: IDataObject = { name };
	if (datasetDescription) body.description = datasetDescription;
	const response = await leonardoApiRequest.call(this, {
		method: 'POST',
		path: '/datasets',
		body,
		itemIndex,
	});
	const created = (response.insert_datasets_one ?? {}) as IDataObject;
	return [
		{
			json: { id: created.id, name, description: datasetDescription || null },
			pairedItem: { item: itemIndex },
		},
	];
}
