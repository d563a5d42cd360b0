import type { IExecuteFunctions } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import { checkElementId, readId } from '../../helpers/parameters';

/** The IDs several operations read, each with where a user finds it. */

export function readDatasetId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'datasetId',
		itemIndex,
		'Map it from "Dataset → Create" ({{ $json.id }}).',
	);
}

export function readInitImageId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'initImageId',
		itemIndex,
		'Map it from "Init Image → Upload" ({{ $json.id }}).',
	);
}

/** Elements (LoRAs) have whole-number IDs: `userLoraId` (https://docs.leonardo.ai/reference/createelement). */
export function readElementId(this: IExecuteFunctions, itemIndex: number): string {
	return checkElementId(
		this,
		parameterLabel(this, 'elementId', itemIndex),
		this.getNodeParameter('elementId', itemIndex),
		itemIndex,
	);
}

export function readModelId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'modelId',
		itemIndex,
		'Map it from "Model → Train" ({{ $json.modelId }}) or "Model → Get Many".',
	);
}

export function readMediaId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(this, 'mediaId', itemIndex, 'Map it from "Media → Upload" ({{ $json.id }}).');
}

export function readBlueprintId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'blueprintId',
		itemIndex,
		'Copy it from the Blueprint in the Leonardo web app, or map it from "Blueprint → Get" ({{ $json.akUUID }}).',
	);
}

export function readBlueprintExecutionId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'executionId',
		itemIndex,
		'Map it from "Blueprint → Execute" ({{ $json.blueprintExecutionId }}).',
	);
}
