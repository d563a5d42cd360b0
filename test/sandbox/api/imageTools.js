'use strict';
// Background removal and the Pro Upscalers, as Leonardo's v2 API takes them:
// - POST /v2/generationssync with `remove-bg` (https://docs.leonardo.ai/docs/remove-bg, updatedAt
//   2026-09-02; schema RemoveBgSyncGenerationRequest of https://docs.leonardo.ai/reference/createsyncgeneration,
//   updatedAt 2026-08-31, "the sync spec"): answered at once with a real cut-out PNG (colour type 6,
//   RGBA, transparent background) served from the sandbox CDN;
// - POST /v2/generations with `aurora-upscaler-precise` / `aurora-upscaler-creative`
//   (https://docs.leonardo.ai/docs/pro-upscaler-precise, …/pro-upscaler-creative, updatedAt 2026-06-29;
//   AuroraUpscaler{Precise,Creative}GenerationRequest of https://docs.leonardo.ai/reference/creategeneration,
//   updatedAt 2026-09-01, "the spec"): their rules for v2models.js, and the size of their result
//   (the input's times the factor).
// Written from those sources, independently of the node's code. Where page and spec disagree the
// spec wins (it is what the server validates). Errors as v2 answers them: HTTP 200 with errors[]
// (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai, updatedAt 2026-09-02).
//
// Switches tests set on `sandbox.removeBg` (reset before each test, index.js):
//   blocked   true → `results: []`, `blockedCount: 1` (moderation withheld the output)
//   delayMs   how long the cut-out takes; past `limitMs` (27 000, "up to ~27 seconds") the call is
//             answered 504 at `limitMs` — the body of Leonardo's timeout answer: no source found (the
//             sandbox sends API Gateway's {"message":"Endpoint request timed out"}, inferred)
//   costUnit  'DOLLARS' (the page's example, "0.1047") or 'CREDITS' (2 credits, charged)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const { apiJson, sleep, sniff } = require('../common');
const { chunk, encodePng } = require('../png');

const IMAGE_TYPES = ['UPLOADED', 'GENERATED', 'VARIATION', 'URL', 'BASE64'];
const MB = 1024 * 1024;
/** "Input URL / BASE64 / upload: up to 25MB"; BASE64 "Under ~7.5MB" (migration page). */
const MAX_INPUT_BYTES = 25 * MB;
const MAX_BASE64_BYTES = 7.5 * MB;
/** The served files stay small: a result larger than this (per side) is served as a scaled stand-in. */
const MAX_SERVED_SIDE = 1024;

function defaultSwitches() {
	return { blocked: false, delayMs: 0, limitMs: 27_000, costUnit: 'DOLLARS' };
}

// ---- images ---------------------------------------------------------------------------------------

/** Width and height from a PNG, JPEG or WebP header (undefined when unreadable). */
function imageSize(bytes) {
	const format = sniff(bytes);
	if (format === 'png' && bytes.length >= 24)
		return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
	if (format === 'jpeg') {
		let offset = 2;
		while (offset + 9 < bytes.length) {
			if (bytes[offset] !== 0xff) return undefined;
			const marker = bytes[offset + 1];
			const length = bytes.readUInt16BE(offset + 2);
			if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
				return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
			offset += 2 + length;
		}
		return undefined;
	}
	if (format === 'webp' && bytes.length >= 30) {
		const kind = bytes.toString('latin1', 12, 16);
		if (kind === 'VP8 ')
			return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
		if (kind === 'VP8L') {
			const bits = bytes.readUInt32LE(21);
			return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
		}
		if (kind === 'VP8X')
			return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
	}
	return undefined;
}

/** Scaled down (aspect kept) so that width × height ≤ maxPixels and each side ≤ maxSide. */
function fitted({ width, height }, maxPixels = Infinity, maxSide = Infinity) {
	const scale = Math.min(
		1,
		Math.sqrt(maxPixels / (width * height)),
		maxSide / Math.max(width, height),
	);
	return {
		width: Math.max(1, Math.floor(width * scale)),
		height: Math.max(1, Math.floor(height * scale)),
	};
}

/**
 * A cut-out: a disc (the "subject") on a transparent background, as an 8-bit PNG of colour type 6
 * (RGBA); with `background` [r, g, b] opaque RGB (colour type 2) instead; with `mask` the greyscale
 * alpha mask alone (colour type 0).
 */
