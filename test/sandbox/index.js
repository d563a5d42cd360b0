'use strict';
// A local stand-in for Leonardo's REST API and for S3 presigned POSTs, on loopback only.
// It enforces what the real services enforce (and a little more), so a sloppy client fails here.
// This file: the sandbox object tests steer, and the Leonardo API; s3.js: the S3 side.
const crypto = require('crypto');
const http = require('http');

const {
	API_PREFIX,
	API_V2_PREFIX,
	EXTENSIONS,
	PLATFORM_MODELS,
	SANDBOX_USER,
	apiError,
	apiJson,
	listen,
	readBody,
	sleep,
} = require('./common');
const { checkV1Body } = require('./contract');
const { createS3Emulator } = require('./s3');

/**
 * Starts the API and S3 servers. Options: apiKey, apiPort, s3Port, latency {api, s3} in ms,
 * generationDelayMs, presignTtlMs. Tests steer faults through the returned object.
 */
async function startSandbox(options = {}) {
	const apiKey = options.apiKey ?? 'sandbox-key';
	const secret = crypto.randomBytes(32);
	const state = {
		initImages: new Map(), // id → { key, extension, uploaded }
		datasets: new Map(), // id → { name, description, images: [] }
		datasetImages: new Map(), // upload id → { datasetId, key }
		objects: new Map(), // key → { data, contentType, declared, actual }
		generations: new Map(),
		generatedImages: new Map(), // image id → { generationId, index, width, height }
		variations: new Map(), // id → { transformType, width, height, readyAt, createdAt }
		customModels: [
			{ id: 'c0ffee00-0000-4000-8000-00000000c0de', name: 'My product style', description: 'Trained on shop photos', instancePrompt: 'product photo', modelWidth: 512, modelHeight: 512, public: false, sdVersion: 'SDXL_1_0', status: 'COMPLETE', type: 'PRODUCT_DESIGN', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
		],
	};
	const sandbox = {
		apiKey,
		requests: [],
		/** Requests that reached the "other host" (redirect targets). */
		elsewhereRequests: [],
		/** Requests towards S3/CDN/other hosts that carried the API key anywhere: must stay empty. */
		keyLeaks: [],
		/**
		 * Queued one-off responses: { server: 'api'|'s3'|'cdn', method?, path? (RegExp|string), status, headers, body (object, string
		 * or Buffer), stall? (send the body, never end), after? (let that many matches through first) } or { ..., reset: true }.
		 */
		faults: [],
		/** How many of the next presigns are issued already expired. */
		expireNextPresigns: 0,
		generationDelayMs: options.generationDelayMs ?? 300,
		/** When true, every generation created from now on ends FAILED. */
		failGenerations: false,
		latency: { api: 0, s3: 0, ...(options.latency ?? {}) },
		/** Requests per second the API allows before answering 429 with Retry-After: 1 (0 = no limit). */
		rateLimitPerSecond: options.rateLimitPerSecond ?? 0,
		rateLimited: 0,
		/** What GET /me reports as apiConcurrencySlots. */
		concurrencySlots: 10,
		/** Requests being served right now, and the most at once, per server (api, s3). */
		inFlight: { api: 0, s3: 0 },
		maxInFlight: { api: 0, s3: 0 },
		/** The most jobs (generations, variations) unfinished at once, as the client saw them. */
		maxActiveJobs: 0,
		state,
	};
	const track = (server, res) => {
		sandbox.inFlight[server] += 1;
		sandbox.maxInFlight[server] = Math.max(sandbox.maxInFlight[server], sandbox.inFlight[server]);
		res.on('close', () => (sandbox.inFlight[server] -= 1));
	};
	const activeJobs = () =>
		[...state.generations.values(), ...state.variations.values()].filter((job) => !job.seenFinished).length;
	const presignTtlMs = options.presignTtlMs ?? 120_000;
	let s3Url;

	/** The first queued fault for this request (skipping its first `after` matches); `path` matches the logged path (API paths without /api/rest/v1). */
	function takeFault(server, req, path) {
		const index = sandbox.faults.findIndex(
			(f) =>
				f.server === server &&
				(!f.method || f.method === req.method) &&
				(!f.path || (f.path instanceof RegExp ? f.path.test(path) : path === f.path)),
		);
		if (index < 0) return undefined;
		const fault = sandbox.faults[index];
		// `after: n` lets the first n matching requests through.
		if (fault.after > 0) {
			fault.after -= 1;
			return undefined;
		}
		return sandbox.faults.splice(index, 1)[0];
	}

	function applyFault(fault, req, res) {
		if (fault.reset) {
			req.socket.destroy();
			return;
		}
		res.writeHead(fault.status ?? 500, { 'Content-Type': 'application/json', ...(fault.headers ?? {}) });
		const body =
			typeof fault.body === 'string' || Buffer.isBuffer(fault.body)
				? fault.body
				: JSON.stringify(fault.body ?? { error: 'Service Error', path: '$', code: 'unexpected' });
		// A server that sends the start of an answer and then hangs (an endless download).
		if (fault.stall) return res.write(body);
		res.end(body);
	}


	const recentApiRequests = []; // timestamps, for the rate limit

	function checkLeak(server, req, body) {
		const text = `${JSON.stringify(req.headers)} ${req.url} ${body ? body.toString('latin1') : ''}`;
		if (text.includes(apiKey)) sandbox.keyLeaks.push({ server, method: req.method, url: req.url });
	}

	// ---------------------------------------------------------------- Leonardo REST API
	function generationView(job) {
		const done = Date.now() >= job.readyAt;
		const status = !done ? 'PENDING' : job.fails ? 'FAILED' : 'COMPLETE';
		if (done) job.seenFinished = true;
		const images =
			status === 'COMPLETE'
				? Array.from({ length: job.count }, (_, n) => ({
						id: job.imageIds[n],
						url: `${s3Url}/generations/${job.id}/${n}.png`,
						nsfw: false,
						likeCount: 0,
						motionMP4URL: null,
						generated_image_variation_generics: [],
					}))
				: [];
		return {
			id: job.id,
			status,
			createdAt: job.createdAt,
			prompt: job.body.prompt,
			negativePrompt: job.body.negative_prompt ?? null,
			modelId: job.body.modelId ?? PLATFORM_MODELS[0].id,
			imageWidth: job.width,
			imageHeight: job.height,
			inferenceSteps: job.body.num_inference_steps ?? 15,
			guidanceScale: job.body.guidance_scale ?? 7,
			seed: job.body.seed ?? 123456789,
			initStrength: job.body.init_strength ?? null,
			presetStyle: job.body.presetStyle ?? 'DYNAMIC',
			scheduler: job.body.scheduler ?? 'EULER_DISCRETE',
			sdVersion: job.body.sd_version ?? 'SDXL_LIGHTNING',
			public: job.body.public ?? false,
			photoReal: job.body.photoReal ?? false,
			generated_images: images,
			generation_elements: [],
		};
	}

	/** What the API checks beyond the body's shape (which contract.js checks against the SDK's schema). */
	function validateGeneration(body) {
		if (!body) return [400, 'expecting a value for non-nullable variable: "prompt"', 'validation-failed'];
		if (typeof body.prompt !== 'string' || !body.prompt.trim()) return [400, 'expecting a value for non-nullable variable: "prompt"', 'validation-failed'];
		if (body.prompt.length > 1500) return [400, 'Invalid prompt, maximum length of 1500 characters exceeded.', 'unexpected'];
		const width = body.width ?? 1024;
		const height = body.height ?? 768;
		for (const side of [width, height]) {
			if (side < 32 || side > 1536 || side % 8 !== 0) return [400, 'invalid dimensions: width and height must be multiples of 8 between 32 and 1536', 'unexpected'];
		}
		const count = body.num_images ?? 4;
		if (count < 1 || count > 8 || (count > 4 && (width > 768 || height > 768))) return [400, 'Too many images', 'unexpected'];
		if (body.init_strength != null && (body.init_strength < 0.1 || body.init_strength > 0.9)) return [400, 'init_strength must be between 0.1 and 0.9', 'unexpected'];
		if (body.modelId && !PLATFORM_MODELS.some((m) => m.id === body.modelId)) return [400, `${body.modelId} is not supported within the Production API`, 'unexpected'];
		if (body.init_image_id) {
			const init = state.initImages.get(body.init_image_id);
			if (!init || !state.objects.has(init.key)) return [400, 'invalid init image id', 'unexpected'];
		}
		if (body.init_image_id && body.init_generation_image_id) return [400, 'use init_image_id or init_generation_image_id, not both', 'unexpected'];
		if (body.init_generation_image_id && !state.generatedImages.has(body.init_generation_image_id)) return [400, 'invalid init generation image id', 'unexpected'];
		for (const id of body.imagePrompts ?? []) {
			if (!state.initImages.has(id)) return [400, `invalid image prompt id ${id}`, 'unexpected'];
		}
		for (const controlnet of body.controlnets ?? []) {
			const unknown = Object.keys(controlnet).find((k) => !['initImageId', 'initImageType', 'preprocessorId', 'strengthType', 'weight', 'influence'].includes(k));
			if (unknown) return [400, `Unexpected variable ${unknown}`, 'bad-request'];
			if (!Number.isInteger(controlnet.preprocessorId)) return [400, "expected an int for 'preprocessorId'", 'validation-failed'];
			if (controlnet.strengthType !== undefined && controlnet.weight !== undefined) return [400, 'use weight or strengthType, not both', 'unexpected'];
			if (controlnet.strengthType !== undefined && !['Low', 'Mid', 'High', 'Ultra', 'Max'].includes(controlnet.strengthType)) return [400, `invalid strengthType ${controlnet.strengthType}`, 'validation-failed'];
			const known = controlnet.initImageType === 'UPLOADED' ? state.initImages.has(controlnet.initImageId) : controlnet.initImageType === 'GENERATED' ? state.generatedImages.has(controlnet.initImageId) : false;
			if (!known) return [400, `invalid controlnet image ${controlnet.initImageId} (${controlnet.initImageType})`, 'unexpected'];
		}
		return undefined;
	}

	function createJob(body, width, height, count, fails) {
		const job = {
			id: crypto.randomUUID(),
			body,
			width,
			height,
			count,
			createdAt: new Date().toISOString(),
			readyAt: Date.now() + sandbox.generationDelayMs,
			fails: sandbox.failGenerations || fails,
			imageIds: Array.from({ length: count }, () => crypto.randomUUID()),
		};
		job.imageIds.forEach((imageId, index) => state.generatedImages.set(imageId, { generationId: job.id, index, width, height }));
		state.generations.set(job.id, job);
		sandbox.maxActiveJobs = Math.max(sandbox.maxActiveJobs, activeJobs());
		return job;
	}

	// The v2 endpoint (GPT Image, Ideogram, FLUX.2, Nano Banana …): a different body shape, per model
	// guide on docs.leonardo.ai (GPT Image-1.5: https://docs.leonardo.ai/docs/gpt-image-1-5).
	const V2_MODELS = { 'gpt-image-1.5': [1024, 1536], 'ideogram-v3.0': null, 'flux-pro-2.0': null, 'nano-banana': null };
	/** `mode` retired on 2026-05-04 for these (docs.leonardo.ai "Deprecations & Changes"): requests with it fail. */
	const MODE_RETIRED = ['gpt-image-1.5', 'ideogram-v3.0'];
	function validateV2Generation(body) {
		if (!body || typeof body !== 'object') return [400, 'expected an object', 'validation-failed'];
		const top = Object.keys(body).find((k) => !['model', 'public', 'parameters'].includes(k));
		if (top) return [400, `Unexpected variable ${top}`, 'bad-request'];
		if (typeof body.model !== 'string' || !(body.model in V2_MODELS)) return [400, `model ${body.model} is not supported`, 'unexpected'];
		if (body.public !== undefined && typeof body.public !== 'boolean') return [400, "expected a boolean for 'public'", 'validation-failed'];
		const p = body.parameters;
		if (!p || typeof p !== 'object') return [400, 'expecting a value for non-nullable variable: "parameters"', 'validation-failed'];
		if (p.mode !== undefined && MODE_RETIRED.includes(body.model)) {
			return [400, `The mode parameter is no longer supported for ${body.model}: use quality instead`, 'validation-failed'];
		}
		const allowed = ['prompt', 'quantity', 'width', 'height', 'seed', 'mode', 'prompt_enhance', 'guidances', 'style_ids', 'quality'];
		const unknown = Object.keys(p).find((k) => !allowed.includes(k));
		if (unknown) return [400, `Unexpected variable ${unknown}`, 'bad-request'];
		if (typeof p.prompt !== 'string' || !p.prompt.trim()) return [400, 'expecting a value for non-nullable variable: "prompt"', 'validation-failed'];
		const sizes = V2_MODELS[body.model];
		if (sizes && ((p.width !== undefined && !sizes.includes(p.width)) || (p.height !== undefined && !sizes.includes(p.height)))) {
			return [400, `invalid dimensions for ${body.model}: width and height must be one of ${sizes.join(', ')}`, 'unexpected'];
		}
		for (const reference of p.guidances?.image_reference ?? []) {
			const keys = Object.keys(reference).find((k) => !['image', 'strength'].includes(k));
			if (keys) return [400, `Unexpected variable ${keys}`, 'bad-request'];
			const { id, type } = reference.image ?? {};
			const known = type === 'UPLOADED' ? state.initImages.has(id) : type === 'GENERATED' ? state.generatedImages.has(id) : false;
			if (!known) return [400, `invalid image reference ${id} (${type})`, 'unexpected'];
			if (reference.strength !== undefined && !['LOW', 'MID', 'HIGH'].includes(reference.strength)) return [400, 'strength must be LOW, MID or HIGH', 'validation-failed'];
		}
		return undefined;
	}

	const VARIATION_KEYS = {
		upscale: { response: 'sdUpscaleJob', transformType: 'UPSCALE', scale: 2 },
		unzoom: { response: 'sdUnzoomJob', transformType: 'UNZOOM', scale: 1.5 },
		nobg: { response: 'sdNobgJob', transformType: 'NOBG', scale: 1 },
		'universal-upscaler': { response: 'universalUpscaler', transformType: 'UPSCALE' },
	};

	function sourceImage(id, kind) {
		if (kind === 'variation') return state.variations.get(id);
		if (kind === 'init') {
			const init = state.initImages.get(id);
			return init && state.objects.has(init.key) ? { width: 1024, height: 768 } : undefined;
		}
		return state.generatedImages.get(id);
	}

	function startVariation(kind, body, res) {
		const spec = VARIATION_KEYS[kind];
		let source;
		let scale = spec.scale;
		if (kind === 'universal-upscaler') {
			const given = ['generatedImageId', 'initImageId', 'variationId'].filter((k) => body[k] !== undefined);
			if (given.length !== 1) return apiError(res, 400, 'exactly one of generatedImageId, initImageId or variationId is required', 'validation-failed');
			source = sourceImage(body[given[0]], { generatedImageId: 'generated', initImageId: 'init', variationId: 'variation' }[given[0]]);
			if (body.upscalerStyle !== undefined && body.ultraUpscaleStyle !== undefined) return apiError(res, 400, 'use upscalerStyle or ultraUpscaleStyle, not both', 'validation-failed');
			if (body.upscaleMultiplier !== undefined && (typeof body.upscaleMultiplier !== 'number' || body.upscaleMultiplier < 1 || body.upscaleMultiplier > 2)) {
				return apiError(res, 400, 'upscaleMultiplier must be between 1 and 2', 'validation-failed');
			}
			if (body.creativityStrength !== undefined && !(Number.isInteger(body.creativityStrength) && body.creativityStrength >= 1 && body.creativityStrength <= 10)) {
				return apiError(res, 400, 'creativityStrength must be an integer from 1 to 10', 'validation-failed');
			}
			scale = body.upscaleMultiplier ?? 1.5;
		} else {
			if (typeof body?.id !== 'string') return apiError(res, 400, 'expecting a value for non-nullable variable: "id"', 'validation-failed');
			if (body.isVariation !== undefined && typeof body.isVariation !== 'boolean') return apiError(res, 400, "expected a boolean for 'isVariation'", 'validation-failed');
			if (body.isVariation) {
				source = state.variations.get(body.id);
				if (!source) return apiError(res, 400, 'failed to find init variation', 'unexpected');
			} else {
				source = state.generatedImages.get(body.id);
				if (!source && state.variations.has(body.id)) return apiError(res, 400, 'failed to find init variation', 'unexpected');
			}
		}
		if (!source) return apiError(res, 400, "couldn't access image", 'unexpected');
		const id = crypto.randomUUID();
		state.variations.set(id, {
			transformType: spec.transformType,
			width: Math.min(4096, Math.round(source.width * scale)),
			height: Math.min(4096, Math.round(source.height * scale)),
			createdAt: new Date().toISOString(),
			readyAt: Date.now() + sandbox.generationDelayMs,
			fails: sandbox.failGenerations,
		});
		sandbox.maxActiveJobs = Math.max(sandbox.maxActiveJobs, activeJobs());
		return apiJson(res, 200, { [spec.response]: { id, apiCreditCost: 5, cost: { amount: '5', unit: 'CREDITS' } } });
	}

	function variationView(id, variation) {
		const status = Date.now() < variation.readyAt ? 'PENDING' : variation.fails ? 'FAILED' : 'COMPLETE';
		if (status !== 'PENDING') variation.seenFinished = true;
		return {
			id,
			createdAt: variation.createdAt,
			status,
			transformType: variation.transformType,
			url: status === 'COMPLETE' ? `${s3Url}/variations/${id}.png` : null,
		};
	}

	async function handleApi(req, res) {
		track('api', res);
		const raw = await readBody(req);
		await sleep(sandbox.latency.api);
		const url = new URL(req.url, 'http://sandbox');
		const v2 = url.pathname.startsWith(API_V2_PREFIX);
		const record = {
			server: 'api',
			method: req.method,
			path: v2 ? `/v2${url.pathname.slice(API_V2_PREFIX.length)}` : url.pathname.replace(API_PREFIX, ''),
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
		};
		sandbox.requests.push(record);
		if (!v2 && !url.pathname.startsWith(API_PREFIX)) return apiError(res, 404, 'not found', 'not-found');
		const fault = takeFault('api', req, record.path);
		if (fault) return applyFault(fault, req, res);
		if (sandbox.rateLimitPerSecond > 0) {
			const now = Date.now();
			while (recentApiRequests.length && recentApiRequests[0] <= now - 1000) recentApiRequests.shift();
			if (recentApiRequests.length >= sandbox.rateLimitPerSecond) {
				sandbox.rateLimited += 1;
				res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
				return res.end(JSON.stringify({ error: 'Too many requests', path: '$', code: 'rate-limited' }));
			}
			recentApiRequests.push(now);
		}
		if (req.headers.authorization !== `Bearer ${apiKey}`) {
			return apiError(res, 401, 'Authentication hook unauthorized this request', 'access-denied');
		}
		let body;
		if (raw.length) {
			if (!/application\/json/i.test(req.headers['content-type'] || '')) return apiError(res, 400, 'expected a JSON body', 'bad-request');
			try {
				body = JSON.parse(raw.toString('utf8'));
			} catch {
				return apiError(res, 400, 'invalid JSON body', 'bad-request');
			}
		}
		record.body = body;
		const path = record.path;
		if (!v2) {
			const problem = checkV1Body(req.method, path, body);
			if (problem) return apiError(res, problem[0], problem[1], problem[2], problem[3]);
		}
		let m;

		if (req.method === 'GET' && path === '/me') {
			return apiJson(res, 200, {
				user_details: [
					{
						user: SANDBOX_USER,
						apiConcurrencySlots: sandbox.concurrencySlots,
						apiPaidTokens: 1000,
						apiSubscriptionTokens: 3500,
						apiPlanTokenRenewalDate: null,
						paidTokens: 0,
						subscriptionTokens: 0,
						subscriptionGptTokens: 0,
						subscriptionModelTokens: 0,
						tokenRenewalDate: null,
					},
				],
			});
		}
		if (req.method === 'GET' && path === '/platformModels') return apiJson(res, 200, { custom_models: PLATFORM_MODELS });

		if (req.method === 'POST' && (path === '/init-image' || (m = /^\/datasets\/([^/]+)\/upload$/.exec(path)))) {
			const extension = body?.extension;
			if (typeof extension !== 'string' || !EXTENSIONS[extension]) return apiError(res, 400, 'invalid file extension', 'unexpected');
			if (m && !state.datasets.has(m[1])) return apiError(res, 400, 'dataset not found', 'unexpected');
			const target = presign(extension);
			const answer = { id: target.id, fields: target.fields, key: target.key, url: target.url };
			if (m) {
				state.datasetImages.set(target.id, { datasetId: m[1], key: target.key });
				return apiJson(res, 200, { uploadDatasetImage: answer });
			}
			state.initImages.set(target.id, { key: target.key, extension });
			return apiJson(res, 200, { uploadInitImage: answer });
		}
		if (req.method === 'GET' && (m = /^\/init-image\/([^/]+)$/.exec(path))) {
			const init = state.initImages.get(m[1]);
			if (!init || !state.objects.has(init.key)) return apiJson(res, 200, { init_images_by_pk: null });
			return apiJson(res, 200, { init_images_by_pk: { id: m[1], url: `${s3Url}/${init.key}`, createdAt: new Date().toISOString() } });
		}
		if (req.method === 'POST' && path === '/datasets') {
			if (typeof body?.name !== 'string' || !body.name) return apiError(res, 400, 'expecting a value for non-nullable variable: "name"', 'validation-failed');
			const id = crypto.randomUUID();
			state.datasets.set(id, { name: body.name, description: body.description ?? null, createdAt: new Date().toISOString() });
			return apiJson(res, 200, { insert_datasets_one: { id } });
		}
		if (req.method === 'GET' && (m = /^\/datasets\/([^/]+)$/.exec(path))) {
			const dataset = state.datasets.get(m[1]);
			if (!dataset) return apiJson(res, 200, { datasets_by_pk: null });
			const images = [...state.datasetImages.entries()]
				.filter(([, image]) => image.datasetId === m[1] && (image.generated || state.objects.has(image.key)))
				.map(([id, image]) => ({ id, url: `${s3Url}/${image.key}`, createdAt: dataset.createdAt }));
			return apiJson(res, 200, { datasets_by_pk: { id: m[1], ...dataset, updatedAt: dataset.createdAt, dataset_images: images } });
		}
		if (req.method === 'POST' && path === '/generations') {
			const problem = validateGeneration(body);
			if (problem) return apiError(res, problem[0], problem[1], problem[2], problem[3]);
			const init = body.init_image_id ? state.initImages.get(body.init_image_id) : undefined;
			const initObject = init && state.objects.get(init.key);
			// Leonardo cannot process an init image whose bytes are not the declared format.
			const job = createJob(body, body.width ?? 1024, body.height ?? 768, body.num_images ?? 4, Boolean(initObject && initObject.declared !== initObject.actual));
			const cost = job.count * 8;
			return apiJson(res, 200, { sdGenerationJob: { generationId: job.id, apiCreditCost: cost, cost: { amount: String(cost), unit: 'CREDITS' } } });
		}
		if (req.method === 'POST' && path === '/v2/generations') {
			const problem = validateV2Generation(body);
			// v2 answers errors GraphQL-style: a list of { message, extensions: { code } }.
			if (problem) return apiJson(res, problem[0], [{ message: problem[1], extensions: { code: problem[2] } }]);
			const p = body.parameters;
			const job = createJob({ prompt: p.prompt, modelId: body.model, seed: p.seed, public: body.public }, p.width ?? 1024, p.height ?? 1024, p.quantity ?? 1, false);
			return apiJson(res, 200, { generate: { generationId: job.id, cost: { amount: String(job.count * 13), unit: 'CREDITS' } } });
		}
		if (req.method === 'GET' && (m = /^\/generations\/user\/([^/]+)$/.exec(path))) {
			if (m[1] !== SANDBOX_USER.id) return apiJson(res, 200, { generations: [] });
			const offset = Number(record.query.offset ?? 0);
			const limit = Number(record.query.limit ?? 10);
			const all = [...state.generations.values()].reverse();
			return apiJson(res, 200, { generations: all.slice(offset, offset + limit).map(generationView) });
		}
		if (req.method === 'DELETE' && (m = /^\/generations\/([^/]+)$/.exec(path))) {
			if (!state.generations.delete(m[1])) return apiJson(res, 200, { delete_generations_by_pk: null });
			return apiJson(res, 200, { delete_generations_by_pk: { id: m[1] } });
		}
		if (req.method === 'DELETE' && (m = /^\/init-image\/([^/]+)$/.exec(path))) {
			if (!state.initImages.delete(m[1])) return apiJson(res, 200, { delete_init_images_by_pk: null });
			return apiJson(res, 200, { delete_init_images_by_pk: { id: m[1] } });
		}
		if (req.method === 'DELETE' && (m = /^\/datasets\/([^/]+)$/.exec(path))) {
			if (!state.datasets.delete(m[1])) return apiJson(res, 200, { delete_datasets_by_pk: null });
			return apiJson(res, 200, { delete_datasets_by_pk: { id: m[1] } });
		}
		if (req.method === 'POST' && (m = /^\/datasets\/([^/]+)\/upload\/gen$/.exec(path))) {
			if (!state.datasets.has(m[1])) return apiError(res, 400, 'dataset not found', 'unexpected');
			const image = state.generatedImages.get(body?.generatedImageId);
			if (!image) return apiError(res, 400, "couldn't access image", 'unexpected');
			const id = crypto.randomUUID();
			const key = `generations/${image.generationId}/${image.index}.png`;
			state.datasetImages.set(id, { datasetId: m[1], key, generated: true });
			return apiJson(res, 200, { uploadDatasetImageFromGen: { id } });
		}
		if (req.method === 'POST' && path === '/canvas-init-image') {
			if (!EXTENSIONS[body?.initExtension] || !EXTENSIONS[body?.maskExtension]) return apiError(res, 400, 'invalid file extension', 'unexpected');
			const init = presign(body.initExtension);
			const mask = presign(body.maskExtension);
			for (const target of [init, mask]) {
					state.initImages.set(target.id, { key: target.key, extension: target.key.split('.').pop() });
			}
			return apiJson(res, 200, {
				uploadCanvasInitImage: {
					initImageId: init.id, initFields: init.fields, initKey: init.key, initUrl: init.url,
					maskImageId: mask.id, maskFields: mask.fields, maskKey: mask.key, maskUrl: mask.url,
				},
			});
		}
		if (req.method === 'GET' && (m = /^\/models\/user\/([^/]+)$/.exec(path))) {
			return apiJson(res, 200, { custom_models: m[1] === SANDBOX_USER.id ? state.customModels : [] });
		}
		if (req.method === 'POST' && (m = /^\/variations\/(upscale|unzoom|nobg|universal-upscaler)$/.exec(path))) {
			return startVariation(m[1], body, res);
		}
		if (req.method === 'GET' && (m = /^\/variations\/([^/]+)$/.exec(path))) {
			const variation = state.variations.get(m[1]);
			return apiJson(res, 200, { generated_image_variation_generic: variation ? [variationView(m[1], variation)] : [] });
		}
		if (req.method === 'GET' && (m = /^\/generations\/([^/]+)$/.exec(path))) {
			const job = state.generations.get(m[1]);
			return apiJson(res, 200, { generations_by_pk: job ? generationView(job) : null });
		}
		return apiError(res, 404, `no route for ${req.method} ${path}`, 'not-found');
	}

	const s3 = createS3Emulator({ sandbox, state, secret, presignTtlMs, track, takeFault, applyFault, checkLeak, url: () => s3Url });
	const presign = s3.presign;
	const s3Server = http.createServer(s3.handle);
	const apiServer = http.createServer((req, res) => {
		handleApi(req, res).catch((error) => apiError(res, 500, `Service Error: ${error.message}`));
	});
	// Another host, where tests point redirects: whatever reaches it is recorded (and a key there is a leak).
	const elsewhereServer = http.createServer(async (req, res) => {
		const body = await readBody(req);
		checkLeak('elsewhere', req, body);
		sandbox.elsewhereRequests.push({ method: req.method, path: req.url, headers: req.headers });
		apiJson(res, 200, {});
	});
	const s3Port = await listen(s3Server, options.s3Port ?? 0);
	const elsewherePort = await listen(elsewhereServer, 0);
	const apiPort = await listen(apiServer, options.apiPort ?? 0);
	s3Url = `http://127.0.0.1:${s3Port}`;

	return Object.assign(sandbox, {
		apiUrl: `http://127.0.0.1:${apiPort}${API_PREFIX}`,
		s3Url,
		/** A different origin (another port) for redirect targets; requests there land in elsewhereRequests. */
		elsewhereUrl: `http://localhost:${elsewherePort}`,
		/** Requests made to one server, optionally filtered by method and path. */
		requestsTo: (server, method, path) =>
			sandbox.requests.filter(
				(r) => r.server === server && (!method || r.method === method) && (!path || (path instanceof RegExp ? path.test(r.path) : r.path === path)),
			),
		reset: () => {
			sandbox.requests.length = 0;
			sandbox.elsewhereRequests.length = 0;
			sandbox.keyLeaks.length = 0;
			sandbox.faults.length = 0;
			sandbox.expireNextPresigns = 0;
			sandbox.failGenerations = false;
			sandbox.generationDelayMs = options.generationDelayMs ?? 300;
			sandbox.concurrencySlots = 10;
			sandbox.maxInFlight = { api: 0, s3: 0 };
			sandbox.maxActiveJobs = 0;
			for (const job of [...state.generations.values(), ...state.variations.values()]) job.seenFinished = true;
		},
		close: () =>
			Promise.all(
				[apiServer, s3Server, elsewhereServer].map(
					(server) =>
						new Promise((resolve) => {
							server.closeAllConnections?.();
							server.close(() => resolve());
						}),
				),
			),
	});
}

module.exports = { startSandbox, PLATFORM_MODELS };
