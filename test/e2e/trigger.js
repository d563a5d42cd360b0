'use strict';
// Real n8n (`n8n start`) with the package, the sandbox credential and the webhook credential, for the
// Leonardo AI Trigger: an active workflow whose production webhook the sandbox calls back.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { startSandbox } = require('../sandbox');
const runtime = require('../harness/n8n');

const { WEBHOOK_CREDENTIAL, WEBHOOK_KEY } = runtime;
const WEBHOOK_ID = '5f0c7e2a-8d41-4b6e-9a3c-2e7d1f4b6a90';
const ALL_EVENTS_WEBHOOK_ID = '9a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

/** The trigger workflow ("workflow B"): the trigger alone, its output is what later nodes get. */
function triggerWorkflow(parameters = {}, webhookId = WEBHOOK_ID) {
	return {
		name: `Leonardo finished a job (${webhookId.slice(0, 8)})`,
		nodes: [
			{
				parameters: { events: ['image_generation.complete'], downloadImages: true, ...parameters },
				id: 'c2b1a0f9-0001-4e5d-8c7b-6a5f4e3d2c1b',
				name: 'Leonardo AI Trigger',
				type: 'n8n-nodes-leonardo-ai.leonardoAiTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				credentials: {
					leonardoAiWebhookApi: { ...WEBHOOK_CREDENTIAL },
				},
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

async function startTriggerServer(which) {
	const sandbox = await startSandbox({ generationDelayMs: 300 });
	const input = runtime.makeExampleInput();
	const output = fs.mkdtempSync(path.join(os.tmpdir(), 'leonardo-output-'));
	let n8n;
	let server;
	try {
		n8n = await runtime.prepareN8n(which, {
			credentials: [runtime.sandboxCredential(sandbox), runtime.webhookCredential(sandbox)],
			fileAccess: [input, output],
			env: { N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' },
		});
		server = await n8n.start();
	} catch (error) {
		await server?.stop();
		await sandbox.close();
		n8n?.cleanup();
		throw error;
	}
	const call = await runtime.restSession(server.url);

	return {
		sandbox,
		server,
		activate: (workflow) => runtime.activateWorkflow(call, workflow),
		executions: (workflowId) => runtime.workflowExecutions(call, workflowId),
		webhookUrl: (webhookId = WEBHOOK_ID) => `${server.url}/webhook/${webhookId}/leonardo`,
		logs: () => server.logs(),
		/** Whether the example wrote this PNG to its output folder. */
		savedPng: (name) => {
			const file = path.join(output, name);
			return (
				fs.existsSync(file) && fs.readFileSync(file).subarray(1, 4).toString('latin1') === 'PNG'
			);
		},
		/** An example with a Leonardo AI Trigger, activated, the sandbox calling its trigger back. */
		activateExample: (name) =>
			runtime.activateExample(
				call,
				server.url,
				sandbox,
				runtime.loadExample(name, { fixtures: input, output }),
			),
		async stop() {
			await server.stop();
			await sandbox.close();
			n8n.cleanup();
			for (const folder of [input, output]) fs.rmSync(folder, { recursive: true, force: true });
		},
	};
}

module.exports = {
	RUNTIMES: runtime.RUNTIMES,
	ALL_EVENTS_WEBHOOK_ID,
	WEBHOOK_KEY,
	startTriggerServer,
	triggerWorkflow,
};
