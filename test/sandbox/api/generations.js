'use strict';
// Generations: POST /generations (v1, shape checked by contract.js, semantics here), POST /v2/generations
// (per model guide on docs.leonardo.ai), GET /generations/{id}, GET /generations/user/{userId}, DELETE.
const { PLATFORM_MODELS, SANDBOX_USER, apiJson } = require('../common');
const { PLATFORM_ELEMENTS, completedElement } = require('./elements');
const { completedModel } = require('./models');
const { resultOf } = require('./audio3d');
const { costFields, generationCost } = require('./pricing');
const { V2_MODELS, isVideoModel, modelList, validateV2Body } = require('./v2models');

/**
 * Leonardo's content filter refuses a prompt with a flagged word: `content moderation filter: <word>`,
 * HTTP 403 (https://docs.leonardo.ai/docs/api-error-messages). The sandbox flags one word.
 */
const MODERATED_WORDS = ['gore'];

function moderationProblem(prompt) {
	const word = MODERATED_WORDS.find((flagged) =>
		new RegExp(`\\b${flagged}\\b`, 'i').test(String(prompt ?? '')),
	);
	return word ? [403, `content moderation filter: ${word}`, 'unexpected'] : undefined;
}

function generationRoutes({ sandbox, state, createJob, generationView, v2Known, charge }) {
	/** What the API checks beyond the body's shape (which contract.js checks against the SDK's schema). */
	function validateGeneration(body) {
		if (!body)
			return [400, 'expecting a value for non-nullable variable: "prompt"', 'validation-failed'];
		if (typeof body.prompt !== 'string' || !body.prompt.trim())
			return [400, 'expecting a value for non-nullable variable: "prompt"', 'validation-failed'];
		if (body.prompt.length > 1500)
			return [400, 'Invalid prompt, maximum length of 1500 characters exceeded.', 'unexpected'];
		const moderated = moderationProblem(body.prompt);
		if (moderated) return moderated;
		const width = body.width ?? 1024;
		const height = body.height ?? 768;
		for (const side of [width, height]) {
			if (side < 32 || side > 1536 || side % 8 !== 0)
				return [
					400,
					'invalid dimensions: width and height must be multiples of 8 between 32 and 1536',
					'unexpected',
				];
		}
		const count = body.num_images ?? 4;
		if (count < 1 || count > 8 || (count > 4 && (width > 768 || height > 768)))
			return [400, 'Too many images', 'unexpected'];
		if (body.init_strength != null && (body.init_strength < 0.1 || body.init_strength > 0.9))
			return [400, 'init_strength must be between 0.1 and 0.9', 'unexpected'];
		if (
			body.modelId &&
			!PLATFORM_MODELS.some((m) => m.id === body.modelId) &&
			!completedModel(state, body.modelId)
		)
			return [400, `${body.modelId} is not supported within the Production API`, 'unexpected'];
		if (body.init_image_id) {
			const init = state.initImages.get(body.init_image_id);
			if (!init || !state.objects.has(init.key))
				return [400, 'invalid init image id', 'unexpected'];
		}
		if (body.init_image_id && body.init_generation_image_id)
			return [400, 'use init_image_id or init_generation_image_id, not both', 'unexpected'];
		if (body.init_generation_image_id && !state.generatedImages.has(body.init_generation_image_id))
			return [400, 'invalid init generation image id', 'unexpected'];
		for (const id of body.imagePrompts ?? []) {
			if (!state.initImages.has(id)) return [400, `invalid image prompt id ${id}`, 'unexpected'];
		}
		for (const controlnet of body.controlnets ?? []) {
			const unknown = Object.keys(controlnet).find(
				(k) =>
					![
						'initImageId',
						'initImageType',
						'preprocessorId',
						'strengthType',
						'weight',
						'influence',
					].includes(k),
			);
			if (unknown) return [400, `Unexpected variable ${unknown}`, 'bad-request'];
			if (!Number.isInteger(controlnet.preprocessorId))
				return [400, "expected an int for 'preprocessorId'", 'validation-failed'];
			if (controlnet.strengthType !== undefined && controlnet.weight !== undefined)
				return [400, 'use weight or strengthType, not both', 'unexpected'];
			if (
				controlnet.strengthType !== undefined &&
				!['Low', 'Mid', 'High', 'Ultra', 'Max'].includes(controlnet.strengthType)
			)
				return [400, `invalid strengthType ${controlnet.strengthType}`, 'validation-failed'];
			const known =
				controlnet.initImageType === 'UPLOADED'
					? state.initImages.has(controlnet.initImageId)
					: controlnet.initImageType === 'GENERATED'
						? state.generatedImages.has(controlnet.initImageId)
						: false;
			if (!known)
				return [
					400,
					`invalid controlnet image ${controlnet.initImageId} (${controlnet.initImageType})`,
					'unexpected',
				];
		}
		return elementProblem(body);
	}

	/** Platform elements must exist, weights lie in their range; trained ones be this account's and COMPLETE. */
	function elementProblem(body) {
		for (const { akUUID, weight = 1 } of body.elements ?? []) {
			const element = PLATFORM_ELEMENTS.find((e) => e.akUUID === akUUID);
			if (!element) return [400, `invalid element ${akUUID}`, 'unexpected'];
			if (weight < element.weightMin || weight > element.weightMax)
				return [400, `weight ${weight} is out of range for element ${akUUID}`, 'unexpected'];
		}
		for (const { userLoraId } of body.userElements ?? []) {
			if (!completedElement(state, userLoraId))
				return [400, `invalid or untrained user element ${userLoraId}`, 'unexpected'];
		}
		return undefined;
	}

	return [
		{
			method: 'POST',
			path: '/generations',
			handle: ({ body, res, fail }) => {
				const problem = validateGeneration(body);
				if (problem) return fail(problem);
				const init = body.init_image_id ? state.initImages.get(body.init_image_id) : undefined;
				const initObject = init && state.objects.get(init.key);
				// Leonardo cannot process an init image whose bytes are not the declared format.
				const job = createJob(
					body,
					body.width ?? 1024,
					body.height ?? 768,
					body.num_images ?? 4,
					Boolean(initObject && initObject.declared !== initObject.actual),
				);
				const cost = charge('/generations', generationCost(body));
				return apiJson(res, 200, {
					sdGenerationJob: { generationId: job.id, ...costFields(cost) },
				});
			},
		},
		{
			method: 'POST',
			path: '/v2/generations',
			handle: ({ body, res }) => {
				// The rules per model live in v2models.js; moderation is checked once the body is valid.
				const shippedSince = sandbox.v2ModelsShippedSince.has(body?.model);
				const problem =
					(shippedSince ? undefined : validateV2Body(body, v2Known)) ??
					moderationProblem(body.parameters.prompt);
				// v2 errors as Leonardo sends them: "Hasura usually returns HTTP 200 with errors[]. Read
				// errors[0].message and extensions.statusCode / extensions.code"
				// (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai, 2026-09-02).
				if (problem)
					return apiJson(res, 200, {
						errors: [
							{
								message: problem[1],
								extensions: { code: problem[2], statusCode: problem[0] },
							},
						],
					});
				const p = body.parameters;
				const video = isVideoModel(body.model);
				// A model whose result is not width × height (the upscalers: imageTools.js).
				const made = V2_MODELS[body.model]?.job;
				const size = made?.size(p) ?? { width: p.width || 1024, height: p.height || 1024 };
				const job = createJob(
					{ prompt: p.prompt, modelId: body.model, seed: p.seed, public: body.public },
					size.width,
					size.height,
					video ? 1 : (p.quantity ?? 1),
					false,
					video,
				);
				made?.created(job);
				// Audio and 3D generations give files of their own kind (audio3d.js), read like images.
				job.result = resultOf(body.model);
				const amount = charge('/v2/generations', video ? (p.duration ?? 5) * 20 : job.count * 13);
				// Two documented answers: recipes read {"generate":{"generationId","cost"}} (the default),
				// the spec's 200 schema is flat {"generationId","apiCreditCost"}
				// (https://docs.leonardo.ai/reference/creategeneration): `sandbox.v2AnswerShape = 'flat'`.
				return apiJson(
					res,
					200,
					sandbox.v2AnswerShape === 'flat'
						? { generationId: job.id, apiCreditCost: amount }
						: {
								generate: {
									generationId: job.id,
									cost: { amount: String(amount), unit: 'CREDITS' },
								},
							},
				);
			},
		},
		{
			// https://docs.leonardo.ai/reference/getmodels: every model the sandbox knows, with its schema.
			method: 'GET',
			path: '/v2/models',
			handle: ({ res }) => apiJson(res, 200, modelList()),
		},
		{
			method: 'GET',
			path: '/generations/user/:userId',
			handle: ({ params, query, res }) => {
				if (params.userId !== SANDBOX_USER.id) return apiJson(res, 200, { generations: [] });
				const offset = Number(query.offset ?? 0);
				const limit = Number(query.limit ?? 10);
				const all = [...state.generations.values()].reverse();
				return apiJson(res, 200, {
					generations: all.slice(offset, offset + limit).map(generationView),
				});
			},
		},
		{
			method: 'GET',
			path: '/generations/:id',
			handle: ({ params, res }) => {
				const job = state.generations.get(params.id);
				return apiJson(res, 200, { generations_by_pk: job ? generationView(job) : null });
			},
		},
		{
			method: 'DELETE',
			path: '/generations/:id',
			handle: ({ params, res }) =>
				apiJson(res, 200, {
					delete_generations_by_pk: state.generations.delete(params.id) ? { id: params.id } : null,
				}),
		},
	];
}

module.exports = { generationRoutes, MODERATED_WORDS };
