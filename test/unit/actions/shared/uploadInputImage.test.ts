import type { UploadedImage } from '../../../../nodes/LeonardoAi/actions/shared/uploadInputImage';
import { uploadedImageJson } from '../../../../nodes/LeonardoAi/actions/shared/uploadInputImage';

/**
 * What Init Image → Upload and Dataset → Upload Image output for an uploaded image: Leonardo's ID
 * and key, what the file is, and a `warnings` key only when there is something to warn about.
 * The uploads themselves: test/workflow/initImage/, test/workflow/dataset/.
 */
const uploaded = (warnings: string[], key?: string) =>
	({
		image: {
			extension: 'png',
			dimensions: { width: 640, height: 480 },
			size: 2048,
			fileName: 'photo.png',
			warnings,
		},
		target: { id: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b', key, url: 'https://s3', fields: {} },
	}) as unknown as UploadedImage;

/** Where S3 stored the file (the presign's `key`). */
const STORED_AT = 'uploads/photo.png';

describe('uploadedImageJson', () => {
	it('outputs the ID, key and file, and no warnings key when there is nothing to warn about', () => {
		expect(uploadedImageJson(uploaded([], STORED_AT))).toEqual({
			id: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
			key: STORED_AT,
			extension: 'png',
			width: 640,
			height: 480,
			bytes: 2048,
			fileName: 'photo.png',
		});
	});

	it("outputs the file's warnings, and a null key when Leonardo gave none", () => {
		const warning =
			'The file is labelled JPEG (image/jpeg) but its bytes are PNG; it was uploaded as PNG.';
		expect(uploadedImageJson(uploaded([warning]))).toMatchObject({
			key: null,
			warnings: [warning],
		});
	});
});
