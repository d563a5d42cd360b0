import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readBoolean,
	readNumber,
	readOptionValues,
	readText,
	refuseItem,
	waitTimeoutSeconds,
} from '../../helpers/parameters';
import type { CreditBudget } from '../budget';
import { readCreditBudget } from '../budget';
import {
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
	waitForCompletionParameter,
	waitTimeoutOption,
} from '../common.descriptions';
import { startedGenerationJob } from '../generation/api';
import { generationJson } from '../generation/output';
import { downloadResult, runJob } from '../job';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../uploadInputImage';
import type { ImageSource } from './source';
import { imageById, readImageSource, sourceParameters } from './source';

/**
 * Image → Upscale: Leonardo's Pro Upscalers, `aurora-upscaler-precise`
 * (https://docs.leonardo.ai/docs/pro-upscaler-precise, updatedAt 2026-06-29) and
 * `aurora-upscaler-creative` (https://docs.leonardo.ai/docs/pro-upscaler-creative, updatedAt
 * 2026-06-29), async `POST /v2/generations`. Where the pages and the v2 API reference's schemas
 * (AuroraUpscalerPreciseGenerationRequest, AuroraUpscalerCreativeGenerationRequest in
 * https://docs.leonardo.ai/reference/creategeneration, updatedAt 2026-09-01, "the spec") disagree,
 * the node sends what the spec accepts.
 */

const PRECISE = 'aurora-upscaler-precise';
const CREATIVE = 'aurora-upscaler-creative';

/**
 * The spec's `upscale_factor` enum is 2, 3, 4, 6, 8; the pages list 5 as well ("Set to 2, 3, 4, 5, 6,
 * or 8"). The spec is what the server validates: 5 is not offered.
 */
export const UPSCALE_FACTORS = [2, 3, 4, 6, 8];
/** The spec's `width` / `height` minimum ("Width of the input image in pixels", minimum 128); no maximum is given. */
export const MIN_INPUT_SIDE = 128;

const properties: INodeProperties[] = [
	{
		displayName: 'Model',
		name: 'model',
		type: 'options',
		default: PRECISE,
		options: [
			{
				name: 'Pro Upscaler Creative',
				value: CREATIVE,
				description: 'Adds detail as it enlarges; Creativity sets how much',
			},
			{
				name: 'Pro Upscaler Precise',
				value: PRECISE,
				description: 'Enlarges faithfully; Upscale Mode can clean AI artefacts first',
			},
		],
		description: "Leonardo's Pro Upscaler to use",
	},
	...sourceParameters('upscale'),
	{
		displayName: 'Width',
		name: 'width',
		type: 'number',
		default: 1024,
		required: true,
		typeOptions: { minValue: MIN_INPUT_SIDE },
		displayOptions: { show: { source: ['imageId'] } },
		hint: "The image's own width in pixels: Leonardo needs it, and the node cannot read it from an ID",
		description: 'Width of the input image in pixels (at least 128)',
	},
	{
		displayName: 'Height',
		name: 'height',
		type: 'number',
		default: 1024,
		required: true,
		typeOptions: { minValue: MIN_INPUT_SIDE },
		displayOptions: { show: { source: ['imageId'] } },
		description: 'Height of the input image in pixels (at least 128)',
	},
	{
		displayName: 'Upscale Factor',
		name: 'upscaleFactor',
		type: 'options',
		default: 2,
		options: UPSCALE_FACTORS.map((factor) => ({ name: `${factor}×`, value: factor })),
		description:
			'How many times larger each side becomes (parameters.upscale_factor). The guide pages also list 5×; the API reference does not, so it is not offered.',
	},
	{
		displayName: 'Upscale Mode',
		name: 'upscaleMode',
		type: 'options',
		default: 'detailed',
		displayOptions: { show: { model: [PRECISE] } },
		options: [
			{
				name: 'Clean',
				value: 'clean',
				description: 'Reduce noise and AI artefacts before enlarging',
			},
			{ name: 'Detailed', value: 'detailed', description: 'No noise reduction' },
		],
		description:
			"Whether to fix AI image artefacts first (parameters.upscale_mode); Leonardo's default is Detailed",
	},
	{
		displayName: 'Creativity',
		name: 'creativity',
		type: 'options',
		default: 'mid',
		displayOptions: { show: { model: [CREATIVE] } },
		options: [
			{ name: 'Low (Subtle)', value: 'low' },
			{ name: 'Mid (Balanced)', value: 'mid' },
			{ name: 'High (Strong)', value: 'high' },
		],
		description:
			"How much new detail the upscaler may invent (parameters.creativity); Leonardo's default is Mid",
	},
	waitForCompletionParameter,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			allowUnpricedJobsOption,
			concurrencyOption,
			maxCreditsOption,
			{
				displayName: 'Public',
				name: 'public',
				type: 'boolean',
				default: false,
				description: "Whether the result shows in Leonardo's community feed",
			},
			{
				displayName: 'Seed',
				name: 'seed',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, maxValue: 2147483647 },
				description: 'A fixed seed makes the upscale repeatable (parameters.seed, 0–2147483647)',
			},
			waitTimeoutOption,
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['image'], operation: ['upscale'] } },
	properties,
);

