#!/usr/bin/env node
'use strict';
/**
 * npm run test:mutation [group …]: StrykerJS over each group of stryker.config.mjs (catalog, data,
 * requests, credits, transport, helpers, nodes and the operations' jobs, generation, video, images,
 * assets — all by default), one after the other, then one table of the scores from the JSON reports
 * in reports/mutation/. Not part of CI (all groups take several hours on two cores); incremental, so a
 * re-run after a small change tests only the mutants it touched.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const GROUPS = [
	'catalog',
	'data',
	'requests',
	'credits',
	'transport',
	'helpers',
	'nodes',
	'jobs',
	'generation',
	'video',
	'images',
	'assets',
];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const wanted = process.argv.slice(2);
for (const group of wanted)
	if (!GROUPS.includes(group))
		throw new Error(`Unknown group "${group}": use ${GROUPS.join(', ')}`);

// StrykerJS needs Node 22 or later, n8n-workflow 2.x Node 24: on an older node, the pinned Node 24.
const PATH =
	Number(process.versions.node.split('.')[0]) >= 24
		? process.env.PATH
		: `${path.join(require('../test/harness/n8n/node.js').ensureNode('24'), 'bin')}${path.delimiter}${process.env.PATH}`;

for (const group of wanted.length ? wanted : GROUPS) {
	const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, PATH, MUTATION_GROUP: group },
	});
	if (run.status !== 0) process.exit(run.status ?? 1);
}

/** Counts per source file of one group's JSON report (mutation-testing-report-schema). */
function countsOf(group) {
	const file = path.join(ROOT, 'reports/mutation', `${group}.json`);
	if (!fs.existsSync(file)) return [];
	const report = JSON.parse(fs.readFileSync(file, 'utf8'));
	return Object.entries(report.files).map(([name, { mutants }]) => {
		const count = { name, detected: 0, undetected: 0, ignored: 0 };
		for (const { status } of mutants) {
			if (DETECTED.has(status)) count.detected++;
			else if (UNDETECTED.has(status)) count.undetected++;
			else count.ignored++; // CompileError, RuntimeError, Ignored: not part of the score
		}
		return count;
	});
}

const score = ({ detected, undetected }) =>
	detected + undetected ? ((100 * detected) / (detected + undetected)).toFixed(1) : '-';
const rows = [];
const total = { name: 'all', detected: 0, undetected: 0, ignored: 0 };
for (const group of GROUPS)
	for (const count of countsOf(group)) {
		rows.push([group, count.name, count.detected, count.undetected, count.ignored, score(count)]);
		for (const key of ['detected', 'undetected', 'ignored']) total[key] += count[key];
	}
rows.push(['', 'all', total.detected, total.undetected, total.ignored, score(total)]);
console.log(
	'\n| group | file | killed | survived | not scored | score % |\n|---|---|---|---|---|---|',
);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
