'use strict';
// Node.js builds from the npm registry (package node-linux-<arch>), pinned to an exact version with
// its integrity in test/harness/n8n/node-builds/<major>/package-lock.json and installed with `npm ci`.
//   node test/harness/n8n/node.js 24     prints the folder of Node 24 (bin/node, include/), installing it first
// Runs on any Node ≥ 18, so scripts/run.sh can call it with the machine's older node.
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');
const CACHE = path.join(
	process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
	'n8n-nodes-leonardo-ai',
);

/** The first 12 hex digits of a file's SHA-256: install folders change when their lockfile does. */
function fileHash(file) {
	return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
}

function packageName() {
	const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
	if (process.platform !== 'linux' || !arch) {
		throw new Error(
			`No pinned Node.js build for ${process.platform}-${process.arch}: install the Node.js version needed yourself.`,
		);
	}
	return `node-linux-${arch}`;
}

/** The folder of a Node.js build of the given major version: this process's own when it matches, else the pinned one. */
function ensureNode(major, log = (message) => process.stderr.write(`[node-runtime] ${message}\n`)) {
	if (Number(process.versions.node.split('.')[0]) === Number(major))
		return path.resolve(path.dirname(process.execPath), '..');
	const pinned = path.join(__dirname, 'node-builds', String(major));
	const lock = path.join(pinned, 'package-lock.json');
	if (!fs.existsSync(lock)) throw new Error(`No pinned Node.js ${major}: ${lock} is missing`);
	const prefix = path.join(CACHE, `node${major}-${fileHash(lock)}`);
	const home = path.join(prefix, 'node_modules', packageName());
	if (!fs.existsSync(path.join(home, 'bin', 'node'))) {
		const version = JSON.parse(fs.readFileSync(path.join(pinned, 'package.json'), 'utf8'))
			.optionalDependencies[packageName()];
		log(
			`Installing Node.js ${version} from the npm registry (${packageName()}, integrity from ${path.relative(ROOT, lock)}) …`,
		);
		fs.rmSync(prefix, { recursive: true, force: true });
		fs.mkdirSync(prefix, { recursive: true });
		for (const file of ['package.json', 'package-lock.json'])
			fs.copyFileSync(path.join(pinned, file), path.join(prefix, file));
		const result = spawnSync(
			'npm',
			['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
			{
				cwd: prefix,
				stdio: ['ignore', 'inherit', 'inherit'],
			},
		);
		if (result.status !== 0 || !fs.existsSync(path.join(home, 'bin', 'node'))) {
			throw new Error(`Installing Node.js ${version} failed (npm ci exited ${result.status})`);
		}
	}
	return home;
}

module.exports = { ensureNode, fileHash, CACHE, ROOT };

if (require.main === module) {
	try {
		process.stdout.write(`${ensureNode(process.argv[2] ?? '24')}\n`);
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	}
}
