import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { datasetId, concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readDatasetId } from '../shared/ids';
import { readId } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	datasetId,
	{
		displayName: 'Generated Image ID',
		name: 'generatedImageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
		hint: "An image ID from a generation's images (images[n].id), not the generation ID",
		description:
			'The ID of an image Leonardo generated, to add to the dataset without downloading it',
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['dataset'], operation: ['uploadGeneratedImage'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const dataset = readDatasetId.call(this, itemIndex);
	const generatedImageId = readId.call(
		this,
		'generatedImageId',
		itemIndex,
		"Use an image ID from a generation's images (e.g. {{ $json.images[0].id }}), not the generation ID.",
	);
	const response = await leonardoApiRequest.call(this, {
		method: 'POST',
		path: `/datasets/${encodeURIComponent(dataset)}/upload/gen`,
		body: { generatedImageId },
		itemIndex,
	});
	const uploaded = (response.uploadDatasetImageFromGen ?? {}) as IDataObject;
	return [
		{
			json: { id: uploaded.id ?? null, datasetId: dataset, generatedImageId },
			pairedItem: { item: itemIndex },
		},
	];
}
