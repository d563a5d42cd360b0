import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readBoolean } from '../../helpers/parameters';
import { ensureFound } from '../byId';
import { concurrencyOnlyOptions } from '../common.descriptions';
import { getGeneration } from '../generation/api';
import { readGenerationId } from '../generation/body';
import { generationIdParameter } from '../generation/descriptions';
import { videoJson, videoOutput } from './api';
import { downloadVideoParameter } from './descriptions';

const properties: INodeProperties[] = [
	{
		...generationIdParameter,
		description: 'The ID of the video generation, output by "Video → Create" as generationId',
	},
	downloadVideoParameter,
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const generationId = readGenerationId.call(this, itemIndex);
	const generation = ensureFound.call(
		this,
		await getGeneration.call(this, generationId, itemIndex),
		'Generation',
		generationId,
		itemIndex,
	);
	const downloadVideo = readBoolean.call(this, 'downloadVideo', 'Download Video', itemIndex);
	return await videoOutput.call(this, videoJson(generation), itemIndex, downloadVideo);
}
