import { fileItem, run, useSandbox } from '../../harness/context';

describe('Dataset → Create, then Upload Image', () => {
	const ctx = useSandbox();

	it('creates a dataset and uploads PNG, WebP and JPEG into it through the presigned POST', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{
				name: 'Create Dataset',
				parameters: {
					resource: 'dataset',
					operation: 'create',
					name: 'Products',
					description: 'Shop photos',
				},
			},
		]);
		expect(result.output[0].json).toEqual({
			id: expect.any(String),
			name: 'Products',
			description: 'Shop photos',
		});
		expect(sandbox.requestsTo('api', 'POST', '/datasets')[0].body).toEqual({
			name: 'Products',
			description: 'Shop photos',
		});
		const datasetId = result.output[0].json.id as string;

		const upload = await run(
			sandbox,
			[
				{
					name: 'Add Images',
					parameters: { resource: 'dataset', operation: 'uploadImage', datasetId },
				},
			],
			[
				fileItem('photo-640x480.png'),
				fileItem('lossy-640x480.webp'),
				fileItem('portrait-300x500.jpg'),
			],
		);
		expect(upload.status).toBe('success');
		expect(
			upload.output.map((i) => [i.json.datasetId, i.json.extension, i.json.width, i.json.height]),
		).toEqual([
			[datasetId, 'png', 640, 480],
			[datasetId, 'webp', 640, 480],
			[datasetId, 'jpg', 300, 500],
		]);
		expect(
			sandbox.requestsTo('api', 'POST', `/datasets/${datasetId}/upload`).map((r) => r.body),
		).toEqual([{ extension: 'png' }, { extension: 'webp' }, { extension: 'jpg' }]);
		expect(sandbox.requestsTo('s3', 'POST').every((r) => r.uploadedKey)).toBe(true);
		const images = [...sandbox.state.datasetImages.values()].filter(
			(image) => image.datasetId === datasetId,
		);
		expect(images).toHaveLength(3);
	});

	it('sends no description when none is given', async () => {
		const { sandbox } = ctx;
		await run(sandbox, [
			{ parameters: { resource: 'dataset', operation: 'create', name: 'Bare' } },
		]);
		expect(sandbox.requestsTo('api', 'POST', '/datasets')[0].body).toEqual({ name: 'Bare' });
	});

	it("reports Leonardo's error for an unknown dataset", async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				{
					parameters: {
						resource: 'dataset',
						operation: 'uploadImage',
						datasetId: '00000000-0000-4000-8000-0000000000d5',
					},
				},
			],
			[fileItem('photo-640x480.png')],
		);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Leonardo API error: dataset not found');
		expect(sandbox.requestsTo('s3')).toEqual([]);
	});
});
