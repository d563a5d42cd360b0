#!/usr/bin/env node
// Runs n8n's community-package scanner rules (@n8n/scan-community-package, the check n8n applies
// before verifying a package) locally: on the packed tarball's JS and package.json, and on the
// sources, exactly as the scanner does once a package is published with provenance. The scanner's
// own CLI downloads from the registry; this runs its analysis on what we would publish.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fileURLToPath } from 'url';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-scan-'));
try {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
			cwd: root,
			encoding: 'utf8',
		}),
	);
	const packageDir = path.join(work, 'package');
	execFileSync('tar', ['-xzf', path.join(work, packed.filename), '-C', work]);
	const files = packed.files.map((file) => file.path).sort();
	console.log(
		`Packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} kB`,
	);
	console.log(JSON.stringify({ files }));

	const source = await analyzePackage(root, SOURCE_FILE_PATTERNS);
	const dist = await analyzePackage(packageDir, ['**/*.js', 'package.json']);
	for (const [label, result] of [
		['sources', source],
		['tarball', dist],
	]) {
		console.log(
			`${result.passed ? 'PASS' : 'FAIL'} scanner rules on the ${label}${result.message ? `: ${result.message}` : ''}`,
		);
		if (result.details) console.log(result.details);
	}
	process.exitCode = source.passed && dist.passed ? 0 : 1;
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
