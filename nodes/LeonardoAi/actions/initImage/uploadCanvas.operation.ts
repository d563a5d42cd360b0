import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { InputImage } from '../../helpers/binary';
import { readInputImage } from '../../helpers/binary';
import { MAX_SIDE, SIDE_STEP } from '../../helpers/image';
import { readText } from '../../helpers/parameters';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { toPresignedPost, uploadWithPresign } from '../../transport/presignedUpload';
import type { PresignedPost } from '../../transport/presignedUpload';
import { binaryPropertyName, concurrencyOnlyOptions } from '../shared/common.descriptions';

const properties: INodeProperties[] = [
	{
		...binaryPropertyName,
		displayName: 'Image Binary Field',
		hint: 'The input binary field holding the image to paint on',
	},
	{
		displayName: 'Mask Binary Field',
		name: 'maskBinaryPropertyName',
		type: 'string',
		default: 'mask',
		required: true,
		hint: 'The input binary field holding the mask: white where Leonardo should paint, black elsewhere',
		description:
			'The binary field of the incoming item that holds the mask, the same size as the image',
	},
	concurrencyOnlyOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['initImage'], operation: ['uploadCanvas'] } },
	properties,
);

function checkCanvasSizes(
	this: IExecuteFunctions,
	image: InputImage,
	mask: InputImage,
	itemIndex: number,
): void {
	const { width, height } = image.dimensions;
	if (mask.dimensions.width !== width || mask.dimensions.height !== height) {
		throw new NodeOperationError(
			this.getNode(),
			`The mask is ${mask.dimensions.width}×${mask.dimensions.height} but the image is ${width}×${height}`,
			{
				itemIndex,
				description:
					'Image and mask must be exactly the same size. Resize the mask with the Edit Image node.',
			},
		);
	}
	if (width % SIDE_STEP || height % SIDE_STEP || width > MAX_SIDE || height > MAX_SIDE) {
		throw new NodeOperationError(
			this.getNode(),
			`The canvas ${width}×${height} is not a size Leonardo accepts`,
			{
				itemIndex,
				description: `Both sides must be multiples of 8 and at most ${MAX_SIDE}, e.g. ${Math.min(MAX_SIDE, width - (width % 8))}×${Math.min(MAX_SIDE, height - (height % 8))}. Crop or resize both files with the Edit Image node.`,
			},
		);
	}
}

/** The canvas presign answer names its fields per file: `initImageId`, `initUrl`, `initFields`, `initKey`, and the same with `mask`. */
function canvasTarget(
	this: IExecuteFunctions,
	answer: IDataObject,
	prefix: 'init' | 'mask',
	itemIndex: number,
): PresignedPost {
	const raw = {
		id: answer[`${prefix}ImageId`],
		url: answer[`${prefix}Url`],
		fields: answer[`${prefix}Fields`],
		key: answer[`${prefix}Key`],
	};
	return toPresignedPost.call(this, raw, itemIndex);
}

/** Uploads an image and its mask for canvas inpainting: one presign for both, two S3 POSTs. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const image = await readInputImage.call(
		this,
		itemIndex,
		readText.call(this, 'binaryPropertyName', itemIndex).trim(),
	);
	const mask = await readInputImage.call(
		this,
		itemIndex,
		readText.call(this, 'maskBinaryPropertyName', itemIndex).trim(),
		'maskBinaryPropertyName',
	);
	checkCanvasSizes.call(this, image, mask, itemIndex);

	const presign = async () => {
		const response = await leonardoApiRequest.call(this, {
			method: 'POST',
			path: '/canvas-init-image',
			body: { initExtension: image.extension, maskExtension: mask.extension },
			itemIndex,
			retry: true,
		});
		const answer = (response.uploadCanvasInitImage ?? {}) as IDataObject;
		return [
			canvasTarget.call(this, answer, 'init', itemIndex),
			canvasTarget.call(this, answer, 'mask', itemIndex),
		];
	};
	const [init, maskTarget] = await uploadWithPresign.call(this, presign, [image, mask], itemIndex);
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
