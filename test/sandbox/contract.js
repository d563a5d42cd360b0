'use strict';
// Leonardo's own request contract for the sandbox: the official SDK's zod request schemas
// (@leonardo-ai/sdk, generated from Leonardo's OpenAPI spec). A v1 body the SDK's schema does not
// describe is refused the way the live API refuses it, so the sandbox cannot drift from Leonardo.
const operations = require('@leonardo-ai/sdk/sdk/models/operations');

/**
 * Documented on docs.leonardo.ai but missing from the SDK's schema: `styleUUID`, in the Phoenix
 * guide's requests (https://docs.leonardo.ai/docs/phoenix), absent from SDK `creategeneration.ts`.
 */
const DOCUMENTED_EXTRAS = {
	'/generations': ['styleUUID'],
	// https://docs.leonardo.ai/reference/uploadmedia (2026-04-21): the SDK's UploadMediaRequestBody
	// has only `extension`.
	'/media': ['originalFilename', 'teamId'],
};

/**
 * Values docs.leonardo.ai documents that the SDK's enum lacks (it stops at VEO3 and KLING2_5): model
 * VEO3_1 on /generations-image-to-video
 * (https://docs.leonardo.ai/recipes/generate-with-veo31-1080p-8s-using-start-and-end-frame) and on
 * /generations-text-to-video (https://docs.leonardo.ai/recipes/generate-with-veo31-1080p-using-text-prompts).
 */
const DOCUMENTED_VALUES = {
	'/generations-image-to-video': { model: ['VEO3_1'] },
	'/generations-text-to-video': { model: ['VEO3_1'] },
};

/** Route (method and path pattern) → the SDK's request body schema. */
const ROUTES = [
	['POST', /^\/generations$/, operations.CreateGenerationRequestBody$outboundSchema],
	['POST', /^\/init-image$/, operations.UploadInitImageRequestBody$outboundSchema],
	['POST', /^\/canvas-init-image$/, operations.UploadCanvasInitImageRequestBody$outboundSchema],
	['POST', /^\/datasets$/, operations.CreateDatasetRequestBody$outboundSchema],
	['POST', /^\/datasets\/[^/]+\/upload$/, operations.UploadDatasetImageRequestBody$outboundSchema],
	[
		'POST',
		/^\/datasets\/[^/]+\/upload\/gen$/,
		operations.UploadDatasetImageFromGenRequestBody$outboundSchema,
	],
	[
		'POST',
		/^\/generations-image-to-video$/,
		operations.CreateImageToVideoGenerationRequestBody$outboundSchema,
	],
	[
		'POST',
		/^\/generations-text-to-video$/,
		operations.CreateTextToVideoGenerationRequestBody$outboundSchema,
	],
	['POST', /^\/elements$/, operations.CreateElementRequestBody$outboundSchema],
	['POST', /^\/models$/, operations.CreateModelRequestBody$outboundSchema],
	['POST', /^\/variations\/upscale$/, operations.CreateVariationUpscaleRequestBody$outboundSchema],
	['POST', /^\/variations\/unzoom$/, operations.CreateVariationUnzoomRequestBody$outboundSchema],
	['POST', /^\/variations\/nobg$/, operations.CreateVariationNoBGRequestBody$outboundSchema],
	[
		'POST',
		/^\/variations\/universal-upscaler$/,
		operations.CreateUniversalUpscalerJobRequestBody$outboundSchema,
	],
	['POST', /^\/prompt\/improve$/, operations.PromptImproveRequestBody$outboundSchema],
	['POST', /^\/media$/, operations.UploadMediaRequestBody$outboundSchema],
	['POST', /^\/blueprint-executions$/, operations.ExecuteBlueprintRequestBody$outboundSchema],
	['POST', /^\/generations-lcm$/, operations.CreateLCMGenerationRequestBody$outboundSchema],
	['POST', /^\/lcm-instant-refine$/, operations.PerformInstantRefineRequestBody$outboundSchema],
	['POST', /^\/lcm-inpainting$/, operations.PerformInpaintingLCMRequestBody$outboundSchema],
	['POST', /^\/lcm-upscale$/, operations.PerformAlchemyUpscaleLCMRequestBody$outboundSchema],
	['POST', /^\/models-3d\/upload$/, operations.UploadModelAssetRequestBody$outboundSchema],
	[
		'POST',
		/^\/generations-video-upscale$/,
		operations.CreateVideoUpscaleRequestBody$outboundSchema,
	],
];

/**
 * The SDK's outbound schemas take its camelCase property names and rename some to the wire names
 * (remap). The wire → property table is read off the schema itself: its transform, key by key.
 */
function wireTable(schema) {
	const object = schema._def.schema ?? schema;
	const transform = schema._def.effect?.transform;
	const table = {};
	for (const property of Object.keys(object.shape)) {
		const wire = transform
			? Object.keys(transform({ [property]: 0 }, { addIssue() {}, path: [] }))[0]
			: property;
		table[wire] = property;
	}
	return { object, table };
}

const tables = new Map(ROUTES.map(([, , schema]) => [schema, wireTable(schema)]));

function typeWord(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
}

