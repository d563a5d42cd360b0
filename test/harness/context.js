'use strict';
// Shared set-up for the workflow tests (kept in JS: it reads files, which n8n's strict lint forbids in .ts).
const fs = require('fs');
const path = require('path');

const { startSandbox } = require('../sandbox');
const { forgetPacing } = require('../../nodes/LeonardoAi/transport/pacing');
const { binaryItem, runWorkflow } = require('./runWorkflow');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '../fixtures', name));

const MIME = {
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
};

/** An input item holding a fixture file, labelled by its extension unless told otherwise. */
function fileItem(name, label = {}) {
	return binaryItem(fixture(name), {
		fileName: label.fileName ?? name,
		mimeType: label.mimeType ?? MIME[name.split('.').pop()],
		property: label.property,
	});
}

/** Starts one sandbox for the test file and resets its logs before each test. */
function useSandbox(options = {}) {
	const context = /** @type {{ sandbox: Awaited<ReturnType<typeof startSandbox>> }} */ ({
		sandbox: undefined,
	});
	beforeAll(async () => {
		context.sandbox = await startSandbox({ generationDelayMs: 200, ...options });
	});
	afterAll(async () => await context.sandbox.close());
	// The node's pacing lives as long as the process: each test starts from Leonardo's published limits.
	beforeEach(() => {
		context.sandbox.reset();
		forgetPacing();
	});
	afterEach(() => expect(context.sandbox.keyLeaks).toEqual([]));
	return context;
}

/**
 * Runs a chain of Leonardo AI nodes against the sandbox with a valid (or a given) API key. Options:
 * baseUrl, cancelAfterMs, runs (several runs of the first node in one execution, see runWorkflow).
 */
async function run(sandbox, nodes, input = [{ json: {} }], apiKey = sandbox.apiKey, options = {}) {
	const result = await runWorkflow({
		nodes,
		input,
		runs: options.runs,
		credentials: { apiKey, baseUrl: options.baseUrl ?? sandbox.apiUrl },
		cancelAfterMs: options.cancelAfterMs,
	});
	// The key must never reach an output or an error, whatever happened.
	expect(JSON.stringify(result.raw.data)).not.toContain(apiKey);
	return result;
}

/** The sandbox's presigned S3 form as a client must send it: its fields in the order issued (../sandbox/s3.js), the file last. */
const S3_FORM_ORDER = [
	'Content-Type',
	'bucket',
	'X-Amz-Algorithm',
	'X-Amz-Credential',
	'X-Amz-Date',
	'X-Amz-Security-Token',
	'key',
	'Policy',
	'X-Amz-Signature',
	'file',
];

module.exports = { fixture, fileItem, useSandbox, run, MIME, S3_FORM_ORDER };

/** A finished sandbox generation (for tests that need generated image IDs). */
async function generated(sandbox, numImages = 1) {
	const result = await run(sandbox, [
		{
			parameters: {
				resource: 'generation',
				operation: 'create',
				prompt: 'a seed image',
				numImages,
				downloadImages: false,
			},
		},
	]);
	return result.output[0].json;
}

/** The ID of the first image of a finished sandbox generation. */
async function generatedImageId(sandbox) {
	return (await generated(sandbox)).images[0].id;
}

/** An uploaded init image ID (from a 640×480 PNG). */
async function uploadedImageId(sandbox) {
	const upload = await run(
		sandbox,
		[{ parameters: { resource: 'initImage', operation: 'upload' } }],
		[fileItem('photo-640x480.png')],
	);
	return upload.output[0].json.id;
}

/** A finished sandbox video (Video → Create, Kling 2.6, not downloaded): its output json. */
async function finishedVideo(sandbox) {
	const result = await run(sandbox, [
		{
			parameters: {
				resource: 'video',
				operation: 'create',
				model: 'kling-2.6',
				prompt: 'a seed video',
				duration: 5,
				downloadVideo: false,
			},
		},
	]);
	return result.output[0].json;
}

/** The generated image ID that carries a finished sandbox video (a `video_reference_base` of type GENERATED). */
async function generatedVideoId(sandbox) {
	return (await finishedVideo(sandbox)).videos[0].id;
}

/** A new dataset holding `count` uploaded JPEGs (made through the node); the request log is cleared. */
async function datasetWithImages(sandbox, count) {
	const created = await run(sandbox, [
		{ parameters: { resource: 'dataset', operation: 'create', name: 'training set' } },
	]);
	const datasetId = created.output[0].json.id;
	if (count) {
		await run(
			sandbox,
			[{ parameters: { resource: 'dataset', operation: 'uploadImage', datasetId } }],
			Array.from({ length: count }, () => fileItem('photo-640x480.jpg')),
		);
	}
	sandbox.reset();
	return datasetId;
}

/** The next presign (POST /init-image) is answered 429 with this Retry-After (in seconds). */
function rateLimitNextPresign(sandbox, retryAfterSeconds) {
	sandbox.faults.push({
		server: 'api',
		method: 'POST',
		path: '/init-image',
		status: 429,
		headers: { 'Retry-After': String(retryAfterSeconds) },
	});
}

/** Every presign's {arrivedAt, answeredAt, status} from the sandbox's log, in arrival order. */
function presignTimings(sandbox) {
	return sandbox.requestsTo('api', 'POST', '/init-image').map((record) => sandbox.timingOf(record));
}

Object.assign(module.exports, {
	datasetWithImages,
	presignTimings,
	rateLimitNextPresign,
	generated,
	generatedImageId,
	generatedVideoId,
	finishedVideo,
	uploadedImageId,
});