function cutoutPng(width, height, { background, mask } = {}) {
	const channels = mask ? 1 : background ? 3 : 4;
	const row = width * channels + 1;
	const raw = Buffer.alloc(row * height);
	const cx = width / 2;
	const cy = height / 2;
	const radius = Math.min(width, height) * 0.35;
	for (let y = 0; y < height; y++) {
		raw[y * row] = 0;
		for (let x = 0; x < width; x++) {
			const inside = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
			const offset = y * row + 1 + x * channels;
			const subject = [236, 72, 153];
			if (mask) raw[offset] = inside ? 255 : 0;
			else if (background) (inside ? subject : background).forEach((v, c) => (raw[offset + c] = v));
			else {
				subject.forEach((v, c) => (raw[offset + c] = inside ? v : 0));
				raw[offset + 3] = inside ? 255 : 0;
			}
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = mask ? 0 : background ? 2 : 6;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** JPG and WebP results: real files of that format (the sandbox has no encoder for them), any size. */
const STAND_INS = {
	jpg: fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'photo-640x480.jpg')),
	webp: fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'lossless-512x384.webp')),
};
const CONTENT_TYPES = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

/** A few CSS colour names (the sandbox's own short list); anything else by name is painted grey. */
const COLOURS = {
	white: [255, 255, 255],
	black: [0, 0, 0],
	red: [255, 0, 0],
	green: [0, 128, 0],
	blue: [0, 0, 255],
};

function rgbOf(colour) {
	const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
	if (!hex) return COLOURS[colour.toLowerCase()] ?? [128, 128, 128];
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

// ---- validation -----------------------------------------------------------------------------------
const bad = (message, code = 'BAD_REQUEST') => [400, message, code];
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const LENGTH = /^\d+(\.\d+)?(px|%)$/;
const PERCENT = /^(\d+(\.\d+)?)%$/;
const parts = (value) => value.trim().split(/\s+/);

/**
 * The string parameters of remove-bg in the shapes the sync spec's descriptions give (the server's
 * exact grammar: no source found; the sandbox holds the node to the descriptions).
 */
const REMOVE_BG_STRINGS = {
	// "two x/y coordinate pairs in pixels ('0px 0px 100px 100px') or percentages ('0% 0% 100% 100%')"
	roi: (v) => parts(v).length === 4 && parts(v).every((p) => LENGTH.test(p)),
	// "as an absolute value ('30px') or relative to the subject size ('10%'). Accepts one, two, or four values"
	crop_margin: (v) => [1, 2, 4].includes(parts(v).length) && parts(v).every((p) => LENGTH.test(p)),
	// "'original' or a percentage between '10%' and '100%'"
	scale: (v) =>
		v === 'original' ||
		(PERCENT.test(v) && Number(PERCENT.exec(v)[1]) >= 10 && Number(PERCENT.exec(v)[1]) <= 100),
	// "'original', 'center', a single percentage, or two percentages"
	position: (v) =>
		['original', 'center'].includes(v) ||
		([1, 2].includes(parts(v).length) &&
			parts(v).every((p) => PERCENT.test(p) && Number(PERCENT.exec(p)[1]) <= 100)),
	// "hex code or color name"
	bg_color: (v) => /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v) || /^[a-z]+$/i.test(v),
};

/** The sync spec's `parameters` properties (additionalProperties: false) and their rules. */
const REMOVE_BG_PARAMS = {
	size: { enum: ['auto', 'preview', 'full', '50MP'] },
	type: {
		enum: ['auto', 'person', 'product', 'car', 'animal', 'graphic', 'transportation', 'other'],
	},
	type_level: { enum: ['none', '1', '2', 'latest'] },
	format: { enum: ['png', 'jpg', 'webp'] },
	channels: { enum: ['rgba', 'alpha'] },
	shadow_type: { enum: ['none', 'drop', '3d', 'car'] },
	crop: { bool: true },
	semitransparency: { bool: true },
	quantity: { int: [1, 1] },
	shadow_opacity: { int: [0, 100] },
	roi: { string: true },
	crop_margin: { string: true },
	scale: { string: true },
	position: { string: true },
	bg_color: { string: true },
	guidances: { guidances: true },
};

