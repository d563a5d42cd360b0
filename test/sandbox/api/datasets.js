'use strict';
// Datasets: create, get (with their images), delete, and adding a generated image.
const crypto = require('crypto');

const { apiError, apiJson } = require('../common');

/** A dataset's images that really arrived (uploaded to S3, or copied from a generation). */
function datasetImages({ state }, datasetId) {
	return [...state.datasetImages.entries()].filter(
		([, image]) =>
			image.datasetId === datasetId && (image.generated || state.objects.has(image.key)),
	);
}

/** How many images a dataset holds; undefined for an unknown dataset. */
function datasetImageCount(context, datasetId) {
	return context.state.datasets.has(datasetId)
		? datasetImages(context, datasetId).length
		: undefined;
}

function datasetRoutes({ state, s3Url }) {
	return [
		{
			method: 'POST',
			path: '/datasets',
			handle: ({ body, res }) => {
				if (typeof body?.name !== 'string' || !body.name)
					return apiError(
						res,
						400,
						'expecting a value for non-nullable variable: "name"',
						'validation-failed',
					);
				const id = crypto.randomUUID();
				state.datasets.set(id, {
					name: body.name,
					description: body.description ?? null,
					createdAt: new Date().toISOString(),
				});
				return apiJson(res, 200, { insert_datasets_one: { id } });
			},
		},
		{
			method: 'GET',
			path: '/datasets/:id',
			handle: ({ params, res }) => {
				const dataset = state.datasets.get(params.id);
				if (!dataset) return apiJson(res, 200, { datasets_by_pk: null });
				const images = datasetImages({ state }, params.id).map(([id, image]) => ({
					id,
					url: `${s3Url()}/${image.key}`,
					createdAt: dataset.createdAt,
				}));
				return apiJson(res, 200, {
					datasets_by_pk: {
						id: params.id,
						...dataset,
						updatedAt: dataset.createdAt,
						dataset_images: images,
					},
				});
			},
		},
		{
			method: 'DELETE',
			path: '/datasets/:id',
			handle: ({ params, res }) =>
				apiJson(res, 200, {
					delete_datasets_by_pk: state.datasets.delete(params.id) ? { id: params.id } : null,
				}),
		},
		{
			method: 'POST',
			path: '/datasets/:id/upload/gen',
			handle: ({ body, params, res }) => {
				if (!state.datasets.has(params.id))
					return apiError(res, 400, 'dataset not found', 'unexpected');
				const image = state.generatedImages.get(body?.generatedImageId);
				if (!image) return apiError(res, 400, "couldn't access image", 'unexpected');
				const id = crypto.randomUUID();
				const key = `generations/${image.generationId}/${image.index}.png`;
				state.datasetImages.set(id, { datasetId: params.id, key, generated: true });
				return apiJson(res, 200, { uploadDatasetImageFromGen: { id } });
			},
		},
	];
}

module.exports = { datasetRoutes, datasetImageCount };
