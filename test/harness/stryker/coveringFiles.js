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
	const outsideTests = new Set();
	for (const line of fs.readFileSync(INDEX, 'utf8').split('\n')) {
		if (!line) continue;
		const { file, mutants, staticMutants } = JSON.parse(line);
		byFile.set(file, new Set([...(byFile.get(file) ?? []), ...mutants]));
		for (const id of staticMutants) outsideTests.add(id);
	}
	return { byFile, outsideTests };
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
 * How closely a test file is about a source file: 2 when it sits in a folder of the source's folder
 * name and is named after it (test/workflow/transport/downloads.test.ts for transport/download.ts),
 * 1 for the folder alone, else 0. The tests written for a module come first, before the broad
 * workflow files that merely pass through it.
 */
function affinity(testFile, source) {
	if (!source) return 0;
	const folder = path.basename(path.dirname(source));
	const stem = path.basename(source, '.ts').replace(/\.operation$/, '');
	if (path.basename(path.dirname(testFile)) !== folder) return 0;
	return path.basename(testFile).startsWith(stem) ? 2 : 1;
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

module.exports = { INDEX, ACTIVE_MUTANT, readIndex, coveringFiles, sourceOf, affinity };