interface UpscaleRequest {
	source: ImageSource;
	/** The body; for a binary source its image reference gets the upload's ID. */
	body: IDataObject;
	extra: IDataObject;
	waitForCompletion: boolean;
	timeoutSeconds: number;
	budget?: CreditBudget;
}

function readModel(this: IExecuteFunctions, itemIndex: number): string {
	const model = readText.call(this, 'model', 'Model', itemIndex, PRECISE).trim();
	if (model !== PRECISE && model !== CREATIVE)
		refuseItem(
			this,
			itemIndex,
			`"Model" must be ${PRECISE} or ${CREATIVE}, not "${model}"`,
			'Image → Upscale runs the Pro Upscalers; for the classic and universal upscalers use Variation → Upscale or Universal Upscale.',
		);
	return model;
}

function readFactor(this: IExecuteFunctions, itemIndex: number): number {
	const factor = checkNumber(
		this,
		'Upscale Factor',
		this.getNodeParameter('upscaleFactor', itemIndex, 2),
		{ min: 2, max: 8, integer: true },
		itemIndex,
	);
	if (!UPSCALE_FACTORS.includes(factor))
		refuseItem(
			this,
			itemIndex,
			`"Upscale Factor" must be 2, 3, 4, 6 or 8, not ${factor}`,
			factor === 5
				? "The Pro Upscaler pages list 5×, but Leonardo's API reference (the schema the server checks) does not: pick 4 or 6."
				: 'Pick 2, 3, 4, 6 or 8.',
		);
	return factor;
}

/** The input's pixel size: from the file's header, or (for an ID) the Width and Height parameters. */
function inputSize(this: IExecuteFunctions, itemIndex: number, source: ImageSource): ImageSize {
	const size =
		source.kind === 'binary'
			? source.image.dimensions
			: {
					width: readNumber.call(this, 'width', 'Width', { min: 1, integer: true }, itemIndex),
					height: readNumber.call(this, 'height', 'Height', { min: 1, integer: true }, itemIndex),
				};
	if (size.width < MIN_INPUT_SIDE || size.height < MIN_INPUT_SIDE)
		throw new NodeOperationError(
			this.getNode(),
			`The image is ${size.width}×${size.height} pixels; the Pro Upscalers take images of at least ${MIN_INPUT_SIDE}×${MIN_INPUT_SIDE}`,
			{
				itemIndex,
				description:
					source.kind === 'binary'
						? "Leonardo's API reference sets a minimum of 128 pixels per side. Enlarge it first (Edit Image node → Resize), or use Variation → Universal Upscale."
						: "Leonardo's API reference sets a minimum of 128 pixels per side. Check that Width and Height are the image's own size.",
			},
		);
	return size;
}

