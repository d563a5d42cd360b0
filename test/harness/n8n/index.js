'use strict';
// Runs real n8n for the e2e tests, the demo and the benchmark. Node builds and n8n itself live in a
// cache folder outside the package, never in its dependencies.
const fs = require('fs');
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
	extractExecutionJson,
	log,
};
