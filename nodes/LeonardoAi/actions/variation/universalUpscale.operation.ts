import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import {
	checkNumber,
	checkText,
	readId,
	readNumber,
	readOptionValues,
	readText,
} from '../../helpers/parameters';
import type { VariationRequest } from './common';
import {
	imageIdParameter,
	prepareVariation,
	variationOperation,
	variationOptions,
	waitParameters,
} from './common';

const ULTRA_STYLES = ['ARTISTIC', 'REALISTIC'];

const properties: INodeProperties[] = [
	{
		...imageIdParameter,
		hint: "A generated image ID (images[n].id), an uploaded init image ID, or an earlier variation's ID",
	},
	{
		displayName: 'Image Type',
		name: 'imageType',
		type: 'options',
		default: 'generated',
		options: [
			{ name: 'Generated Image', value: 'generated' },
			{ name: 'Uploaded Init Image', value: 'uploaded' },
			{ name: 'Variation', value: 'variation' },
		],
		description: 'What kind of image the ID belongs to',
	},
	{
		displayName: 'Upscale Multiplier',
		name: 'upscaleMultiplier',
		type: 'number',
		default: 1.5,
		typeOptions: { minValue: 1, maxValue: 2, numberPrecision: 2 },
		description: 'How much larger the result is, from 1.0 to 2.0 (at most 20 megapixels)',
	},
	{
		displayName: 'Style Name or ID',
		name: 'upscalerStyle',
		type: 'options',
		default: 'GENERAL',
		options: [
			{ name: '2D Art & Illustration', value: '2D ART & ILLUSTRATION' },
			{ name: 'CG Art & Game Assets', value: 'CG ART & GAME ASSETS' },
			{ name: 'Cinematic', value: 'CINEMATIC' },
			{ name: 'General', value: 'GENERAL' },
			{ name: 'Ultra: Artistic', value: 'ARTISTIC' },
			{ name: 'Ultra: Realistic', value: 'REALISTIC' },
		],
		description:
			'The upscaler style; the Ultra styles use the Ultra upscaler. Choose from the list, or specify a value using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Creativity Strength',
		name: 'creativityStrength',
		type: 'number',
		default: 5,
		typeOptions: { minValue: 1, maxValue: 10 },
		description: 'How much detail the upscaler may invent, 1 (faithful) to 10 (creative)',
	},
	...waitParameters,
	{
		...variationOptions,
		options: [
			{
				displayName: 'Detail Contrast',
				name: 'detailContrast',
				type: 'number',
				default: 5,
				typeOptions: { minValue: 1, maxValue: 10 },
				description: 'Ultra styles only: contrast of the added detail, 1–10',
			},
			{
				displayName: 'Prompt',
				name: 'prompt',
				type: 'string',
				default: '',
				description: 'An optional prompt to steer the added detail',
			},
			{
				displayName: 'Similarity',
				name: 'similarity',
				type: 'number',
				default: 5,
				typeOptions: { minValue: 1, maxValue: 10 },
				description: 'Ultra styles only: how similar the result stays to the source, 1–10',
			},
			...(variationOptions.options as INodeProperties[]),
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['variation'], operation: ['universalUpscale'] } },
	properties,
);

const SOURCE_FIELD: Record<string, string> = {
	generated: 'generatedImageId',
	uploaded: 'initImageId',
	variation: 'variationId',
};

async function prepareUpscale(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<VariationRequest> {
	const imageId = readId.call(
		this,
		'imageId',
		itemIndex,
		'Use a generated image\'s ID (images[n].id), an uploaded init image ID, or json.id of an earlier variation, as "Image Type" says.',
	);
	const imageType = readText.call(this, 'imageType', itemIndex);
	const style = readText.call(this, 'upscalerStyle', itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	const ultra = ULTRA_STYLES.includes(style);
	// Wire names: SDK `createuniversalupscalerjob.ts`.
	const body: IDataObject = {
		[SOURCE_FIELD[imageType] ?? 'generatedImageId']: imageId,
		upscaleMultiplier: readNumber.call(this, 'upscaleMultiplier', { min: 1, max: 2 }, itemIndex),
		creativityStrength: readNumber.call(
			this,
			'creativityStrength',
			{ min: 1, max: 10, integer: true },
			itemIndex,
		),
		[ultra ? 'ultraUpscaleStyle' : 'upscalerStyle']: style,
	};
	if (ultra && options.detailContrast !== undefined)
		body.detailContrast = checkNumber(
			this,
			parameterLabel(this, 'options.detailContrast', itemIndex),
			options.detailContrast,
			{ min: 1, max: 10, integer: true },
			itemIndex,
		);
	if (ultra && options.similarity !== undefined)
		body.similarity = checkNumber(
			this,
			parameterLabel(this, 'options.similarity', itemIndex),
			options.similarity,
			{ min: 1, max: 10, integer: true },
			itemIndex,
		);
	const prompt = checkText(
		this,
		parameterLabel(this, 'options.prompt', itemIndex),
		options.prompt ?? '',
		itemIndex,
	).trim();
	if (prompt) body.prompt = prompt;
	return prepareVariation.call(this, itemIndex, {
		path: '/variations/universal-upscaler',
		responseKey: 'universalUpscaler',
		body,
		sourceImageId: imageId,
	});
}

export const { prepare, execute } = variationOperation(prepareUpscale);
