#!/usr/bin/env node
'use strict';
// Benchmark (a script, not a test): uploads of N images in real n8n against the sandbox with
// injected latency (S3 POST 200 ms, API call 50 ms), done
//   (a) the seed's way, one item after another (HTTP Request nodes, batch size 1),
//   (b) the hand-built n8n chain (HTTP Request presign → Merge → HTTP Request multipart),
//   (c) with this node at its default (automatic) concurrency, and at 1, 10 and 40;
// then the same under an API rate limit, and peak memory for one large image; and last, in one table,
// pacing to Leonardo's published rate limits and memory with batch size: 40 uploads against the chain,
// 1,000 uploads of 2–5 MB images and 150 generations at the published limits, 1,000 uploads under
// limits 5× tighter, peak RSS at 40 and 1,000 items (filesystem binary mode); then what the memory
// growth of 1,000 uploads is made of (this node, Read Files alone, the chain; n8n's expression engine).
//   npm run bench                 N = 40, 200 items under the rate limit, a 40 MB image, 1,000 items
//   npm run bench -- --quick      N = 12, 60 items, an 8 MB image, 100 items
//   npm run bench -- --before REF the last table also for the package built from git REF (before/after)
//   npm run bench -- --causes     only the memory of 1,000 small uploads: this node, Read Files, the chain
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { startSandbox } = require('../test/sandbox');
const { encodePng } = require('../test/sandbox/png');

/** A bench run may take long (1,000 items): no harness time limit short of 20 minutes. */
const BENCH_RUN = { timeoutMs: 20 * 60 * 1000 };
const runtime = require('../test/harness/n8n');

const quick = process.argv.includes('--quick');
/** `--memory`: only the peak-memory measurement (for before/after comparisons of the upload path). */
const memoryOnly = process.argv.includes('--memory');
/** `--causes`: only what the memory growth of a long batch is made of (see memoryCauses). */
const causesOnly = process.argv.includes('--causes');
const N = quick ? 12 : 40;
const RATE_LIMITED_N = quick ? 60 : 200;
/** `--large-mb N`: the size of the large image for the memory measurement. */
const largeArg = process.argv.indexOf('--large-mb');
const LARGE_MB = largeArg > 0 ? Number(process.argv[largeArg + 1]) : quick ? 8 : 40;
/** The pacing table: items of the big batch, generations (over the 100 a minute of POST /generations). */
const BATCH_N = quick ? 100 : 1000;
const GENERATIONS_N = quick ? 110 : 150;
/** "A limit 5× tighter" than Leonardo's published ones (the sandbox's `publishedLimits.scale`). */
const TIGHTER_SCALE = 0.2;
const beforeArg = process.argv.indexOf('--before');
const BEFORE_REF = beforeArg > 0 ? process.argv[beforeArg + 1] : undefined;
const LATENCY = { api: 50, s3: 200 };
const PER_ITEM_MS = LATENCY.api + LATENCY.s3;
const CREDENTIAL = {
	leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
};

const trigger = {
	parameters: {},
	id: 't',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
};
const readFiles = (pattern) => ({
	parameters: { fileSelector: pattern, options: {} },
	id: 'r',
	name: 'Read Files',
	type: 'n8n-nodes-base.readWriteFile',
	typeVersion: 1,
	position: [200, 0],
});
const chain = (...names) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]),
	);

function nodeWorkflow(pattern, concurrency) {
	return {
		name: `node c=${concurrency}`,
		nodes: [
			trigger,
			readFiles(pattern),
			{
				parameters: { resource: 'initImage', operation: 'upload', options: { concurrency } },
				id: 'u',
				name: 'Upload',
				type: 'n8n-nodes-leonardo-ai.leonardoAi',
				typeVersion: 1,
				position: [400, 0],
				credentials: CREDENTIAL,
			},
		],
		connections: chain('Start', 'Read Files', 'Upload'),
		settings: { executionOrder: 'v1' },
	};
}

