'use strict';
// testSequencer of jest.mutation.config.js: in a mutant's run, only the test files that cover the
// mutant (see coveringFiles.js), or every file when none is known; in the dry run, every file, and a
// fresh index.
const fs = require('fs');
const Sequencer = require('@jest/test-sequencer').default;

const { INDEX, ACTIVE_MUTANT, readIndex, coveringFiles } = require('./coveringFiles');

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
		return super.sort(covering.length ? covering : tests);
	}
}

module.exports = CoveringFilesSequencer;
