'use strict';
// Elements (LoRAs): Leonardo's platform list (GET /elements), training on a dataset (POST
// /elements), the account's trained ones (GET /elements/user/{userId}, GET and DELETE
// /elements/{id}). The body's shape is checked by contract.js (the SDK's `createelement` schema);
// the rules below are the OpenAPI page's (https://docs.leonardo.ai/reference/createelement) and the
// help guide's dataset minimum (https://intercom.help/leonardo-ai/en/articles/10501488-element-lora-training).
const { SANDBOX_USER, apiError, apiJson } = require('../common');
const { costFields } = require('./pricing');

/** A few platform elements, as GET /elements lists them (SDK `listelements.ts`). */
const PLATFORM_ELEMENTS = [
	{
		akUUID: '01b6184e-3905-4dc7-9ec6-4f09982536d5',
		name: 'Glass Sculptures',
		description: 'Everything turns to glass',
		urlImage: null,
		baseModel: 'SDXL_1_0',
		creatorName: 'Leonardo',
		weightDefault: 1,
		weightMin: -1,
		weightMax: 2,
	},
	{
		akUUID: 'a2a6b9b0-8b1f-4c5d-9e6f-7a8b9c0d1e2f',
		name: 'Watercolor Wash',
		description: 'Soft watercolor',
		urlImage: null,
		baseModel: 'FLUX_DEV',
		creatorName: 'Leonardo',
		weightDefault: 0.8,
		weightMin: 0,
		weightMax: 1.5,
	},
];

const FLUX_RANGES = {
	Style: { epochs: [30, 120], rate: [0.000001, 0.00003] },
	Object: { epochs: [120, 220], rate: [0.00001, 0.001] },
	Character: { epochs: [100, 200], rate: [0.00001, 0.001] },
};
const OTHER_RANGES = { epochs: [1, 250], rate: [0.00000001, 0.00001] };
const MIN_DATASET_IMAGES = 10;

function elementRoutes({ sandbox, state, datasetImageCount, charge, price }) {
	let nextId = 100001;

	function view(element) {
		const done = Date.now() >= element.readyAt;
		const status = !done ? 'PENDING' : element.fails ? 'FAILED' : 'COMPLETE';
		const { readyAt: _readyAt, fails: _fails, ...fields } = element;
		return {
			...fields,
			status,
			updatedAt: done ? new Date(element.readyAt).toISOString() : fields.createdAt,
		};
	}

	function problemWith(body) {
		const focus = body.lora_focus;
		if (!['General', 'Character', 'Style', 'Object'].includes(focus))
			return `lora_focus must be General, Character, Style or Object, not ${focus}`;
		const flux = body.sd_version === 'FLUX_DEV';
		const ranges = flux ? FLUX_RANGES[focus] : OTHER_RANGES;
		if (!ranges) return "FLUX_DEV doesn't support General category";
		if (!body.instance_prompt && (!flux || focus === 'Character'))
			return 'instance_prompt is required for this sd_version and lora_focus';
		if (body.resolution !== undefined && body.resolution !== 1024) return 'resolution must be 1024';
		for (const [key, [min, max]] of [
			['num_train_epochs', ranges.epochs],
			['learning_rate', ranges.rate],
		]) {
			if (typeof body[key] !== 'number' || body[key] < min || body[key] > max)
				return `${key} must be from ${min} to ${max} for ${body.sd_version} ${focus}`;
		}
		const images = datasetImageCount(body.datasetId);
		if (images === undefined) return 'dataset not found';
		if (images < MIN_DATASET_IMAGES)
			return `dataset has ${images} images; at least ${MIN_DATASET_IMAGES} are needed`;
		return undefined;
	}

	return [
		{
			method: 'GET',
			path: '/elements',
			handle: ({ res }) => apiJson(res, 200, { loras: PLATFORM_ELEMENTS }),
		},
		{
			method: 'POST',
			path: '/elements',
			handle: ({ body, res }) => {
				for (const key of [
					'name',
					'datasetId',
					'lora_focus',
					'sd_version',
					'learning_rate',
					'num_train_epochs',
					'train_text_encoder',
				])
					if (body?.[key] === undefined)
						return apiError(
							res,
							400,
							`expecting a value for non-nullable variable: "${key}"`,
							'validation-failed',
						);
				const problem = problemWith(body);
				if (problem) return apiError(res, 400, problem, 'unexpected');
				const id = nextId++;
				const createdAt = new Date().toISOString();
				state.elements.set(id, {
					id,
					name: body.name,
					description: body.description ?? '',
					instancePrompt: body.instance_prompt ?? null,
					focus: body.lora_focus,
					baseModel: body.sd_version,
					learningRate: body.learning_rate,
					resolution: body.resolution ?? 1024,
					trainTextEncoder: body.train_text_encoder,
					trainingEpoch: body.num_train_epochs,
					createdAt,
					readyAt: Date.now() + sandbox.trainingDelayMs,
					fails: sandbox.failTrainings,
				});
				// FLUX Dev training is the pricing calculator's MODEL_TRAINING with sd_version FLUX_DEV. A
				// dataset over 50 images is charged as 50: an assumption (no source says how Leonardo charges
				// one; its training guide uses at most 50 images for FLUX Dev and the calculator's
				// datasetImageCount "Must be between 1 and 50", SDK pricingcalculator.ts), the same one the
				// node prices with — so this sandbox cannot show the node wrong about it.
				const cost = charge(
					'/elements',
					body.sd_version === 'FLUX_DEV'
						? price('MODEL_TRAINING', {
								sd_version: 'FLUX_DEV',
								datasetImageCount: Math.min(50, datasetImageCount(body.datasetId)),
							})[0]
						: 50,
				);
				return apiJson(res, 200, { sdTrainingJob: { userLoraId: id, ...costFields(cost) } });
			},
		},
		{
			method: 'GET',
			path: '/elements/user/:userId',
			handle: ({ params, res }) =>
				apiJson(res, 200, {
					user_loras:
						params.userId === SANDBOX_USER.id ? [...state.elements.values()].map(view) : [],
				}),
		},
		{
			method: 'GET',
			path: '/elements/:id',
			handle: ({ params, res }) => {
				const element = state.elements.get(Number(params.id));
				return apiJson(res, 200, { user_loras_by_pk: element ? view(element) : null });
			},
		},
		{
			method: 'DELETE',
			path: '/elements/:id',
			handle: ({ params, res }) => {
				const id = Number(params.id);
				return apiJson(res, 200, {
					delete_user_loras_by_pk: state.elements.delete(id) ? { id } : null,
				});
			},
		},
	];
}

/** A custom element a generation may use: trained on this account and COMPLETE. */
function completedElement(state, userLoraId) {
	const element = state.elements.get(userLoraId);
	return element && Date.now() >= element.readyAt && !element.fails ? element : undefined;
}

module.exports = { elementRoutes, completedElement, PLATFORM_ELEMENTS };
