#!/usr/bin/env node
'use strict';
// The contributor's loop, like `n8n-node dev`: TypeScript in watch mode, the local sandbox, and a real
// n8n editor on http://localhost:5678 with this package loaded, a sandbox credential and the example
// workflows already there. Every rebuild is copied into n8n, which reloads the node (N8N_DEV_RELOAD).
// Ctrl-C stops everything it started.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const { startSandbox } = require('../test/sandbox');
const runtime = require('../test/harness/n8n');

const PORT = Number(process.env.N8N_PORT ?? 5678);
const stoppers = [];

async function stopAll(code) {
	for (const stop of stoppers.reverse()) {
		try {
			await stop();
		} catch {
			// keep stopping the rest
		}
	}
	process.exit(code);
}

async function main() {
	const root = runtime.ROOT;
	const dist = path.join(root, 'dist');
	const userFolder = path.join(root, '.dev-n8n');
	fs.mkdirSync(userFolder, { recursive: true });

	const sandbox = await startSandbox({ apiPort: 5690, s3Port: 5691, generationDelayMs: 2000 });
	stoppers.push(() => sandbox.close());
	runtime.log(`Sandbox: Leonardo API ${sandbox.apiUrl}, S3 ${sandbox.s3Url}`);

	// The examples' input folder (photo.jpg, dataset/, style/), as the demo and the e2e tests use it.
	const fixtures = runtime.makeExampleInput();
	stoppers.push(() => fs.rmSync(fixtures, { recursive: true, force: true }));
	const n8n = await runtime.prepareN8n(runtime.RUNTIMES[0], {
		userFolder,
		credentials: [
			runtime.sandboxCredential(sandbox),
			runtime.webhookCredential(sandbox),
			runtime.openAiCredential(sandbox),
		],
		fileAccess: [fixtures, path.join(root, 'demo-output')],
	});
	// The agent example's model is the sandbox's stand-in, scripted for that example (whatever is typed).
	runtime.scriptAgentExample(sandbox);
	for (const name of fs
		.readdirSync(path.join(root, 'examples'))
		.filter((file) => file.endsWith('.workflow.json'))) {
		const workflow = runtime.loadExample(name, {
			fixtures,
			output: path.join(root, 'demo-output'),
		});
		// Like a Leonardo API key with a webhook: the sandbox calls the trigger example back once active.
		const trigger = workflow.nodes.find(
			(node) => node.type === 'n8n-nodes-leonardo-ai.leonardoAiTrigger',
		);
		if (trigger)
			sandbox.webhook = {
				url: `http://127.0.0.1:${PORT}/webhook/${trigger.webhookId}/leonardo`,
				key: runtime.WEBHOOK_KEY,
			};
		await n8n.importWorkflow({
			...workflow,
			id: name
				.replace('.workflow.json', '')
				.replace(/[^a-zA-Z0-9]/g, '')
				.slice(0, 16),
		});
	}

	// Rebuilds land in n8n's copy of the package; n8n reloads it.
	let timer;
	const watcher = fs.watch(dist, { recursive: true }, () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			fs.cpSync(dist, path.join(n8n.packageDir, 'dist'), { recursive: true });
			runtime.log('Rebuilt: copied dist/ into n8n (it reloads the node; refresh the editor)');
		}, 300);
	});
	stoppers.push(() => watcher.close());
	const tsc = spawn(
		process.execPath,
		[
			require.resolve('typescript/bin/tsc'),
			'-p',
			'tsconfig.json',
			'--watch',
			'--preserveWatchOutput',
		],
		{
			cwd: root,
			stdio: 'inherit',
		},
	);
	stoppers.push(() => tsc.kill('SIGTERM'));

	runtime.log(`Starting n8n ${runtime.RUNTIMES[0].n8n} on http://localhost:${PORT} …`);
	const server = await n8n.start({ port: PORT, env: { N8N_DEV_RELOAD: 'true' } });
	stoppers.push(() => server.stop());
	const session = await runtime.restSession(server.url);
	console.log('');
	console.log(`n8n editor:   http://localhost:${PORT}`);
	console.log(`log in with:  ${session.owner.email} / ${session.owner.password}`);
	console.log(
		`credential:   "${runtime.sandboxCredential(sandbox).name}" (points at the local sandbox, no key or credits needed)`,
	);
	console.log(
		'workflows:    the examples from examples/ are imported; open one and click "Execute workflow"',
	);
	console.log('Ctrl-C stops n8n, the sandbox and the TypeScript watcher.');
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error) => {
	console.error(`\nDev setup failed: ${error.message}`);
	stopAll(1);
});
