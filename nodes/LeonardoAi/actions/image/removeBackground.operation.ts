import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { IMAGE_FILE } from '../../helpers/fileTypes';
import { checkBoolean, checkId, checkText, readOptionValues } from '../../helpers/parameters';
import type { CreditBudget } from '../budget';
import { readCreditBudget } from '../budget';
import {
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
} from '../common.descriptions';
import { downloadResult, runJob } from '../job';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../uploadInputImage';
import { checkedEnum, readRemoveBgParameters } from './removeBgParameters';
import type { ImageSource } from './source';
import { imageById, imageBytes, readImageSource, sourceParameters } from './source';
import type { SyncResult } from './syncJob';
import { syncGenerationJob } from './syncJob';

/**
 * Image → Remove Background: Leonardo's `remove-bg` model on the sync endpoint
 * (https://docs.leonardo.ai/docs/remove-bg, updatedAt 2026-09-02; its schema
 * RemoveBgSyncGenerationRequest in https://docs.leonardo.ai/reference/createsyncgeneration, updatedAt
 * 2026-08-31, "the spec"). Every option below is a property of the spec's `parameters`, which has
 * `additionalProperties: false` ("Unknown keys under parameters are rejected, not ignored", the page).
 */

const FORMATS = [
	{ name: 'PNG (Transparent)', value: 'png' },
	{ name: 'JPG (No Transparency)', value: 'jpg' },
	{ name: 'WebP (Transparent)', value: 'webp' },
];

const SOURCE_IMAGE_TYPES = [
	{ name: 'Generated Image', value: 'GENERATED' },
	{ name: 'Uploaded Init Image', value: 'UPLOADED' },
	{ name: 'Variation', value: 'VARIATION' },
];

const properties: INodeProperties[] = [
	...sourceParameters('cut out'),
	{
		displayName: 'Output Format',
		name: 'format',
		type: 'options',
		default: 'png',
		options: FORMATS,
		description:
			'Format of the cut-out (parameters.format). PNG and WebP keep the transparency, JPG does not; Leonardo caps PNG at 10 megapixels, so use WebP for larger transparent results.',
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
				displayName: 'Background Color',
				name: 'backgroundColor',
				type: 'color',
				default: '',
				description:
					'A solid colour behind the subject instead of transparency (parameters.bg_color): a hex code or a colour name. Pair with JPG.',
			},
			{
				displayName: 'Background Image ID',
				name: 'backgroundImageId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
				hint: 'Upload your own background first with Init Image → Upload, and use its json.id (Background Image Type: Uploaded Init Image)',
				description:
					'An image Leonardo has, put behind the cut-out instead of transparency (guidances.background_image_reference)',
			},
			{
				displayName: 'Background Image Type',
				name: 'backgroundImageType',
				type: 'options',
				default: 'UPLOADED',
				options: SOURCE_IMAGE_TYPES,
				description: 'What kind of image the Background Image ID names',
			},
			{
				displayName: 'Channels',
				name: 'channels',
				type: 'options',
				default: 'rgba',
				options: [
					{ name: 'Cut-Out (RGBA)', value: 'rgba' },
					{ name: 'Alpha Mask Only', value: 'alpha' },
				],
				description:
					"The cut-out image, or only its greyscale alpha mask (parameters.channels; Leonardo's default: the cut-out)",
			},
			concurrencyOption,
			{
				displayName: 'Crop Margin',
				name: 'cropMargin',
				type: 'string',
				default: '',
				placeholder: 'e.g. 30px or 10% or 10px 20px',
				description:
					'Space kept around the cropped subject (parameters.crop_margin): 1, 2 or 4 values, each in px or %. Only used with Crop to Subject.',
			},
			{
				displayName: 'Crop to Subject',
				name: 'crop',
				type: 'boolean',
				default: false,
				description:
					'Whether to crop the result to the bounding box of the subject (parameters.crop)',
			},
			{
				displayName: 'Keep in Library',
				name: 'keepInLibrary',
				type: 'boolean',
				default: true,
				description:
					'Whether Leonardo keeps the input and the result in your library. Off: nothing is kept (ephemeral: true) and the result link lives 30 minutes; the node downloads it at once.',
			},
			maxCreditsOption,
			{
				displayName: 'Position',
				name: 'position',
				type: 'string',
				default: '',
				placeholder: 'e.g. center or 50% 70%',
				description:
					'Where the subject sits in the result (parameters.position): original, center, one percentage, or two (horizontal and vertical)',
			},
			{
				displayName: 'Public',
				name: 'public',
				type: 'boolean',
				default: false,
				description:
					"Whether the result shows in Leonardo's community feed (ignored when Keep in Library is off)",
			},
			{
				displayName: 'Region of Interest',
				name: 'roi',
				type: 'string',
				default: '',
				placeholder: 'e.g. 0% 0% 100% 100% or 0px 0px 400px 300px',
				description:
					'The rectangle to look for the subject in, as two x/y corners in px or % (parameters.roi); outside it is background',
			},
			{
				displayName: 'Scale',
				name: 'scale',
				type: 'string',
				default: '',
				placeholder: 'e.g. 80% or original',
				description:
					'Size of the subject in the result (parameters.scale): original, or a percentage from 10% to 100%',
			},
			{
				displayName: 'Semitransparency',
				name: 'semitransparency',
				type: 'boolean',
				default: true,
				description:
					'Whether to keep see-through regions such as glass, smoke and veils semi-transparent (parameters.semitransparency)',
			},
			{
				displayName: 'Shadow Opacity',
				name: 'shadowOpacity',
				type: 'number',
				default: 50,
				typeOptions: { minValue: 0, maxValue: 100 },
				description:
					'Opacity of the added shadow, 0 to 100 (parameters.shadow_opacity). Only used with a Shadow Type.',
			},
			{
				displayName: 'Shadow Type',
				name: 'shadowType',
				type: 'options',
				default: 'none',
				options: [
					{ name: '3D', value: '3d' },
					{ name: 'Car', value: 'car' },
					{ name: 'Drop', value: 'drop' },
					{ name: 'None', value: 'none' },
				],
				description: 'An artificial shadow under the subject (parameters.shadow_type)',
			},
			{
				displayName: 'Size',
				name: 'size',
				type: 'options',
				default: 'auto',
				options: [
					{ name: '50 MP', value: '50MP' },
					{ name: 'Auto', value: 'auto' },
					{ name: 'Full (up to 25 MP)', value: 'full' },
					{ name: 'Preview (up to 0.25 MP)', value: 'preview' },
				],
				description:
					"Largest result size (parameters.size). Not set: Leonardo's default, which its API reference gives as Full (the guide page says Auto). PNG stays at most 10 MP whatever the size.",
			},
			{
				displayName: 'Subject Type',
				name: 'subjectType',
				type: 'options',
				default: 'auto',
				options: [
					{ name: 'Animal', value: 'animal' },
					{ name: 'Auto', value: 'auto' },
					{ name: 'Car', value: 'car' },
					{ name: 'Graphic', value: 'graphic' },
					{ name: 'Other', value: 'other' },
					{ name: 'Person', value: 'person' },
					{ name: 'Product', value: 'product' },
					{ name: 'Transportation', value: 'transportation' },
				],
				description: 'What the subject is, to improve the cut-out (parameters.type)',
			},
			{
				displayName: 'Type Level',
				name: 'typeLevel',
				type: 'options',
				default: 'latest',
				options: [
					{ name: '1 (Coarse Category)', value: '1' },
					{ name: '2 (Specific Category)', value: '2' },
					{ name: 'Latest (Most Detailed)', value: 'latest' },
					{ name: 'None (No Classification)', value: 'none' },
				],
				description: 'How specifically the subject is classified (parameters.type_level)',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['image'], operation: ['removeBackground'] } },
	properties,
);

