'use strict';
// An OpenAI-compatible chat model for agent tests: POST /v1/chat/completions, GET /v1/models.
// It does not think: a script says which tools to call (matched by name against the request's `tools`)
// and with which arguments; once every scripted step has its tool results, it answers with a final
// message that quotes them (the URLs found in them, or their text). The OpenAI wire format is the
// one LangChain's ChatOpenAI speaks (https://platform.openai.com/docs/api-reference/chat).
const { apiJson } = require('../common');

const CHAT_PREFIX = '/v1/';
const MODEL_ID = 'sandbox-agent-model';

/**
 * The settings tests steer (sandbox.chat): `apiKey` the credential must send; `steps`, one per model
 * turn, each a list of tool calls `{ tool, arguments }` where `tool` is a string or RegExp matched
 * against the offered tool names and `arguments` an object or a function of the tool results so far
 * (parsed JSON where they parse); `final(results)` builds the last message (default: quote them).
 */
function chatSettings() {
	return { apiKey: 'sandbox-openai-key', steps: [], final: undefined };
}

function openAiError(res, status, message, type = 'invalid_request_error') {
	apiJson(res, status, { error: { message, type, param: null, code: null } });
}

function parsed(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** The text of a message's content: a string, or OpenAI's list of parts. */
function contentText(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((part) => part?.text ?? '').join('');
	return '';
}

/** What a client must send: a model, messages with known roles, tools as functions with a schema. */
function requestProblem(body) {
	if (!body || typeof body !== 'object') return 'expected a JSON body';
	if (typeof body.model !== 'string' || !body.model) return "'model' is required";
	if (!Array.isArray(body.messages) || body.messages.length === 0)
		return "'messages' must be a non-empty array";
	const roles = ['system', 'developer', 'user', 'assistant', 'tool'];
	const badRole = body.messages.find((message) => !roles.includes(message?.role));
	if (badRole) return `unknown message role '${String(badRole?.role)}'`;
	const orphan = body.messages.find((message) => message.role === 'tool' && !message.tool_call_id);
	if (orphan) return "a 'tool' message needs a 'tool_call_id'";
	for (const tool of body.tools ?? []) {
		if (tool?.type !== 'function' || typeof tool.function?.name !== 'string')
			return "each tool must be { type: 'function', function: { name, parameters } }";
		if (!/^[a-zA-Z0-9_-]{1,64}$/.test(tool.function.name))
			return `invalid tool name '${tool.function.name}'`;
		if (tool.function.parameters?.type !== 'object')
			return `tool '${tool.function.name}' needs a JSON schema object as parameters`;
	}
	return undefined;
}

function chatModel(sandbox) {
	let nextId = 1;
	const completionId = () => `chatcmpl-sandbox-${nextId++}`;

	/** The tool calls for the next scripted step, or a problem when a scripted tool is not offered. */
	function toolCallsFor(step, offered, results) {
		const calls = [];
		for (const call of step) {
			const name = offered.find((tool) =>
				call.tool instanceof RegExp ? call.tool.test(tool) : tool === call.tool,
			);
			if (!name)
				return {
					problem: `the script calls ${String(call.tool)}, but the request offers only: ${offered.join(', ') || 'no tools'}`,
				};
			const args = typeof call.arguments === 'function' ? call.arguments(results) : call.arguments;
			calls.push({
				id: `call_sandbox_${nextId++}`,
				type: 'function',
				function: { name, arguments: JSON.stringify(args ?? {}) },
			});
		}
		return { calls };
	}

	function finalText(results) {
		if (sandbox.chat.final) return sandbox.chat.final(results);
		const texts = results.map((result) => result.content);
		const urls = texts.join(' ').match(/https?:\/\/[^\s"'\\)\]]+/g) ?? [];
		if (urls.length) return `Here is what I made: ${[...new Set(urls)].join(' ')}`;
		return texts.length
			? `The tools answered: ${texts.join(' | ')}`
			: 'Hello from the sandbox model.';
	}

	function answer(body) {
		const offered = (body.tools ?? []).map((tool) => tool.function.name);
		const turns = body.messages.filter(
			(message) => message.role === 'assistant' && message.tool_calls?.length,
		).length;
		const results = body.messages
			.filter((message) => message.role === 'tool')
			.map((message) => {
				const content = contentText(message.content);
				return { toolCallId: message.tool_call_id, content, json: parsed(content) };
			});
		const step = sandbox.chat.steps[turns];
		if (step) {
			const { calls, problem } = toolCallsFor(step, offered, results);
			if (problem) return { problem };
			return {
				message: { role: 'assistant', content: null, tool_calls: calls },
				finishReason: 'tool_calls',
			};
		}
		return { message: { role: 'assistant', content: finalText(results) }, finishReason: 'stop' };
	}

	const usage = (body, message) => {
		const prompt = Math.ceil(JSON.stringify(body.messages).length / 4);
		const completion = Math.ceil(JSON.stringify(message).length / 4);
		return {
			prompt_tokens: prompt,
			completion_tokens: completion,
			total_tokens: prompt + completion,
		};
	};

	/** The same answer as server-sent chunks: the role, the content or each tool call, the finish reason. */
	function stream(res, body, id, message, finishReason) {
		res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
		const created = Math.floor(Date.now() / 1000);
		const chunk = (choices, extra = {}) =>
			res.write(
				`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices, ...extra })}\n\n`,
			);
		chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
		if (message.tool_calls) {
			message.tool_calls.forEach((call, index) =>
				chunk([{ index: 0, delta: { tool_calls: [{ index, ...call }] }, finish_reason: null }]),
			);
		} else {
			chunk([{ index: 0, delta: { content: message.content }, finish_reason: null }]);
		}
		chunk([{ index: 0, delta: {}, finish_reason: finishReason }]);
		if (body.stream_options?.include_usage) chunk([], { usage: usage(body, message) });
		res.end('data: [DONE]\n\n');
	}

	/** Serves one request under /v1/ (already logged by the API server). */
	return function handleChat({ req, res, path, body }) {
		if (req.headers.authorization !== `Bearer ${sandbox.chat.apiKey}`)
			return openAiError(res, 401, 'Incorrect API key provided.', 'invalid_api_key');
		if (req.method === 'GET' && path === '/v1/models')
			return apiJson(res, 200, {
				object: 'list',
				data: [{ id: MODEL_ID, object: 'model', created: 1767225600, owned_by: 'sandbox' }],
			});
		if (req.method !== 'POST' || path !== '/v1/chat/completions')
			return openAiError(res, 404, `Unknown request URL: ${req.method} ${path}`);
		const problem = requestProblem(body);
		if (problem) return openAiError(res, 400, problem);
		const { message, finishReason, problem: scriptProblem } = answer(body);
		if (scriptProblem) return openAiError(res, 400, scriptProblem);
		const id = completionId();
		if (body.stream) return stream(res, body, id, message, finishReason);
		return apiJson(res, 200, {
			id,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: body.model,
			choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
			usage: usage(body, message),
		});
	};
}

module.exports = { CHAT_PREFIX, MODEL_ID, chatModel, chatSettings };
