'use strict';
// Installs n8n (one cached folder per version and lockfile) and packs this package for it.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { CACHE, ROOT, ensureNode: ensurePinnedNode, fileHash } = require('./node');
const { envWithNode, log, runOrThrow } = require('./process');

/**
 * The n8n versions we run in, each installed from the lockfile in test/harness/n8n/runtimes/<n8n>/:
 * the newest that installs here (Node 24), the newest that runs on Node 20, and the last 1.x line.
 */
const RUNTIMES = [
	{ n8n: '2.41.1', node: 24 },
	{ n8n: '2.8.4', node: 20 },
	{ n8n: '1.123.81', node: 22 },
];

/** The folder of a Node.js build of the given major version (bin/node, include/), pinned in test/harness/n8n/node-builds/. */
async function ensureNode(major) {
	return ensurePinnedNode(major, log);
}

/** The committed package.json and lockfile n8n is installed from. */
function runtimeManifest(runtime) {
	const dir = path.join(ROOT, 'test', 'harness', 'n8n', 'runtimes', runtime.n8n);
	const lock = path.join(dir, 'package-lock.json');
	if (!fs.existsSync(lock))
		throw new Error(`No lockfile for n8n ${runtime.n8n}: ${lock} is missing`);
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
			const age =
				Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
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
	log(
		`Installing n8n ${runtime.n8n} for Node ${runtime.node} into ${dir} from ${path.relative(ROOT, manifest.lock)} (first run only; about 4–6 minutes) …`,
	);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	for (const file of ['package.json', 'package-lock.json'])
		fs.copyFileSync(path.join(manifest.dir, file), path.join(dir, file));
	const env = envWithNode(nodeHome);
	const ticker = setInterval(
		() =>
			log(`… still installing n8n ${runtime.n8n} (${Math.round((Date.now() - started) / 1000)} s)`),
		30_000,
	);
	try {
		// --ignore-scripts: the Kafka client's install script downloads from the internet. The native
		// modules n8n needs are rebuilt next, from source, against this Node's headers.
		await runOrThrow(
			'npm',
			['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
			{ cwd: dir, env },
		);
		log(`Building n8n ${runtime.n8n}'s native modules …`);
		const natives = ['sqlite3', 'isolated-vm'].filter((name) =>
			fs.existsSync(path.join(dir, 'node_modules', name)),
		);
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
	const { stdout } = await runOrThrow(
		'npm',
		['pack', '--json', '--pack-destination', out, '--ignore-scripts'],
		{ cwd: ROOT },
	);
	packedTarball = path.join(out, JSON.parse(stdout)[0].filename);
	return packedTarball;
}

module.exports = { RUNTIMES, ensureNode, ensureN8n, packPackage };