/**
 * Up to this many bytes the item's file goes inline as BASE64 (no upload, nothing stored for the
 * input); larger files go through the init-image upload. The migration guide allows BASE64 "under
 * ~7.5MB" (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai, updatedAt
 * 2026-09-02); 5 MB (6.7 MB as base64) stays clear of that "~".
 */
export const INLINE_MAX_BYTES = 5 * 1024 * 1024;
/** "Input URL / BASE64 / upload: up to 25MB" (the same page). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

/** How the item's image reaches Leonardo. */
type Transfer = 'id' | 'inline' | 'upload';

interface RemoveBackgroundRequest {
	source: ImageSource;
	transfer: Transfer;
	/** The body, its image reference still to be filled in for a binary source. */
	body: IDataObject;
	warnings: string[];
	input?: IDataObject;
	budget?: CreditBudget;
}

/** Checks the item (the image from its bytes, every option) with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<RemoveBackgroundRequest> {
	const source = await readImageSource.call(this, itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	const { parameters, warnings } = readRemoveBgParameters.call(this, itemIndex, options);
	let transfer: Transfer = 'id';
	let input: IDataObject | undefined;
	if (source.kind === 'binary') {
		const { image } = source;
		if (image.size > MAX_INPUT_BYTES)
			throw new NodeOperationError(
				this.getNode(),
				`The image in "${source.binaryPropertyName}" is larger than 25 MB`,
				{
					itemIndex,
					description: `${image.fileName} has ${image.size} bytes; Leonardo's background removal takes inputs up to 25 MB (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai). Make it smaller first, e.g. with the Edit Image node (Resize).`,
				},
			);
		transfer = image.size <= INLINE_MAX_BYTES ? 'inline' : 'upload';
		input = { ...image.dimensions, extension: image.extension, bytes: image.size };
		warnings.unshift(...image.warnings);
	}
	const guidances: IDataObject = {
		// Filled in by `execute` for a file: inline bytes or the upload's ID.
		image_reference: [{ image: source.kind === 'id' ? imageById(source) : {} }],
	};
	const backgroundId = checkText(
		this,
		'Background Image ID',
		options.backgroundImageId ?? '',
		itemIndex,
	).trim();
	if (backgroundId) {
		guidances.background_image_reference = [
			{
				image: {
					id: checkId(
						this,
						'Background Image ID',
						backgroundId,
						itemIndex,
						'Upload the background with Init Image → Upload and use its json.id.',
					),
					type: checkedEnum.call(
						this,
						'Background Image Type',
						options.backgroundImageType ?? 'UPLOADED',
						['GENERATED', 'UPLOADED', 'VARIATION'],
						itemIndex,
					),
				},
			},
		];
	}
	// `public: false` as every sample request on the page sends it; `ephemeral` only when asked.
	const body: IDataObject = {
		model: 'remove-bg',
		public:
			options.public === undefined
				? false
				: checkBoolean(this, 'Public', options.public, itemIndex),
		parameters: { ...parameters, guidances },
	};
	if (
		options.keepInLibrary !== undefined &&
		!checkBoolean(this, 'Keep in Library', options.keepInLibrary, itemIndex)
	)
		body.ephemeral = true;
	return {
		source,
		transfer,
		body,
		warnings,
		input,
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

/** The body with the image reference's `image` set. */
function withImage(body: IDataObject, image: IDataObject): IDataObject {
	const parameters = body.parameters as IDataObject;
	const guidances = parameters.guidances as IDataObject;
	return {
		...body,
		parameters: { ...parameters, guidances: { ...guidances, image_reference: [{ image }] } },
	};
}

