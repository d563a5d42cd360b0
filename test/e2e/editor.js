'use strict';
// Starts real n8n (`n8n start`) with the package and the sandbox credential, logged in over REST,
// for what the editor does: the credential test, the model picker and the editor UI.
const fs = require('fs');
const path = require('path');

const { startSandbox } = require('../sandbox');
const runtime = require('../harness/n8n');

/** `credentials(sandbox)` adds more (e.g. the OpenAI credential the agent example uses). */
async function startEditor(which, { credentials = () => [] } = {}) {
	const sandbox = await startSandbox();
	const credential = runtime.sandboxCredential(sandbox);
	let n8n;
	let server;
	let call;
	try {
		n8n = await runtime.prepareN8n(which, {
			credentials: [credential, ...credentials(sandbox)],
		});
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

/** Debian's Chromium, where the machine has it (apt-get install chromium). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/**
 * Where the editor test's screenshots go: a temporary folder, so a test run never changes the
 * committed ones; `UPDATE_SCREENSHOTS=1` writes them to docs/screenshots (README and docs/).
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
	? path.join(__dirname, '..', '..', 'docs', 'screenshots')
	: path.join(require('os').tmpdir(), 'n8n-nodes-leonardo-ai-screenshots');

/**
 * The browser to drive: Debian's Chromium when installed, else the Chromium inside the
 * `@sparticuz/chromium` dev dependency (pinned in package-lock.json, so a bare machine needs no
 * system install and no download). That package unpacks its binary to the temporary folder; the
 * NSS and expat libraries it links against are in its `al2023.tar.br` (it unpacks those only on
 * Amazon Linux): unpacked here too and put on LD_LIBRARY_PATH. The package is ESM, which Jest's
 * module loader cannot import: a child Node process unpacks it.
 */
function browserExecutable() {
	if (fs.existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, env: {} };
	const script = `
		const path = require('path');
		import('@sparticuz/chromium').then(async ({ default: chromium, inflate }) => {
			const bin = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '..', 'bin');
			const executablePath = await chromium.executablePath(bin);
			const libraries = path.join(await inflate(path.join(bin, 'al2023.tar.br')), 'lib');
			process.stdout.write(JSON.stringify({ executablePath, libraries }));
		});`;
	const unpacked = JSON.parse(
		require('child_process').execFileSync(process.execPath, ['-e', script], {
			cwd: path.join(__dirname, '..', '..'),
			encoding: 'utf8',
		}),
	);
	const inherited = process.env.LD_LIBRARY_PATH;
	return {
		executablePath: unpacked.executablePath,
		env: {
			LD_LIBRARY_PATH: inherited ? `${unpacked.libraries}:${inherited}` : unpacked.libraries,
		},
	};
}

/** Headless Chromium, with the flags this machine's closed network needs. */
async function launchBrowser() {
	const { executablePath, env } = browserExecutable();
	const { chromium, selectors } = require('playwright-core');
	selectors.setTestIdAttribute('data-test-id');
	return await chromium.launch({
		executablePath,
		env: { ...process.env, ...env },
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

/** A workflow of examples/ as a user imports it (the agent example reads no files: no folders to replace). */
function readExample(name) {
	return JSON.parse(fs.readFileSync(path.join(runtime.ROOT, 'examples', name), 'utf8'));
}

function screenshotPath(name) {
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	return path.join(SCREENSHOTS, name);
}

module.exports = {
	RUNTIMES: runtime.RUNTIMES,
	openAiCredential: runtime.openAiCredential,
	readExample,
	startEditor,
	launchBrowser,
	screenshotPath,
};
