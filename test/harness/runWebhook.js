'use strict';
// Calls the Leonardo AI Trigger's webhook in-process through n8n-core's WebhookContext, the context
// n8n gives a webhook: real parameter defaults, real HTTP and binary helpers (binary kept inline, as
// in runWorkflow.js), a stub credential store, a recorded response and a recording logger.
const { Workflow } = require('n8n-workflow');
const core = require('n8n-core');

// Loading runWorkflow keeps binary data inline (its BinaryDataService); `decoded` reads it back.
const { decoded } = require('./runWorkflow');
const { LeonardoAiTrigger } = require('../../nodes/LeonardoAi/LeonardoAiTrigger.node');

const TRIGGER_TYPE = 'n8n-nodes-leonardo-ai.leonardoAiTrigger';

/** What Express's response offers the trigger: the status and the JSON it answered. */
function recordedResponse() {
	return {
		statusCode: undefined,
		body: undefined,
		status(code) {
			this.statusCode = code;
			return this;
		},
		json(body) {
			this.body = body;
			return this;
		},
	};
}

/**
 * POSTs `body` with `headers` to the trigger (`parameters` on the node, `credentials` as the
 * decrypted Leonardo AI Webhook API credential; `workflowId` and `nodeId` name the workflow and the
 * trigger node in it). Resolves with the answer (`status`, `answer`), the
 * items that would start the workflow (`items`, binary decoded under `.buffer`; undefined when none
 * start), the logger's warnings, and webhook()'s own result.
 */
async function callTrigger({
	parameters = {},
	credentials,
	headers = {},
	body,
	workflowId = 'wf',
	nodeId = 'trigger-1',
}) {
	const nodeType = new LeonardoAiTrigger();
	const node = {
		id: nodeId,
		name: 'Leonardo AI Trigger',
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: 'b1c2d3e4-0000-4000-8000-000000000001',
		parameters,
		credentials: { leonardoAiWebhookApi: { id: '1', name: 'Leonardo AI Webhook' } },
	};
	const workflow = new Workflow({
		id: workflowId,
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: {
			getByName: () => nodeType,
			getByNameAndVersion: () => nodeType,
			getKnownTypes: () => ({}),
		},
		settings: { executionOrder: 'v1' },
	});
	const response = recordedResponse();
	const additionalData = {
		credentialsHelper: {
			getParentTypes: () => [],
			isCredentialUsableByNode: () => true,
			getDecrypted: async () => ({ ...credentials }),
		},
		httpRequest: { headers, body, params: {}, query: {} },
		httpResponse: response,
		restApiUrl: '',
		webhookBaseUrl: 'https://n8n.example.com/webhook',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		formWaitingBaseUrl: '',
		variables: {},
	};
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: 'leonardo',
		webhookDescription: nodeType.description.webhooks[0],
		workflowId,
		isTest: false,
	};
	const context = new core.WebhookContext(
		workflow,
		workflow.getNode(node.name),
		additionalData,
		'webhook',
		webhookData,
		[],
		null,
	);
	const warnings = [];
	const quiet = () => undefined;
	Object.defineProperty(context, 'logger', {
		value: { debug: quiet, info: quiet, error: quiet, warn: (message) => warnings.push(message) },
	});
	const result = await nodeType.webhook.call(context);
	const workflowItems = result.workflowData?.[0];
	const items = workflowItems && decoded(workflowItems);
	return { status: response.statusCode, answer: response.body, items, warnings, result };
}

module.exports = { callTrigger };
