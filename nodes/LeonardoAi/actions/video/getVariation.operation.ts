import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readDownloadSwitch, readId } from '../../helpers/parameters';
import { ensureFound } from '../shared/byId';
import { concurrencyOnlyOptions } from '../shared/common.descriptions';
import { downloadVideoParameter } from './descriptions';
import { getMotionVariation, motionVariationJson, motionVariationOutput } from './motionVariation';

const properties: INodeProperties[] = [
	{
		displayName: 'Variation ID',
		name: 'variationId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.variationId }}',
		description: 'The ID of the video upscale, output by "Video → Upscale" as variationId',
	},
	{
		...downloadVideoParameter,
		description: 'Whether to download the upscaled MP4 into the binary field "video"',
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['video'], operation: ['getVariation'] } },
	properties,
);

/** GET /motion-variations/{id} (see motionVariation.ts); an unknown ID is an error naming it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const variationId = readId.call(
		this,
		'variationId',
		itemIndex,
		'Map it from "Video → Upscale" ({{ $json.variationId }}).',
	);
	const variation = ensureFound.call(
		this,
		await getMotionVariation.call(this, variationId, itemIndex),
		'Video upscale',
		variationId,
		itemIndex,
	);
	const downloadVideo = readDownloadSwitch.call(this, 'downloadVideo', itemIndex);
	return await motionVariationOutput.call(
		this,
		motionVariationJson(variationId, variation),
		itemIndex,
		downloadVideo,
	);
}
