#!/usr/bin/env node
'use strict';
// The main job: runs examples/image-to-image.workflow.json in real n8n against the local sandbox
// (no API key, no credits) and saves the generated images to ./demo-output.
//   npm run demo                       uses a 640×480 test photo
//   npm run demo -- --image my.jpg     uses your own PNG, JPEG or WebP
const fs = require('fs');
const os = require('os');
const path = require('path');

const { startSandbox } = require('../test/sandbox');
const runtime = require('./lib/runtime');

function argument(name) {
	const index = process.argv.indexOf(name);
	return index > 0 ? process.argv[index + 1] : undefined;
}

async function main() {
	const image = path.resolve(argument('--image') ?? path.join(runtime.ROOT, 'test', 'fixtures', 'photo-640x480.jpg'));
	const output = path.resolve(argument('--out') ?? path.join(runtime.ROOT, 'demo-output'));
	if (!fs.existsSync(image)) throw new Error(`No such image: ${image}`);
	fs.mkdirSync(output, { recursive: true });
	const input = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-demo-input-'));
	fs.copyFileSync(image, path.join(input, 'photo.jpg'));

	const which = runtime.RUNTIMES[0];
	const sandbox = await startSandbox({ generationDelayMs: 1500 });
	runtime.log(`Sandbox: Leonardo API ${sandbox.apiUrl}, S3 ${sandbox.s3Url}`);
	let n8n;
	try {
		n8n = await runtime.prepareN8n(which, { credentials: [runtime.sandboxCredential(sandbox)], fileAccess: [input, output] });
		runtime.log(`Running examples/image-to-image.workflow.json in n8n ${which.n8n} (Node ${which.node}) …`);
		const result = await n8n.execute(runtime.loadExample('image-to-image.workflow.json', { fixtures: input, output }));
		const execution = result.execution;
		if (!execution || execution.status !== 'success') {
			const error = execution?.data?.resultData?.error;
			process.stderr.write(result.stdout.slice(-4000) + result.stderr.slice(-2000));
			throw new Error(`The workflow did not succeed: ${error ? `${error.message} — ${error.description ?? ''}` : `exit code ${result.code}`}`);
		}
		const runData = execution.data.resultData.runData;
		const upload = runData['Upload Init Image'][0].data.main[0][0].json;
		const generated = runData['Generate From Init Image'][0].data.main[0];
		const saved = runData['Save Images'][0].data.main[0].map((item) => item.json.fileName);
		const s3Posts = sandbox.requestsTo('s3', 'POST').length;
		console.log('');
		console.log('Leonardo AI demo — real n8n against the local sandbox');
		console.log(`  n8n ${which.n8n} on Node ${which.node}, workflow ran in ${(result.wallMs / 1000).toFixed(1)} s`);
		console.log(`  input image      ${image} (${upload.width}×${upload.height} ${upload.extension})`);
		console.log(`  init image id    ${upload.id}  (presigned S3 POSTs accepted: ${s3Posts})`);
		console.log(`  generation id    ${generated[0].json.generationId}  status ${generated[0].json.status}, ${generated[0].json.imageWidth}×${generated[0].json.imageHeight}`);
		console.log(`  images           ${generated.length}`);
		for (const file of saved) console.log(`    ${file}`);
		console.log(`  output folder    ${output}`);
	} finally {
		n8n?.cleanup();
		fs.rmSync(input, { recursive: true, force: true });
		await sandbox.close();
	}
}

main().catch((error) => {
	console.error(`\nDemo failed: ${error.message}`);
	process.exit(1);
});
