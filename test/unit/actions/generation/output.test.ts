import {
	generationJson,
	imageDelivery,
} from '../../../../nodes/LeonardoAi/actions/generation/output';

describe('generationJson: a generation as users see it', () => {
	it('renames id and generated_images, and passes the other fields on', () => {
		expect(
			generationJson({ id: 'g1', status: 'COMPLETE', generated_images: [{ id: 'i1' }], seed: 7 }),
		).toEqual({ generationId: 'g1', status: 'COMPLETE', images: [{ id: 'i1' }], seed: 7 });
	});

	it('gives a generation without generated_images an empty list', () => {
		expect(generationJson({ id: 'g2', status: 'PENDING' })).toEqual({
			generationId: 'g2',
			status: 'PENDING',
			images: [],
		});
	});
});

describe('imageDelivery: Download Images and Options → Image Output', () => {
	it.each([
		[false, {}, 'none'],
		[false, { imageOutput: 'itemPerImage' }, 'none'],
		[true, {}, 'binaryFields'],
		[true, { imageOutput: 'binaryFields' }, 'binaryFields'],
		[true, { imageOutput: 'itemPerImage' }, 'itemPerImage'],
	])('download %s with %j → %s', (download, options, delivery) => {
		expect(imageDelivery(download, options)).toBe(delivery);
	});
});