function checkParam(key, rule, value) {
	if (rule.enum && !rule.enum.includes(value))
		return `invalid ${key} ${JSON.stringify(value)}: use one of ${rule.enum.join(', ')}`;
	if (rule.bool && typeof value !== 'boolean') return `expected a boolean for '${key}'`;
	if (rule.int && (!Number.isInteger(value) || value < rule.int[0] || value > rule.int[1]))
		return Number.isFinite(rule.int[1])
			? `${key} must be an integer from ${rule.int[0]} to ${rule.int[1]}`
			: `${key} must be an integer of at least ${rule.int[0]}`;
	if (rule.string) {
		if (typeof value !== 'string') return `expected a string for '${key}'`;
		if (!REMOVE_BG_STRINGS[key](value)) return `invalid ${key} ${JSON.stringify(value)}`;
	}
	return undefined;
}

/** One image guidance item: { image: { id | url | data, type, width?, height? }, order? } (spec). */
function checkImageItem(kind, item, known) {
	if (!isObject(item)) return `${kind} items are objects`;
	// A `strength` on an item whose schema has none: rejection undocumented — accepted (as v2models.js).
	const extra = Object.keys(item).find((k) => !['image', 'order', 'strength'].includes(k));
	if (extra) return `Unexpected variable ${extra}`;
	const image = item.image;
	if (!isObject(image)) return 'expecting a value for non-nullable variable: "image"';
	const imageExtra = Object.keys(image).find(
		(k) => !['id', 'url', 'data', 'type', 'width', 'height'].includes(k),
	);
	if (imageExtra) return `Unexpected variable ${imageExtra}`;
	if (!IMAGE_TYPES.includes(image.type))
		return `invalid image type ${image.type}: use one of ${IMAGE_TYPES.join(', ')}`;
	if (item.order !== undefined && !(Number.isInteger(item.order) && item.order >= 0))
		return 'order must be an integer from 0';
	if (['UPLOADED', 'GENERATED', 'VARIATION'].includes(image.type) && typeof image.id !== 'string')
		return 'expecting a value for non-nullable variable: "id"';
	if (image.type === 'URL' && typeof image.url !== 'string')
		return 'url is required when type is URL';
	if (image.type === 'BASE64' && typeof image.data !== 'string')
		return 'data is required when type is BASE64';
	if (!known.imageKnown(image))
		return `invalid ${kind} image ${image.id ?? image.url ?? ''} (${image.type})`;
	return undefined;
}

function checkGuidanceList(kind, list, known) {
	if (!Array.isArray(list)) return `expected an array for '${kind}'`;
	// image_reference and background_image_reference: "minItems": 1, "maxItems": 1.
	if (list.length !== 1) return `${kind} takes exactly 1 item`;
	return checkImageItem(kind, list[0], known);
}

/** The input image's bytes, when the sandbox holds them (BASE64 data, an uploaded init image). */
function inputBytes(state, image) {
	if (image.type === 'BASE64') return Buffer.from(image.data, 'base64');
	if (image.type === 'UPLOADED') {
		const upload = state.initImages.get(image.id);
		return upload && state.objects.get(upload.key)?.data;
	}
	return undefined;
}

/** The input image's size: from its bytes, or as the sandbox recorded a generated image / variation. */
function inputSize(state, image) {
	const bytes = inputBytes(state, image);
	if (bytes) return imageSize(bytes);
	if (image.type === 'GENERATED') return state.generatedImages.get(image.id);
	if (image.type === 'VARIATION') return state.variations.get(image.id);
	return undefined;
}

