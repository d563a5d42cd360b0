// StrykerJS (npm run test:mutation, through scripts/mutation.js): mutates the code of nodes/ — the
// catalog (its code and its tables), the request builders, the pricing / Max Credits modules, the
// transport (requests to Leonardo and S3), the helpers and trigger, and every operation — and runs
// the unit and workflow tests against each mutant
// (jest.mutation.config.js). Groups over all of nodes/, each with its own report and incremental
// file, so one group can be re-run alone: MUTATION_GROUP=catalog|data|requests|credits|transport|
// support|actions.
const REQUESTS = [
	'nodes/LeonardoAi/actions/video/body.ts',
	'nodes/LeonardoAi/actions/video/request.ts',
	'nodes/LeonardoAi/actions/generation/createV2.operation.ts',
	'nodes/LeonardoAi/actions/generation/v2.ts',
	'nodes/LeonardoAi/actions/generation/body.ts',
];
const CREDITS = [
	'nodes/LeonardoAi/actions/shared/pricing.ts',
	'nodes/LeonardoAi/actions/shared/budget.ts',
];

const GROUPS = {
	catalog: [
		'nodes/LeonardoAi/catalog/check.ts',
		'nodes/LeonardoAi/catalog/forItem.ts',
		'nodes/LeonardoAi/catalog/index.ts',
		'nodes/LeonardoAi/catalog/summary.ts',
		'nodes/LeonardoAi/catalog/tables.ts',
	],
	requests: REQUESTS,
	credits: CREDITS,
	// Requests to Leonardo and S3: authentication, retries, errors, uploads, downloads.
	transport: ['nodes/LeonardoAi/transport/*.ts'],
	// Helpers (binary input, parameters, polling, batches), the trigger, the editor's lists, the nodes.
	support: [
		'nodes/LeonardoAi/helpers/*.ts',
		'nodes/LeonardoAi/trigger/*.ts',
		'nodes/LeonardoAi/methods/*.ts',
		'nodes/LeonardoAi/*.node.ts',
	],
	// Every operation, and the router and job machinery, but for the files of requests and credits.
	actions: [
		'nodes/LeonardoAi/actions/**/*.ts',
		...REQUESTS.map((file) => `!${file}`),
		...CREDITS.map((file) => `!${file}`),
	],
	// The catalog's tables, against the page fixtures written from Leonardo's pages. Stryker does not
	// change numbers (a size, a limit): test/unit/catalog/pages.test.ts's edge cases guard those.
	data: [
		'nodes/LeonardoAi/catalog/imageModels.ts',
		'nodes/LeonardoAi/catalog/videoModels.ts',
		'nodes/LeonardoAi/catalog/retired.ts',
		'nodes/LeonardoAi/catalog/styles.ts',
	],
};

const group = process.env.MUTATION_GROUP;
if (!GROUPS[group])
	throw new Error(`MUTATION_GROUP must be one of ${Object.keys(GROUPS).join(', ')}`);

export default {
	packageManager: 'npm',
	testRunner: 'jest',
	jest: { configFile: 'jest.mutation.config.js' },
	coverageAnalysis: 'perTest',
	// The data group's mutants are all "static" (reached while the tables load); its tests are the
	// few fast catalog tests (jest.mutation.config.js). Elsewhere a static mutant (a description, a
	// constant) would need every test file for itself: skipped.
	ignoreStatic: group !== 'data',
	checkers: ['typescript'],
	plugins: ['@stryker-mutator/*', './test/harness/stryker/ignorers.mjs'],
	ignorers: ['catalog-notes'],
	tsconfigFile: 'tsconfig.json',
	mutate: GROUPS[group],
	ignorePatterns: [
		'.stryker-tmp',
		'dist',
		'coverage',
		'reports',
		'.n8n-e2e',
		'.dev-n8n',
		'.demo-output',
		'demo-output',
	],
	// Two test runners and the type checker on two cores: the runners mostly wait on I/O.
	concurrency: 3,
	// In-process Jest reruns grow a runner past 4 GB and slow it to a crawl: restart it now and then.
	maxTestRunnerReuse: 25,
	timeoutMS: 10_000,
	// The first run of every test takes about 5 minutes on two busy cores.
	dryRunTimeoutMinutes: 20,
	incremental: true,
	incrementalFile: `reports/mutation/${group}.incremental.json`,
	reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
	htmlReporter: { fileName: `reports/mutation/${group}.html` },
	jsonReporter: { fileName: `reports/mutation/${group}.json` },
	thresholds: { high: 90, low: 80, break: null },
	tempDirName: `.stryker-tmp/${group}`,
	cleanTempDir: 'always',
};

export { GROUPS };
