'use strict';
// testSequencer of jest.mutation.config.js: in a mutant's run, only the test files that cover the
// mutant (see coveringFiles.js), or every file when none is known — first the file written for the
// mutated module (its folder and name), then those of a folder named after it or of its own folder
// (coveringFiles.js `affinity`), then the files most about the mutant (the largest share of their
// tests reach it, `focus`: an error branch is reached by the few tests written for it, not by the
// broad files that pass through the happy path), unit tests first among equals (fast); the first
// failure skips the rest (jest-circus-bail.js). At most MUTATION_MAX_FILES of them (default 8: each
// workflow file loads n8n-core for seconds, and a mutant of the job code is reached by 28 files — a
// survivor may then be one a later file would kill, so the score is a lower bound); in the dry run,
// every file, and a fresh index.
const fs = require('fs');
const Sequencer = require('@jest/test-sequencer').default;

const {
	INDEX,
	ACTIVE_MUTANT,
	readIndex,
	coveringFiles,
	sourceOf,
	affinity,
	focus,
} = require('./coveringFiles');

const MAX_FILES = Number(process.env.MUTATION_MAX_FILES ?? 8);
const isUnit = (test) => /[\\/]test[\\/]unit[\\/]/.test(test.path);

class CoveringFilesSequencer extends Sequencer {
	sort(tests) {
		const mutant = process.env[ACTIVE_MUTANT];
		if (mutant === undefined) {
			fs.rmSync(INDEX, { force: true });
			return super.sort(tests);
		}
		const index = readIndex();
		const files = new Set(index ? coveringFiles(index, mutant) : []);
		const covering = tests.filter((test) => files.has(test.path));
		if (!covering.length) return super.sort(tests);
		const source = sourceOf(mutant);
		const close = (test) => affinity(test.path, source);
		const about = (test) => focus(index, test.path, mutant);
		return covering
			.sort(
				(a, b) =>
					close(b) - close(a) || about(b) - about(a) || Number(isUnit(b)) - Number(isUnit(a)),
			)
			.slice(0, MAX_FILES);
	}
}

module.exports = CoveringFilesSequencer;