/** What POST /v2/generationssync answers for a body: undefined (accepted) or [status, message, code]. */
function validateRemoveBg(body, { state, known }) {
	if (!isObject(body)) return bad('expected an object');
	// The sync spec's properties: model, public, parameters, ephemeral, base64.
	const top = Object.keys(body).find(
		(k) => !['model', 'public', 'parameters', 'ephemeral', 'base64'].includes(k),
	);
	if (top) return bad(`Unexpected variable ${top}`);
	if (typeof body.model !== 'string')
		return bad('expecting a value for non-nullable variable: "model"');
	// "Only sync-capable models are accepted": the discriminator maps remove-bg alone.
	if (body.model !== 'remove-bg')
		return bad(`model ${body.model} is not available for sync generation`);
	for (const flag of ['public', 'ephemeral', 'base64'])
		if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
			return bad(`expected a boolean for '${flag}'`);
	const p = body.parameters;
	if (!isObject(p)) return bad('expecting a value for non-nullable variable: "parameters"');
	const unknown = Object.keys(p).find((k) => !REMOVE_BG_PARAMS[k]);
	if (unknown) return bad(`Unexpected variable ${unknown}`);
	for (const [key, value] of Object.entries(p)) {
		if (key === 'guidances') continue;
		const problem = checkParam(key, REMOVE_BG_PARAMS[key], value);
		if (problem) return bad(problem);
	}
	const g = p.guidances;
	if (!isObject(g)) return bad('expecting a value for non-nullable variable: "guidances"');
	const kind = Object.keys(g).find(
		(k) => !['image_reference', 'background_image_reference'].includes(k),
	);
	if (kind) return bad(`Unexpected variable ${kind}`);
	if (g.image_reference === undefined)
		return bad('expecting a value for non-nullable variable: "image_reference"');
	for (const [name, list] of Object.entries(g)) {
		const problem = checkGuidanceList(name, list, known);
		if (problem) return bad(problem);
	}
	const image = g.image_reference[0].image;
	const bytes = inputBytes(state, image);
	if (image.type === 'BASE64') {
		if (!sniff(bytes))
			return bad('data is not a PNG, JPEG or WebP image (raw base64, no data: prefix)');
		if (bytes.length > MAX_BASE64_BYTES)
			return bad('BASE64 images must be under 7.5MB: upload larger ones');
	}
	if (bytes && bytes.length > MAX_INPUT_BYTES) return bad('input images must be at most 25MB');
	return undefined;
}

// ---- the routes -----------------------------------------------------------------------------------

/** The result's size: the input's, within `size`'s cap ("'preview' caps at 0.25 megapixels, 'full' and 'auto' cap at 25 megapixels, and '50MP' allows up to 50"); PNG at most 10 MP. */
function resultSize(input, p) {
	const caps = { preview: 0.25, auto: 25, full: 25, '50MP': 50 };
	const megapixels = Math.min(
		caps[p.size ?? 'full'],
		(p.format ?? 'png') === 'png' ? 10 : Infinity,
	);
	return fitted(input, megapixels * 1e6);
}

function imageToolRoutes({ sandbox, state, v2Known, createJob, s3Url, charge }) {
	sandbox.removeBg = defaultSwitches();
	const known = v2Known;

	return [
		{
			method: 'POST',
			path: '/v2/generationssync',
			handle: async ({ body, res }) => {
				const problem = validateRemoveBg(body, { state, known });
				if (problem)
					return apiJson(res, 200, {
						errors: [
							{ message: problem[1], extensions: { code: problem[2], statusCode: problem[0] } },
						],
					});
				const switches = sandbox.removeBg;
				if (switches.delayMs > switches.limitMs) {
					await sleep(switches.limitMs);
					return apiJson(res, 504, { message: 'Endpoint request timed out' });
				}
				await sleep(switches.delayMs);
				const p = body.parameters;
				const format = p.format ?? 'png';
				const image = p.guidances.image_reference[0].image;
				const input = inputSize(state, image) ?? { width: 512, height: 512 };
				const size = resultSize(
					p.crop ? fitted({ width: input.width * 0.7, height: input.height * 0.7 }) : input,
					p,
				);
				const job = createJob(
					{ modelId: 'remove-bg', public: body.public ?? false },
					size.width,
					size.height,
					1,
					false,
				);
				// Finished when answered: the sync call returns the result itself.
				job.readyAt = Date.now();
				job.seenFinished = true;
				const served = fitted(size, Infinity, MAX_SERVED_SIDE);
				const opaque =
					p.bg_color !== undefined || p.guidances.background_image_reference !== undefined;
				job.file =
					format === 'png'
						? cutoutPng(served.width, served.height, {
								mask: p.channels === 'alpha',
								background: opaque ? rgbOf(p.bg_color ?? 'grey') : undefined,
							})
						: STAND_INS[format];
				job.fileType = CONTENT_TYPES[format];
				const cost =
					switches.costUnit === 'CREDITS'
						? { amount: String(charge('/v2/generationssync', 2)), unit: 'CREDITS' }
						: { amount: '0.1047', unit: 'DOLLARS' };
				const results = switches.blocked
					? []
					: [
							{
								url: `${s3Url()}/generations/${job.id}/0.${format}`,
								contentType: CONTENT_TYPES[format],
								width: size.width,
								height: size.height,
								...(body.base64 ? { dataB64: job.file.toString('base64') } : {}),
							},
						];
				if (body.base64) delete results[0]?.url;
				return apiJson(res, 200, {
					id: job.id,
					blockedCount: switches.blocked ? 1 : 0,
					cost,
					results,
				});
			},
		},
	];
}

