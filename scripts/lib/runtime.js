'use strict';
// Installs and runs real n8n for the demo, the e2e tests and the benchmark. Node builds and n8n
// itself live in a cache folder outside the package, never in its dependencies.
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { CACHE, ROOT, ensureNode: ensurePinnedNode, fileHash } = require('./node-runtime');

/**
 * The n8n versions we run in, each installed from the lockfile in test/harness/n8n/runtimes/<n8n>/:
 * the newest that installs here (Node 24), the newest that runs on Node 20, and the last 1.x line.
 */
const RUNTIMES = [
	{ n8n: '2.41.1', node: 24 },
	{ n8n: '2.8.4', node: 20 },
	{ n8n: '1.123.81', node: 22 },
];

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

/** Runs a command; resolves { code, stdout, stderr }. Never blocks the event loop (the sandbox may share it). */
function run(command, args, options = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		options.onSpawn?.(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
			if (options.echo) process.stderr.write(chunk);
		});
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
			if (options.echo) process.stderr.write(chunk);
		});
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

async function runOrThrow(command, args, options) {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.stderr.slice(-3000) || result.stdout.slice(-3000)}`);
	}
	return result;
}

/** The folder of a Node.js build of the given major version (bin/node, include/), pinned in scripts/node-runtime/. */
async function ensureNode(major) {
	return ensurePinnedNode(major, log);
}

function envWithNode(nodeHome, extra = {}) {
	// Jest sets NODE_ENV=test, under which n8n's CLI runs nothing and prints nothing; `npm run`
	// exports this package's npm settings (ignore-scripts!), which must not reach n8n's own install.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !/^npm_/i.test(name)),
	);
	return {
		...inherited,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: nodeHome,
		...extra,
	};
}

/** The committed package.json and lockfile n8n is installed from. */
function runtimeManifest(runtime) {
	const dir = path.join(ROOT, 'test', 'harness', 'n8n', 'runtimes', runtime.n8n);
	const lock = path.join(dir, 'package-lock.json');
	if (!fs.existsSync(lock)) throw new Error(`No lockfile for n8n ${runtime.n8n}: ${lock} is missing`);
	return { dir, lock };
}

/** Installs n8n once into the cache (a few minutes, with progress); returns the path of its bin script. */
async function ensureN8n(runtime) {
	const nodeHome = await ensureNode(runtime.node);
	const manifest = runtimeManifest(runtime);
	const dir = path.join(CACHE, `n8n-${runtime.n8n}-node${runtime.node}-${fileHash(manifest.lock)}`);
	const bin = path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const marker = path.join(dir, '.installed');
	// Test files may run in parallel workers: one installs, the others wait for it.
	const lock = `${dir}.lock`;
	while (!fs.existsSync(marker)) {
		try {
			fs.mkdirSync(lock, { recursive: false });
			break;
		} catch {
			// A lock left by a killed install is stale after 20 minutes.
			const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > 20 * 60 * 1000) fs.rmSync(lock, { recursive: true, force: true });
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		if (!fs.existsSync(marker)) await installN8n(runtime, manifest, dir, nodeHome);
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
	return { bin, nodeHome, dir };
}

async function installN8n(runtime, manifest, dir, nodeHome) {
	const marker = path.join(dir, '.installed');
	const started = Date.now();
	log(`Installing n8n ${runtime.n8n} for Node ${runtime.node} into ${dir} from ${path.relative(ROOT, manifest.lock)} (first run only; about 4–6 minutes) …`);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(manifest.dir, file), path.join(dir, file));
	const env = envWithNode(nodeHome);
	const ticker = setInterval(() => log(`… still installing n8n ${runtime.n8n} (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
	try {
		// --ignore-scripts: the Kafka client's install script downloads from the internet. The native
		// modules n8n needs are rebuilt next, from source, against this Node's headers.
		await runOrThrow('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env });
		log(`Building n8n ${runtime.n8n}'s native modules …`);
		const natives = ['sqlite3', 'isolated-vm'].filter((name) => fs.existsSync(path.join(dir, 'node_modules', name)));
		await runOrThrow('npm', ['rebuild', '--ignore-scripts=false', ...natives], { cwd: dir, env });
	} finally {
		clearInterval(ticker);
	}
	fs.writeFileSync(marker, new Date().toISOString());
	log(`n8n ${runtime.n8n} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

let packedTarball;
/** `npm pack` of the built package: what users install, and nothing else. */
async function packPackage() {
	if (packedTarball && fs.existsSync(packedTarball)) return packedTarball;
	if (!fs.existsSync(path.join(ROOT, 'dist', 'nodes', 'LeonardoAi', 'LeonardoAi.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` first');
	}
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-pack-'));
	const { stdout } = await runOrThrow('npm', ['pack', '--json', '--pack-destination', out, '--ignore-scripts'], { cwd: ROOT });
	packedTarball = path.join(out, JSON.parse(stdout)[0].filename);
	return packedTarball;
}

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
async function prepareN8n(runtime, { credentials = [], fileAccess = [], env: extraEnv = {}, userFolder: fixedFolder } = {}) {
	const { bin, nodeHome } = await ensureN8n(runtime);
	const tarball = await packPackage();
	const userFolder = fixedFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), `leonardo-n8n-${runtime.n8n}-`));
	const packageDir = path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-leonardo-ai');
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
	const n8n = (args, options = {}) => run(path.join(nodeHome, 'bin', 'node'), [bin, ...args], { env, cwd: userFolder, ...options });

	if (credentials.length) {
		const file = path.join(userFolder, 'credentials.json');
		fs.writeFileSync(file, JSON.stringify(credentials));
		const imported = await n8n(['import:credentials', `--input=${file}`]);
		if (imported.code !== 0) throw new Error(`Importing credentials failed:\n${imported.stdout}\n${imported.stderr}`);
	}

	/** Imports a workflow object (it needs an `id`) without running it. */
	const importWorkflow = async (workflow) => {
		const file = path.join(userFolder, `workflow-${workflow.id}.json`);
		fs.writeFileSync(file, JSON.stringify({ ...workflow, active: false }));
		const imported = await n8n(['import:workflow', `--input=${file}`]);
		if (imported.code !== 0) throw new Error(`Importing the workflow failed:\n${imported.stdout}\n${imported.stderr}`);
	};

	return {
		userFolder,
		env,
		n8n,
		/** Imports a workflow object and executes it; resolves { code, execution, stdout, stderr, wallMs }. */
		async execute(workflow) {
			const id = workflow.id ?? crypto.randomBytes(8).toString('hex');
			await importWorkflow({ ...workflow, id });
			const started = Date.now();
			// Peak resident memory of the n8n process (VmHWM), sampled while it runs (Linux only).
			let peakRssBytes = 0;
			let sampler;
			const result = await n8n(['execute', `--id=${id}`, '--rawOutput'], {
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
			clearInterval(sampler);
			return { ...result, execution: extractExecutionJson(result.stdout), wallMs: Date.now() - started, peakRssBytes };
		},
		packageDir,
		importWorkflow,
		/** Starts `n8n start` (on a free port unless given); resolves { url, stop } once it answers. */
		async start({ port = 21000 + Math.floor(Math.random() * 20000), env: startEnv = {}, echo = false } = {}) {
			const child = spawn(path.join(nodeHome, 'bin', 'node'), [bin, 'start'], {
				env: { ...env, N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1', ...startEnv },
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
				if (child.exitCode !== null) throw new Error(`n8n start exited (${child.exitCode}):\n${logs.slice(-3000)}`);
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
		},
		cleanup() {
			fs.rmSync(userFolder, { recursive: true, force: true });
		},
	};
}

/** A logged-in session on n8n's REST API (owner set up on first use), for editor-side calls. */
async function restSession(url) {
	const owner = { email: 'dev@example.com', firstName: 'Leonardo', lastName: 'Developer', password: 'Leonardo-Sandbox-1' };
	let cookie = '';
	const call = async (method, route, body) => {
		const response = await fetch(`${url}/rest${route}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': 'leonardo-e2e', cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.get('set-cookie');
		if (setCookie) cookie = setCookie.split(';')[0];
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = { text };
		}
		return { status: response.status, body: json };
	};
	const setup = await call('POST', '/owner/setup', owner);
	if (setup.status >= 400) {
		const login = await call('POST', '/login', { emailOrLdapLoginId: owner.email, email: owner.email, password: owner.password });
		if (login.status >= 400) throw new Error(`Could not log in to n8n: ${JSON.stringify(login.body)}`);
	}
	call.cookie = () => cookie;
	call.owner = owner;
	return call;
}

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
	return JSON.parse(text.split('/data/leonardo-input').join(fixtures).split('/data/leonardo-output').join(output));
}

module.exports = { restSession, RUNTIMES, CACHE, ROOT, ensureNode, ensureN8n, prepareN8n, packPackage, sandboxCredential, loadExample, extractExecutionJson, log };
