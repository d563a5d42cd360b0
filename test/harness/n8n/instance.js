'use strict';
// A fresh n8n user folder with this package installed as a community node: import credentials and
// workflows, execute them with the CLI, or start the server.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { ensureN8n, packPackage } = require('./install');
const { envWithNode, run, runOrThrow } = require('./process');
const { startServer } = require('./server');

/** The JSON n8n prints between log lines: from the first line that is exactly `{` to its closing `}`. */
function extractExecutionJson(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line === '{');
	if (start < 0) return undefined;
	for (let end = lines.length - 1; end > start; end--) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			// keep looking for an earlier closing brace
		}
	}
	return undefined;
}

/**
 * A fresh n8n user folder with the packed package installed as a community node and the given
 * credentials imported. Returns helpers to import and execute workflows in it.
 */
async function prepareN8n(
	runtime,
	{
		credentials = [],
		fileAccess = [],
		env: extraEnv = {},
		userFolder: fixedFolder,
		tarball: givenTarball,
	} = {},
) {
	const { bin, nodeHome } = await ensureN8n(runtime);
	// `tarball`: another build of the package (the benchmark's "before"); by default this one.
	const tarball = givenTarball ?? (await packPackage());
	const userFolder =
		fixedFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), `leonardo-n8n-${runtime.n8n}-`));
	const packageDir = path.join(
		userFolder,
		'.n8n',
		'nodes',
		'node_modules',
		'n8n-nodes-leonardo-ai',
	);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	await runOrThrow('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);

	const env = envWithNode(nodeHome, {
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info',
		N8N_RUNNERS_BROKER_PORT: String(20000 + Math.floor(Math.random() * 20000)),
		N8N_RESTRICT_FILE_ACCESS_TO: fileAccess.join(';'),
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
		N8N_SECURE_COOKIE: 'false',
		...extraEnv,
	});
	const n8n = (args, options = {}) =>
		run(path.join(nodeHome, 'bin', 'node'), [bin, ...args], { env, cwd: userFolder, ...options });

	if (credentials.length) {
		const file = path.join(userFolder, 'credentials.json');
		fs.writeFileSync(file, JSON.stringify(credentials));
		const imported = await n8n(['import:credentials', `--input=${file}`]);
		if (imported.code !== 0)
			throw new Error(`Importing credentials failed:\n${imported.stdout}\n${imported.stderr}`);
	}

	/** Imports a workflow object (it needs an `id`) without running it. */
	const importWorkflow = async (workflow) => {
		const file = path.join(userFolder, `workflow-${workflow.id}.json`);
		fs.writeFileSync(file, JSON.stringify({ ...workflow, active: false }));
		const imported = await n8n(['import:workflow', `--input=${file}`]);
		if (imported.code !== 0)
			throw new Error(`Importing the workflow failed:\n${imported.stdout}\n${imported.stderr}`);
	};

	return {
		userFolder,
		env,
		n8n,
		/**
		 * Imports a workflow object and executes it; resolves { code, execution, stdout, stderr, wallMs }.
		 * An execution still running after `timeoutMs` (below the e2e tests' own 120 s) is stopped.
		 */
		async execute(workflow, { timeoutMs = 110_000 } = {}) {
			const id = workflow.id ?? crypto.randomBytes(8).toString('hex');
			await importWorkflow({ ...workflow, id });
			const started = Date.now();
			// Peak resident memory of the n8n process (VmHWM), sampled while it runs (Linux only).
			let peakRssBytes = 0;
			let sampler;
			let result;
			try {
				result = await n8n(['execute', `--id=${id}`, '--rawOutput'], {
					timeoutMs,
					onSpawn: (child) => {
						sampler = setInterval(() => {
							try {
								const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
								const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
								peakRssBytes = Math.max(peakRssBytes, kb * 1024);
							} catch {
								// exited, or not Linux
							}
						}, 50);
					},
				});
			} finally {
				clearInterval(sampler);
			}
			return {
				...result,
				execution: extractExecutionJson(result.stdout),
				wallMs: Date.now() - started,
				peakRssBytes,
			};
		},
		packageDir,
		importWorkflow,
		/** Starts `n8n start` (on a free port unless given); resolves { url, logs, stop } once it answers. */
		start: async (options) => await startServer({ nodeHome, bin, env, userFolder }, options),
		cleanup() {
			fs.rmSync(userFolder, { recursive: true, force: true });
		},
	};
}

module.exports = { prepareN8n, extractExecutionJson };