// ---- the Pro Upscalers (rules for v2models.js) ----------------------------------------------------
const I31 = 2147483647;
/** Both schemas: seed 0–2147483647, width/height ≥ 128 (required), priority (integer), quantity fixed 1. */
const AURORA_COMMON = {
	seed: { int: [0, I31] },
	width: { int: [128, Infinity] },
	height: { int: [128, Infinity] },
	priority: { int: [-I31, I31] },
	quantity: { int: [1, 1] },
	// The spec's enum is 2, 3, 4, 6, 8; the pages also list 5 (spec wins).
	upscale_factor: { enum: [2, 3, 4, 6, 8] },
};

function auroraModel(name, own) {
	const params = { ...AURORA_COMMON, ...own };
	return {
		kind: 'image',
		name,
		/** The whole check of a body for this model (v2models.js `validateV2Body` hands it over). */
		validate(body, known) {
			const p = body.parameters;
			// No `prompt`: the schemas have none, and their properties are all that is accepted.
			const unknown = Object.keys(p).find((k) => !params[k] && k !== 'guidances');
			if (unknown) return bad(`Unexpected variable ${unknown}`);
			for (const key of ['guidances', 'width', 'height'])
				if (p[key] === undefined)
					return bad(`expecting a value for non-nullable variable: "${key}"`);
			for (const [key, value] of Object.entries(p)) {
				if (key === 'guidances') continue;
				const problem = checkParam(key, params[key], value);
				if (problem) return bad(problem);
			}
			if (!isObject(p.guidances)) return bad("expected an object for 'guidances'");
			const kind = Object.keys(p.guidances).find((k) => k !== 'image_reference');
			if (kind) return bad(`Unexpected variable ${kind}`);
			if (p.guidances.image_reference === undefined)
				return bad('expecting a value for non-nullable variable: "image_reference"');
			const problem = checkGuidanceList('image_reference', p.guidances.image_reference, known);
			if (problem) return bad(problem);
			// width/height are "of the input image": held to the image's own size where the sandbox
			// knows it (stricter than documented: what the server does with other values, no source found).
			const size = known.state && inputSize(known.state, p.guidances.image_reference[0].image);
			if (size && (size.width !== p.width || size.height !== p.height))
				return bad(`width and height must be the input image's size, ${size.width}x${size.height}`);
			return undefined;
		},
		/** The generation's size: the input's times the factor (default 2, spec). */
		job: {
			size: (p) => ({
				width: p.width * (p.upscale_factor ?? 2),
				height: p.height * (p.upscale_factor ?? 2),
			}),
			/** A large result is served as a stand-in scaled to MAX_SERVED_SIDE; the generation reports the real size. */
			created: (job) => {
				if (Math.max(job.width, job.height) <= MAX_SERVED_SIDE) return;
				const served = fitted(job, Infinity, MAX_SERVED_SIDE);
				job.file = encodePng(served.width, served.height);
				job.fileType = 'image/png';
			},
		},
		schema: {
			type: 'object',
			required: ['guidances', 'width', 'height'],
			properties: Object.fromEntries(
				Object.entries(params).map(([key, rule]) => [
					key,
					rule.enum
						? { type: typeof rule.enum[0] === 'number' ? 'number' : 'string', enum: rule.enum }
						: {
								type: 'integer',
								minimum: rule.int[0],
								...(Number.isFinite(rule.int[1]) ? { maximum: rule.int[1] } : {}),
							},
				]),
			),
		},
	};
}

const IMAGE_TOOL_MODELS = {
	'aurora-upscaler-precise': auroraModel('Pro Upscaler Precise', {
		// "upscale_mode": oneOf clean / detailed, default detailed (spec; the page says Required).
		upscale_mode: { enum: ['clean', 'detailed'] },
	}),
	'aurora-upscaler-creative': auroraModel('Pro Upscaler Creative', {
		// "creativity": low / mid / high, default mid (spec; the page says Required).
		creativity: { enum: ['low', 'mid', 'high'] },
	}),
};

module.exports = {
	IMAGE_TOOL_MODELS,
	imageToolRoutes,
	defaultRemoveBgSwitches: defaultSwitches,
	imageSize,
	validateRemoveBg,
};
