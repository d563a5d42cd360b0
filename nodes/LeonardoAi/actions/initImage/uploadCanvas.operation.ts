import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { InputImage } from '../../helpers/binary';
import { readInputImage } from '../../helpers/binary';
import { MAX_SIDE, SIDE_STEP } from '../../helpers/image';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { parsePresignedFields, policyExpiredError, postToPresignedUrl } from '../../transport/presignedUpload';
import type { PresignedPost } from '../../transport/presignedUpload';
import { binaryPropertyName, requestOptions } from '../common.descriptions';
import { readText } from '../../helpers/parameters';

const properties: INodeProperties[] = [
	{ ...binaryPropertyName, displayName: 'Image Binary Field', hint: 'The input binary field holding the image to paint on' },
	{
		displayName: 'Mask Binary Field',
		name: 'maskBinaryPropertyName',
		type: 'string',
		default: 'mask',
		required: true,
		hint: 'The input binary field holding the mask: white where Leonardo should paint, black elsewhere',
		description: 'The binary field of the incoming item that holds the mask, the same size as the image',
	},
	requestOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['uploadCanvas'] } },
	properties,
);

function checkCanvasSizes(this: IExecuteFunctions, image: InputImage, mask: InputImage, itemIndex: number): void {
	const { width, height } = image.dimensions;
	if (mask.dimensions.width !== width || mask.dimensions.height !== height) {
		throw new NodeOperationError(this.getNode(), `The mask is ${mask.dimensions.width}×${mask.dimensions.height} but the image is ${width}×${height}`, {
			itemIndex,
			description: 'Image and mask must be exactly the same size. Resize the mask with the Edit Image node.',
		});
	}
	if (width % SIDE_STEP || height % SIDE_STEP || width > MAX_SIDE || height > MAX_SIDE) {
		throw new NodeOperationError(this.getNode(), `The canvas ${width}×${height} is not a size Leonardo accepts`, {
			itemIndex,
			description: `Both sides must be multiples of 8 and at most ${MAX_SIDE}, e.g. ${Math.min(MAX_SIDE, width - (width % 8))}×${Math.min(MAX_SIDE, height - (height % 8))}. Crop or resize both files with the Edit Image node.`,
		});
	}
}

function canvasTarget(this: IExecuteFunctions, answer: IDataObject, prefix: 'init' | 'mask', itemIndex: number): PresignedPost {
	const id = answer[`${prefix}ImageId`];
	const url = answer[`${prefix}Url`];
	const fields = parsePresignedFields(answer[`${prefix}Fields`]);
	if (typeof id !== 'string' || typeof url !== 'string' || !fields) {
		throw new NodeOperationError(this.getNode(), 'Leonardo\'s answer to the canvas upload request was not in the expected shape', { itemIndex });
	}
	return { id, url, fields, key: typeof answer[`${prefix}Key`] === 'string' ? (answer[`${prefix}Key`] as string) : undefined };
}

/** Uploads an image and its mask for canvas inpainting: one presign for both, two S3 POSTs. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const image = await readInputImage.call(this, itemIndex, readText.call(this, 'binaryPropertyName', 'Image Binary Field', itemIndex).trim(), 'Image Binary Field');
	const mask = await readInputImage.call(this, itemIndex, readText.call(this, 'maskBinaryPropertyName', 'Mask Binary Field', itemIndex).trim(), 'Mask Binary Field');
	checkCanvasSizes.call(this, image, mask, itemIndex);

	for (let attempt = 1; ; attempt++) {
		const response = await leonardoApiRequest.call(this, {
			method: 'POST',
			path: '/canvas-init-image',
			body: { initExtension: image.extension, maskExtension: mask.extension },
			itemIndex,
			retry: true,
		});
		const answer = (response.uploadCanvasInitImage ?? {}) as IDataObject;
		const init = canvasTarget.call(this, answer, 'init', itemIndex);
		const maskTarget = canvasTarget.call(this, answer, 'mask', itemIndex);
		const results = await Promise.all([
			postToPresignedUrl.call(this, init, image, itemIndex),
			postToPresignedUrl.call(this, maskTarget, mask, itemIndex),
		]);
		if (results.every((result) => result === 'uploaded')) {
			const json: IDataObject = {
				initImageId: init.id,
				maskImageId: maskTarget.id,
				width: image.dimensions.width,
				height: image.dimensions.height,
				initExtension: image.extension,
				maskExtension: mask.extension,
			};
			const warnings = [...image.warnings, ...mask.warnings];
			if (warnings.length) json.warnings = warnings;
			return [{ json, pairedItem: { item: itemIndex } }];
		}
		if (attempt >= 2) throw policyExpiredError.call(this, attempt, itemIndex);
	}
}