/** Generation → Create without waiting, one per file read (the file only makes the item). */
function generationWorkflow(pattern) {
	return {
		name: 'generations',
		nodes: [
			trigger,
			readFiles(pattern),
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'a lighthouse at dusk',
					waitForCompletion: false,
				},
				id: 'g',
				name: 'Generate',
				type: 'n8n-nodes-leonardo-ai.leonardoAi',
				typeVersion: 1,
				position: [400, 0],
				credentials: CREDENTIAL,
				onError: 'continueRegularOutput',
			},
		],
		connections: chain('Start', 'Read Files', 'Generate'),
		settings: { executionOrder: 'v1' },
	};
}

/** Reads the files and does nothing else: n8n's own share of the memory for a large file. */
function readOnlyWorkflow(pattern) {
	return {
		name: 'read only',
		nodes: [trigger, readFiles(pattern)],
		connections: chain('Start', 'Read Files'),
		settings: { executionOrder: 'v1' },
	};
}

/**
 * The way n8n users wire it by hand: presign, merge the answer back onto the file, multipart POST.
 * One by one (the seed's flow) runs the same three steps inside a Loop Over Items of size 1; the
 * HTTP Request node on its own always sends all items at once.
 */
function handBuiltWorkflow(pattern, sandbox, oneByOne) {
	const fieldNames = [
		'Content-Type',
		'bucket',
		'X-Amz-Algorithm',
		'X-Amz-Credential',
		'X-Amz-Date',
		'X-Amz-Security-Token',
		'key',
		'Policy',
		'X-Amz-Signature',
	];
	const nodes = [
		trigger,
		readFiles(pattern),
		{
			parameters: {
				method: 'POST',
				url: `${sandbox.apiUrl}/init-image`,
				sendHeaders: true,
				headerParameters: {
					parameters: [{ name: 'Authorization', value: `Bearer ${sandbox.apiKey}` }],
				},
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '{"extension": "png"}',
				options: {},
			},
			id: 'p',
			name: 'Presign',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [400, 0],
		},
		{
			parameters: { mode: 'combine', combineBy: 'combineByPosition', options: {} },
			id: 'm',
			name: 'Merge',
			type: 'n8n-nodes-base.merge',
			typeVersion: 3,
			position: [600, 0],
		},
		{
			parameters: {
				method: 'POST',
				url: '={{ $json.uploadInitImage.url }}',
				sendBody: true,
				contentType: 'multipart-form-data',
				bodyParameters: {
					parameters: [
						...fieldNames.map((name) => ({
							name,
							value: `={{ JSON.parse($json.uploadInitImage.fields)[${JSON.stringify(name)}] }}`,
						})),
						{ parameterType: 'formBinaryData', name: 'file', inputDataFieldName: 'data' },
					],
				},
				options: {},
			},
			id: 's',
			name: 'S3 Upload',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [800, 0],
			onError: 'continueRegularOutput',
		},
	];
	const connections = {
		Start: { main: [[{ node: 'Read Files', type: 'main', index: 0 }]] },
		Presign: { main: [[{ node: 'Merge', type: 'main', index: 0 }]] },
		Merge: { main: [[{ node: 'S3 Upload', type: 'main', index: 0 }]] },
	};
	const toSteps = [
		{ node: 'Presign', type: 'main', index: 0 },
		{ node: 'Merge', type: 'main', index: 1 },
	];
	if (oneByOne) {
		nodes.push({
			parameters: { batchSize: 1, options: {} },
			id: 'l',
			name: 'Loop',
			type: 'n8n-nodes-base.splitInBatches',
			typeVersion: 3,
			position: [300, 0],
		});
		connections['Read Files'] = { main: [[{ node: 'Loop', type: 'main', index: 0 }]] };
		connections.Loop = { main: [[], toSteps] };
		connections['S3 Upload'] = { main: [[{ node: 'Loop', type: 'main', index: 0 }]] };
	} else {
		connections['Read Files'] = { main: [toSteps] };
	}
	return {
		name: oneByOne ? 'seed flow, one by one' : 'hand-built chain',
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
	};
}

