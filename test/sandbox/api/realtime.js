'use strict';
// Realtime Canvas (LCM): POST /generations-lcm, /lcm-instant-refine, /lcm-inpainting, /lcm-upscale.
// Sources: the Realtime Canvas guide (https://docs.leonardo.ai/docs/generate-images-with-realtime-canvas),
// the reference pages (https://docs.leonardo.ai/v1.0/reference/realtime-canvas,
// …/reference/performinstantrefine, …/reference/performalchemyupscalelcm) and the SDK 4.21.3
// (`createlcmgeneration.ts`, `performinstantrefine.ts`, `performinpaintinglcm.ts`,
// `performalchemyupscalelcm.ts`), whose request schemas contract.js checks the body against.
// - The image and mask go as `data:image/jpeg;base64,…` ("Ensure the images in the imageDataURL are
//   in JPEG format"); width and height 512, 640 or 1024 (default 512); strength 0.1–1, guidance
//   0.5–20, steps 4–16, refineStrength 0.5–0.9 — each "Must be …" of the spec, refused here with the
//   sandbox's own wording (no page shows Leonardo's).
// - The mask "should match" the image's dimensions (the guide's Caution): refused here when it does
//   not, so a client that skips the check is seen (live, the result would be off, not refused).
// - Answer: `{ lcmGenerationJob: { imageDataUrl: [JPEG data URL], requestTimestamp, apiCreditCost,
//   cost } }` at once; /lcm-upscale also `generationId[]`, `variationId[]` ("returns a variation
//   image, and also returns a generationId", the guide). The result's size for an upscale: no source —
//   the sandbox answers the requested width × height.
//
// Switches tests set on `sandbox.realtime` (reset before each test, index.js):
//   costUnit  'DOLLARS' (the reference page's example, "0.0147") or 'CREDITS' (the LCM_GENERATION
//             price of api/pricing.js, charged)
//   images    how many data URLs the answer lists (1)
const crypto = require('crypto');

const { apiError, apiJson, sniff } = require('../common');
const { imageSize } = require('./imageTools');
const { encodeJpeg } = require('../jpeg');

const SIDES = [512, 640, 1024];
const JPEG_PREFIX = 'data:image/jpeg;base64,';

function defaultRealtimeSwitches() {
	return { costUnit: 'DOLLARS', images: 1 };
}

/** Which calculator flags each endpoint's price carries (the SDK's LCM_GENERATION: instantRefine, refine). */
const ENDPOINTS = {
	'/generations-lcm': {},
	'/lcm-instant-refine': { instantRefine: true },
	'/lcm-inpainting': {},
	'/lcm-upscale': { refine: true },
};

/** A JPEG of the size asked, a gradient that differs by seed: small, real, decodable. */
function resultJpeg(width, height, seed) {
	return encodeJpeg(width, height, (x, y) => [(x * 255) / width, (y * 255) / height, seed % 256]);
}

/** The JPEG inside a data URL, or why it is not one. */
function jpegOf(name, value) {
	if (typeof value !== 'string' || !value.startsWith(JPEG_PREFIX))
		return { problem: `${name} must be a data URL starting with ${JPEG_PREFIX}` };
	const bytes = Buffer.from(value.slice(JPEG_PREFIX.length), 'base64');
	if (sniff(bytes) !== 'jpeg') return { problem: `${name} is not a JPEG image` };
	const size = imageSize(bytes);
	if (!size) return { problem: `${name} is a damaged JPEG` };
	return { size };
}

function rangeProblem(body, name, min, max, integer = false) {
	const value = body[name];
	if (value === undefined || value === null) return undefined;
	if (value < min || value > max || (integer && !Number.isInteger(value)))
		return `${name} must be ${integer ? 'an integer' : 'a float'} between ${min} and ${max}`;
	return undefined;
}

/** What the endpoint refuses beyond the body's types (contract.js), or undefined. */
function bodyProblem(path, body) {
	const image = jpegOf('imageDataUrl', body.imageDataUrl);
	if (image.problem) return image.problem;
	for (const side of ['width', 'height'])
		if (body[side] !== undefined && body[side] !== null && !SIDES.includes(body[side]))
			return `${side} must be 512, 640 or 1024`;
	const range =
		rangeProblem(body, 'strength', 0.1, 1) ??
		rangeProblem(body, 'guidance', 0.5, 20) ??
		rangeProblem(body, 'steps', 4, 16, true) ??
		rangeProblem(body, 'refineStrength', 0.5, 0.9);
	if (range) return range;
	if (path === '/lcm-inpainting') {
		const mask = jpegOf('maskDataUrl', body.maskDataUrl);
		if (mask.problem) return mask.problem;
		if (mask.size.width !== image.size.width || mask.size.height !== image.size.height)
			return `maskDataUrl is ${mask.size.width}x${mask.size.height} but imageDataUrl is ${image.size.width}x${image.size.height}`;
	}
	return undefined;
}

function realtimeRoutes({ sandbox, charge, price }) {
	return Object.entries(ENDPOINTS).map(([path, flags]) => ({
		method: 'POST',
		path,
		handle: ({ body, res }) => {
			const problem = bodyProblem(path, body);
			if (problem) return apiError(res, 400, problem, 'bad-request');
			const width = body.width ?? 512;
			const height = body.height ?? 512;
			const switches = sandbox.realtime;
			const [credits] = price('LCM_GENERATION', { width, height, ...flags });
			const cost =
				switches.costUnit === 'CREDITS'
					? { amount: String(charge(path, credits)), unit: 'CREDITS' }
					: { amount: '0.0147', unit: 'DOLLARS' };
			const seed = crypto.randomInt(256);
			const images = Array.from(
				{ length: switches.images },
				(_, index) => `${JPEG_PREFIX}${resultJpeg(width, height, seed + index).toString('base64')}`,
			);
			const job = {
				imageDataUrl: images,
				requestTimestamp: body.requestTimestamp ?? String(Date.now()),
				apiCreditCost: null,
				cost,
			};
			if (path === '/lcm-upscale') {
				job.generationId = [crypto.randomUUID()];
				job.variationId = [crypto.randomUUID()];
			}
			return apiJson(res, 200, { lcmGenerationJob: job });
		},
	}));
}

module.exports = { defaultRealtimeSwitches, realtimeRoutes };
