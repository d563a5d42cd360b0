import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { MODEL_FILE } from '../../helpers/fileTypes';
import {
	checkBoolean,
	checkId,
	checkNumber,
	checkText,
	readOptionValues,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import {
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
	waitForCompletionParameter,
	waitTimeoutOption,
} from '../common.descriptions';
import { STARTED_JOB_KEY, startedGenerationJob } from '../generation/api';
import type { ResultFileKind } from '../generation/resultFiles';
import { resultFilesOutput } from '../generation/resultFiles';
import type { JobSettings } from '../job';
import { readJobSettings, runJob } from '../job';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../uploadInputImage';

/**
 * Rodin V2, as https://docs.leonardo.ai/docs/rodin-v2 (updatedAt 2026-06-23) and the v2 spec's
 * RodinV2GenerationRequest (https://docs.leonardo.ai/reference/creategeneration, updatedAt
 * 2026-09-01) describe it: no prompt; `guidances.image_reference` 1–5 items (required); `quantity`
 * enum [1] and `output_format` enum ["glb"], both required; `quality` extra_low|low|medium|high
 * (default high); `mesh_mode` Quad|Triangle (default Triangle); `material` PBR|Shaded|All (default
 * All); `seed` integer 0–65535; `ta_pose`, `use_original_alpha` booleans (default false);
 * `bounding_box` exactly 3 integers [width, height, length]; `additionalProperties: false`.
 */
const RODIN = {
	model: 'rodin-v2',
	name: 'Rodin V2',
	docs: 'https://docs.leonardo.ai/docs/rodin-v2',
	minImages: 1,
	maxImages: 5,
	seed: { min: 0, max: 65535, integer: true },
};

/** A 3D model can take a while: its own default for Wait Timeout. */
export const MODEL3D_WAIT_TIMEOUT_SECONDS = 900;

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Fields',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		placeholder: 'e.g. data, side, back',
		hint: 'Comma-separated binary fields of the item, each an image (PNG, JPEG or WebP) of the object; leave empty to use only Image IDs',
		description:
			'Photos of the object from different angles, uploaded as init images right before the job starts. With the Image IDs below, 1 to 5 images in all.',
	},
	{
		displayName: 'Image IDs',
		name: 'imageIds',
		type: 'fixedCollection',
		placeholder: 'Add Image ID',
		default: {},
		typeOptions: { multipleValues: true },
		description:
			'Images Leonardo already has: uploaded init images, generated images or variations',
		options: [
			{
				displayName: 'Image',
				name: 'image',
				values: [
					{
						displayName: 'Image ID',
						name: 'imageId',
						type: 'string',
						default: '',
						placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
						description: 'An uploaded init image ID, a generated image ID or a variation ID',
					},
					{
						displayName: 'Image Type',
						name: 'imageType',
						type: 'options',
						default: 'UPLOADED',
						options: [
							{ name: 'Uploaded Init Image', value: 'UPLOADED' },
							{ name: 'Generated Image', value: 'GENERATED' },
							{ name: 'Variation', value: 'VARIATION' },
						],
						description: 'What the ID is of',
					},
				],
			},
		],
	},
	{
		displayName: 'Quality',
		name: 'quality',
		type: 'options',
		default: 'high',
		options: [
			{ name: 'Extra Low', value: 'extra_low', description: 'Triangles: 2k faces; quads: 4k' },
			{ name: 'Low', value: 'low', description: 'Triangles: 20k faces; quads: 8k' },
			{ name: 'Medium', value: 'medium', description: 'Triangles: 150k faces; quads: 18k' },
			{ name: 'High', value: 'high', description: 'Triangles: 500k faces; quads: 50k' },
		],
		description: 'Level of detail; the number of faces depends on the mesh mode',
	},
	{
		displayName: 'Mesh Mode',
		name: 'meshMode',
		type: 'options',
		default: 'Triangle',
		options: [
			{
				name: 'Triangle',
				value: 'Triangle',
				description: 'Triangular faces: more detailed geometry',
			},
			{ name: 'Quad', value: 'Quad', description: 'Quadrilateral faces: smoother surfaces' },
		],
		description: 'The kind of faces of the mesh',
	},
	{
		displayName: 'Material',
		name: 'material',
		type: 'options',
		default: 'All',
		options: [
			{ name: 'All', value: 'All', description: 'PBR materials and baked shading' },
			{ name: 'PBR', value: 'PBR', description: 'Physically based materials' },
			{ name: 'Shaded', value: 'Shaded', description: 'Baked shading' },
		],
		description: 'The materials of the model',
	},
	waitForCompletionParameter,
	{
		displayName: 'Download Model',
		name: 'downloadModel',
		type: 'boolean',
		default: true,
		displayOptions: { show: { waitForCompletion: [true] } },
		description: 'Whether to download the finished GLB into the binary field "model"',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			allowUnpricedJobsOption,
			{
				displayName: 'Bounding Box',
				name: 'boundingBox',
				type: 'string',
				default: '',
				placeholder: 'e.g. 100, 200, 100',
				description:
					'Width, height and length as three whole numbers, comma-separated: the size the model is constrained to',
			},
			concurrencyOption,
			maxCreditsOption,
			{
				displayName: 'Public',
				name: 'public',
				type: 'boolean',
				default: false,
				description: "Whether the model appears in Leonardo's public community feed",
			},
			{
				displayName: 'Seed',
				name: 'seed',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, maxValue: 65535 },
				description: 'A fixed seed (0 to 65535) makes results repeatable',
			},
			{
				displayName: 'T/A Pose',
				name: 'taPose',
				type: 'boolean',
				default: false,
				description: 'Whether a human character is put in a T or A pose, easier to rig and animate',
			},
			{
				displayName: 'Use Original Alpha',
				name: 'useOriginalAlpha',
				type: 'boolean',
				default: false,
				description: "Whether to keep the input images' transparency",
			},
			{ ...waitTimeoutOption, default: MODEL3D_WAIT_TIMEOUT_SECONDS },
		],
	},
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
}

