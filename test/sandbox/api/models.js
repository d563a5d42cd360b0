'use strict';
// Custom models: the account's list (GET /models/user/{userId}), training on a dataset (POST
// /models, its shape checked by contract.js from the SDK's `createmodel` schema; rules from
// https://docs.leonardo.ai/reference/createmodel), and GET / DELETE /models/{id}.
const crypto = require('crypto');

const { SANDBOX_USER, apiError, apiJson } = require('../common');
const { costFields } = require('./pricing');

function modelRoutes({ sandbox, state, datasetImageCount, charge, price }) {
	function view(model) {
		if (model.readyAt === undefined) return model;
		const done = Date.now() >= model.readyAt;
		const { readyAt: _readyAt, fails: _fails, ...fields } = model;
		return { ...fields, status: !done ? 'PENDING' : model.fails ? 'FAILED' : 'COMPLETE' };
	}
	const find = (id) => state.customModels.find((model) => model.id === id);

	return [
		{
			method: 'GET',
			path: '/models/user/:userId',
			handle: ({ params, res }) =>
				apiJson(res, 200, {
					custom_models: params.userId === SANDBOX_USER.id ? state.customModels.map(view) : [],
				}),
		},
		{
			method: 'POST',
			path: '/models',
			handle: ({ body, res }) => {
				for (const key of ['name', 'datasetId', 'instance_prompt'])
					if (!body?.[key])
						return apiError(
							res,
							400,
							`expecting a value for non-nullable variable: "${key}"`,
							'validation-failed',
						);
				if (body.resolution !== undefined && ![512, 768].includes(body.resolution))
					return apiError(res, 400, 'resolution must be 512 or 768', 'unexpected');
				const images = datasetImageCount(body.datasetId);
				if (images === undefined) return apiError(res, 400, 'dataset not found', 'unexpected');
				if (images === 0) return apiError(res, 400, 'dataset has no images', 'unexpected');
				const id = crypto.randomUUID();
				const now = new Date().toISOString();
				state.customModels.push({
					id,
					name: body.name,
					description: body.description ?? '',
					instancePrompt: body.instance_prompt,
					modelWidth: body.resolution ?? 512,
					modelHeight: body.resolution ?? 512,
					public: false,
					sdVersion: body.sd_version === 'v2' ? 'v2' : 'v1_5',
					type: body.modelType ?? 'GENERAL',
					createdAt: now,
					updatedAt: now,
					readyAt: Date.now() + sandbox.trainingDelayMs,
					fails: sandbox.failTrainings,
				});
				const cost = charge(
					'/models',
					price('MODEL_TRAINING', { resolution: body.resolution ?? 512 })[0],
				);
				return apiJson(res, 200, { sdTrainingJob: { customModelId: id, ...costFields(cost) } });
			},
		},
		{
			method: 'GET',
			path: '/models/:id',
			handle: ({ params, res }) => {
				const model = find(params.id);
				return apiJson(res, 200, { custom_models_by_pk: model ? view(model) : null });
			},
		},
		{
			method: 'DELETE',
			path: '/models/:id',
			handle: ({ params, res }) => {
				const model = find(params.id);
				if (model) state.customModels.splice(state.customModels.indexOf(model), 1);
				return apiJson(res, 200, {
					delete_custom_models_by_pk: model ? { id: params.id } : null,
				});
			},
		},
	];
}

/** A custom model a generation may use: COMPLETE (the seeded one has no training time). */
function completedModel(state, id) {
	const model = state.customModels.find((m) => m.id === id);
	if (!model) return undefined;
	if (model.readyAt === undefined) return model;
	return Date.now() >= model.readyAt && !model.fails ? model : undefined;
}

module.exports = { modelRoutes, completedModel };