/**
 * The v2 body (https://docs.leonardo.ai/docs/pro-upscaler-precise, …/pro-upscaler-creative):
 * `{ model, public, parameters: { width, height (the input's), upscale_factor, upscale_mode |
 * creativity, seed?, guidances: { image_reference: [{ image: { id, type } }] } } }`, checked before
 * anything is sent or paid.
 */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<UpscaleRequest> {
	const model = readModel.call(this, itemIndex);
	const source = await readImageSource.call(this, itemIndex);
	const size = inputSize.call(this, itemIndex, source);
	const factor = readFactor.call(this, itemIndex);
	const parameters: IDataObject = {
		width: size.width,
		height: size.height,
		upscale_factor: factor,
	};
	if (model === PRECISE) {
		const mode = checkText(
			this,
			'Upscale Mode',
			this.getNodeParameter('upscaleMode', itemIndex, 'detailed'),
			itemIndex,
		);
		if (!['clean', 'detailed'].includes(mode))
			refuseItem(
				this,
				itemIndex,
				`"Upscale Mode" must be clean or detailed, not "${mode}"`,
				'Pick Clean or Detailed.',
			);
		parameters.upscale_mode = mode;
	} else {
		const creativity = checkText(
			this,
			'Creativity',
			this.getNodeParameter('creativity', itemIndex, 'mid'),
			itemIndex,
		);
		if (!['low', 'mid', 'high'].includes(creativity))
			refuseItem(
				this,
				itemIndex,
				`"Creativity" must be low, mid or high, not "${creativity}"`,
				'Pick Low, Mid or High.',
			);
		parameters.creativity = creativity;
	}
	const options = readOptionValues.call(this, itemIndex);
	if (options.seed !== undefined)
		parameters.seed = checkNumber(
			this,
			'Seed',
			options.seed,
			{ min: 0, max: 2147483647, integer: true },
			itemIndex,
		);
	// The spec's image_reference item is { image, order }: no strength. A file's ID comes from its upload.
	parameters.guidances = {
		image_reference: [
			{ image: source.kind === 'id' ? imageById(source) : { id: '', type: 'UPLOADED' } },
		],
	};
	const extra: IDataObject = {
		model,
		upscaleFactor: factor,
		input: { ...size },
		// The spec gives no output maximum; the result's size is the input's times the factor.
		outputWidth: size.width * factor,
		outputHeight: size.height * factor,
	};
	if (source.kind === 'binary' && source.image.warnings.length)
		extra.warnings = source.image.warnings;
	return {
		source,
		body: {
			model,
			public:
				options.public === undefined
					? false
					: checkBoolean(this, 'Public', options.public, itemIndex),
			parameters,
		},
		extra,
		waitForCompletion: readBoolean.call(
			this,
			'waitForCompletion',
			'Wait for Completion',
			itemIndex,
		),
		timeoutSeconds: waitTimeoutSeconds.call(this, options, itemIndex),
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

function withImageId(body: IDataObject, id: string): IDataObject {
	const parameters = body.parameters as IDataObject;
	return {
		...body,
		parameters: {
			...parameters,
			guidances: { image_reference: [{ image: { id, type: 'UPLOADED' } }] },
		},
	};
}

/** Upscales one item: the file uploaded once the job may start (or the ID used), the job started once, waited for, the result downloaded into binary "image". */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: UpscaleRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { source, body } = request;
	const upload =
		source.kind === 'binary'
			? async () => {
					const { target } = await uploadInputImage.call(
						this,
						itemIndex,
						source.binaryPropertyName,
						INIT_IMAGE_DESTINATION,
					);
					return { body: withImageId(body, target.id), extra: { initImageId: target.id } };
				}
			: undefined;
	const job = startedGenerationJob.call(this, itemIndex, {
		request: { apiVersion: 'v2', path: '/generations', body, responseKey: 'generate' },
		extra: request.extra,
		upload,
		output: async (generation, fields) => {
			const json = { ...generationJson(generation), ...fields };
			const images = json.images as IDataObject[];
			const url = images[0]?.url;
			if (typeof url !== 'string' || !url)
				throw new NodeOperationError(
					this.getNode(),
					`Upscale ${String(json.generationId)} finished without an image`,
					{
						itemIndex,
						description:
							'Leonardo reported the job COMPLETE with no image URL. Fetch it later with Generation → Get and the generation ID.',
					},
				);
			const image = await downloadResult.call(
				this,
				url,
				`${String(json.generationId)}_upscaled`,
				itemIndex,
			);
			return [{ json, binary: { image }, pairedItem: { item: itemIndex } }];
		},
		failedHint:
			"Check the Image ID and Image Type, and (for an ID) that Width and Height are the image's own size.",
		pricing: { what: `upscales with ${String(body.model)}` },
	});
	return await runJob.call(this, itemIndex, job, request);
}
