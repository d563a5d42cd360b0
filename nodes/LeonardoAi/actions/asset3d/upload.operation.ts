import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readInputModelAsset } from '../../helpers/binary';
import { readOptionValues, readText } from '../../helpers/parameters';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { toPresignedPost, uploadWithPresign } from '../../transport/presignedUpload';
import { MODEL_ASSET_UPLOAD_KEY, MODEL_ASSET_UPLOAD_PATH } from './api';
import { modelBinaryPropertyName, uploadOptions } from './descriptions';

const properties: INodeProperties[] = [modelBinaryPropertyName, uploadOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['asset3d'], operation: ['upload'] } },
	properties,
);

/**
 * The item's OBJ file, checked before any request, presigned right before its upload (the URL
 * lives 2 minutes) and POSTed to S3 with the form fields verbatim and the file last (api.ts).
 * Free: a retry uploads it again. The item's binary is passed on.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const field = readText.call(this, 'binaryPropertyName', itemIndex).trim();
	const model = await readInputModelAsset.call(this, itemIndex, field);
	const options = readOptionValues.call(this, itemIndex);
	const name =
		(typeof options.name === 'string' && options.name.trim()) || model.fileName.slice(0, -4);
	let modelKey: unknown;
	const presign = async () => {
		const response = await leonardoApiRequest.call(this, {
			method: 'POST',
			path: MODEL_ASSET_UPLOAD_PATH,
			body: { modelExtension: model.extension, name },
			itemIndex,
			retry: true,
		});
		const answer = response[MODEL_ASSET_UPLOAD_KEY] as IDataObject | undefined;
		modelKey = answer?.modelKey;
		const target = answer && {
			id: answer.modelId,
			url: answer.modelUrl,
			fields: answer.modelFields,
			key: answer.modelKey,
		};
		return [toPresignedPost.call(this, target, itemIndex)];
	};
	const [target] = await uploadWithPresign.call(
		this,
		presign,
		[{ ...model, noun: '3D model' }],
		itemIndex,
	);
	const json: IDataObject = {
		assetId: target.id,
		name,
		modelKey: typeof modelKey === 'string' ? modelKey : null,
		fileName: model.fileName,
		bytes: model.size,
	};
	if (model.warnings.length) json.warnings = model.warnings;
	return [{ json, binary: this.getInputData()[itemIndex].binary, pairedItem: { item: itemIndex } }];
}
