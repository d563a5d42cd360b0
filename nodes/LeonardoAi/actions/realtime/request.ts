import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InputImage } from '../../helpers/binary';
import { readInputImage } from '../../helpers/binary';
import type { ImageSize } from '../../helpers/image';
import { MAX_ASPECT_DIFFERENCE, aspectRatioDifference } from '../../helpers/image';
import { parameterLabel } from '../../helpers/labels';
import {
	checkBoolean,
	checkNumber,
	checkText,
	readOptionValues,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import type { CreditBudget } from '../shared/budget';
import { readCreditBudget } from '../shared/budget';
import type { RealtimeOperation } from './endpoints';
import { LCM_STYLES, REALTIME_SIDES } from './endpoints';

/**
 * Leonardo documents no size limit for the LCM endpoints. Their images travel inside the JSON body
 * as base64, and the limit Leonardo documents for a base64 image is "under ~7.5MB"
 * (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai): a JPEG whose data
 * URL would be larger is refused before anything is sent.
 */
export const MAX_DATA_URL_BYTES = 7.5 * 1024 * 1024;
const MAX_JPEG_BYTES = Math.floor((MAX_DATA_URL_BYTES * 3) / 4);

/** The numeric options and their ranges, each "Must be …" of the reference page. */
const RANGES: Record<string, { min: number; max: number; integer?: boolean }> = {
	strength: { min: 0.1, max: 1 },
	guidance: { min: 0.5, max: 20 },
	steps: { min: 4, max: 16, integer: true },
	refineStrength: { min: 0.5, max: 0.9 },
	// "The maximum seed value is 2147483637 for Flux and 9999999998 for other models" (the SDK's `seed`).
	seed: { min: 0, max: 9999999998, integer: true },
};

export interface RealtimeRequest {
	operation: RealtimeOperation;
	binaryPropertyName: string;
	maskBinaryPropertyName?: string;
	/** The body without its data URLs (added when the job is sent: a batch must not hold every file at once). */
	body: IDataObject;
	/** The image's width and height. */
	imageSize: ImageSize;
	warnings: string[];
	budget?: CreditBudget;
}

/** The image (or mask) of the item, checked: a real JPEG, small enough to send as a data URL. */
export async function readJpeg(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	parameter: string,
): Promise<InputImage> {
	const image = await readInputImage.call(this, itemIndex, binaryPropertyName, parameter);
	if (image.format !== 'jpeg')
		refuseItem(
			this,
			itemIndex,
			`The image in "${binaryPropertyName}" is a ${image.format.toUpperCase()}, and Realtime takes JPEG only`,
			'Leonardo\'s Realtime endpoints take the image as a JPEG data URL ("Ensure the images in the imageDataURL are in JPEG format", https://docs.leonardo.ai/docs/generate-images-with-realtime-canvas). Convert it first, e.g. with the Edit Image node (Options → Format: JPEG).',
		);
	if (image.size > MAX_JPEG_BYTES)
		refuseItem(
			this,
			itemIndex,
			`The JPEG in "${binaryPropertyName}" is too large to send to Realtime (${(image.size / 1024 / 1024).toFixed(1)} MB)`,
			`Realtime takes the image inside the request as base64, which Leonardo keeps under about 7.5 MB (a JPEG of at most ${(MAX_JPEG_BYTES / 1024 / 1024).toFixed(1)} MB); the result is at most 1024 pixels a side anyway. Make it smaller first (Edit Image node → Resize).`,
		);
	return image;
}

/** Size "Match Input Image": the allowed size closest to the image's aspect ratio, then to its size. */
export function matchingSize(image: ImageSize): ImageSize {
	const candidates = REALTIME_SIDES.flatMap((width) =>
		REALTIME_SIDES.map((height) => ({ width, height })),
	);
	const target = Math.min(Math.max(image.width, image.height), 1024);
	const score = (size: ImageSize) => [
		Math.round(aspectRatioDifference(image, size) * 1e6),
		Math.abs(Math.max(size.width, size.height) - target),
	];
	return candidates.reduce((best, size) => {
		const [a, b] = score(size);
		const [bestA, bestB] = score(best);
		return a < bestA || (a === bestA && b < bestB) ? size : best;
	});
}

function readSize(this: IExecuteFunctions, itemIndex: number, image: ImageSize): ImageSize {
	const value = readText.call(this, 'size', itemIndex, 'match').trim();
	if (value === 'match') return matchingSize(image);
	const match = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(value);
	const size = match && { width: Number(match[1]), height: Number(match[2]) };
	if (!size || !REALTIME_SIDES.includes(size.width) || !REALTIME_SIDES.includes(size.height))
		refuseItem(
			this,
			itemIndex,
			`${parameterLabel(this, 'size', itemIndex)} "${value}" is not a size Realtime makes`,
			'Use "match" or a width×height whose sides are 512, 640 or 1024 (e.g. 512x640): each LCM endpoint\'s width and height "Must be 512, 640 or 1024".',
		);
	return size;
}

/** The body's optional fields from Options, each checked against its documented range. */
function optionFields(
	this: IExecuteFunctions,
	options: IDataObject,
	operation: RealtimeOperation,
	itemIndex: number,
): IDataObject {
	const fields: IDataObject = {};
	const names = ['strength', 'guidance', 'steps', 'seed'];
	if (operation === 'upscale') names.push('refineStrength');
	for (const name of names)
		if (options[name] !== undefined && options[name] !== '')
			fields[name] = checkNumber(
				this,
				parameterLabel(this, `options.${name}`, itemIndex),
				options[name],
				RANGES[name],
				itemIndex,
			);
	if (options.style !== undefined) {
		const style = checkText(
			this,
			parameterLabel(this, 'options.style', itemIndex),
			options.style,
			itemIndex,
		).trim();
		if (!LCM_STYLES.includes(style))
			refuseItem(
				this,
				itemIndex,
				`${parameterLabel(this, 'options.style', itemIndex)} "${style}" is not a Realtime style`,
				`Use one of ${LCM_STYLES.join(', ')} (SDK \`lcmgenerationstyle.ts\`).`,
			);
		fields.style = style;
	}
	if (operation === 'upscale' && options.refineCreative !== undefined)
		fields.refineCreative = checkBoolean(
			this,
			parameterLabel(this, 'options.refineCreative', itemIndex),
			options.refineCreative,
			itemIndex,
		);
	return fields;
}

/** Checks the item (image, mask, prompt, size, options) with no request: every item before any job. */
export async function prepareRealtime(
	this: IExecuteFunctions,
	itemIndex: number,
	operation: RealtimeOperation,
): Promise<RealtimeRequest> {
	const binaryPropertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	const image = await readJpeg.call(this, itemIndex, binaryPropertyName, 'binaryPropertyName');
	const warnings = [...image.warnings];
	let maskBinaryPropertyName: string | undefined;
	if (operation === 'inpaint') {
		maskBinaryPropertyName = readText.call(this, 'maskBinaryPropertyName', itemIndex).trim();
		const mask = await readJpeg.call(
			this,
			itemIndex,
			maskBinaryPropertyName,
			'maskBinaryPropertyName',
		);
		const { width, height } = image.dimensions;
		// The guide's Caution: "Ensure that your image dimension in the maskDataUrl matches the dimensions of your imageDataUrl".
		if (mask.dimensions.width !== width || mask.dimensions.height !== height)
			refuseItem(
				this,
				itemIndex,
				`The mask is ${mask.dimensions.width}×${mask.dimensions.height} but the image is ${width}×${height}`,
				'Leonardo needs the mask at the image\'s size ("Ensure that your image dimension in the maskDataUrl matches the dimensions of your imageDataUrl", https://docs.leonardo.ai/docs/generate-images-with-realtime-canvas): resize the mask first (Edit Image node → Resize, ignoring the aspect ratio).',
			);
		warnings.push(...mask.warnings);
	}
	const prompt = readText.call(this, 'prompt', itemIndex).trim();
	if (!prompt)
		refuseItem(
			this,
			itemIndex,
			`${parameterLabel(this, 'prompt', itemIndex)} is empty`,
			'Leonardo requires a prompt for every Realtime image: describe what the result should show.',
		);
	const size = readSize.call(this, itemIndex, image.dimensions);
	const difference = aspectRatioDifference(image.dimensions, size);
	if (difference > MAX_ASPECT_DIFFERENCE)
		warnings.push(
			`The result is ${size.width}×${size.height} but the image is ${image.dimensions.width}×${image.dimensions.height} (${Math.round(difference * 100)}% off), so it comes out stretched. Crop the image to the result's aspect ratio first (Edit Image node → Crop) for full control.`,
		);
	const options = readOptionValues.call(this, itemIndex);
	return {
		operation,
		binaryPropertyName,
		maskBinaryPropertyName,
		body: {
			prompt,
			width: size.width,
			height: size.height,
			...optionFields.call(this, options, operation, itemIndex),
		},
		imageSize: image.dimensions,
		warnings,
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}
