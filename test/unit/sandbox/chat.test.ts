import { startSandbox } from '../../sandbox';

/**
 * The sandbox's chat model (test/sandbox/api/chat.js), spoken to in OpenAI's wire format as n8n's
 * OpenAI Chat Model sends it: scripted tool calls first, then a final message quoting the tool results.
 */
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const TOOLS = [
	{
		type: 'function',
		function: {
			name: 'Improve_Prompt',
			description: 'Improve a prompt in Leonardo AI',
			parameters: {
				type: 'object',
				properties: { prompt: { type: 'string' } },
				required: ['prompt'],
			},
		},
	},
	{
		type: 'function',
		function: {
			name: 'Leonardo_AI',
			description: 'Create a generation in Leonardo AI',
			parameters: {
				type: 'object',
				properties: { prompt: { type: 'string' } },
				required: ['prompt'],
			},
		},
	},
];
const USER = { role: 'user', content: 'Make me a picture of a red fox' };

describe("the sandbox's OpenAI-compatible chat model", () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const post = async (body: unknown, key = 'sandbox-openai-key') =>
		await fetch(`${sandbox.chatUrl}/chat/completions`, {
			method: 'POST',
			headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});

	it('answers the scripted tool call first, then a final message with the URL from the tool result', async () => {
		sandbox.chat.steps = [[{ tool: /leonardo/i, arguments: { prompt: 'a red fox in snow' } }]];
		const first = await post({ model: 'gpt-test', messages: [USER], tools: TOOLS, stream: false });
		expect(first.status).toBe(200);
		const firstBody = await first.json();
		expect(firstBody).toEqual({
			id: expect.stringMatching(/^chatcmpl-sandbox-\d+$/),
			object: 'chat.completion',
			created: expect.any(Number),
			model: 'gpt-test',
			choices: [
				{
					index: 0,
					message: {
						role: 'assistant',
						content: null,
						tool_calls: [
							{
								id: expect.stringMatching(/^call_sandbox_\d+$/),
								type: 'function',
								function: { name: 'Leonardo_AI', arguments: '{"prompt":"a red fox in snow"}' },
							},
						],
					},
					logprobs: null,
					finish_reason: 'tool_calls',
				},
			],
			usage: {
				prompt_tokens: expect.any(Number),
				completion_tokens: expect.any(Number),
				total_tokens: expect.any(Number),
			},
		});

		const call = firstBody.choices[0].message.tool_calls[0];
		const toolResult = JSON.stringify([
			{ status: 'COMPLETE', images: [{ url: 'http://127.0.0.1:9/cdn/fox.png' }] },
		]);
		const second = await post({
			model: 'gpt-test',
			messages: [
				USER,
				{ role: 'assistant', content: '', tool_calls: [call] },
				{ role: 'tool', tool_call_id: call.id, content: toolResult },
			],
			tools: TOOLS,
		});
		const secondBody = await second.json();
		expect(secondBody.choices).toEqual([
			{
				index: 0,
				message: {
					role: 'assistant',
					content: 'Here is what I made: http://127.0.0.1:9/cdn/fox.png',
				},
				logprobs: null,
				finish_reason: 'stop',
			},
		]);
		// Logged like every API request: the test reads the tool message the model got.
		const logged = sandbox.requestsTo('api', 'POST', '/v1/chat/completions');
		expect(logged).toHaveLength(2);
		expect(logged[1].body.messages[2]).toEqual({
			role: 'tool',
			tool_call_id: call.id,
			content: toolResult,
		});
	});

	it('builds a later call from earlier results, and quotes the results when they hold no URL', async () => {
		sandbox.chat.steps = [
			[{ tool: 'Improve_Prompt', arguments: { prompt: 'fox' } }],
			[
				{
					tool: 'Leonardo_AI',
					arguments: (results: Array<{ json: Array<{ prompt: string }> }>) => ({
						prompt: results[0].json[0].prompt,
					}),
				},
			],
		];
		const first = await (await post({ model: 'm', messages: [USER], tools: TOOLS })).json();
		const improve = first.choices[0].message.tool_calls[0];
		const history = [
			USER,
			{ role: 'assistant', content: null, tool_calls: [improve] },
			{ role: 'tool', tool_call_id: improve.id, content: '[{"prompt":"a sly fox, golden light"}]' },
		];
		const second = await (await post({ model: 'm', messages: history, tools: TOOLS })).json();
		const create = second.choices[0].message.tool_calls[0];
		expect(create.function).toEqual({
			name: 'Leonardo_AI',
			arguments: '{"prompt":"a sly fox, golden light"}',
		});
		const refusal = '[{"error":"Max Credits reached"}]';
		const third = await (
			await post({
				model: 'm',
				messages: [
					...history,
					{ role: 'assistant', content: null, tool_calls: [create] },
					{ role: 'tool', tool_call_id: create.id, content: [{ type: 'text', text: refusal }] },
				],
				tools: TOOLS,
			})
		).json();
		expect(third.choices[0].message.content).toBe(
			'The tools answered: [{"prompt":"a sly fox, golden light"}] | [{"error":"Max Credits reached"}]',
		);
	});

	it('streams the same answer as server-sent chunks when asked to', async () => {
		sandbox.chat.steps = [[{ tool: 'Leonardo_AI', arguments: { prompt: 'owl' } }]];
		const response = await post({
			model: 'm',
			messages: [USER],
			tools: TOOLS,
			stream: true,
			stream_options: { include_usage: true },
		});
		expect(response.headers.get('content-type')).toBe('text/event-stream');
		const events = (await response.text())
			.split('\n\n')
			.filter(Boolean)
			.map((event) => event.replace(/^data: /, ''));
		expect(events.at(-1)).toBe('[DONE]');
		const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
		expect(chunks.map((chunk) => chunk.choices[0]?.delta)).toEqual([
			{ role: 'assistant', content: '' },
			{
				tool_calls: [
					{
						index: 0,
						id: expect.stringMatching(/^call_sandbox_/),
						type: 'function',
						function: { name: 'Leonardo_AI', arguments: '{"prompt":"owl"}' },
					},
				],
			},
			{},
			undefined,
		]);
		expect(chunks.map((chunk) => chunk.choices[0]?.finish_reason)).toEqual([
			null,
			null,
			'tool_calls',
			undefined,
		]);
		expect(chunks[3].usage).toEqual({
			prompt_tokens: expect.any(Number),
			completion_tokens: expect.any(Number),
			total_tokens: expect.any(Number),
		});
	});

	it('refuses what OpenAI refuses: a wrong key, a tool the request does not offer, a malformed tool', async () => {
		const wrongKey = await post({ model: 'm', messages: [USER] }, 'sandbox-key');
		expect(wrongKey.status).toBe(401);
		expect(await wrongKey.json()).toEqual({
			error: {
				message: 'Incorrect API key provided.',
				type: 'invalid_api_key',
				param: null,
				code: null,
			},
		});

		sandbox.chat.steps = [[{ tool: 'Missing_Tool', arguments: {} }]];
		const missing = await post({ model: 'm', messages: [USER], tools: TOOLS });
		expect(missing.status).toBe(400);
		expect((await missing.json()).error.message).toBe(
			'the script calls Missing_Tool, but the request offers only: Improve_Prompt, Leonardo_AI',
		);

		const malformed = await post({
			model: 'm',
			messages: [USER],
			tools: [{ type: 'function', function: { name: 'bad name', parameters: { type: 'object' } } }],
		});
		expect(malformed.status).toBe(400);
		expect((await malformed.json()).error.message).toBe("invalid tool name 'bad name'");

		const noMessages = await post({ model: 'm', messages: [] });
		expect((await noMessages.json()).error.message).toBe("'messages' must be a non-empty array");
	});

	it('lists its model for the credential test, and answers without a script', async () => {
		const models = await fetch(`${sandbox.chatUrl}/models`, {
			headers: { authorization: 'Bearer sandbox-openai-key' },
		});
		expect(await models.json()).toEqual({
			object: 'list',
			data: [
				{ id: 'sandbox-agent-model', object: 'model', created: 1767225600, owned_by: 'sandbox' },
			],
		});
		const plain = await (await post({ model: 'm', messages: [USER] })).json();
		expect(plain.choices[0].message).toEqual({
			role: 'assistant',
			content: 'Hello from the sandbox model.',
		});
	});
});