/** The schema inside optional/nullable/lazy wrappers. */
function unwrap(schema) {
	let inner = schema;
	for (;;) {
		const def = inner._def;
		if (def.typeName === 'ZodOptional' || def.typeName === 'ZodNullable') inner = def.innerType;
		else if (def.typeName === 'ZodLazy') inner = def.getter();
		else return inner;
	}
}

/**
 * Checks one object of wire fields against an SDK schema: unknown keys refused, each value sent checked
 * (`prefix` names where the object sits, e.g. `serviceParams.IMAGE_GENERATION.`). Returns undefined
 * when it passes, else [status, error, code, path] in Leonardo's error shape ({error, path, code},
 * https://docs.leonardo.ai/docs/api-error-messages).
 */
function checkWire(table, object, body, { extras = [], values = {}, prefix = '' } = {}) {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return [
			400,
			'expected an object',
			'validation-failed',
			prefix ? `$.${prefix.slice(0, -1)}` : '$',
		];
	const properties = {};
	for (const [wire, value] of Object.entries(body)) {
		// Own keys only: "toString" or "constructor" are unknown keys, not Object.prototype's.
		if (extras.includes(wire) || (Object.hasOwn(values, wire) && values[wire].includes(value)))
			continue;
		// Leonardo's wording for an unknown body key ("Unexpected variable sd_Version",
		// https://docs.leonardo.ai/docs/api-error-messages): keys are case-sensitive.
		if (!Object.hasOwn(table, wire))
			return [400, `Unexpected variable ${prefix}${wire}`, 'bad-request', '$'];
		properties[table[wire]] = value;
	}
	// A field the schema requires (not optional in the SDK: the spec's `required` list) must be sent,
	// refused in the words of the v2 route (api/v2models.js `missing`).
	const sentProperties = new Set(Object.keys(body).map((wire) => table[wire]));
	const required = Object.keys(object.shape).find(
		(key) => !object.shape[key].isOptional() && !sentProperties.has(key),
	);
	if (required !== undefined) {
		const wire = Object.entries(table).find(([, name]) => name === required)?.[0] ?? required;
		return [
			400,
			`expecting a value for non-nullable variable: "${prefix}${wire}"`,
			'validation-failed',
			`$.selectionSet.args.${prefix}${wire}`,
		];
	}
	// Only the keys sent are checked for their values: the SDK's defaults are not the API's.
	const sent = object.pick(Object.fromEntries(Object.keys(properties).map((key) => [key, true])));
	const result = sent.safeParse(properties);
	if (result.success) return undefined;
	const issue = result.error.issues[0];
	const property = String(issue.path[0]);
	const wire = `${prefix}${Object.entries(table).find(([, name]) => name === property)?.[0] ?? property}`;
	if (issue.code === 'invalid_enum_value') {
		return [
			400,
			`invalid value ${JSON.stringify(properties[property])} for '${wire}': expected one of ${issue.options.join(', ')}`,
			'validation-failed',
			`$.selectionSet.args.${wire}`,
		];
	}
	const expected = issue.expected ?? issue.code;
	return [
		400,
		`expected ${expected === 'integer' || issue.message.includes('integer') ? 'an int' : `a ${expected}`} for '${wire}', but found ${typeWord(properties[property])}`,
		'validation-failed',
		`$.selectionSet.args.${wire}`,
	];
}

const PRICING = {
	top: wireTable(operations.PricingCalculatorRequestBody$outboundSchema),
	services: wireTable(operations.PricingCalculatorObject$outboundSchema),
};

/**
 * POST /pricing-calculator: `service` (the SDK's enum) and `serviceParams` keyed by service name,
 * each service's fields checked against the SDK's schema for that service.
 */
function checkPricingBody(body) {
	if (!body || typeof body !== 'object' || Array.isArray(body))
		return [400, 'expected an object', 'validation-failed', '$'];
	const { serviceParams, ...top } = body;
	const problem = checkWire(PRICING.top.table, PRICING.top.object, top);
	if (problem) return problem;
	if (serviceParams === undefined) return undefined;
	if (!serviceParams || typeof serviceParams !== 'object' || Array.isArray(serviceParams))
		return [400, "expected an object for 'serviceParams'", 'validation-failed', '$.serviceParams'];
	for (const [service, params] of Object.entries(serviceParams)) {
		const property = PRICING.services.table[service];
		if (!property) return [400, `Unexpected variable serviceParams.${service}`, 'bad-request', '$'];
		if (params === null) continue;
		const { object, table } = wireTable(unwrap(PRICING.services.object.shape[property]));
		const nested = checkWire(table, object, params, { prefix: `serviceParams.${service}.` });
		if (nested) return nested;
	}
	return undefined;
}

/** Checks a v1 request body against the SDK's schema (see checkWire for the answer). */
function checkV1Body(method, path, body) {
	if (method === 'POST' && path === '/pricing-calculator' && body !== undefined)
		return checkPricingBody(body);
	const route = ROUTES.find(([m, pattern]) => m === method && pattern.test(path));
	if (!route || body === undefined) return undefined;
	const { object, table } = tables.get(route[2]);
	return checkWire(table, object, body, {
		extras: Object.entries(DOCUMENTED_EXTRAS).find(([prefix]) => path === prefix)?.[1] ?? [],
		values: DOCUMENTED_VALUES[path] ?? {},
	});
}

module.exports = { checkV1Body };
