'use strict';
// A local stand-in for Leonardo's REST API and for S3 presigned POSTs, on loopback only.
// It enforces what the real services enforce (and a little more), so a sloppy client fails here.
// This file: the sandbox object tests steer and the API server's checks (auth, rate limit, faults,
// the SDK contract); api/: the Leonardo endpoints; s3.js: the S3 side.
const crypto = require('crypto');
const http = require('http');

const {
	API_PREFIX,
	API_V2_PREFIX,
	PLATFORM_MODELS,
	apiError,
	apiJson,
	listen,
	readBody,
	sleep,
} = require('./common');
const { apiRoutes } = require('./api/routes');
const { CHAT_PREFIX, chatModel, chatSettings } = require('./api/chat');
const { checkV1Body } = require('./contract');
const { mediaSettings } = require('./api/media');
const { callbackBody, post: postCallback } = require('./webhook');
const { createS3Emulator } = require('./s3');
const { defaultRemoveBgSwitches } = require('./api/imageTools');
const { defaultRealtimeSwitches } = require('./api/realtime');
const { PUBLISHED_LIMITS } = require('./api/rateLimits');

/**
 * Starts the API and S3 servers. Options: apiKey, apiPort, s3Port, latency {api, s3} in ms,
 * generationDelayMs, trainingDelayMs, presignTtlMs. Tests steer faults through the returned object.
 */
