'use strict';
// Under Stryker (jest.mutation.config.js) a mutant's run would load every test file that imports the
// mutated file — nearly all of them, each loading n8n-core — even though Stryker's per-test coverage
// already names the few tests that reach the mutant. These helpers let a run load only the files
// holding those tests: the dry run notes, per test file, the mutants its tests cover (setup.js), and
// each mutant's run keeps only those files (sequencer.js).
//
// A "static" mutant is reached while modules load, outside any test (a description, a constant
// table): Stryker skips them here (ignoreStatic in stryker.config.json). Run with
// `--ignoreStatic false`, each gets the test files whose tests reach any mutant of its own source
// file — fewer than every file, so a static mutant may survive that some other file would kill:
// the score is then a lower bound, and a survivor is worth a look by hand.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');
const INDEX = path.join(ROOT, '.stryker-covering-files.jsonl');
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';

/** The index, or undefined before a dry run wrote it. */
function readIndex() {
	if (!fs.existsSync(INDEX)) return undefined;
	const byFile = new Map();
	/** Per test file: how many of its tests there are, and how many reach each mutant. */
	const counts = new Map();
	const outsideTests = new Set();
	for (const line of fs.readFileSync(INDEX, 'utf8').split('\n')) {
		if (!line) continue;
		const { file, tests, mutants, staticMutants } = JSON.parse(line);
		byFile.set(file, new Set([...(byFile.get(file) ?? []), ...Object.keys(mutants)]));
		counts.set(file, { tests: Math.max(1, tests), mutants });
		for (const id of staticMutants) outsideTests.add(id);
	}
	return { byFile, counts, outsideTests };
}

let sourcesOfMutants;
/** Each instrumented source file of the sandbox (its path) with the IDs of its mutants. */
function mutantsBySource() {
	if (sourcesOfMutants) return sourcesOfMutants;
	sourcesOfMutants = [];
	const visit = (dir) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) visit(file);
			else if (file.endsWith('.ts')) {
				const ids = [...fs.readFileSync(file, 'utf8').matchAll(/stryMutAct_\w+\("(\d+)"\)/g)];
				if (ids.length) sourcesOfMutants.push({ file, ids: new Set(ids.map((match) => match[1])) });
			}
		}
	};
	visit(path.join(ROOT, 'nodes'));
	return sourcesOfMutants;
}

/** The source file a mutant is in, or undefined. */
function sourceOf(mutant) {
	return mutantsBySource().find(({ ids }) => ids.has(mutant))?.file;
}

/**
 * How closely a test file is written for a source file: 2 when it sits in a folder of the source's
 * folder name and is named after it (test/workflow/transport/downloads.test.ts for
 * transport/download.ts); 1 when its folder is named after the source (test/workflow/router/ for
 * actions/router.ts) or is the source's folder (test/workflow/generation/ for
 * generation/output.ts: the resource's own tests); else 0.
 */
function affinity(testFile, source) {
	if (!source) return 0;
	const folder = path.basename(path.dirname(source));
	const stem = path.basename(source, '.ts').replace(/\.operation$/, '');
	const testFolder = path.basename(path.dirname(testFile));
	if (testFolder === folder && path.basename(testFile).startsWith(stem)) return 2;
	return testFolder === stem || testFolder === folder ? 1 : 0;
}

/** The test files for one mutant: those whose tests reach it, or (static) reach its source file. */
function coveringFiles(index, mutant) {
	const files = [...index.byFile.keys()];
	if (!index.outsideTests.has(mutant))
		return files.filter((file) => index.byFile.get(file).has(mutant));
	const siblings = mutantsBySource().find(({ ids }) => ids.has(mutant))?.ids;
	if (!siblings) return [];
	return files.filter((file) => [...index.byFile.get(file)].some((id) => siblings.has(id)));
}

/** The share of a test file's tests that reach a mutant (0 to 1): how much the file is about it. */
function focus(index, file, mutant) {
	const count = index.counts.get(file);
	return count ? (count.mutants[mutant] ?? 0) / count.tests : 0;
}

module.exports = { INDEX, ACTIVE_MUTANT, readIndex, coveringFiles, sourceOf, affinity, focus };
