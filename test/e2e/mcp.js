'use strict';
// Real n8n (`n8n start`) with the package, the sandbox credential and a Bearer credential for MCP
// clients: an active workflow with n8n's MCP Server Trigger and Leonardo AI tools attached (issue 24).
const { startSandbox } = require('../sandbox');
const runtime = require('../harness/n8n');

const LEONARDO_CREDENTIAL = { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' };
const BEARER_CREDENTIAL = { id: 'mcpBearer1', name: 'MCP clients (Bearer)' };
/** What MCP clients send as `Authorization: Bearer …` (the trigger's Bearer Auth credential). */
const CLIENT_BEARER = 'mcp-e2e-client-bearer';

/**
 * The newest MCP Server Trigger version each n8n offers (its `version` list in
 * `@n8n/n8n-nodes-langchain/dist/nodes/mcp/McpTrigger/McpTrigger.node.js`): v2+ speaks streamable HTTP
 * at /mcp/<path>; v1/1.1 speak SSE (GET /mcp/<path>/sse, POST /mcp/<path>/messages).
 */
const NEWEST_TRIGGER = { '2.41.1': 2.1, '2.8.4': 2, '1.123.81': 2 };

/** A Leonardo AI tool node as a user attaches it to the trigger. */
function leonardoTool(name, parameters, index) {
	return {
		parameters,
		id: `mcp-tool-${index}`,
		name,
		type: 'n8n-nodes-leonardo-ai.leonardoAiTool',
		typeVersion: 1,
		position: [200 * index, 250],
		credentials: { leonardoAiApi: LEONARDO_CREDENTIAL },
	};
}

/**
 * MCP Server Trigger (Bearer auth) at /mcp/<path> with two Leonardo AI tools, their prompts from the
 * client: Generation → Create ("Leonardo AI") and Generation → Create From Image ("Image From Photo"),
 * which needs a file.
 */
function mcpWorkflow(path, triggerVersion, webhookId) {
	const tools = [
		leonardoTool(
			'Leonardo AI',
			{
				resource: 'generation',
				operation: 'create',
				prompt: "={{ $fromAI('prompt', 'What the image should show', 'string') }}",
			},
			0,
		),
		leonardoTool(
			'Image From Photo',
			{
				resource: 'generation',
				operation: 'createFromImage',
				prompt: "={{ $fromAI('prompt', 'How to change the photo', 'string') }}",
			},
			1,
		),
	];
	return {
		name: `Leonardo over MCP (${path})`,
		nodes: [
			{
				parameters: { authentication: 'bearerAuth', path },
				id: 'mcp-trigger',
				name: 'MCP Server Trigger',
				type: '@n8n/n8n-nodes-langchain.mcpTrigger',
				typeVersion: triggerVersion,
				position: [0, 0],
				webhookId,
				credentials: { httpBearerAuth: BEARER_CREDENTIAL },
			},
			...tools,
		],
		connections: Object.fromEntries(
			tools.map((tool) => [
				tool.name,
				{ ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] },
			]),
		),
		settings: { executionOrder: 'v1' },
	};
}

/** The sandbox and `n8n start` of the given runtime, with the two credentials imported. */
async function startMcpServer(which) {
	const sandbox = await startSandbox({ generationDelayMs: 300 });
	let n8n;
	let server;
	try {
		n8n = await runtime.prepareN8n(which, {
			credentials: [
				runtime.sandboxCredential(sandbox),
				{ ...BEARER_CREDENTIAL, type: 'httpBearerAuth', data: { token: CLIENT_BEARER } },
			],
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
		url: server.url,
		/** Saves and activates a workflow; resolves its id. */
		activate: (workflow) => runtime.activateWorkflow(call, workflow),
		logs: () => server.logs(),
		async stop() {
			await server.stop();
			await sandbox.close();
			n8n.cleanup();
		},
	};
}

/**
 * Connects an MCP client (`client.connect(makeTransport())`); n8n may register an activated workflow's
 * webhooks a moment after answering, so a failed first connect is retried briefly with a fresh client.
 */
async function connectClient(makeClient, makeTransport) {
	for (let attempt = 1; ; attempt++) {
		const client = makeClient();
		try {
			await client.connect(makeTransport());
			return client;
		} catch (error) {
			await client.close().catch(() => undefined);
			if (attempt >= 20) throw error;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
}

module.exports = {
	RUNTIMES: runtime.RUNTIMES,
	CLIENT_BEARER,
	NEWEST_TRIGGER,
	connectClient,
	mcpWorkflow,
	startMcpServer,
};
