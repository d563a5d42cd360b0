'use strict';
// Child processes for the harness: n8n's CLI, npm, tar — with the Node build each n8n needs.
const { spawn } = require('child_process');
const path = require('path');

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

/**
 * Runs a command; resolves { code, stdout, stderr }. Never blocks the event loop (the sandbox may
 * share it). With `timeoutMs`, a command still running then is killed and the promise rejects, so a
 * hang fails its test by name instead of leaving the process behind.
 */
function run(command, args, options = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
		options.onSpawn?.(child);
		const timer =
			options.timeoutMs &&
			setTimeout(() => {
				child.kill('SIGKILL');
				reject(
					new Error(
						`${path.basename(command)} ${args.join(' ')} did not finish in ${options.timeoutMs / 1000} s and was stopped:\n${stderr.slice(-2000) || stdout.slice(-2000)}`,
					),
				);
			}, options.timeoutMs);
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
		child.on('close', (code) => {
			if (timer) clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}

async function runOrThrow(command, args, options) {
	const result = await run(command, args, options);
	if (result.code !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (${result.code}):\n${result.stderr.slice(-3000) || result.stdout.slice(-3000)}`,
		);
	}
	return result;
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

module.exports = { log, run, runOrThrow, envWithNode };
