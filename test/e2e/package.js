'use strict';
// Packs the package and runs n8n's community-package scanner rules on it (scripts/scan-package.mjs).
const { spawn } = require('child_process');
const path = require('path');

function scanPackage() {
	return new Promise((resolve, reject) => {
		// Jest's NODE_ENV=test switches eslint-plugin-n8n-nodes-base into its own test mode: run without it.
		const { NODE_ENV: _testMode, ...env } = process.env;
		const child = spawn(
			process.execPath,
			[path.join(__dirname, '../../scripts/scan-package.mjs')],
			{ env, stdio: ['ignore', 'pipe', 'pipe'] },
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const filesLine = stdout.split('\n').find((line) => line.startsWith('{"files"'));
			resolve({ code, stdout, stderr, files: filesLine ? JSON.parse(filesLine).files : [] });
		});
	});
}

module.exports = { scanPackage };
