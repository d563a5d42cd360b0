'use strict';
// `n8n start` as a server (the editor tests and `npm run dev`), up once its REST API answers.
const { spawn } = require('child_process');
const path = require('path');

/** Starts `n8n start` for a prepared user folder (on a free port unless given); resolves { url, logs, stop }. */
async function startServer(
	{ nodeHome, bin, env, userFolder },
	{ port = 21000 + Math.floor(Math.random() * 20000), env: startEnv = {}, echo = false } = {},
) {
	const child = spawn(path.join(nodeHome, 'bin', 'node'), [bin, 'start'], {
		env: {
			...env,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			...startEnv,
		},
		cwd: userFolder,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let logs = '';
	const keep = (chunk) => {
		logs = (logs + chunk).slice(-200_000);
		if (echo) process.stderr.write(chunk);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`n8n start exited (${child.exitCode}):\n${logs.slice(-3000)}`);
		try {
			// /healthz answers before the REST routes are mounted (n8n 2.8): wait for those.
			const response = await fetch(`${url}/rest/settings`);
			if (response.ok && /json/.test(response.headers.get('content-type') ?? '')) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n did not start within 120 s:\n${logs.slice(-3000)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return {
		url,
		logs: () => logs,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.on('close', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}

module.exports = { startServer };
