import { RUNTIMES, useExamples } from './examples';

/**
 * Leonardo AI as a tool of n8n's AI Agent, in real n8n (issue 24): Manual Trigger → AI Agent with
 * n8n's OpenAI Chat Model, its credential's Base URL pointing at the sandbox's scripted chat model
 * (test/sandbox/api/chat.js) → the node's tool variant, `leonardoAiTool`, with its prompt from `$fromAI()`.
 * The model's second request carries what the agent got back from the tool: measured and printed.
 */
const OPENAI_CREDENTIAL = { id: 'openAiSandbox1', name: 'OpenAI (sandbox chat model)' };

interface ChatRequest {
	body: {
		model: string;
		stream?: boolean;
		tools?: Array<{
			type: string;
			function: { name: string; description: string; parameters: unknown };
		}>;
		messages: Array<{ role: string; content: unknown; tool_call_id?: string }>;
	};
}
interface RunItem {
	json: Record<string, unknown>;
	binary?: Record<string, { mimeType: string }>;
}
/** The execution `n8n execute --rawOutput` prints: a tool node's runs keep their items under `ai_tool`. */
interface AgentRun {
	data: { resultData: { runData: Record<string, Array<{ data: Record<string, RunItem[][]> }>> } };
}

const LEONARDO_CREDENTIAL = { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' };

/** A Leonardo AI tool node as a user adds it from the agent's tool list; its prompt left to the model. */
const leonardoTool = (name: string, parameters: Record<string, unknown>, index = 0) => ({
	parameters,
	id: `t${index}`,
	name,
	type: 'n8n-nodes-leonardo-ai.leonardoAiTool',
	typeVersion: 1,
	position: [400 + index * 200, 250],
	credentials: { leonardoAiApi: LEONARDO_CREDENTIAL },
});

// Generation → Create, defaults kept (wait for completion, download images), the prompt from the model.
const createTool = (options?: Record<string, unknown>) =>
	leonardoTool('Leonardo AI', {
		resource: 'generation',
		operation: 'create',
		prompt: "={{ $fromAI('prompt', 'What the image should show', 'string') }}",
		...(options ? { options } : {}),
	});

const agentWorkflow = (task: string, tools = [createTool()]) => ({
	name: 'agent makes an image',
	nodes: [
		{
			parameters: {},
			id: 'a1',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
		},
		{
			parameters: { promptType: 'define', text: task, options: {} },
			id: 'a2',
			name: 'AI Agent',
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: 3,
			position: [250, 0],
		},
		{
			// 1.3 speaks the Responses API unless told not to; the stand-in speaks Chat Completions.
			parameters: {
				model: { __rl: true, mode: 'id', value: 'sandbox-agent-model' },
				responsesApiEnabled: false,
				options: {},
			},
			id: 'a3',
			name: 'OpenAI Chat Model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.3,
			position: [150, 250],
			credentials: { openAiApi: OPENAI_CREDENTIAL },
		},
		...tools,
	],
	connections: {
		Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
		'OpenAI Chat Model': {
			ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
		},
		...Object.fromEntries(
			tools.map((tool) => [
				tool.name,
				{ ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
			]),
		),
	},
	settings: { executionOrder: 'v1' },
});

describe.each(RUNTIMES)(
	'Leonardo AI as an agent tool in real n8n $n8n on Node $node',
	(runtime) => {
		const ctx = useExamples(runtime, {
			credentials: (sandbox: { chatUrl: string; chat: { apiKey: string } }) => [
				{
					...OPENAI_CREDENTIAL,
					type: 'openAiApi',
					data: { apiKey: sandbox.chat.apiKey, url: sandbox.chatUrl },
				},
			],
		});

		it('the agent calls Generation → Create with its own prompt; its answer holds the sandbox image URL', async () => {
			const { sandbox } = ctx.examples;
			sandbox.reset();
			sandbox.chat.steps = [
				[{ tool: 'Leonardo_AI', arguments: { prompt: 'a red fox in fresh snow' } }],
			];

			const result = await ctx.examples.runWorkflow(
				agentWorkflow('Make a picture of a red fox in the snow and give me its link.'),
			);
			expect(result.execution?.status).toBe('success');

			// What n8n offered the model: the tool named after the node, described by the operation's action
			// (the runtime tool type is cloned from the node's description — n8n cli `node-types.js`
			// `getByNameAndVersion`),
			// its parameters from $fromAI().
			const chats: ChatRequest[] = sandbox.requestsTo('api', 'POST', '/v1/chat/completions');
			// Manual Trigger: no streaming execution, so the agent calls the model with `stream: false`.
			expect(chats.map((chat) => chat.body.stream)).toEqual([false, false]);
			expect(chats[0].body.tools).toEqual([
				{
					type: 'function',
					// (2.41.1 also sends `strict: false`)
					function: expect.objectContaining({
						name: 'Leonardo_AI',
						description: 'Create a generation in Leonardo AI',
						parameters: expect.objectContaining({
							type: 'object',
							properties: { prompt: { type: 'string', description: 'What the image should show' } },
							required: ['prompt'],
						}),
					}),
				},
			]);

			// Leonardo got the model's prompt, once.
			const posts = sandbox.requestsTo('api', 'POST', '/generations');
			expect(posts.map((post: { body: { prompt: string } }) => post.body.prompt)).toEqual([
				'a red fox in fresh snow',
			]);

			// What the agent got back: the tool message of the model's second request.
			const toolMessage = chats[1].body.messages.find((message) => message.role === 'tool');
			const content = String(toolMessage?.content);
			const toolResult = JSON.parse(content) as Array<{
				generationId: string;
				status: string;
				images: Array<{ id: string; url: string }>;
			}>;
			// eslint-disable-next-line no-console
			console.log(
				`n8n ${runtime.n8n}: the agent's tool result is ${Buffer.byteLength(content)} bytes of JSON ` +
					`(${toolResult.length} item(s), keys: ${Object.keys(toolResult[0]).join(', ')})`,
			);
			expect(toolResult).toHaveLength(1);
			expect(toolResult[0]).toMatchObject({ status: 'COMPLETE', generationId: expect.any(String) });
			const imageUrl = toolResult[0].images[0].url;
			expect(imageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

			const execution = result.execution as AgentRun;
			const [agentItem] = execution.data.resultData.runData['AI Agent'].at(-1)!.data.main[0];
			expect(agentItem.json.output).toBe(`Here is what I made: ${imageUrl}`);
			// The tool node's own run (under ai_tool): the agent got exactly its items' json, compact; as a
			// tool the node downloads nothing (the default "Download Images" is skipped).
			const [toolItem] = execution.data.resultData.runData['Leonardo AI'][0].data.ai_tool[0];
			expect(toolItem.json).toEqual(toolResult[0]);
			expect(Object.keys(toolItem.json).sort()).toEqual(
				['cost', 'generationId', 'images', 'modelId', 'prompt', 'status'].sort(),
			);
			expect(toolItem.binary).toBeUndefined();
			expect(sandbox.requestsTo('cdn')).toEqual([]);
			expect(sandbox.keyLeaks).toEqual([]);
		}, 180_000);

		it("Max Credits on the tool holds across the agent's calls: the second is refused, the agent reports it, Leonardo saw one job", async () => {
			const { sandbox } = ctx.examples;
			sandbox.reset();
			// Two turns, one image each (3 credits at the defaults); the budget is 5.
			sandbox.chat.steps = [
				[{ tool: 'Leonardo_AI', arguments: { prompt: 'a red fox' } }],
				[{ tool: 'Leonardo_AI', arguments: { prompt: 'a blue fox' } }],
			];
			sandbox.chat.final = (results: Array<{ content: string }>) =>
				`The tools answered: ${results.map((result) => result.content).join(' | ')}`;

			const result = await ctx.examples.runWorkflow(
				agentWorkflow('Make two fox pictures.', [createTool({ maxCredits: 5 })]),
			);
			expect(result.execution?.status).toBe('success');

			const posts = sandbox.requestsTo('api', 'POST', '/generations');
			expect(posts.map((post: { body: { prompt: string } }) => post.body.prompt)).toEqual([
				'a red fox',
			]);
			const chats: ChatRequest[] = sandbox.requestsTo('api', 'POST', '/v1/chat/completions');
			expect(chats).toHaveLength(3);
			const refusal = chats[2].body.messages.filter((message) => message.role === 'tool')[1];
			expect(JSON.parse(String(refusal.content))).toEqual([
				{
					error:
						'Max Credits reached: this job would cost about 3 credits, and 3 of 5 credits are already spent by this node in this execution (1 job started). It was not started. Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.',
				},
			]);
			const execution = result.execution as AgentRun;
			const [agentItem] = execution.data.resultData.runData['AI Agent'].at(-1)!.data.main[0];
			expect(String(agentItem.json.output)).toContain(
				'Max Credits reached: this job would cost about 3 credits',
			);
			expect(sandbox.keyLeaks).toEqual([]);
		}, 180_000);

		it('two tools: Prompt → Improve, then Generation → Create with the improved prompt', async () => {
			const { sandbox } = ctx.examples;
			sandbox.reset();
			sandbox.chat.steps = [
				[{ tool: 'Improve_Prompt', arguments: { prompt: 'a fox' } }],
				[
					{
						tool: 'Leonardo_AI',
						arguments: (results: Array<{ json: Array<{ prompt: string }> }>) => ({
							prompt: results[0].json[0].prompt,
						}),
					},
				],
			];

			const result = await ctx.examples.runWorkflow(
				agentWorkflow('Improve "a fox" and make a picture of it.', [
					createTool(),
					leonardoTool(
						'Improve Prompt',
						{
							resource: 'prompt',
							operation: 'improve',
							prompt: "={{ $fromAI('prompt', 'The prompt to improve', 'string') }}",
						},
						1,
					),
				]),
			);
			expect(result.execution?.status).toBe('success');

			const improved = sandbox.requestsTo('api', 'POST', '/prompt/improve');
			expect(improved.map((post: { body: { prompt: string } }) => post.body.prompt)).toEqual([
				'a fox',
			]);
			const chats: ChatRequest[] = sandbox.requestsTo('api', 'POST', '/v1/chat/completions');
			const improvedPrompt = JSON.parse(
				String(chats[1].body.messages.find((message) => message.role === 'tool')?.content),
			)[0].prompt as string;
			expect(improvedPrompt).toMatch(/^a fox, /);
			const posts = sandbox.requestsTo('api', 'POST', '/generations');
			expect(posts.map((post: { body: { prompt: string } }) => post.body.prompt)).toEqual([
				improvedPrompt,
			]);
			const execution = result.execution as AgentRun;
			const [agentItem] = execution.data.resultData.runData['AI Agent'].at(-1)!.data.main[0];
			expect(String(agentItem.json.output)).toMatch(
				/^Here is what I made: http:\/\/127\.0\.0\.1:\d+\/generations\//,
			);
			expect(sandbox.keyLeaks).toEqual([]);
		}, 180_000);
	},
);
