import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readDownloadSwitch } from '../../helpers/parameters';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { readExistingGeneration } from '../generation/api';
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
	const generation = await readExistingGeneration.call(this, itemIndex);
	const downloadVideo = readDownloadSwitch.call(this, 'downloadVideo', itemIndex);
	return await videoOutput.call(this, videoJson(generation), itemIndex, downloadVideo);
}
