'use strict';
// Runs real n8n for the e2e tests, the demo and the benchmark. Node builds and n8n itself live in a
// cache folder outside the package, never in its dependencies.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { CACHE, ROOT } = require('./node');
const { RUNTIMES, ensureN8n, ensureNode, packPackage } = require('./install');
const { extractExecutionJson, prepareN8n } = require('./instance');
const { log } = require('./process');
const { restSession } = require('./rest');

/** The sandbox credential as n8n imports it; workflows in examples/ reference its id. */
function sandboxCredential(sandbox) {
	return {
		id: 'leonardoSandbox1',
		name: 'Leonardo AI (local sandbox)',
		type: 'leonardoAiApi',
		data: { apiKey: sandbox.apiKey, baseUrl: sandbox.apiUrl },
	};
}

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const DATASET_FILES = ['photo-640x480.png', 'lossy-640x480.webp', 'portrait-300x500.jpg'];
const STYLE_FILES = ['photo-640x480.jpg', 'photo-640x480.png', 'lossy-640x480.webp'];
const STYLE_IMAGES = 12;

/**
 * The input folder the examples read (/data/leonardo-input in their JSON), like a user's: `photo.jpg`,
 * `dataset/` (a PNG, a WebP and a JPEG) and `style/` (12 images to train an element on).
 */
function makeExampleInput(photo = path.join(FIXTURES, 'photo-640x480.jpg')) {
	const input = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-input-'));
	fs.copyFileSync(photo, path.join(input, 'photo.jpg'));
	fs.mkdirSync(path.join(input, 'dataset'));
	for (const name of DATASET_FILES)
		fs.copyFileSync(path.join(FIXTURES, name), path.join(input, 'dataset', name));
	fs.mkdirSync(path.join(input, 'style'));
	for (let n = 0; n < STYLE_IMAGES; n++) {
		const source = STYLE_FILES[n % STYLE_FILES.length];
		const name = `style-${String(n + 1).padStart(2, '0')}${path.extname(source)}`;
		fs.copyFileSync(path.join(FIXTURES, source), path.join(input, 'style', name));
	}
	return input;
}

/** Loads an example workflow and replaces its {{FIXTURES}} and {{OUTPUT}} folder placeholders. */
function loadExample(name, { fixtures, output }) {
	const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
	return JSON.parse(
		text.split('/data/leonardo-input').join(fixtures).split('/data/leonardo-output').join(output),
	);
}

module.exports = {
	restSession,
	RUNTIMES,
	CACHE,
	ROOT,
	ensureNode,
	ensureN8n,
	prepareN8n,
	packPackage,
	sandboxCredential,
	loadExample,
	makeExampleInput,
	extractExecutionJson,
	log,
};