const MIME_BY_FORMAT: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
};

/**
 * The item's image cut out: inline (BASE64) or uploaded (UPLOADED, once Max Credits let the job
 * start) or by ID; one sync POST (at most once per execution, see syncJob.ts); the result URL
 * downloaded into binary "image", checked by its first bytes.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: RemoveBackgroundRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { source, warnings } = request;
	let body = request.body;
	const extra: IDataObject = {};
	if (request.input) extra.input = request.input;
	if (warnings.length) extra.warnings = warnings;
	if (source.kind === 'binary' && request.transfer === 'inline') {
		// Raw base64, no data: prefix (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai).
		const image = await readInputImage.call(this, itemIndex, source.binaryPropertyName);
		body = withImage(body, { type: 'BASE64', data: (await imageBytes(image)).toString('base64') });
	} else if (source.kind === 'binary') {
		body = withImage(body, { id: '', type: 'UPLOADED' });
	}
	const upload =
		source.kind === 'binary' && request.transfer === 'upload'
			? async () => {
					const { target } = await uploadInputImage.call(
						this,
						itemIndex,
						source.binaryPropertyName,
						INIT_IMAGE_DESTINATION,
					);
					return {
						body: withImage(body, { id: target.id, type: 'UPLOADED' }),
						extra: { initImageId: target.id },
					};
				}
			: undefined;
	const format = String((body.parameters as IDataObject).format);
	const job = syncGenerationJob.call(this, itemIndex, {
		body,
		what: 'background removals (remove-bg)',
		extra,
		upload,
		output: async (id, result, fields) =>
			await output.call(this, itemIndex, id, result, fields, format),
	});
	return await runJob.call(this, itemIndex, job, {
		waitForCompletion: true,
		timeoutSeconds: 0,
		budget: request.budget,
	});
}

async function output(
	this: IExecuteFunctions,
	itemIndex: number,
	id: string,
	result: SyncResult,
	fields: IDataObject,
	format: string,
): Promise<INodeExecutionData[]> {
	if (!result.url) {
		const blocked = result.blockedCount > 0 || result.resultCount === 0;
		throw new NodeOperationError(
			this.getNode(),
			blocked
				? `Leonardo's content moderation withheld the cut-out (blockedCount ${result.blockedCount})`
				: 'Leonardo answered the background removal without an image URL',
			{
				itemIndex,
				description: blocked
					? `Leonardo returns only results that pass its moderation (https://docs.leonardo.ai/docs/remove-bg), and this one did not (generation ${id}). The call may still have been charged (cost: ${JSON.stringify(fields.cost ?? null)}). Try another image.`
					: `Generation ${id}. Leonardo's answer: ${result.answer ?? '(empty)'}`,
			},
		);
	}
	const image = await downloadResult.call(this, result.url, `${id}_nobg`, itemIndex, IMAGE_FILE);
	const json: IDataObject = {
		id,
		generationId: id,
		status: 'COMPLETE',
		...fields,
		width: result.width ?? null,
		height: result.height ?? null,
		contentType: result.contentType ?? image.mimeType,
		blockedCount: result.blockedCount,
	};
	// The file is told by its bytes (downloadResult); the format asked for should be what came.
	if (image.mimeType !== MIME_BY_FORMAT[format])
		json.warnings = [
			...((json.warnings as string[] | undefined) ?? []),
			`Output Format ${format.toUpperCase()} was asked for, but Leonardo sent ${image.mimeType}.`,
		];
	return [{ json, binary: { image }, pairedItem: { item: itemIndex } }];
}
