import { Client } from '@modelcontextprotocol/sdk/client';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp';

import {
	CLIENT_BEARER,
	NEWEST_TRIGGER,
	RUNTIMES,
	connectClient,
	mcpWorkflow,
	startMcpServer,
} from './mcp';

/**
 * Leonardo AI offered to outside MCP clients (Claude Desktop, Cursor …) through n8n's MCP Server Trigger,
 * in real n8n (issue 24): `n8n start`, an active workflow with the trigger (Bearer auth) and Leonardo AI
 * tools attached (test/e2e/mcp.js); the official MCP client (`@modelcontextprotocol/sdk`) lists the
 * tools and calls them. n8n runs an MCP tool in-process (not as an engine request, unlike the AI
 * Agent): the node's output items' json, as one JSON string, is the call's text content.
 */
type Server = Awaited<ReturnType<typeof startMcpServer>>;

const AUTH = { headers: { Authorization: `Bearer ${CLIENT_BEARER}` } };

const connect = async (makeTransport: () => StreamableHTTPClientTransport | SSEClientTransport) =>
	(await connectClient(
		() => new Client({ name: 'leonardo-e2e', version: '1.0.0' }),
		makeTransport,
	)) as Client;

/** The one text content of a tool call's result, parsed (n8n sends the items' json as a JSON string). */
function resultJson(result: Awaited<ReturnType<Client['callTool']>>) {
	const content = result.content as Array<{ type: string; text: string }>;
	expect(content).toHaveLength(1);
	expect(content[0].type).toBe('text');
	return JSON.parse(content[0].text) as Array<Record<string, unknown>>;
}

/** Lists the tools and makes one image; what a user of Claude Desktop or Cursor would see. */
async function listAndCreate(server: Server, client: Client) {
	const { sandbox } = server;
	const { tools } = await client.listTools();
	expect(tools.map((tool) => tool.name).sort()).toEqual(['Image_From_Photo', 'Leonardo_AI']);
	const create = tools.find((tool) => tool.name === 'Leonardo_AI')!;
	expect(create.description).toBe('Create a generation in Leonardo AI');
	expect(create.inputSchema).toMatchObject({
		type: 'object',
		properties: { prompt: { type: 'string', description: 'What the image should show' } },
		required: ['prompt'],
	});

	const result = await client.callTool({
		name: 'Leonardo_AI',
		arguments: { prompt: 'a lighthouse at dusk' },
	});
	expect(result.isError).toBeFalsy();
	const [generation, ...more] = resultJson(result);
	expect(more).toEqual([]);
	// The compact generation (tool mode), with the image URL the sandbox made.
	const posts = sandbox.requestsTo('api', 'POST', '/generations');
	expect(posts.map((post: { body: { prompt: string } }) => post.body.prompt)).toEqual([
		'a lighthouse at dusk',
	]);
	// Leonardo's own record of the job, read from the sandbox's API as a client would.
	const stored = (await (
		await fetch(`${sandbox.apiUrl}/generations/${String(generation.generationId)}`, {
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
		})
	).json()) as {
		generations_by_pk: {
			id: string;
			modelId: string;
			generated_images: Array<{ id: string; url: string }>;
		};
	};
	const job = stored.generations_by_pk;
	expect(generation).toEqual({
		generationId: job.id,
		status: 'COMPLETE',
		prompt: 'a lighthouse at dusk',
		// The model Leonardo used (the platform default: the tool sets none).
		modelId: job.modelId,
		// Leonardo's cost object (the sandbox charges 3 credits for one image at the defaults).
		cost: { amount: '3', unit: 'CREDITS' },
		images: [
			{
				id: job.generated_images[0].id,
				url: job.generated_images[0].url,
				width: 1024,
				height: 768,
			},
		],
	});
	expect(String((generation.images as Array<{ url: string }>)[0].url)).toMatch(
		/^http:\/\/127\.0\.0\.1:\d+\//,
	);
	// As a tool nothing is downloaded.
	expect(sandbox.requestsTo('cdn')).toEqual([]);
	expect(sandbox.keyLeaks).toEqual([]);
}

describe.each(RUNTIMES)('Leonardo AI over MCP in real n8n $n8n on Node $node', (runtime) => {
	let server: Server;
	const triggerVersion = NEWEST_TRIGGER[runtime.n8n as keyof typeof NEWEST_TRIGGER];

	beforeAll(
		async () => {
			server = await startMcpServer(runtime);
		},
		20 * 60 * 1000,
	);
	afterAll(async () => await server?.stop());

	describe(`MCP Server Trigger v${triggerVersion}, streamable HTTP`, () => {
		let client: Client;
		let endpoint: URL;

		beforeAll(async () => {
			await server.activate(
				mcpWorkflow('leonardo', triggerVersion, '3c1f5a2e-7b4d-4e8a-9f60-1d2c3b4a5e6f'),
			);
			endpoint = new URL(`${server.url}/mcp/leonardo`);
			client = await connect(
				() => new StreamableHTTPClientTransport(endpoint, { requestInit: AUTH }),
			);
		}, 60_000);
		afterAll(async () => await client?.close());

		it('the client lists the Leonardo tools with their arguments, and a call returns the compact generation', async () => {
			server.sandbox.reset();
			await listAndCreate(server, client);
		}, 120_000);

		it('an operation that needs a file answers, as the text of the call, what to give instead; nothing is sent to Leonardo', async () => {
			const { sandbox } = server;
			sandbox.reset();
			const result = await client.callTool({
				name: 'Image_From_Photo',
				arguments: { prompt: 'make it winter' },
			});
			expect(result.isError).toBeFalsy();
			expect(resultJson(result)).toEqual([
				{
					error:
						'This operation needs a file in binary field "data", and an AI agent\'s tool call carries none. ' +
						"Use Generation → Create with Init Image ID (and Init Image Type) instead: a generated image's ID (images[].id of an earlier generation) or an uploaded init image's ID.",
				},
			]);
			expect(sandbox.requestsTo('api')).toEqual([]);
			expect(sandbox.requestsTo('s3')).toEqual([]);
		}, 120_000);

		it('a client without the Bearer token is refused', async () => {
			const response = await fetch(endpoint, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'application/json, text/event-stream',
				},
				body: JSON.stringify({
					jsonrpc: '2.0',
					id: 1,
					method: 'initialize',
					params: {
						protocolVersion: '2025-03-26',
						capabilities: {},
						clientInfo: { name: 'stranger', version: '1' },
					},
				}),
			});
			expect(response.status).toBe(403);
		});
	});

	describe('MCP Server Trigger v1.1, SSE', () => {
		it('the client lists the Leonardo tools and a call returns the compact generation', async () => {
			await server.activate(
				mcpWorkflow('leonardo-sse', 1.1, '8e2d4c6a-1b3f-4a5e-8c7d-9f0e1d2c3b4a'),
			);
			server.sandbox.reset();
			const client = await connect(
				() =>
					new SSEClientTransport(new URL(`${server.url}/mcp/leonardo-sse/sse`), {
						requestInit: AUTH,
					}),
			);
			try {
				await listAndCreate(server, client);
			} finally {
				await client.close();
			}
		}, 120_000);
	});
});
