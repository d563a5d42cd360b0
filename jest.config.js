/** Three projects: unit (pure functions), workflow (the node in n8n-core against the sandbox), e2e (real n8n). */
const shared = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
	moduleFileExtensions: ['ts', 'js', 'json'],
	setupFiles: ['<rootDir>/test/setup-env.js'],
	modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
	// The first test of a file loads n8n-core; a busy 2-core machine needs more than the default 5 s.
	testTimeout: 30_000,
	projects: [
		{ ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
		{ ...shared, displayName: 'workflow', testMatch: ['<rootDir>/test/workflow/**/*.test.ts'] },
		{ ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
	],
};
