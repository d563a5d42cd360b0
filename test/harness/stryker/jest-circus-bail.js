'use strict';
// testRunner of jest.mutation.config.js: jest-circus, with the bail Jest cannot do when run from
// code (https://github.com/jestjs/jest/issues/11766). Once a test file has failed in a mutant's run —
// the mutant is killed, one failure is enough — that run's other files are reported empty without
// being loaded (each would load n8n-core again: a mutant of a shared module is reached by dozens of
// files). A mutant that survives still runs every file that covers it.
// Named jest-circus-… because Stryker's per-test coverage takes only a jest-circus runner.
const circus = require('jest-circus/runner');
const { createEmptyTestResult } = require('@jest/test-result');

const { ACTIVE_MUTANT } = require('./coveringFiles');

/** The mutant whose run has had a failing file (the process runs one mutant at a time). */
let killed;

/**
 * A file's result with one skipped test: Jest reports a file without any test as an error ("must
 * contain at least one test"), which Stryker would take for a runtime error of the mutant.
 */
function notRun(testPath) {
	const title = 'not run: the mutant is already killed';
	return {
		...createEmptyTestResult(),
		testFilePath: testPath,
		numPendingTests: 1,
		testResults: [
			{
				ancestorTitles: [],
				title,
				fullName: title,
				status: 'pending',
				duration: 0,
				failureMessages: [],
				failureDetails: [],
				numPassingAsserts: 0,
				location: null,
			},
		],
	};
}

module.exports = async function jestCircusWithBail(
	globalConfig,
	config,
	environment,
	runtime,
	testPath,
	send,
) {
	const mutant = process.env[ACTIVE_MUTANT];
	if (mutant !== undefined && mutant === killed) return notRun(testPath);
	const result = await circus(globalConfig, config, environment, runtime, testPath, send);
	if (mutant !== undefined && (result.numFailingTests > 0 || result.testExecError)) killed = mutant;
	return result;
};