async function startSandbox(options = {}) {
	const apiKey = options.apiKey ?? 'sandbox-key';
	const secret = crypto.randomBytes(32);
	const state = {
		initImages: new Map(), // id → { key, extension, uploaded }
		datasets: new Map(), // id → { name, description, images: [] }
		datasetImages: new Map(), // upload id → { datasetId, key }
		media: new Map(), // media id → { key, extension, originalFilename, createdAt } (api/media.js)
		modelAssets: new Map(), // 3D model id → { key, name } (api/uploads.js)
		objects: new Map(), // key → { data, contentType, declared, actual }
		generations: new Map(),
		generatedImages: new Map(), // image id → { generationId, index, width, height }
		variations: new Map(), // id → { transformType, width, height, readyAt, createdAt }
		elements: new Map(), // userLoraId (a number) → the trained element, with readyAt and fails
		/** The API credits left (GET /me): every job and prompt tool spends them (api/pricing.js). */
		balance: { subscription: 3500, paid: 1000 },
		customModels: [
			{
				id: 'c0ffee00-0000-4000-8000-00000000c0de',
				name: 'My product style',
				description: 'Trained on shop photos',
				instancePrompt: 'product photo',
				modelWidth: 512,
				modelHeight: 512,
				public: false,
				sdVersion: 'SDXL_1_0',
				status: 'COMPLETE',
				type: 'PRODUCT_DESIGN',
				createdAt: '2026-01-01T00:00:00.000Z',
				updatedAt: '2026-01-01T00:00:00.000Z',
			},
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
		 * or Buffer), stall? (send the body, never end), hang? (answer nothing, keep the connection open), after? (let that many
		 * matches through first), latencyMs? (API: answered after this instead of latency.api) } or { ..., reset: true }; on
		 * the CDN also { trickleMs } (the real file, slowly).
		 */
		faults: [],
		/** How many of the next presigns are issued already expired. */
		expireNextPresigns: 0,
		/**
		 * How presigns carry their `fields`: 'json' (a JSON string, as Leonardo sends them), 'object' (already
		 * parsed, as some proxies pass them on) or 'twice' (a JSON string of that JSON string).
		 */
		presignFields: 'json',
		/** The OpenAI-compatible chat model's key and script (api/chat.js). */
		chat: chatSettings(),
		/** Uploaded media: processing time and status words (api/media.js). */
		media: mediaSettings(),
		/** Realtime (LCM) answers: cost unit and image count (api/realtime.js). */
		realtime: defaultRealtimeSwitches(),
		generationDelayMs: options.generationDelayMs ?? 300,
		/** When true, every generation created from now on ends FAILED. */
		failGenerations: false,
		trainingDelayMs: options.trainingDelayMs ?? options.generationDelayMs ?? 300,
		/** When true, every element trained from now on ends FAILED. */
		failTrainings: false,
		/**
		 * The API key's webhook callback, as set at app.leonardo.ai: { url, key }. When set, each
		 * generation POSTs its callback there once it completes; every callback sent lands in `callbacks`.
		 */
		webhook: null,
		callbacks: [],
		/** Every charge, in order: { path, credits } (api/pricing.js has the price rule). */
		charges: [],
		/** Credits every job costs above its price (a price changed since the calculator answered). */
		surcharge: 0,
		/**
		 * How POST /v2/generations answers a created job: 'wrapped' (the recipes'
		 * {"generate":{"generationId","cost"}}, the default) or 'flat' (the spec's {"generationId","apiCreditCost"}).
		 */
		v2AnswerShape: 'wrapped',
		/** Model IDs Leonardo "shipped" after the node's catalog: POST /v2/generations takes them with any parameters. */
		v2ModelsShippedSince: new Set(),
		latency: { api: 0, s3: 0, ...(options.latency ?? {}) },
		/** { count, withinMs }: S3 holds its first answers until `count` requests are in flight at once (s3.js `s3Delay`). */
		s3Gather: null,
		/** Requests per second the API allows before answering 429 with Retry-After: 1 (0 = no limit). */
		rateLimitPerSecond: options.rateLimitPerSecond ?? 0,
		rateLimited: 0,
		/**
		 * Leonardo's published per-minute limits (PUBLISHED_LIMITS), enforced per sliding window:
		 * `scale` 0.2 makes them 5× tighter, `windowMs` shortens the minute for tests, `on` false lifts them.
		 */
		publishedLimits: { on: true, scale: 1, windowMs: 60_000, ...(options.publishedLimits ?? {}) },
		/** false: the S3 side keeps only each upload's size (the benchmark's thousand files). */
		keepUploads: options.keepUploads ?? true,
		/** Answers of 429 under the published limits, per family ('all requests', '/v1/generations' …). */
		rateLimitedBy: {},
		/** What GET /me reports as apiConcurrencySlots. */
		concurrencySlots: 10,
		/** Requests being served right now, and the most at once, per server (api, s3). */
		inFlight: { api: 0, s3: 0 },
		maxInFlight: { api: 0, s3: 0 },
		/** The most jobs (generations, variations) unfinished at once, as the client saw them. */
		maxActiveJobs: 0,
		/** An API request's {arrivedAt (before the latency), answeredAt, status}; times in ms since the epoch. */
		timingOf: (record) => timings.get(record),
		state,
	};
	const timings = new WeakMap();
	const track = (server, res) => {
		sandbox.inFlight[server] += 1;
		sandbox.maxInFlight[server] = Math.max(sandbox.maxInFlight[server], sandbox.inFlight[server]);
		res.on('close', () => (sandbox.inFlight[server] -= 1));
	};
	const activeJobs = () =>
		[...state.generations.values(), ...state.variations.values()].filter((job) => !job.seenFinished)
			.length;
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
		// A server that took the request and never answers.
		if (fault.hang) return;
		res.writeHead(fault.status ?? 500, {
			'Content-Type': 'application/json',
			...(fault.headers ?? {}),
		});
		const body =
			typeof fault.body === 'string' || Buffer.isBuffer(fault.body)
				? fault.body
				: JSON.stringify(fault.body ?? { error: 'Service Error', path: '$', code: 'unexpected' });
		// A server that sends the start of an answer and then hangs (an endless download).
		if (fault.stall) return res.write(body);
		res.end(body);
	}

	const recentApiRequests = []; // timestamps, for the rate limit
	const publishedWindows = new Map(); // family → accepted arrival times in the window

	/** A 429 under the published limits (the endpoint's own, then all requests), or undefined. */
	function publishedLimitRefusal(method, path) {
		const limits = sandbox.publishedLimits;
		if (!limits.on) return undefined;
		const now = Date.now();
		const own = PUBLISHED_LIMITS.endpoints[`${method} ${path}`];
		const families = [
			...(own
				? [{ name: own.name, perMinute: own.perMinute ?? own.perSlot * sandbox.concurrencySlots }]
				: []),
			{ name: 'all requests', perMinute: PUBLISHED_LIMITS.allPerMinute },
		];
		const windows = families.map((family) => {
			const times = publishedWindows.get(family.name) ?? [];
			publishedWindows.set(family.name, times);
			while (times.length && times[0] <= now - limits.windowMs) times.shift();
			return { family, times, limit: Math.max(1, Math.floor(family.perMinute * limits.scale)) };
		});
		const full = windows.find(({ times, limit }) => times.length >= limit);
		if (full) {
			const { name } = full.family;
			sandbox.rateLimitedBy[name] = (sandbox.rateLimitedBy[name] ?? 0) + 1;
			const freeInMs = full.times[full.times.length - full.limit] + limits.windowMs - now;
			return { retryAfterSeconds: Math.max(1, Math.ceil(freeInMs / 1000)) };
		}
		for (const { times } of windows) times.push(now);
		return undefined;
	}

	function checkLeak(server, req, body) {
		const text = `${JSON.stringify(req.headers)} ${req.url} ${body ? body.toString('latin1') : ''}`;
		if (text.includes(apiKey)) sandbox.keyLeaks.push({ server, method: req.method, url: req.url });
	}

	async function handleApi(req, res) {
		track('api', res);
		const timing = { arrivedAt: Date.now(), answeredAt: undefined, status: undefined };
		res.on('close', () =>
			Object.assign(timing, { answeredAt: Date.now(), status: res.statusCode }),
		);
		const raw = await readBody(req);
		const url = new URL(req.url, 'http://sandbox');
		const v2 = url.pathname.startsWith(API_V2_PREFIX);
		const loggedPath = v2
			? `/v2${url.pathname.slice(API_V2_PREFIX.length)}`
			: url.pathname.replace(API_PREFIX, '');
		// A fault is chosen as the request arrives; its own `latencyMs` (if any) replaces the API's.
		const fault = takeFault('api', req, loggedPath);
		await sleep(fault?.latencyMs ?? sandbox.latency.api);
		const record = {
			server: 'api',
			method: req.method,
			path: loggedPath,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
		};
		sandbox.requests.push(record);
		timings.set(record, timing);
		// Logged before any fault: a test can see what a request that met a fault carried.
		try {
			if (raw.length) record.body = JSON.parse(raw.toString('utf8'));
		} catch {
			// Not JSON: checked (and refused) below.
		}
		const chat = url.pathname.startsWith(CHAT_PREFIX);
		if (!v2 && !chat && !url.pathname.startsWith(API_PREFIX))
			return apiError(res, 404, 'not found', 'not-found');
		if (fault) return applyFault(fault, req, res);
		if (chat) return handleChat({ req, res, path: record.path, body: record.body });
		if (sandbox.rateLimitPerSecond > 0) {
			const now = Date.now();
			while (recentApiRequests.length && recentApiRequests[0] <= now - 1000)
				recentApiRequests.shift();
			if (recentApiRequests.length >= sandbox.rateLimitPerSecond) {
				sandbox.rateLimited += 1;
				res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1' });
				return res.end(
					JSON.stringify({ error: 'Too many requests', path: '$', code: 'rate-limited' }),
				);
			}
			recentApiRequests.push(now);
		}
		const refusal = publishedLimitRefusal(req.method, record.path);
		if (refusal) {
			res.writeHead(429, {
				'Content-Type': 'application/json',
				'Retry-After': String(refusal.retryAfterSeconds),
			});
			return res.end(
				JSON.stringify({ error: 'Too many requests', path: '$', code: 'rate-limited' }),
			);
		}
		if (req.headers.authorization !== `Bearer ${apiKey}`) {
			return apiError(res, 401, 'Authentication hook unauthorized this request', 'access-denied');
		}
		let body;
		if (raw.length) {
			if (!/application\/json/i.test(req.headers['content-type'] || ''))
				return apiError(res, 400, 'expected a JSON body', 'bad-request');
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
		const route = findRoute(req.method, path);
		if (!route) return apiError(res, 404, `no route for ${req.method} ${path}`, 'not-found');
		return route.handle({
			body,
			query: record.query,
			params: route.params,
			res,
			fail: (problem) => apiError(res, ...problem),
		});
	}

	const s3 = createS3Emulator({
		sandbox,
		state,
		secret,
		presignTtlMs,
		track,
		takeFault,
		applyFault,
		checkLeak,
		url: () => s3Url,
	});
	const findRoute = apiRoutes({
		sandbox,
		state,
		presign: s3.presign,
		s3Url: () => s3Url,
		activeJobs,
	});
	const handleChat = chatModel(sandbox);
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
		/** The chat model's base URL, as an OpenAI credential's Base URL takes it. */
		chatUrl: `http://127.0.0.1:${apiPort}${CHAT_PREFIX.slice(0, -1)}`,
		s3Url,
		/** A different origin (another port) for redirect targets; requests there land in elsewhereRequests. */
		elsewhereUrl: `http://localhost:${elsewherePort}`,
		/**
		 * Sends a generation's callback as Leonardo would, to `webhook.url` with `webhook.key`, or
		 * with what `overrides` says ({ key: a wrong one, null: no header; type: another event }).
		 */
		sendCallback: async (generationId, overrides = {}) => {
			const target = { ...sandbox.webhook, ...overrides };
			const generation = findRoute.store.generationView(state.generations.get(generationId));
			const body = callbackBody(generation, {
				apiKey,
				url: target.url,
				key: sandbox.webhook?.key,
				type: target.type,
			});
			const headers = target.key === null ? {} : { authorization: `Bearer ${target.key}` };
			const answer = await postCallback(target.url, headers, body);
			sandbox.callbacks.push({ generationId, type: body.type, ...answer });
			return answer;
		},
		/** Requests made to one server, optionally filtered by method and path. */
		requestsTo: (server, method, path) =>
			sandbox.requests.filter(
				(r) =>
					r.server === server &&
					(!method || r.method === method) &&
					(!path || (path instanceof RegExp ? path.test(r.path) : r.path === path)),
			),
		reset: () => {
			sandbox.requests.length = 0;
			sandbox.elsewhereRequests.length = 0;
			sandbox.keyLeaks.length = 0;
			sandbox.faults.length = 0;
			sandbox.expireNextPresigns = 0;
			sandbox.presignFields = 'json';
			sandbox.chat = chatSettings();
			sandbox.media = mediaSettings();
			sandbox.failGenerations = false;
			sandbox.blueprintsQueued = false;
			sandbox.generationDelayMs = options.generationDelayMs ?? 300;
			sandbox.failTrainings = false;
			sandbox.webhook = null;
			sandbox.callbacks.length = 0;
			sandbox.charges.length = 0;
			sandbox.surcharge = 0;
			sandbox.v2AnswerShape = 'wrapped';
			sandbox.v2ModelsShippedSince.clear();
			sandbox.removeBg = defaultRemoveBgSwitches();
			sandbox.realtime = defaultRealtimeSwitches();
			state.balance = { subscription: 3500, paid: 1000 };
			sandbox.trainingDelayMs = options.trainingDelayMs ?? options.generationDelayMs ?? 300;
			sandbox.concurrencySlots = 10;
			sandbox.rateLimitPerSecond = options.rateLimitPerSecond ?? 0;
			sandbox.rateLimited = 0;
			recentApiRequests.length = 0;
			sandbox.publishedLimits = {
				on: true,
				scale: 1,
				windowMs: 60_000,
				...(options.publishedLimits ?? {}),
			};
			sandbox.rateLimitedBy = {};
			publishedWindows.clear();
			sandbox.maxInFlight = { api: 0, s3: 0 };
			sandbox.s3Gather = null;
			sandbox.maxActiveJobs = 0;
			for (const job of [...state.generations.values(), ...state.variations.values()])
				job.seenFinished = true;
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
