// Prints one plain closing line, "Tests: N passed, N failed", as the very last line of the run
// (after Jest's own summary) so that CI can read it.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const line = `Tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
		process.once('exit', () => process.stderr.write(line));
	}
}

module.exports = SummaryReporter;
