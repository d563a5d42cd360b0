'use strict';
// setupFilesAfterEnv of jest.mutation.config.js: in Stryker's dry run, notes which mutants this test
// file's tests cover (see coveringFiles.js). Does nothing in a mutant's run or outside Stryker.
const fs = require('fs');

const { INDEX, ACTIVE_MUTANT } = require('./coveringFiles');

const stryker = globalThis.__stryker__;
if (stryker && process.env[ACTIVE_MUTANT] === undefined) {
	const tests = new Set();
	afterEach(() => {
		// Stryker's own test ID, still set while a test's afterEach hooks run.
		if (stryker.currentTestId) tests.add(stryker.currentTestId);
	});
	afterAll(() => {
		const coverage = stryker.mutantCoverage ?? { static: {}, perTest: {} };
		// For each mutant, how many of this file's tests reach it: a file most of whose tests reach a
		// mutant is about that code (sequencer.js runs such files first).
		const mutants = {};
		for (const test of tests)
			for (const id of Object.keys(coverage.perTest[test] ?? {}))
				mutants[id] = (mutants[id] ?? 0) + 1;
		const line = {
			file: expect.getState().testPath,
			tests: tests.size,
			mutants,
			staticMutants: Object.keys(coverage.static ?? {}),
		};
		fs.appendFileSync(INDEX, `${JSON.stringify(line)}\n`);
	});
}
