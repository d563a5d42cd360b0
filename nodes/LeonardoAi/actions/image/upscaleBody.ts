import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import { parameterLabel } from '../../helpers/labels';
import {
	checkNumber,
	checkText,
	readNumber,
	readOptionValues,
	readPublicOption,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import type { ImageSource } from './source';
import { imageById } from './source';
import {
	CREATIVE,
	CREATIVITY_LEVELS,
	MIN_INPUT_SIDE,
	PRECISE,
	SEED,
	UPSCALE_FACTORS,
	UPSCALE_MODES,
} from './upscaleModels';

/** Image → Upscale's v2 body, read from the item and checked against the spec (upscaleModels.ts). */

export function readUpscaleModel(this: IExecuteFunctions, itemIndex: number): string {
	const model = readText.call(this, 'model', itemIndex, PRECISE).trim();
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
		parameterLabel(this, 'upscaleFactor', itemIndex),
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
export function inputSize(
	this: IExecuteFunctions,
	itemIndex: number,
	source: ImageSource,
): ImageSize {
	const size =
		source.kind === 'binary'
			? source.image.dimensions
			: {
					width: readNumber.call(this, 'width', { min: 1, integer: true }, itemIndex),
					height: readNumber.call(this, 'height', { min: 1, integer: true }, itemIndex),
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

/** Precise's `upscale_mode` or Creative's `creativity`. */
function modelSetting(this: IExecuteFunctions, model: string, itemIndex: number): IDataObject {
	if (model === PRECISE) {
		const mode = checkText(
			this,
			parameterLabel(this, 'upscaleMode', itemIndex),
			this.getNodeParameter('upscaleMode', itemIndex, 'detailed'),
			itemIndex,
		);
		if (!UPSCALE_MODES.includes(mode))
			refuseItem(
				this,
				itemIndex,
				`"Upscale Mode" must be clean or detailed, not "${mode}"`,
				'Pick Clean or Detailed.',
			);
		return { upscale_mode: mode };
	}
	const creativity = checkText(
		this,
		parameterLabel(this, 'creativity', itemIndex),
		this.getNodeParameter('creativity', itemIndex, 'mid'),
		itemIndex,
	);
	if (!CREATIVITY_LEVELS.includes(creativity))
		refuseItem(
			this,
			itemIndex,
			`"Creativity" must be low, mid or high, not "${creativity}"`,
			'Pick Low, Mid or High.',
		);
	return { creativity };
}

/**
 * The v2 body (https://docs.leonardo.ai/docs/pro-upscaler-precise, …/pro-upscaler-creative):
 * `{ model, public, parameters: { width, height (the input's), upscale_factor, upscale_mode |
 * creativity, seed?, guidances: { image_reference: [{ image: { id, type } }] } } }`, checked before
 * anything is sent or paid. Also the factor and the Options it read.
 */
export function upscaleBody(
	this: IExecuteFunctions,
	itemIndex: number,
	model: string,
	source: ImageSource,
	size: ImageSize,
): { body: IDataObject; factor: number; options: IDataObject } {
	const factor = readFactor.call(this, itemIndex);
	const parameters: IDataObject = {
		width: size.width,
		height: size.height,
		upscale_factor: factor,
		...modelSetting.call(this, model, itemIndex),
	};
	const options = readOptionValues.call(this, itemIndex);
	if (options.seed !== undefined)
		parameters.seed = checkNumber(
			this,
			parameterLabel(this, 'options.seed', itemIndex),
			options.seed,
			SEED,
			itemIndex,
		);
	// The spec's image_reference item is { image, order }: no strength. A file's ID comes from its upload.
	parameters.guidances = {
		image_reference: [
			{ image: source.kind === 'id' ? imageById(source) : { id: '', type: 'UPLOADED' } },
		],
	};
	const body = {
		model,
		public: readPublicOption.call(this, options, itemIndex),
		parameters,
	};
	return { body, factor, options };
}
