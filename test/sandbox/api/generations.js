'use strict';
// Generations: POST /generations (v1, shape checked by contract.js, semantics here), POST /v2/generations
// (per model guide on docs.leonardo.ai), GET /generations/{id}, GET /generations/user/{userId}, DELETE.
const { PLATFORM_MODELS, SANDBOX_USER, apiJson } = require('../common');
const { PLATFORM_ELEMENTS, completedElement } = require('./elements');
const { completedModel } = require('./models');
const { costFields, generationCost } = require('./pricing');

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

function generationRoutes({ state, createJob, generationView, validateV2Video, charge }) {
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

	// The v2 endpoint (GPT Image, Ideogram, FLUX.2, Nano Banana …): a different body shape, per model
	// guide on docs.leonardo.ai (GPT Image-1.5: https://docs.leonardo.ai/docs/gpt-image-1-5).
	const V2_MODELS = {
		'gpt-image-1.5': [1024, 1536],
		'ideogram-v3.0': null,
		'flux-pro-2.0': null,
		'nano-banana': null,
	};
	/** `mode` retired on 2026-05-04 for these (docs.leonardo.ai "Deprecations & Changes"): requests with it fail. */
	const MODE_RETIRED = ['gpt-image-1.5', 'ideogram-v3.0'];
	function validateV2Generation(body) {
		if (!body || typeof body !== 'object') return [400, 'expected an object', 'validation-failed'];
		const top = Object.keys(body).find((k) => !['model', 'public', 'parameters'].includes(k));
		if (top) return [400, `Unexpected variable ${top}`, 'bad-request'];
		if (typeof body.model !== 'string' || !(body.model in V2_MODELS))
			return [400, `model ${body.model} is not supported`, 'unexpected'];
		if (body.public !== undefined && typeof body.public !== 'boolean')
			return [400, "expected a boolean for 'public'", 'validation-failed'];
		const p = body.parameters;
		if (!p || typeof p !== 'object')
			return [
				400,
				'expecting a value for non-nullable variable: "parameters"',
				'validation-failed',
			];
		if (p.mode !== undefined && MODE_RETIRED.includes(body.model)) {
			return [
				400,
				`The mode parameter is no longer supported for ${body.model}: use quality instead`,
				'validation-failed',
			];
		}
		const allowed = [
			'prompt',
			'quantity',
			'width',
			'height',
			'seed',
			'mode',
			'prompt_enhance',
			'guidances',
			'style_ids',
			'quality',
		];
		const unknown = Object.keys(p).find((k) => !allowed.includes(k));
		if (unknown) return [400, `Unexpected variable ${unknown}`, 'bad-request'];
		if (typeof p.prompt !== 'string' || !p.prompt.trim())
			return [400, 'expecting a value for non-nullable variable: "prompt"', 'validation-failed'];
		const moderated = moderationProblem(p.prompt);
		if (moderated) return moderated;
		const sizes = V2_MODELS[body.model];
		if (
			sizes &&
			((p.width !== undefined && !sizes.includes(p.width)) ||
				(p.height !== undefined && !sizes.includes(p.height)))
		) {
			return [
				400,
				`invalid dimensions for ${body.model}: width and height must be one of ${sizes.join(', ')}`,
				'unexpected',
			];
		}
		for (const reference of p.guidances?.image_reference ?? []) {
			const keys = Object.keys(reference).find((k) => !['image', 'strength'].includes(k));
			if (keys) return [400, `Unexpected variable ${keys}`, 'bad-request'];
			const { id, type } = reference.image ?? {};
			const known =
				type === 'UPLOADED'
					? state.initImages.has(id)
					: type === 'GENERATED'
						? state.generatedImages.has(id)
						: false;
			if (!known) return [400, `invalid image reference ${id} (${type})`, 'unexpected'];
			if (reference.strength !== undefined && !['LOW', 'MID', 'HIGH'].includes(reference.strength))
				return [400, 'strength must be LOW, MID or HIGH', 'validation-failed'];
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
				const video = validateV2Video(body);
				const problem = video ? video.problem : validateV2Generation(body);
				// v2 answers errors GraphQL-style: a list of { message, extensions: { code } }.
				if (problem)
					return apiJson(res, problem[0], [
						{ message: problem[1], extensions: { code: problem[2] } },
					]);
				const p = body.parameters;
				const job = createJob(
					{ prompt: p.prompt, modelId: body.model, seed: p.seed, public: body.public },
					p.width ?? 1024,
					p.height ?? 1024,
					video ? 1 : (p.quantity ?? 1),
					false,
					Boolean(video),
				);
				const amount = charge('/v2/generations', video ? (p.duration ?? 5) * 20 : job.count * 13);
				return apiJson(res, 200, {
					generate: { generationId: job.id, cost: { amount: String(amount), unit: 'CREDITS' } },
				});
			},
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
