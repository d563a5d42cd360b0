import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ImageSize } from '../../helpers/image';
import {
	MAX_SIDE,
	MIN_SIDE,
	SIDE_STEP,
	aspectRatioDifference,
	MAX_ASPECT_DIFFERENCE,
} from '../../helpers/image';
import { parameterLabel } from '../../helpers/labels';
import { readNumber } from '../../helpers/parameters';
import { initImageSize } from '../initImage/size';

/** A custom generation size: checked before any request, and compared with the init image's aspect ratio. */

function sizeText({ width, height }: ImageSize): string {
	return `${width}×${height}`;
}

/** Width or Height (the parameter `name`), a size Leonardo accepts. */
export function readSide(this: IExecuteFunctions, name: string, itemIndex: number): number {
	const value = readNumber.call(this, name, {}, itemIndex);
	if (Number.isInteger(value) && value >= MIN_SIDE && value <= MAX_SIDE && value % SIDE_STEP === 0)
		return value;
	const nearest = Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(value / SIDE_STEP) * SIDE_STEP));
	throw new NodeOperationError(
		this.getNode(),
		`${parameterLabel(this, name, itemIndex)} ${value} is not a size Leonardo accepts`,
		{
			itemIndex,
			description: `Use a multiple of 8 from ${MIN_SIDE} to ${MAX_SIDE}, e.g. ${nearest}.`,
		},
	);
}

/** Warns when a custom size stretches the uploaded init image by more than 2%. */
export async function aspectWarning(
	this: IExecuteFunctions,
	initImageId: string,
	size: ImageSize,
	itemIndex: number,
): Promise<string | undefined> {
	try {
		const source = await initImageSize.call(this, initImageId, itemIndex);
		const difference = aspectRatioDifference(source, size);
		if (difference <= MAX_ASPECT_DIFFERENCE) return undefined;
		return `The size ${sizeText(size)} distorts the init image's aspect ratio (${sizeText(source)}) by ${Math.round(difference * 100)}%, so the result may look stretched. Set "Size" to "Match Init Image", or crop the image to this aspect ratio first with the Edit Image node.`;
	} catch (error) {
		return `Could not check the init image's aspect ratio: ${(error as Error).message}.`;
	}
}
