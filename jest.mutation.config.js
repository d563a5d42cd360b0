/**
 * Jest for Stryker (npm run test:mutation, stryker.config.mjs): the unit and workflow tests in one
 * flat config — Stryker's jest runner puts its coverage environment on the top-level config only, so
 * no projects — and never e2e (real n8n is far too slow to run once per mutant). A mutant's run loads
 * only the test files that cover it (test/harness/stryker/). The catalog's tables (MUTATION_GROUP=data)
 * are checked by the catalog's unit tests alone, which hold the page fixtures.
 */
const base = require('./jest.config');

const [unit, workflow] = ['unit', 'workflow'].map((name) =>
	base.projects.find((project) => project.displayName === name),
);
const { displayName: _name, testMatch: _match, ...shared } = unit;

const testMatch =
	process.env.MUTATION_GROUP === 'data'
		? ['<rootDir>/test/unit/catalog/**/*.test.ts', '<rootDir>/test/unit/methods/**/*.test.ts']
		: [...unit.testMatch, ...workflow.testMatch];

// The workflow tests of pacing and retries measure how the node spreads requests over time, with
// margins of half a second: two Stryker runs side by side on two cores break them in the dry run
// (seen for the video group). They guard the transport and helpers, whose groups run them; an
// operation's mutants are reached by the operation's own tests.
const OPERATION_GROUPS = ['jobs', 'generation', 'video', 'images', 'assets'];
const testPathIgnorePatterns = OPERATION_GROUPS.includes(process.env.MUTATION_GROUP)
	? ['/node_modules/', '<rootDir>/test/workflow/transport/(pacing|retry)\\.test\\.ts$']
	: ['/node_modules/'];

module.exports = {
	...shared,
	// A mutant that makes a test wait (a poll that never ends) is ended sooner by Stryker's own timeout
	// (timeoutMS); this one is for the dry run, where the first test of a file loads n8n-core: 15 s
	// was too short with three groups running side by side on two cores.
	testTimeout: 30_000,
	testMatch,
	testPathIgnorePatterns,
	setupFilesAfterEnv: ['<rootDir>/test/harness/stryker/setup.js'],
	testSequencer: '<rootDir>/test/harness/stryker/sequencer.js',
	testRunner: '<rootDir>/test/harness/stryker/jest-circus-bail.js',
};
