'use strict';
// Starts real n8n (`n8n start`) with the package and the sandbox credential, logged in over REST,
// for what the editor does: the credential test and the model picker.
const fs = require('fs');
const path = require('path');

const { startSandbox } = require('../sandbox');
const runtime = require('../harness/n8n');

async function startEditor(which) {
	const sandbox = await startSandbox();
	const credential = runtime.sandboxCredential(sandbox);
	let n8n;
	let server;
	let call;
	try {
		n8n = await runtime.prepareN8n(which, { credentials: [credential] });
		server = await n8n.start();
		call = await runtime.restSession(server.url);
	} catch (error) {
		await server?.stop();
		await sandbox.close();
		n8n?.cleanup();
		throw error;
	}
	return {
		sandbox,
		credential,
		call,
		url: server.url,
		async stop() {
			await server.stop();
			await sandbox.close();
			n8n.cleanup();
		},
	};
}

const CHROMIUM = '/usr/bin/chromium';
/**
 * Where the editor test's screenshots go: a temporary folder, so a test run never changes the
 * committed ones; `UPDATE_SCREENSHOTS=1` writes them to docs/screenshots (the README's pictures).
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
	? path.join(__dirname, '..', '..', 'docs', 'screenshots')
	: path.join(require('os').tmpdir(), 'n8n-nodes-leonardo-ai-screenshots');

/** Headless Debian Chromium, with the flags this machine's closed network needs. */
async function launchBrowser() {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does it on CI`,
		);
	}
	const { chromium, selectors } = require('playwright-core');
	selectors.setTestIdAttribute('data-test-id');
	return await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

function screenshotPath(name) {
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	return path.join(SCREENSHOTS, name);
}

module.exports = { RUNTIMES: runtime.RUNTIMES, startEditor, launchBrowser, screenshotPath };
