import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { VIDEO_FILE } from '../../helpers/fileTypes';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { downloadResult } from '../shared/job';

/**
 * A video upscale is a "motion variation" of a video generation, read with v1
 * `GET /motion-variations/{id}` (SDK `getmotionvariationbyid.ts`; https://docs.leonardo.ai/reference/getmotionvariationbyid,
 * updatedAt 2026-06-03): `{ generated_image_variation_motion: [{ id, createdAt, status
 * (PENDING|COMPLETE|FAILED), motionTransformType (UPSCALE), resolution (RESOLUTION_720), url }] }`.
 * That its `id` is the `variationId` POST /generations-video-upscale answers (SDK: "The ID of the
 * upscale variation") and that `url` is the MP4 are inferred: no page says so.
 */
export async function getMotionVariation(
	this: IExecuteFunctions,
	variationId: string,
	itemIndex: number,
	deadline?: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/motion-variations/${encodeURIComponent(variationId)}`,
		itemIndex,
		deadline,
	});
	const list = response.generated_image_variation_motion;
	return Array.isArray(list) ? ((list[0] ?? undefined) as IDataObject | undefined) : undefined;
}

/** The motion variation as users see it: `variationId` first, then Leonardo's fields and ours. */
export function motionVariationJson(
	variationId: string,
	variation: IDataObject,
	fields: IDataObject = {},
): IDataObject {
	const rest = { ...variation };
	delete rest.id;
	return { variationId, ...rest, ...fields };
}

/** The output item; with downloads on and the upscale COMPLETE, its MP4 in binary "video". */
export async function motionVariationOutput(
	this: IExecuteFunctions,
	json: IDataObject,
	itemIndex: number,
	downloadVideo: boolean,
): Promise<INodeExecutionData[]> {
	const pairedItem = { item: itemIndex };
	if (!downloadVideo || json.status !== 'COMPLETE') return [{ json, pairedItem }];
	if (typeof json.url !== 'string' || !json.url) {
		throw new NodeOperationError(
			this.getNode(),
			`Video upscale ${String(json.variationId)} is complete but has no URL`,
			{
				itemIndex,
				description:
					'Leonardo returned no url for it. Turn off "Download Video" to output it as it is, and try Video → Get Variation later.',
			},
		);
	}
	const video = await downloadResult.call(
		this,
		json.url,
		`${String(json.variationId)}_upscale`,
		itemIndex,
		VIDEO_FILE,
	);
	return [{ json, binary: { video }, pairedItem }];
}
