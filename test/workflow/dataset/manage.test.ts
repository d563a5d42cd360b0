import { fileItem, generated, generatedImageId, run, useSandbox } from '../../harness/context';

const dataset = (operation: string, parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'dataset', operation, ...parameters },
});

describe('Dataset → Get, Delete and Upload Generated Image', () => {
	const ctx = useSandbox();

	it('adds a generated image and an uploaded one, lists both, then deletes the dataset', async () => {
		const { sandbox } = ctx;
		const created = await run(sandbox, [dataset('create', { name: 'Mixed' })]);
		const datasetId = created.output[0].json.id as string;
		const imageId = await generatedImageId(sandbox);

		const fromGeneration = await run(sandbox, [
			dataset('uploadGeneratedImage', { datasetId, generatedImageId: imageId }),
		]);
		expect(fromGeneration.output[0].json).toEqual({
			id: expect.any(String),
			datasetId,
			generatedImageId: imageId,
		});
		expect(sandbox.requestsTo('api', 'POST', `/datasets/${datasetId}/upload/gen`)[0].body).toEqual({
			generatedImageId: imageId,
		});
		await run(sandbox, [dataset('uploadImage', { datasetId })], [fileItem('photo-640x480.png')]);

		const got = await run(sandbox, [dataset('get', { datasetId })]);
		expect(got.output[0].json).toMatchObject({ id: datasetId, name: 'Mixed' });
		expect(got.output[0].json.images).toHaveLength(2);

		const deleted = await run(sandbox, [dataset('delete', { datasetId })]);
		expect(deleted.output[0].json).toEqual({ id: datasetId, deleted: true });
		const missing = await run(sandbox, [dataset('get', { datasetId })]);
		expect(missing.error.message).toBe(`Dataset ${datasetId} was not found`);
		const again = await run(sandbox, [dataset('delete', { datasetId })]);
		expect(again.error.message).toBe(`Dataset ${datasetId} was not found`);
	});

	it("passes on Leonardo's error for a generation ID given where an image ID belongs", async () => {
		const { sandbox } = ctx;
		const created = await run(sandbox, [dataset('create', { name: 'X' })]);
		const generation = await generated(sandbox);
		const result = await run(sandbox, [
			dataset('uploadGeneratedImage', {
				datasetId: created.output[0].json.id,
				generatedImageId: generation.generationId,
			}),
		]);
		expect(result.error.message).toBe("Leonardo API error: couldn't access image");
		expect(result.error.description).toMatch(/generated image ID/);
	});
	it('refuses a generated image ID that is no Leonardo ID, saying where the right one is', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			dataset('uploadGeneratedImage', {
				datasetId: '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a61',
				generatedImageId: 'image-1.png',
			}),
		]);
		expect(result.error.message).toBe('"Generated Image ID" is not a Leonardo ID: "image-1.png"');
		expect(result.error.description).toContain(
			"Use an image ID from a generation's images (e.g. {{ $json.images[0].id }}), not the generation ID.",
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('outputs an empty images list for a dataset whose answer lists none', async () => {
		const { sandbox } = ctx;
		const datasetId = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a62';
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: `/datasets/${datasetId}`,
			status: 200,
			body: { datasets_by_pk: { id: datasetId, name: 'Fresh' } },
		});
		const result = await run(sandbox, [dataset('get', { datasetId })]);
		expect(result.output[0].json).toEqual({ id: datasetId, name: 'Fresh', images: [] });
	});
});
