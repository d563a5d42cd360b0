'use strict';
// Presigned uploads: init images, dataset images, canvas image + mask and 3D models (the S3 side is
// ../s3.js). 3D models: POST /models-3d/upload `{ modelExtension, name }` → `{ uploadModelAsset:
// { modelId, modelUrl, modelFields, modelKey } }` (SDK `uploadmodelasset.ts`); only `obj` is taken
// ("Only 3D models in .OBJ format can be accepted", https://docs.leonardo.ai/docs/3d-texture-generation;
// Leonardo's own refusal is not documented: the sandbox words its own). DELETE /models-3d/{id} →
// `{ delete_model_assets_by_pk: { id } }` or null (SDK `delete3dmodelbyid.ts`). The content type
// the presign names for an OBJ is not documented: the sandbox uses OBJ's IANA type.
const { EXTENSIONS, apiError, apiJson } = require('../common');

function uploadRoutes({ state, presign, s3Url }) {
	const answerOf = (target) => ({
		id: target.id,
		fields: target.fields,
		key: target.key,
		url: target.url,
	});
	return [
		{
			method: 'POST',
			path: '/init-image',
			handle: ({ body, res }) => {
				const extension = body?.extension;
				if (typeof extension !== 'string' || !EXTENSIONS[extension])
					return apiError(res, 400, 'invalid file extension', 'unexpected');
				const target = presign(extension);
				state.initImages.set(target.id, { key: target.key, extension });
				return apiJson(res, 200, { uploadInitImage: answerOf(target) });
			},
		},
		{
			method: 'POST',
			path: '/datasets/:datasetId/upload',
			handle: ({ body, params, res }) => {
				const extension = body?.extension;
				if (typeof extension !== 'string' || !EXTENSIONS[extension])
					return apiError(res, 400, 'invalid file extension', 'unexpected');
				if (!state.datasets.has(params.datasetId))
					return apiError(res, 400, 'dataset not found', 'unexpected');
				const target = presign(extension);
				state.datasetImages.set(target.id, { datasetId: params.datasetId, key: target.key });
				return apiJson(res, 200, { uploadDatasetImage: answerOf(target) });
			},
		},
		{
			method: 'GET',
			path: '/init-image/:id',
			handle: ({ params, res }) => {
				const init = state.initImages.get(params.id);
				if (!init || !state.objects.has(init.key))
					return apiJson(res, 200, { init_images_by_pk: null });
				return apiJson(res, 200, {
					init_images_by_pk: {
						id: params.id,
						url: `${s3Url()}/${init.key}`,
						createdAt: new Date().toISOString(),
					},
				});
			},
		},
		{
			method: 'DELETE',
			path: '/init-image/:id',
			handle: ({ params, res }) =>
				apiJson(res, 200, {
					delete_init_images_by_pk: state.initImages.delete(params.id) ? { id: params.id } : null,
				}),
		},
		{
			method: 'POST',
			path: '/canvas-init-image',
			handle: ({ body, res }) => {
				if (!EXTENSIONS[body?.initExtension] || !EXTENSIONS[body?.maskExtension])
					return apiError(res, 400, 'invalid file extension', 'unexpected');
				const init = presign(body.initExtension);
				const mask = presign(body.maskExtension);
				for (const target of [init, mask])
					state.initImages.set(target.id, {
						key: target.key,
						extension: target.key.split('.').pop(),
					});
				return apiJson(res, 200, {
					uploadCanvasInitImage: {
						initImageId: init.id,
						initFields: init.fields,
						initKey: init.key,
						initUrl: init.url,
						maskImageId: mask.id,
						maskFields: mask.fields,
						maskKey: mask.key,
						maskUrl: mask.url,
					},
				});
			},
		},
		{
			method: 'POST',
			path: '/models-3d/upload',
			handle: ({ body, res }) => {
				if (body?.modelExtension !== 'obj')
					return apiError(res, 400, 'modelExtension must be obj', 'unexpected');
				const target = presign('obj', 'model', 'model/obj');
				state.modelAssets.set(target.id, { key: target.key, name: body.name ?? null });
				return apiJson(res, 200, {
					uploadModelAsset: {
						modelId: target.id,
						modelFields: target.fields,
						modelKey: target.key,
						modelUrl: target.url,
					},
				});
			},
		},
		{
			method: 'DELETE',
			path: '/models-3d/:id',
			handle: ({ params, res }) =>
				apiJson(res, 200, {
					delete_model_assets_by_pk: state.modelAssets.delete(params.id) ? { id: params.id } : null,
				}),
		},
	];
}

module.exports = { uploadRoutes };