const IMAGE_ID_SOURCE =
	'Use json.id of "Init Image → Upload", a generated image\'s images[n].id, or a variation\'s json.id.';

/** Image IDs → `{ image: { id, type } }` items; empty rows skipped. */
function readImageIds(this: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const rows =
		((this.getNodeParameter('imageIds', itemIndex, {}) as IDataObject).image as
			| IDataObject[]
			| undefined) ?? [];
	return rows
		.filter((row) => String(row.imageId ?? '').trim())
		.map((row) => ({
			image: {
				id: checkId(this, 'Image IDs → Image ID', row.imageId, itemIndex, IMAGE_ID_SOURCE),
				type: checkText(this, 'Image IDs → Image Type', row.imageType ?? 'UPLOADED', itemIndex),
			},
		}));
}

/** "100, 200, 100" (or a list from an expression) → [100, 200, 100]: exactly three whole numbers. */
function readBoundingBox(this: IExecuteFunctions, value: unknown, itemIndex: number): number[] {
	const parts = Array.isArray(value)
		? value
		: checkText(this, 'Bounding Box', value, itemIndex)
				.split(',')
				.map((part) => part.trim());
	if (parts.length !== 3)
		refuseItem(
			this,
			itemIndex,
			`"Bounding Box" needs exactly 3 numbers (width, height, length), not ${parts.length}`,
			'Enter three whole numbers separated by commas, e.g. 100, 200, 100.',
		);
	// The spec: integers (no range given); a size is taken to be at least 1 (inferred).
	return parts.map((part) =>
		checkNumber(this, 'Bounding Box', part, { min: 1, integer: true }, itemIndex),
	);
}

