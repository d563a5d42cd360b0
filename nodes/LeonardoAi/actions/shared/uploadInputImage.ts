import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { InputImage } from '../../helpers/binary';
import { readInputImage } from '../../helpers/binary';
import { readText } from '../../helpers/parameters';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import type { PresignedPost } from '../../transport/presignedUpload';
import { toPresignedPost, uploadWithPresign } from '../../transport/presignedUpload';

/** Where an uploaded image goes: the presign endpoint and the key its answer is wrapped in. */
export interface UploadDestination {
	path: string;
	responseKey: string;
}

export const INIT_IMAGE_DESTINATION: UploadDestination = {
	path: '/init-image',
	responseKey: 'uploadInitImage',
};

export function datasetDestination(datasetId: string): UploadDestination {
	return {
		path: `/datasets/${encodeURIComponent(datasetId)}/upload`,
		responseKey: 'uploadDatasetImage',
	};
}

export interface UploadedImage {
	image: InputImage;
	target: PresignedPost;
}

/**
 * Reads the item's image (checked before any request), then presigns and uploads it in one go:
 * the presign is requested right before its upload because the URL lives 2 minutes. `parameter`
 * is the one that names the binary field.
 */
export async function uploadInputImage(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	destination: UploadDestination,
	parameter = 'binaryPropertyName',
): Promise<UploadedImage> {
	const image = await readInputImage.call(this, itemIndex, binaryPropertyName, parameter);
	const presign = async () => {
		const response = await leonardoApiRequest.call(this, {
			method: 'POST',
			path: destination.path,
			body: { extension: image.extension },
			itemIndex,
			retry: true,
		});
		return [
			toPresignedPost.call(
				this,
				response[destination.responseKey] as IDataObject | undefined,
				itemIndex,
			),
		];
	};
	const [target] = await uploadWithPresign.call(this, presign, [image], itemIndex);
	return { image, target };
}

/** The JSON every image upload outputs; never the policy or signature fields. */
export function uploadedImageJson({ image, target }: UploadedImage): IDataObject {
	const json: IDataObject = {
		id: target.id,
		key: target.key ?? null,
		extension: image.extension,
		width: image.dimensions.width,
		height: image.dimensions.height,
		bytes: image.size,
		fileName: image.fileName,
	};
	if (image.warnings.length) json.warnings = image.warnings;
	return json;
}

/** Upload Init Image and Dataset → Upload Image: the item's image uploaded, its binary passed on. */
export async function uploadItem(
	this: IExecuteFunctions,
	itemIndex: number,
	destination: UploadDestination,
	extra: IDataObject = {},
): Promise<INodeExecutionData[]> {
	const propertyName = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	const uploaded = await uploadInputImage.call(this, itemIndex, propertyName, destination);
	const json = { ...uploadedImageJson(uploaded), ...extra };
	return [{ json, binary: this.getInputData()[itemIndex].binary, pairedItem: { item: itemIndex } }];
}