/** Wall time of the upload step: from the first run of its first node to the end of the last run of any. */
function stepMs(execution, nodes) {
	const runData = execution?.data?.resultData?.runData ?? {};
	const runs = nodes.flatMap((node) => runData[node] ?? []);
	if (!runs.length) return 0;
	const start = Math.min(...runs.map((run) => run.startTime));
	const end = Math.max(...runs.map((run) => run.startTime + run.executionTime));
	return end - start;
}

function outputCount(execution, node) {
	return execution?.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0]?.length ?? 0;
}

function makeImages(folder, count) {
	fs.mkdirSync(folder, { recursive: true });
	const png = encodePng(640, 480);
	for (let i = 0; i < count; i++)
		fs.writeFileSync(path.join(folder, `photo-${String(i).padStart(3, '0')}.png`), png);
}

/** `count` PNG files of 2 to 5 MB (a 4000×3000 header, then random bytes): what a photo batch weighs. */
function makeLargeImages(folder, count) {
	fs.mkdirSync(folder, { recursive: true });
	const header = encodePng(4000, 3000).subarray(0, 33);
	const body = crypto.randomBytes(5 * 1024 * 1024);
	let largest = 0;
	for (let i = 0; i < count; i++) {
		const bytes = Math.round((2 + (i % 31) / 10) * 1024 * 1024);
		largest = Math.max(largest, bytes);
		fs.writeFileSync(
			path.join(folder, `photo-${String(i).padStart(4, '0')}.png`),
			Buffer.concat([header, body.subarray(0, bytes - header.length)]),
		);
	}
	return largest;
}