/**
 * The v2 body `{ model: "rodin-v2", parameters, public? }`. The page gives each image reference a
 * `strength`; the spec's item is { image, order } only, so none is sent.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Create3dRequest> {
	const options = readOptionValues.call(this, itemIndex);
	const binaryFields = readText
		.call(this, 'binaryPropertyName', 'Input Binary Fields', itemIndex)
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const ids = readImageIds.call(this, itemIndex);
	const count = binaryFields.length + ids.length;
	if (count < RODIN.minImages || count > RODIN.maxImages)
		refuseItem(
			this,
			itemIndex,
			`${RODIN.name} takes 1 to 5 images, not ${count}`,
			count
				? 'Keep at most 5 images in "Input Binary Fields" and "Image IDs" together.'
				: 'Name the binary field that holds the photo in "Input Binary Fields", or add an image under "Image IDs".',
		);
	for (const name of binaryFields) {
		// Checked now (format, size), read again at upload time: a batch must not hold every file at once.
		await readInputImage.call(this, itemIndex, name, 'Input Binary Fields');
	}
	const parameters: IDataObject = {
		quantity: 1,
		output_format: 'glb',
		quality: readText.call(this, 'quality', 'Quality', itemIndex, 'high'),
		mesh_mode: readText.call(this, 'meshMode', 'Mesh Mode', itemIndex, 'Triangle'),
		material: readText.call(this, 'material', 'Material', itemIndex, 'All'),
	};
	if (options.seed !== undefined)
		parameters.seed = checkNumber(this, 'Seed', options.seed, RODIN.seed, itemIndex);
	if (options.taPose !== undefined)
		parameters.ta_pose = checkBoolean(this, 'T/A Pose', options.taPose, itemIndex);
	if (options.boundingBox !== undefined && String(options.boundingBox).trim() !== '')
		parameters.bounding_box = readBoundingBox.call(this, options.boundingBox, itemIndex);
	if (options.useOriginalAlpha !== undefined)
		parameters.use_original_alpha = checkBoolean(
			this,
			'Use Original Alpha',
			options.useOriginalAlpha,
			itemIndex,
		);
	// The uploads' IDs come later; placeholders keep the request's key and its count honest now.
	parameters.guidances = {
		image_reference: [...binaryFields.map(() => ({ image: { id: '', type: 'UPLOADED' } })), ...ids],
	};
	const body: IDataObject = { model: RODIN.model, parameters };
	if (options.public !== undefined)
		body.public = checkBoolean(this, 'Public', options.public, itemIndex);
	const wait = readJobSettings.call(
		this,
		itemIndex,
		options,
		{ name: 'downloadModel', label: 'Download Model' },
		MODEL3D_WAIT_TIMEOUT_SECONDS,
	);
	return {
		body,
		binaryFields,
		download: wait.download,
		waitForCompletion: wait.waitForCompletion,
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

/** The body with the uploaded images' IDs in its first image references (in the order of the fields). */
function withUploadedIds(body: IDataObject, ids: string[]): IDataObject {
	const parameters = body.parameters as IDataObject;
	const guidances = parameters.guidances as IDataObject;
	const references = (guidances.image_reference as IDataObject[]).map((reference, index) =>
		index < ids.length
			? { image: { ...(reference.image as IDataObject), id: ids[index] } }
			: reference,
	);
	return {
		...body,
		parameters: { ...parameters, guidances: { ...guidances, image_reference: references } },
	};
}

/** Uploads the item's images (once the job may start), starts Rodin V2 once, waits, downloads the GLB. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: Create3dRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { body, binaryFields } = request;
	const upload = async () => {
		const ids: string[] = [];
		for (const name of binaryFields) {
			const { target } = await uploadInputImage.call(this, itemIndex, name, INIT_IMAGE_DESTINATION);
			ids.push(target.id);
		}
		return { body: withUploadedIds(body, ids), extra: { referenceImageIds: ids } };
	};
	const job = startedGenerationJob.call(this, itemIndex, {
		request: { apiVersion: 'v2', path: '/generations', body, responseKey: STARTED_JOB_KEY.v2 },
		extra: { model: RODIN.model },
		upload: binaryFields.length ? upload : undefined,
		output: async (generation, fields) =>
			await resultFilesOutput.call(
				this,
				generation,
				fields,
				itemIndex,
				request.download,
				MODEL_RESULT,
			),
		failedHint: `Try other photos of the object (a plain background helps) or another quality; ${RODIN.name}'s page: ${RODIN.docs}.`,
		// v2 models have no pricing-calculator service: with Max Credits such a job needs Allow Unpriced Jobs.
		pricing: { what: `${RODIN.name} 3D models` },
	});
	return await runJob.call(this, itemIndex, job, request);
}
