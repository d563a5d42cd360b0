'use strict';
// Runs the example workflows in real n8n (installed in a cache folder) against the sandbox.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { startSandbox } = require('../sandbox');
const runtime = require('../harness/n8n');

/** A PNG header (4000×3000) followed by `megabytes` of random bytes: large, and never compressible. */
function writeLargeImage(folder, megabytes) {
	const { encodePng } = require('../sandbox/png');
	const header = encodePng(4000, 3000).subarray(0, 33);
	const data = Buffer.concat([header, require('crypto').randomBytes(megabytes * 1024 * 1024)]);
	fs.writeFileSync(path.join(folder, 'large.png'), data);
	return data;
}

/** PNG files in a folder with their pixel sizes. */
function pngFiles(folder) {
	return fs
		.readdirSync(folder)
		.filter((name) => name.endsWith('.png'))
		.sort()
		.map((name) => {
			const data = fs.readFileSync(path.join(folder, name));
			return {
				name,
				isPng: data.subarray(1, 4).toString('latin1') === 'PNG',
				width: data.readUInt32BE(16),
				height: data.readUInt32BE(20),
			};
		});
}

/**
 * Starts the sandbox and a fresh n8n of the given runtime with the package and the sandbox credential;
 * `credentials(sandbox)` adds more (e.g. an OpenAI credential pointing at the sandbox's chat model).
 */
async function startExamples(which, { credentials = () => [] } = {}) {
	const sandbox = await startSandbox({ generationDelayMs: 500 });
	const input = runtime.makeExampleInput();
	const output = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-output-'));
	let n8n;
	try {
		// Binary data on disk, as n8n 2.x's CLI does by default (1.x keeps it in memory unless told).
		n8n = await runtime.prepareN8n(which, {
			credentials: [runtime.sandboxCredential(sandbox), ...credentials(sandbox)],
			fileAccess: [input, output],
			env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' },
		});
	} catch (error) {
		await sandbox.close();
		throw error;
	}
	return {
		sandbox,
		output,
		input,
		writeLargeImage: (megabytes) => writeLargeImage(input, megabytes),
		runExample: (name) => n8n.execute(runtime.loadExample(name, { fixtures: input, output })),
		runWorkflow: (workflow) => n8n.execute(workflow),
		outputFiles: () => pngFiles(output),
		/** The MP4 files written, with whether each starts with an ftyp box. */
		outputVideos: () =>
			fs
				.readdirSync(output)
				.filter((name) => name.endsWith('.mp4'))
				.map((name) => {
					const data = fs.readFileSync(path.join(output, name));
					return {
						name,
						bytes: data.length,
						isMp4: data.subarray(4, 8).toString('latin1') === 'ftyp',
					};
				}),
		/** A file of the input folder the examples read (`photo.jpg`, `clip.mp4`), as bytes. */
		inputFile: (name) => fs.readFileSync(path.join(input, name)),
		/** The files written with the given extension (e.g. `mp3`), with their bytes, by name. */
		outputFilesEndingIn: (extension) =>
			fs
				.readdirSync(output)
				.filter((name) => name.endsWith(`.${extension}`))
				.sort()
				.map((name) => ({ name, data: fs.readFileSync(path.join(output, name)) })),
		async stop() {
			await sandbox.close();
			n8n.cleanup();
			for (const folder of [input, output]) fs.rmSync(folder, { recursive: true, force: true });
		},
	};
}

/** The examples' n8n and sandbox for one describe block: started before its tests, stopped after. */
function useExamples(which, options) {
	const context = /** @type {{ examples: Awaited<ReturnType<typeof startExamples>> }} */ ({
		examples: undefined,
	});
	beforeAll(
		async () => {
			context.examples = await startExamples(which, options);
		},
		20 * 60 * 1000,
	);
	afterAll(async () => await context.examples?.stop());
	return context;
}

module.exports = {
	RUNTIMES: runtime.RUNTIMES,
	openAiCredential: runtime.openAiCredential,
	scriptAgentExample: runtime.scriptAgentExample,
	startExamples,
	useExamples,
};
