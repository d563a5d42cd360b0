import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { MODEL_FILE } from '../../helpers/fileTypes';
import { readOptionValues } from '../../helpers/parameters';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import type { ResultFileKind } from '../generation/resultFiles';
import { resultFilesJob } from '../generation/resultFiles';
import { referenceUpload } from '../shared/imageReferences';
import type { JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { readRodinImages, rodinBody } from './body';
import {
	MODEL3D_WAIT_TIMEOUT_SECONDS,
	downloadModelParameter,
	imageParameters,
	model3dOptions,
	rodinParameters,
} from './descriptions';
import { RODIN } from './models';

const properties: INodeProperties[] = [
	...imageParameters,
	...rodinParameters,
	waitForCompletionParameter,
	downloadModelParameter,
	model3dOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['model3d'], operation: ['create'] } },
	properties,
);

/**
 * Where the GLB is in GET /generations/{id}: no source found (see resultFiles.ts). Tried in this
 * order: `modelUrl` / `modelURL` / `glbUrl` (assumed names, used only if Leonardo sends them), then
 * `url`, the documented field of every `generated_images[]` entry. The file must start with "glTF".
 */
const MODEL_RESULT: ResultFileKind = {
	binaryName: 'model',
	listKey: 'assets',
	noun: '3D model',
	expected: MODEL_FILE,
	urlFields: ['modelUrl', 'modelURL', 'glbUrl', 'url'],
};

interface Create3dRequest extends JobSettings {
	/** The body to POST; its first `binaryFields.length` image references get their IDs from the uploads. */
	body: IDataObject;
	binaryFields: string[];
	download: boolean;
	/** About the item's files (a photo labelled as another format), output with the result. */
	warnings: string[];
}

/** Reads and checks the item (its images from their bytes, every setting) with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Create3dRequest> {
	const options = readOptionValues.call(this, itemIndex);
	const images = await readRodinImages.call(this, itemIndex);
	const body = rodinBody.call(this, images, options, itemIndex);
	const wait = readJobSettings.call(
		this,
		itemIndex,
		options,
		'downloadModel',
		MODEL3D_WAIT_TIMEOUT_SECONDS,
	);
	return { body, binaryFields: images.binaryFields, warnings: images.warnings, ...wait };
}

/** Uploads the item's images (once the job may start), starts Rodin V2 once, waits, downloads the GLB. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: Create3dRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { body, binaryFields, warnings } = request;
	const job = resultFilesJob.call(this, itemIndex, {
		body,
		kind: MODEL_RESULT,
		download: request.download,
		extra: { model: RODIN.model, ...(warnings.length ? { warnings } : {}) },
		upload: referenceUpload.call(this, itemIndex, body, binaryFields, 'binaryPropertyName'),
		failedHint: `Try other photos of the object (a plain background helps) or another quality; ${RODIN.name}'s page: ${RODIN.docs}.`,
		what: `${RODIN.name} 3D models`,
	});
	return await runJob.call(this, itemIndex, job, request);
}
