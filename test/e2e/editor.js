'use strict';
// Starts real n8n (`n8n start`) with the package and the sandbox credential, logged in over REST,
// for what the editor does: the credential test and the model picker.
const { startSandbox } = require('../sandbox');
const runtime = require('../../scripts/lib/runtime');

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
		async stop() {
			await server.stop();
			await sandbox.close();
			n8n.cleanup();
		},
	};
}

module.exports = { RUNTIMES: runtime.RUNTIMES, startEditor };
