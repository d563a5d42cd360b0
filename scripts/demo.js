#!/usr/bin/env node
'use strict';
// The main job: runs an example workflow in real n8n against the local sandbox (no API key, no
// credits) and saves the generated files to ./demo-output.
//   npm run demo                                   examples/image-to-image.workflow.json with a 640×480 photo
//   npm run demo -- --image my.jpg                 the same with your own PNG, JPEG or WebP
//   npm run demo -- --example folder-to-dataset    any other example in examples/ (name without .workflow.json)
//   npm run demo -- --example clip-edit --video my.mp4
//                                                  the clip an example reads (clip.mp4; default: the 12-second
//                                                  640×480 test/fixtures/clip-640x480-12s.mp4)
const fs = require('fs');
const path = require('path');

const { startSandbox } = require('../test/sandbox');
const runtime = require('../test/harness/n8n');

function argument(name) {
	const index = process.argv.indexOf(name);
	return index > 0 ? process.argv[index + 1] : undefined;
}

async function main() {
	const image = path.resolve(
		argument('--image') ?? path.join(runtime.ROOT, 'test', 'fixtures', 'photo-640x480.jpg'),
	);
	const video = path.resolve(argument('--video') ?? runtime.EXAMPLE_CLIP);
	const output = path.resolve(argument('--out') ?? path.join(runtime.ROOT, 'demo-output'));
	if (!fs.existsSync(image)) throw new Error(`No such image: ${image}`);
	if (!fs.existsSync(video)) throw new Error(`No such video: ${video}`);
	fs.mkdirSync(output, { recursive: true });
	const example = `${argument('--example') ?? 'image-to-image'}.workflow.json`;
	if (!fs.existsSync(path.join(runtime.ROOT, 'examples', example)))
		throw new Error(`No such example: examples/${example}`);
	const input = runtime.makeExampleInput(image, video);
	const which = runtime.RUNTIMES[0];
	const sandbox = await startSandbox({ generationDelayMs: 1500 });
	runtime.log(`Sandbox: Leonardo API ${sandbox.apiUrl}, S3 ${sandbox.s3Url}`);
	let n8n;
	try {
		n8n = await runtime.prepareN8n(which, {
			credentials: [
				runtime.sandboxCredential(sandbox),
				runtime.webhookCredential(sandbox),
				// The agent examples' OpenAI Chat Model talks to the sandbox's scripted stand-in.
				runtime.openAiCredential(sandbox),
			],
			fileAccess: [input, output],
		});
		runtime.log(`Running examples/${example} in n8n ${which.n8n} (Node ${which.node}) …`);
		const before = new Set(fs.readdirSync(output));
		const workflow = runtime.loadExample(example, { fixtures: input, output });
		if (runtime.hasLeonardoTrigger(workflow)) {
			await runLive({ n8n, sandbox, workflow, example, which, output, before });
			return;
		}
		if (example.startsWith('agent-')) runtime.scriptAgentExample(sandbox);
		const result = await n8n.execute(workflow);
		const execution = result.execution;
		if (!execution || execution.status !== 'success') {
			const error = execution?.data?.resultData?.error;
			process.stderr.write(result.stdout.slice(-4000) + result.stderr.slice(-2000));
			throw new Error(
				`The workflow did not succeed: ${error ? `${error.message} — ${error.description ?? ''}` : `exit code ${result.code}`}`,
			);
		}
		const runData = execution.data.resultData.runData;
		if (workflow.nodes.some((node) => node.type === '@n8n/n8n-nodes-langchain.agent')) {
			describeAgentRun({ workflow, runData, example, which, result, sandbox });
			return;
		}
		const items = (node) => runData[node]?.[0]?.data?.main?.[0] ?? [];
		console.log('');
		console.log(`Leonardo AI demo — ${example} in real n8n against the local sandbox`);
		console.log(
			`  n8n ${which.n8n} on Node ${which.node}, workflow ran in ${(result.wallMs / 1000).toFixed(1)} s`,
		);
		// The inputs the example reads from disk: the clip (clip.mp4), the photo or folders (the rest).
		const reads = workflow.nodes.map((node) => node.parameters?.fileSelector).filter(Boolean);
		if (reads.some((file) => !file.endsWith('/clip.mp4')))
			console.log(`  input image      ${image}`);
		if (reads.some((file) => file.endsWith('/clip.mp4')))
			console.log(`  input video      ${video}`);
		const upload = items('Upload Init Image')[0]?.json;
		if (upload)
			console.log(
				`  init image id    ${upload.id}  (${upload.width}×${upload.height} ${upload.extension}; presigned S3 POSTs accepted: ${sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey).length})`,
			);
		const leonardoNodes = workflow.nodes
			.filter((node) => node.type === 'n8n-nodes-leonardo-ai.leonardoAi' && items(node.name)[0])
			.map((node) => node.name);
		const width = Math.max(16, ...leonardoNodes.map((node) => node.length));
		for (const node of leonardoNodes) {
			if (node === 'Upload Init Image') continue;
			const first = items(node)[0].json;
			const what =
				first.credits !== undefined
					? `${first.credits} credits (${first.service}, from the pricing calculator)`
					: first.original !== undefined
						? `improved prompt "${String(first.prompt).slice(0, 60)}…"`
						: first.generationId
							? `generation id ${first.generationId}, status ${first.status}${describeResult(first)}`
							: first.imageCount !== undefined
								? `status ${first.status}, ${first.imageCount} image(s) of ${first.width}×${first.height}`
								: first.elementId
									? `element ${first.elementId} "${first.name}", status ${first.status}`
									: first.transformType
										? `variation ${first.id}, ${first.transformType} ${first.status}`
										: first.extension
											? `${first.extension} image ${first.id}${first.datasetId ? ` in dataset ${first.datasetId}` : ''}`
											: `${first.id}${first.name ? ` "${first.name}"` : ''}`;
			console.log(`  ${node.padEnd(width)} ${items(node).length} item(s); ${what}`);
			// Items a node sent to its error output (Settings → On Error → Continue (using error output)).
			const failed = runData[node][0].data.main[1] ?? [];
			if (failed.length)
				console.log(
					`  ${''.padEnd(width)} ${failed.length} item(s) to the error output: ${failed[0].json.error}`,
				);
		}
		const last = items(leonardoNodes[leonardoNodes.length - 1]);
		const files = last.flatMap((item) => Object.values(item.binary ?? {}));
		const kind = files.some((file) => file.mimeType === 'video/mp4')
			? 'videos'
			: files.some((file) => file.mimeType.startsWith('audio/'))
				? 'audio files'
				: files.some((file) => file.mimeType === 'model/gltf-binary')
					? '3D models'
					: 'images';
		console.log(
			`  ${kind.padEnd(16)} ${files.length} (binary, from ${leonardoNodes[leonardoNodes.length - 1]})`,
		);
		for (const file of newFiles(output, before)) console.log(`    ${file}`);
		console.log(`  output folder    ${output}`);
	} finally {
		n8n?.cleanup();
		fs.rmSync(input, { recursive: true, force: true });
		await sandbox.close();
	}
}

