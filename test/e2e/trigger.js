'use strict';
// Real n8n (`n8n start`) with the package, the sandbox credential and the webhook credential, for the
// Leonardo AI Trigger: an active workflow whose production webhook the sandbox calls back.
const { parse } = require('flatted');

const { startSandbox } = require('../sandbox');
const runtime = require('../harness/n8n');

const WEBHOOK_KEY = 'whk-sandbox-secret';
const WEBHOOK_ID = '5f0c7e2a-8d41-4b6e-9a3c-2e7d1f4b6a90';
const ALL_EVENTS_WEBHOOK_ID = '9a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const webhookCredential = {
	id: 'leonardoWebhook1',
	name: 'Leonardo AI Webhook (sandbox)',
	type: 'leonardoAiWebhookApi',
	data: { webhookApiKey: WEBHOOK_KEY },
};

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
					leonardoAiWebhookApi: { id: webhookCredential.id, name: webhookCredential.name },
				},
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

async function startTriggerServer(which) {
	const sandbox = await startSandbox({ generationDelayMs: 300 });
	let n8n;
	let server;
	try {
		n8n = await runtime.prepareN8n(which, {
			credentials: [runtime.sandboxCredential(sandbox), webhookCredential],
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

	/** Saves and activates a workflow: n8n 2.x activates with POST …/activate, 1.x with a PATCH. */
	async function activate(workflow) {
		const created = await call('POST', '/workflows', { ...workflow, active: false });
		if (created.status >= 400) throw new Error(`Saving failed: ${JSON.stringify(created.body)}`);
		const { id, versionId } = created.body.data;
		let activated = await call('POST', `/workflows/${id}/activate`, { versionId });
		if (activated.status === 404)
			activated = await call('PATCH', `/workflows/${id}`, { active: true, versionId });
		if (activated.status >= 400 || !activated.body.data?.active)
			throw new Error(
				`Activating failed: ${JSON.stringify(activated.body)}\n${server.logs().slice(-2000)}`,
			);
		return id;
	}

	/** The workflow's executions from n8n's REST API, newest first, each with its run data. */
	async function executions(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const listed = await call('GET', `/executions?filter=${filter}`);
		const results = listed.body.data?.results ?? listed.body.data ?? [];
		return await Promise.all(
			results.map(async (summary) => {
				const full = (await call('GET', `/executions/${summary.id}`)).body.data;
				return { ...full, data: typeof full.data === 'string' ? parse(full.data) : full.data };
			}),
		);
	}

	return {
		sandbox,
		activate,
		executions,
		webhookUrl: (webhookId = WEBHOOK_ID) => `${server.url}/webhook/${webhookId}/leonardo`,
		logs: () => server.logs(),
		async stop() {
			await server.stop();
			await sandbox.close();
			n8n.cleanup();
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
