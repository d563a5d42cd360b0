// StrykerJS (npm run test:mutation, through scripts/mutation.js): mutates the code of nodes/ — the
// catalog (its code and its tables), the request builders, the pricing / Max Credits modules, the
// transport (requests to Leonardo and S3), the helpers and trigger, and every operation — and runs
// the unit and workflow tests against each mutant
// (jest.mutation.config.js). Groups over all of nodes/, each with its own report and incremental
// file, so one group can be re-run alone: MUTATION_GROUP=catalog|data|requests|credits|transport|
// helpers|nodes|jobs|generation|video|images|assets.
const REQUESTS = [
	'nodes/LeonardoAi/actions/video/body.ts',
	'nodes/LeonardoAi/actions/video/request.ts',
	'nodes/LeonardoAi/actions/generation/createV2.operation.ts',
	'nodes/LeonardoAi/actions/generation/v2.ts',
	'nodes/LeonardoAi/actions/generation/v2Body.ts',
	'nodes/LeonardoAi/actions/generation/body.ts',
];
const CREDITS = [
	'nodes/LeonardoAi/actions/shared/pricing.ts',
	'nodes/LeonardoAi/actions/shared/budget.ts',
];

/** Operation files, without those of the requests and credits groups. */
function operations(patterns) {
	return [...patterns, ...[...REQUESTS, ...CREDITS].map((file) => `!${file}`)];
}

const GROUPS = {
	catalog: [
		'nodes/LeonardoAi/catalog/check.ts',
		'nodes/LeonardoAi/catalog/elementLists.ts',
		'nodes/LeonardoAi/catalog/forItem.ts',
		'nodes/LeonardoAi/catalog/guidanceCombinations.ts',
		'nodes/LeonardoAi/catalog/guidances.ts',
		'nodes/LeonardoAi/catalog/index.ts',
		'nodes/LeonardoAi/catalog/refusal.ts',
		'nodes/LeonardoAi/catalog/sizes.ts',
		'nodes/LeonardoAi/catalog/summary.ts',
		'nodes/LeonardoAi/catalog/tables.ts',
		'nodes/LeonardoAi/catalog/values.ts',
	],
	requests: REQUESTS,
	credits: CREDITS,
	// Requests to Leonardo and S3: authentication, retries, errors, uploads, downloads.
	transport: ['nodes/LeonardoAi/transport/*.ts'],
	// Helpers (binary input, parameters, polling, batches).
	helpers: ['nodes/LeonardoAi/helpers/*.ts'],
	// The nodes themselves, the trigger and the editor's lists.
	nodes: [
		'nodes/LeonardoAi/trigger/*.ts',
		'nodes/LeonardoAi/methods/*.ts',
		'nodes/LeonardoAi/*.node.ts',
	],
	// The operations, in groups that each run in about an hour on two cores, but for the files of
	// requests and credits. `jobs`: the router and the modules the operations share.
	jobs: operations(['nodes/LeonardoAi/actions/*.ts', 'nodes/LeonardoAi/actions/shared/**/*.ts']),
	generation: operations(['nodes/LeonardoAi/actions/generation/**/*.ts']),
	video: operations(['nodes/LeonardoAi/actions/video/**/*.ts']),
	images: operations([
		'nodes/LeonardoAi/actions/image/**/*.ts',
		'nodes/LeonardoAi/actions/variation/**/*.ts',
		'nodes/LeonardoAi/actions/initImage/**/*.ts',
	]),
	assets: operations(
		[
			'audio',
			'model3d',
			'media',
			'dataset',
			'element',
			'model',
			'prompt',
			'user',
			'cost',
			'blueprint',
			'realtime',
			'asset3d',
		].map((folder) => `nodes/LeonardoAi/actions/${folder}/**/*.ts`),
	),
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
