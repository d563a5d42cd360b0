import type { IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../helpers/parameters';

/** The IDs several operations read, each with where a user finds it. */

export function readDatasetId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'datasetId',
		'Dataset ID',
		itemIndex,
		'Map it from "Dataset → Create" ({{ $json.id }}).',
	);
}

export function readInitImageId(this: IExecuteFunctions, itemIndex: number): string {
	return readId.call(
		this,
		'initImageId',
		'Init Image ID',
		itemIndex,
		'Map it from "Init Image → Upload" ({{ $json.id }}).',
	);
}
