'use strict';
// Runs real n8n for the e2e tests, the demo and the benchmark. Node builds and n8n itself live in a
// cache folder outside the package, never in its dependencies.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { CACHE, ROOT } = require('./node');
const { RUNTIMES, ensureN8n, ensureNode, packPackage } = require('./install');
const { extractExecutionJson, prepareN8n } = require('./instance');
const { log } = require('./process');
const { activateWorkflow, restSession, workflowExecutions } = require('./rest');

/** The sandbox credential as n8n imports it; workflows in examples/ reference its id. */
function sandboxCredential(sandbox) {
	return {
		id: 'leonardoSandbox1',
		name: 'Leonardo AI (local sandbox)',
		type: 'leonardoAiApi',
		data: { apiKey: sandbox.apiKey, baseUrl: sandbox.apiUrl },
	};
}

/** n8n's OpenAI credential pointing at the sandbox's scripted chat model; examples/agent-* reference its id. */
function openAiCredential(sandbox) {
	return {
		id: 'openAiSandbox1',
		name: 'OpenAI (sandbox chat model)',
		type: 'openAiApi',
		data: { apiKey: sandbox.chat.apiKey, url: sandbox.chatUrl },
	};
}

/**
 * Scripts the sandbox's chat model for examples/agent-makes-images.workflow.json as a model would act
 * on its task: Improve Prompt with the task's prompt, then Make Image with the improved prompt; its
 * final answer quotes the image URL. Call it after `sandbox.reset()` (which clears the script).
 */
function scriptAgentExample(sandbox) {
	sandbox.chat.steps = [
		[{ tool: 'Improve_Prompt', arguments: { prompt: 'a red fox in fresh snow' } }],
		[{ tool: 'Make_Image', arguments: (results) => ({ prompt: results[0].json[0].prompt }) }],
	];
}

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const DATASET_FILES = ['photo-640x480.png', 'lossy-640x480.webp', 'portrait-300x500.jpg'];
const STYLE_FILES = ['photo-640x480.jpg', 'photo-640x480.png', 'lossy-640x480.webp'];
const STYLE_IMAGES = 12;

/** The clip the examples edit: 12 s at 640×480, inside FLUX 3 Video's limits for a video reference (1–15 s, 480–2160 px). */
const EXAMPLE_CLIP = path.join(FIXTURES, 'clip-640x480-12s.mp4');

/**
 * The input folder the examples read (/data/leonardo-input in their JSON), like a user's: `photo.jpg`,
 * `clip.mp4`, `model.obj`, `dataset/` (a PNG, a WebP and a JPEG) and `style/` (12 images to train an element on).
 */
function makeExampleInput(photo = path.join(FIXTURES, 'photo-640x480.jpg'), clip = EXAMPLE_CLIP) {
	const input = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-input-'));
	fs.copyFileSync(photo, path.join(input, 'photo.jpg'));
	fs.copyFileSync(clip, path.join(input, 'clip.mp4'));
	fs.copyFileSync(path.join(FIXTURES, 'cube.obj'), path.join(input, 'model.obj'));
	fs.mkdirSync(path.join(input, 'dataset'));
	for (const name of DATASET_FILES)
		fs.copyFileSync(path.join(FIXTURES, name), path.join(input, 'dataset', name));
	fs.mkdirSync(path.join(input, 'style'));
	for (let n = 0; n < STYLE_IMAGES; n++) {
		const source = STYLE_FILES[n % STYLE_FILES.length];
		const name = `style-${String(n + 1).padStart(2, '0')}${path.extname(source)}`;
		fs.copyFileSync(path.join(FIXTURES, source), path.join(input, 'style', name));
	}
	return input;
}

/** The sandbox's webhook callback key, and the trigger credential holding it (examples reference its id). */
const WEBHOOK_KEY = 'whk-sandbox-secret';
const WEBHOOK_CREDENTIAL = { id: 'leonardoWebhook1', name: 'Leonardo AI Webhook (sandbox)' };

/**
 * The trigger credential for a sandbox: its key, and the sandbox's image host (its CDN/S3 server,
 * http://127.0.0.1:<port>) as the only allowed download host, so the trigger downloads its images.
 */
function webhookCredential(sandbox) {
	return {
		...WEBHOOK_CREDENTIAL,
		type: 'leonardoAiWebhookApi',
		data: { webhookApiKey: WEBHOOK_KEY, downloadHosts: new URL(sandbox.s3Url).host },
	};
}

const TRIGGER_TYPE = 'n8n-nodes-leonardo-ai.leonardoAiTrigger';

/** Whether an example starts from Leonardo's callback (it then runs in `n8n start`, not `n8n execute`). */
function hasLeonardoTrigger(workflow) {
	return workflow.nodes.some((node) => node.type === TRIGGER_TYPE);
}

/**
 * Activates an example with a Leonardo AI Trigger in a running n8n and points the sandbox's webhook
 * callback at that trigger's production URL, as a user does at app.leonardo.ai. Resolves the
 * workflow's id and `start(path, body)`, which POSTs to one of its n8n Webhook nodes.
 */
async function activateExample(call, serverUrl, sandbox, workflow) {
	const id = await activateWorkflow(call, workflow);
	const trigger = workflow.nodes.find((node) => node.type === TRIGGER_TYPE);
	sandbox.webhook = { url: `${serverUrl}/webhook/${trigger.webhookId}/leonardo`, key: WEBHOOK_KEY };
	// n8n may register an activated workflow's webhooks a moment after answering: 404 is retried briefly.
	const start = async (webhookPath, body) => {
		for (let attempt = 1; ; attempt++) {
			const response = await fetch(`${serverUrl}/webhook/${webhookPath}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			if (response.ok) return;
			if (response.status !== 404 || attempt >= 20)
				throw new Error(
					`POST /webhook/${webhookPath} answered ${response.status}: ${await response.text()}`,
				);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	};
	return { id, start };
}

/** Loads an example workflow and replaces its {{FIXTURES}} and {{OUTPUT}} folder placeholders. */
function loadExample(name, { fixtures, output }) {
	const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
	return JSON.parse(
		text.split('/data/leonardo-input').join(fixtures).split('/data/leonardo-output').join(output),
	);
}

module.exports = {
	restSession,
	activateWorkflow,
	workflowExecutions,
	webhookCredential,
	WEBHOOK_CREDENTIAL,
	WEBHOOK_KEY,
	RUNTIMES,
	CACHE,
	ROOT,
	ensureNode,
	ensureN8n,
	prepareN8n,
	packPackage,
	sandboxCredential,
	openAiCredential,
	scriptAgentExample,
	loadExample,
	makeExampleInput,
	EXAMPLE_CLIP,
	hasLeonardoTrigger,
	activateExample,
	extractExecutionJson,
	log,
};