/**
 * An agent example: what each Leonardo AI tool the agent called answered (its runs keep their items
 * under `ai_tool`) and the agent's final answer. The model is the sandbox's scripted stand-in.
 */
function describeAgentRun({ workflow, runData, example, which, result, sandbox }) {
	console.log('');
	console.log(`Leonardo AI demo — ${example} in real n8n against the local sandbox`);
	console.log(
		`  n8n ${which.n8n} on Node ${which.node}, workflow ran in ${(result.wallMs / 1000).toFixed(1)} s;` +
			` the chat model is the sandbox's scripted stand-in (${sandbox.requestsTo('api', 'POST', '/v1/chat/completions').length} requests)`,
	);
	const tools = workflow.nodes.filter(
		(node) => node.type === 'n8n-nodes-leonardo-ai.leonardoAiTool',
	);
	const width = Math.max(16, ...tools.map((node) => node.name.length));
	for (const tool of tools)
		for (const run of runData[tool.name] ?? [])
			for (const item of run.data?.ai_tool?.[0] ?? [])
				console.log(`  ${tool.name.padEnd(width)} ${JSON.stringify(item.json)}`);
	const agent = workflow.nodes.find((node) => node.type === '@n8n/n8n-nodes-langchain.agent');
	const answer = runData[agent.name]?.at(-1)?.data?.main?.[0]?.[0]?.json?.output;
	console.log(`  ${'agent answered'.padEnd(width)} ${answer}`);
}

/** The newest files in `output` that were not there `before`. */
function newFiles(output, before) {
	return fs
		.readdirSync(output)
		.filter((name) => /\.(png|jpg|mp4|mp3|wav|glb)$/.test(name) && !before.has(name))
		.map((name) => path.join(output, name));
}

/** A job's result in a few words: its size (images, videos, cut-outs), or what kind of file it is. */
function describeResult(json) {
	const width = json.imageWidth ?? json.width;
	const height = json.imageHeight ?? json.height;
	if (json.videos)
		return `, ${width}×${height} video${json.mediaId ? ` from uploaded clip ${json.mediaId}` : ''}`;
	if (json.audio) return `, ${json.model} audio`;
	if (json.assets) return `, ${json.model} 3D model`;
	return width && height ? `, ${width}×${height}` : '';
}

/**
 * An example that starts from Leonardo's callback runs in `n8n start`: activated, the sandbox's
 * webhook pointed at its trigger (as app.leonardo.ai does), then started through its n8n Webhook.
 */
async function runLive({ n8n, sandbox, workflow, example, which, output, before }) {
	const server = await n8n.start();
	try {
		const call = await runtime.restSession(server.url);
		const live = await runtime.activateExample(call, server.url, sandbox, workflow);
		const startNode = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook');
		const prompt = 'A lighthouse on a cliff at dusk';
		const started = Date.now();
		await live.start(startNode.parameters.path, { prompt });
		let saved = [];
		while (!saved.length && Date.now() - started < 60_000) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			saved = newFiles(output, before);
		}
		if (!saved.length)
			throw new Error(`No image arrived within 60 s:\n${server.logs().slice(-3000)}`);
		const executions = await runtime.workflowExecutions(call, live.id);
		console.log('');
		console.log(`Leonardo AI demo — ${example} in real n8n (n8n start) against the local sandbox`);
		console.log(`  n8n ${which.n8n} on Node ${which.node}; the workflow is active`);
		console.log(`  POST /webhook/${startNode.parameters.path}  {"prompt": "${prompt}"}`);
		console.log(
			`  generation       ${sandbox.callbacks[0]?.generationId} started without waiting; Leonardo's callback answered ${sandbox.callbacks[0]?.status}`,
		);
		console.log(
			`  executions       ${executions.length} (${executions.map((e) => e.status).join(', ')}), image saved ${((Date.now() - started) / 1000).toFixed(1)} s after the POST`,
		);
		for (const file of saved) console.log(`    ${file}`);
		console.log(`  output folder    ${output}`);
	} finally {
		await server.stop();
	}
}

main().catch((error) => {
	console.error(`\nDemo failed: ${error.message}`);
	process.exit(1);
});