/** The package built from a git commit, packed: the "before" of the pacing table. */
async function tarballAt(ref) {
	const { runOrThrow } = require('../test/harness/n8n/process');
	const root = path.resolve(__dirname, '..');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-before-'));
	await runOrThrow('git', ['worktree', 'add', '--detach', dir, ref], { cwd: root });
	try {
		fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
		await runOrThrow('npm', ['run', 'build'], { cwd: dir });
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-before-pack-'));
		const { stdout } = await runOrThrow(
			'npm',
			['pack', '--json', '--pack-destination', out, '--ignore-scripts'],
			{ cwd: dir },
		);
		return path.join(out, JSON.parse(stdout)[0].filename);
	} finally {
		await runOrThrow('git', ['worktree', 'remove', '--force', dir], { cwd: root });
	}
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
	// `--n8n VERSION`: another n8n of the test matrix (default: the newest).
	const n8nArg = process.argv.indexOf('--n8n');
	const which =
		n8nArg > 0
			? runtime.RUNTIMES.find((r) => r.n8n === process.argv[n8nArg + 1])
			: runtime.RUNTIMES[0];
	if (!which)
		throw new Error(`--n8n takes one of ${runtime.RUNTIMES.map((r) => r.n8n).join(', ')}`);
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-bench-'));
	const batch = path.join(work, 'batch');
	const limited = path.join(work, 'limited');
	const large = path.join(work, 'large');
	makeImages(batch, N);
	makeImages(limited, RATE_LIMITED_N);
	fs.mkdirSync(large);
	const header = encodePng(4000, 3000).subarray(0, 33);
	fs.writeFileSync(
		path.join(large, 'large.png'),
		Buffer.concat([header, crypto.randomBytes(LARGE_MB * 1024 * 1024)]),
	);
	fs.writeFileSync(path.join(large, 'tiny.png'), encodePng(64, 48));

	const sandbox = await startSandbox({ latency: LATENCY });
	const lines = [];
	const say = (line = '') => {
		lines.push(line);
		console.log(line);
	};
	try {
		const n8n = await runtime.prepareN8n(which, {
			credentials: [runtime.sandboxCredential(sandbox)],
			fileAccess: [work],
		});
		if (causesOnly) {
			n8n.cleanup();
			await memoryCauses();
			return;
		}
		if (!memoryOnly) await throughput(n8n);
		await peakMemory();
		n8n.cleanup();
		await pacingTable();
		await memoryCauses();
	} finally {
		await sandbox.close();
		fs.rmSync(work, { recursive: true, force: true });
	}

	async function throughput(n8n) {
		say(
			`# Upload benchmark — n8n ${which.n8n}, Node ${which.node}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
		);
		say(
			`# ${new Date().toISOString().slice(0, 10)}, \`npm run bench${quick ? ' -- --quick' : ''}\`; latency per S3 POST ${LATENCY.s3} ms, per API call ${LATENCY.api} ms; N = ${N}`,
		);
		say('');
		say(
			'| flow | upload step (wall) | items uploaded | speed-up over (a) | time ÷ (b) | ideal ÷ time |',
		);
		say('|---|---|---|---|---|---|');

		const results = {};
		const measure = async (label, workflow, nodes, uploadNode, ideal) => {
			sandbox.reset();
			const result = await n8n.execute(workflow, BENCH_RUN);
			const ms = stepMs(result.execution, nodes);
			const uploaded = sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey).length;
			results[label] = {
				ms,
				uploaded,
				ideal,
				status: result.execution?.status,
				outputs: outputCount(result.execution, uploadNode),
			};
			return results[label];
		};
		const pattern = `${batch}/*.png`;
		await measure(
			'a',
			handBuiltWorkflow(pattern, sandbox, true),
			['Presign', 'Merge', 'S3 Upload'],
			'S3 Upload',
		);
		await measure(
			'b',
			handBuiltWorkflow(pattern, sandbox, false),
			['Presign', 'Merge', 'S3 Upload'],
			'S3 Upload',
		);
		// 0 = automatic, the default (no fixed width, so no "ideal").
		for (const concurrency of [0, 1, 10, 40]) {
			await measure(
				`c${concurrency}`,
				nodeWorkflow(pattern, concurrency),
				['Upload'],
				'Upload',
				concurrency ? Math.ceil(N / concurrency) * PER_ITEM_MS : undefined,
			);
		}
		const a = results.a.ms;
		const b = results.b.ms;
		const row = (name, r) =>
			say(
				`| ${name} | ${fmt(r.ms)} | ${r.uploaded}/${N} | ${ratio(a, r.ms)} | ${ratio(r.ms, b)} | ${r.ideal ? `${(r.ideal / r.ms).toFixed(2)} (ideal ${fmt(r.ideal)})` : '—'} |`,
			);
		row('(a) seed flow, one item after another', results.a);
		row('(b) hand-built chain (HTTP Request → Merge → HTTP Request)', results.b);
		for (const c of [0, 1, 10, 40])
			row(`(c) this node, concurrency ${c || 'automatic (default)'}`, results[`c${c}`]);
		say('');
		say(
			`This node at its default ÷ the hand-built chain: ${ratio(results.c0.ms, b)} (target: at most 1.20×).`,
		);

		// Under a rate limit: 20 API requests/s, 429 + Retry-After: 1 beyond.
		sandbox.rateLimitPerSecond = 20;
		const limitedPattern = `${limited}/*.png`;
		sandbox.reset();
		sandbox.rateLimitPerSecond = 20;
		const hand = await n8n.execute(handBuiltWorkflow(limitedPattern, sandbox, false), BENCH_RUN);
		const handUploaded = sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey).length;
		const handRejected = sandbox.rateLimited;
		sandbox.reset();
		sandbox.rateLimitPerSecond = 20;
		const ours = await n8n.execute(nodeWorkflow(limitedPattern, 0), BENCH_RUN);
		const ourUploaded = sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey).length;
		const ourErrors = (
			ours.execution?.data?.resultData?.runData?.Upload?.[0]?.data?.main?.[0] ?? []
		).filter((i) => i.json.error).length;
		say('');
		say(
			`Under a rate limit of 20 API requests/s (429 + Retry-After: 1 beyond), ${RATE_LIMITED_N} uploads:`,
		);
		say(
			`- (b) hand-built chain: ${handUploaded}/${RATE_LIMITED_N} uploaded, run ${hand.execution?.status ?? 'failed'} (${handRejected} requests answered 429, none retried)`,
		);
		say(
			`- (c) this node, default concurrency: ${ourUploaded}/${RATE_LIMITED_N} uploaded, ${ourErrors} error items, run ${ours.execution?.status} in ${fmt(stepMs(ours.execution, ['Upload']))} (${sandbox.rateLimited} requests answered 429 and retried)`,
		);
		sandbox.rateLimitPerSecond = 0;
	}

	/**
	 * One table: this node against the chain, 429s at Leonardo's published limits and under limits 5×
	 * tighter (the sandbox enforces them per sliding minute), peak RSS at 40 and BATCH_N items of 2–5 MB
	 * in filesystem mode; with `--before REF`, the same for the package built from REF.
	 */
	async function pacingTable() {
		const big40 = path.join(work, 'big40');
		const bigBatch = path.join(work, 'big-batch');
		const smallBatch = path.join(work, 'small-batch');
		const prompts = path.join(work, 'prompts');
		const largest = Math.max(makeLargeImages(big40, 40), makeLargeImages(bigBatch, BATCH_N));
		makeImages(smallBatch, BATCH_N);
		makeImages(prompts, GENERATIONS_N);
		sandbox.keepUploads = false;
		const versions = [['after', undefined]];
		if (BEFORE_REF) versions.unshift([`before (${BEFORE_REF})`, await tarballAt(BEFORE_REF)]);
		const figures = [];
		for (const [label, tarball] of versions) figures.push(await measureVersion(label, tarball));
		sandbox.keepUploads = true;

		const refusedShare = (f) =>
			`${f.refused} of ${f.requests} (${((100 * f.refused) / Math.max(1, f.requests)).toFixed(1)} %)`;
		const rss = (bytes) => `+${mb(bytes)} (${(bytes / largest).toFixed(2)}× the largest file)`;
		const readAlone = (bytes) => (bytes === undefined ? '' : `; Read Files alone +${mb(bytes)}`);
		const rows = [
			[
				`40 uploads, default settings: time ÷ the hand-built chain`,
				(f) => `${ratio(f.upload40Ms, f.chain40Ms)} (${fmt(f.upload40Ms)} ÷ ${fmt(f.chain40Ms)})`,
				'≤ 1.0×',
			],
			[
				`${BATCH_N} uploads of 2–5 MB at the published limits: answered 429`,
				(f) =>
					`${refusedShare(f.batch)}; ${f.batch.uploaded}/${BATCH_N} uploaded in ${fmt(f.batch.ms)}`,
				'0',
			],
			[
				`${GENERATIONS_N} generations (Wait off) at the published limits: answered 429`,
				(f) =>
					`${refusedShare(f.generations)}; ${f.generations.started} started, ${f.generations.failed} failed, ${fmt(f.generations.ms)}`,
				'0',
			],
			[
				`${BATCH_N} uploads under limits 5× tighter: answered 429`,
				(f) =>
					`${refusedShare(f.tighter)}; ${f.tighter.uploaded}/${BATCH_N} uploaded in ${fmt(f.tighter.ms)}`,
				'≤ 10 %',
			],
			[
				`peak RSS, 40 uploads of 2–5 MB (filesystem mode)`,
				(f) => `${rss(f.rss40)}${readAlone(f.rss40ReadOnly)}`,
				'< ~3× the largest',
			],
			[
				`peak RSS, ${BATCH_N} uploads of 2–5 MB`,
				(f) => `${rss(f.batch.rss)}${readAlone(f.batch.readOnly)}`,
				'the same as 40',
			],
		];
		say('');
		say(
			`Pacing and memory — n8n ${which.n8n}, filesystem binary mode; RSS above the same run with one 64×48 image; largest file ${mb(largest)}:`,
		);
		say('');
		say(`| measure | ${figures.map((f) => f.label).join(' | ')} | target |`);
		say(`|---|${figures.map(() => '---|').join('')}---|`);
		// `--memory`: the memory rows only.
		for (const [name, cell, target] of memoryOnly ? rows.slice(-2) : rows)
			say(`| ${name} | ${figures.map(cell).join(' | ')} | ${target} |`);
	}

	async function measureVersion(label, tarball) {
		const n8n = await runtime.prepareN8n(which, {
			credentials: [runtime.sandboxCredential(sandbox)],
			fileAccess: [work],
			env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' },
			tarball,
		});
		const refused = () =>
			Object.values(sandbox.rateLimitedBy).reduce((sum, n) => sum + n, 0) + sandbox.rateLimited;
		const uploaded = () => sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey).length;
		const execute = async (workflow) => {
			sandbox.reset();
			sandbox.keepUploads = false;
			return await n8n.execute(workflow, BENCH_RUN);
		};
		const figures = { label };
		try {
			if (memoryOnly) {
				const baseline = (await execute(nodeWorkflow(`${large}/tiny.png`, 1))).peakRssBytes;
				for (const [size, folder] of [
					['rss40', 'big40'],
					['rssBatch', 'big-batch'],
				]) {
					const pattern = `${path.join(work, folder)}/*.png`;
					figures[size] = (await execute(nodeWorkflow(pattern, 0))).peakRssBytes - baseline;
					figures[`${size}ReadOnly`] =
						(await execute(readOnlyWorkflow(pattern))).peakRssBytes - baseline;
				}
				figures.batch = { rss: figures.rssBatch, readOnly: figures.rssBatchReadOnly };
				return figures;
			}
			const chain = await execute(handBuiltWorkflow(`${batch}/*.png`, sandbox, false));
			figures.chain40Ms = stepMs(chain.execution, ['Presign', 'Merge', 'S3 Upload']);
			figures.upload40Ms = stepMs((await execute(nodeWorkflow(`${batch}/*.png`, 0))).execution, [
				'Upload',
			]);
			const baseline = (await execute(nodeWorkflow(`${large}/tiny.png`, 1))).peakRssBytes;
			figures.rss40 =
				(await execute(nodeWorkflow(`${path.join(work, 'big40')}/*.png`, 0))).peakRssBytes -
				baseline;
			const batchRun = await execute(nodeWorkflow(`${path.join(work, 'big-batch')}/*.png`, 0));
			figures.batch = {
				rss: batchRun.peakRssBytes - baseline,
				refused: refused(),
				requests: sandbox.requestsTo('api').length,
				uploaded: uploaded(),
				ms: stepMs(batchRun.execution, ['Upload']),
			};
			const generations = await execute(generationWorkflow(`${path.join(work, 'prompts')}/*.png`));
			const out =
				generations.execution?.data?.resultData?.runData?.Generate?.[0]?.data?.main?.[0] ?? [];
			figures.generations = {
				refused: refused(),
				requests: sandbox.requestsTo('api').length,
				started: out.filter((item) => item.json.generationId && !item.json.error).length,
				failed: out.filter((item) => item.json.error).length,
				ms: stepMs(generations.execution, ['Generate']),
			};
			sandbox.reset();
			sandbox.keepUploads = false;
			sandbox.publishedLimits.scale = TIGHTER_SCALE;
			const tighter = await n8n.execute(
				nodeWorkflow(`${path.join(work, 'small-batch')}/*.png`, 0),
				BENCH_RUN,
			);
			figures.tighter = {
				refused: refused(),
				requests: sandbox.requestsTo('api').length,
				uploaded: uploaded(),
				ms: stepMs(tighter.execution, ['Upload']),
			};
		} finally {
			sandbox.reset();
			n8n.cleanup();
		}
		return figures;
	}

	/**
	 * What the RSS growth of a long batch is made of: BATCH_N files of 32 KB (so no file's bytes can
	 * matter), Read Files alone, this node, and n8n's own HTTP Request chain making the same requests;
	 * then again with n8n's legacy expression engine (n8n 2.x evaluates every expression, the
	 * credential's Authorization header among them, in an isolate with a heap of its own).
	 */
	async function memoryCauses() {
		const small = path.join(work, 'small-files');
		makeImages(small, BATCH_N);
		const pattern = `${small}/*.png`;
		say('');
		say(
			`Peak RSS for ${BATCH_N} files of ${Math.round(encodePng(640, 480).length / 1024)} KB (above one 64×48 upload), n8n ${which.n8n}, filesystem mode:`,
		);
		for (const [engine, env] of [
			['expression engine as installed', {}],
			['N8N_EXPRESSION_ENGINE=legacy', { N8N_EXPRESSION_ENGINE: 'legacy' }],
		]) {
			const causesN8n = await runtime.prepareN8n(which, {
				credentials: [runtime.sandboxCredential(sandbox)],
				fileAccess: [work],
				env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem', ...env },
			});
			try {
				const peak = async (workflow) => {
					sandbox.reset();
					sandbox.keepUploads = false;
					return (await causesN8n.execute(workflow, BENCH_RUN)).peakRssBytes;
				};
				const baseline = await peak(nodeWorkflow(`${large}/tiny.png`, 1));
				const cells = [
					['Read Files alone', readOnlyWorkflow(pattern)],
					['this node', nodeWorkflow(pattern, 0)],
					['the hand-built HTTP Request chain', handBuiltWorkflow(pattern, sandbox, false)],
				];
				const figures = [];
				for (const [name, workflow] of cells)
					figures.push(`${name} +${mb((await peak(workflow)) - baseline)}`);
				say(`- ${engine}: ${figures.join('; ')}`);
			} finally {
				sandbox.keepUploads = true;
				causesN8n.cleanup();
			}
		}
	}

	/** Peak memory for one large image: stored on disk (streamed) vs held in memory (inline). */
	async function peakMemory() {
		say('');
		say(
			`Peak RSS of the n8n process uploading one ${LARGE_MB} MB image (above the same run with a 64×48 image):`,
		);
		const modeArg = process.argv.indexOf('--mode');
		for (const mode of modeArg > 0 ? [process.argv[modeArg + 1]] : ['filesystem', 'default']) {
			const memoryN8n = await runtime.prepareN8n(which, {
				credentials: [runtime.sandboxCredential(sandbox)],
				fileAccess: [work],
				env: { N8N_DEFAULT_BINARY_DATA_MODE: mode },
			});
			const baseline = await memoryN8n.execute(nodeWorkflow(`${large}/tiny.png`, 1), BENCH_RUN);
			const big = await memoryN8n.execute(nodeWorkflow(`${large}/large.png`, 1), BENCH_RUN);
			// The same workflow without the upload: what n8n's own Read Files step costs for this file.
			const readOnly = await memoryN8n.execute(readOnlyWorkflow(`${large}/large.png`), BENCH_RUN);
			const above = big.peakRssBytes - baseline.peakRssBytes;
			const readAbove = readOnly.peakRssBytes - baseline.peakRssBytes;
			say(
				`- ${mode === 'filesystem' ? 'filesystem mode (streamed)' : 'default mode (inline buffer)'}: ${mb(big.peakRssBytes)} peak, baseline ${mb(baseline.peakRssBytes)}, +${mb(above)} = ${(above / (LARGE_MB * 1024 * 1024)).toFixed(2)}× the file size (run ${big.execution?.status}); reading the file alone (no upload) +${mb(readAbove)}`,
			);
			memoryN8n.cleanup();
		}
	}
}

main().catch((error) => {
	console.error(`\nBenchmark failed: ${error.stack ?? error.message}`);
	process.exit(1);
});
