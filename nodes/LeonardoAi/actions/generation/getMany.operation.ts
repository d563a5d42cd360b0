import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readBoolean, readNumber } from '../../helpers/parameters';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { getUserId } from '../../transport/account';
import { generationJson } from './output';

const PAGE_SIZE = 50;

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		default: 50,
		typeOptions: { minValue: 1 },
		displayOptions: { show: { returnAll: [false] } },
		description: 'Max number of results to return',
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['generation'], operation: ['getMany'] } },
	properties,
);

/** The account's generations, newest first, following Leonardo's offset/limit pages. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const returnAll = readBoolean.call(this, 'returnAll', itemIndex);
	const limit = returnAll
		? Infinity
		: readNumber.call(this, 'limit', { min: 1, integer: true }, itemIndex);
	const userId = await getUserId.call(this, itemIndex);
	const generations: IDataObject[] = [];
	for (let offset = 0; generations.length < limit; ) {
		const pageSize = Math.min(PAGE_SIZE, limit - generations.length);
		const response = await leonardoApiRequest.call(this, {
			method: 'GET',
			path: `/generations/user/${encodeURIComponent(userId)}`,
			qs: { offset, limit: pageSize },
			itemIndex,
		});
		const page = ((response.generations as IDataObject[] | undefined) ?? []).filter(Boolean);
		generations.push(...page);
		offset += page.length;
		if (page.length < pageSize) break;
	}
	return generations.map((generation) => ({
		json: generationJson(generation),
		pairedItem: { item: itemIndex },
	}));
}
