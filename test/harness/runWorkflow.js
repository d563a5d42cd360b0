'use strict';
// Runs Leonardo AI nodes in-process through n8n-core's WorkflowExecute, the engine n8n itself uses:
// real parameter defaults and expressions, real binary helpers and HTTP helpers, a stub credential
// store.
require('reflect-metadata');
const { Container } = require('@n8n/di');
const core = require('n8n-core');
const { Workflow } = require('n8n-workflow');
const { buffer: streamToBuffer } = require('stream/consumers');

const { LeonardoAi } = require('../../nodes/LeonardoAi/LeonardoAi.node');
const { LeonardoAiApi } = require('../../credentials/LeonardoAiApi.credentials');

const NODE_TYPE = 'n8n-nodes-leonardo-ai.leonardoAi';
/** The type n8n gives the node's tool variant (`usableAsTool`): the same class. */
const TOOL_TYPE = 'n8n-nodes-leonardo-ai.leonardoAiTool';

/** Keeps binary data inline (base64), like n8n's default binary mode. */
class InlineBinaryDataService extends core.BinaryDataService {
	constructor() {
		const quiet = { debug() {}, info() {}, warn() {}, error() {} };
		super({ mode: 'default', availableModes: ['default'] }, quiet, quiet);
	}

	async store(_location, bufferOrStream, binaryData) {
		const data = Buffer.isBuffer(bufferOrStream)
			? bufferOrStream
			: await streamToBuffer(bufferOrStream);
		binaryData.data = data.toString('base64');
		binaryData.fileSize = String(data.length);
		binaryData.bytes = data.length;
		return binaryData;
	}
}
Container.set(core.BinaryDataService, new InlineBinaryDataService());

const credentialType = new LeonardoAiApi();

/** Resolves the credential's generic `authenticate` block the way n8n's CredentialsHelper does. */
function authenticate(credentials, _type, requestOptions) {
	const resolve = (value) =>
		String(value)
			.replace(/^=/, '')
			.replace(/\{\{\s*\$credentials\.(\w+)\s*\}\}/g, (_m, name) => credentials[name] ?? '');
	const headers = { ...(requestOptions.headers ?? {}) };
	for (const [name, value] of Object.entries(
		credentialType.authenticate.properties.headers ?? {},
	)) {
		headers[name] = resolve(value);
	}
	return { ...requestOptions, headers };
}

/** n8n's node type registry, holding only the Leonardo AI node. */
function leonardoNodeTypes() {
	const nodeType = new LeonardoAi();
	return {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
}

/** A credential store holding one Leonardo AI API credential with these values. */
function stubCredentialsHelper(credentials) {
	return {
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		getCredentialsProperties: () => credentialType.properties,
		getDecrypted: async () => ({ ...credentials }),
		preAuthentication: async () => undefined,
		runPreAuthentication: async () => undefined,
		authenticate: async (creds, type, options) => authenticate(creds, type, options),
	};
}

function deferred() {
	let resolve;
	const promise = new Promise((r) => (resolve = r));
	return { promise, resolve };
}

/** An input item carrying a file in binary field `property` (default `data`). */
function binaryItem(data, { fileName, mimeType, property = 'data', json = {} } = {}) {
	return {
		json,
		binary: {
			[property]: {
				data: Buffer.from(data).toString('base64'),
				mimeType: mimeType ?? 'application/octet-stream',
				fileName,
				fileSize: String(data.length),
			},
		},
	};
}

/** A node's items as tests read them: binary decoded to Buffers under `.buffer`. */
function decoded(items) {
	return items.map((item) => ({
		...item,
		binary: item.binary
			? Object.fromEntries(
					Object.entries(item.binary).map(([key, value]) => [
						key,
						{ ...value, buffer: Buffer.from(value.data, 'base64') },
					]),
				)
			: undefined,
	}));
}

/**
 * Runs a chain of Leonardo AI nodes: `nodes` = [{ name, parameters, continueOnFail, onError,
 * retryOnFail, maxTries, waitBetweenTries, type }] (`type` TOOL_TYPE: the node as n8n runs it for an
 * AI Agent, the same class under its tool type), each fed by the one before it; `input` = the items given
 * to the first node, or `runs` = several lists of items, each a run of the first node in the same
 * execution (as two branches into it, or a loop, make it run). Returns the status, the error, each
 * node's output items of its first run, and `runs` (every run's outputs) for the first node.
 * `cancelAfterMs` stops the run.
 */
async function runWorkflow({ nodes, input, runs, credentials, cancelAfterMs }) {
	const workflowNodes = nodes.map((node, index) => ({
		id: String(index + 1),
		name: node.name ?? `Leonardo ${index + 1}`,
		type: node.type ?? NODE_TYPE,
		typeVersion: 1,
		position: [index * 200, 0],
		parameters: node.parameters,
		continueOnFail: node.continueOnFail ?? false,
		onError: node.onError ?? (node.continueOnFail ? 'continueRegularOutput' : undefined),
		retryOnFail: node.retryOnFail,
		maxTries: node.maxTries,
		waitBetweenTries: node.waitBetweenTries,
		credentials: { leonardoAiApi: { id: '1', name: 'Leonardo AI account' } },
	}));
	const connections = {};
	for (let i = 0; i < workflowNodes.length - 1; i++) {
		connections[workflowNodes[i].name] = {
			main: [[{ node: workflowNodes[i + 1].name, type: 'main', index: 0 }]],
		};
	}
	const nodeTypes = leonardoNodeTypes();
	const credentialsHelper = stubCredentialsHelper(credentials);
	const workflow = new Workflow({
		id: 'wf',
		nodes: workflowNodes,
		connections,
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});
	const workflowData = {
		id: 'wf',
		name: 'wf',
		nodes: workflowNodes,
		connections,
		active: false,
		settings: {},
	};
	const hooks = new core.ExecutionLifecycleHooks('manual', 'exec-1', workflowData);
	const done = deferred();
	hooks.addHandler('workflowExecuteAfter', (result) => done.resolve(result));
	const additionalData = {
		hooks,
		credentialsHelper,
		executionId: 'exec-1',
		restApiUrl: '',
		webhookBaseUrl: '',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		formWaitingBaseUrl: '',
		currentNodeParameters: undefined,
		variables: {},
		externalSecretsProxy: {},
	};
	const runExecutionData = {
		resultData: { runData: {} },
		executionData: {
			metadata: {},
			contextData: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: (runs ?? [input]).map((items) => ({
				node: workflow.getNode(workflowNodes[0].name),
				data: { main: [items] },
				source: null,
			})),
		},
	};
	const execution = new core.WorkflowExecute(additionalData, 'manual', runExecutionData);
	const running = execution.processRunExecutionData(workflow);
	// Like the user pressing "Stop" in the editor.
	if (cancelAfterMs !== undefined) setTimeout(() => running.cancel(), cancelAfterMs);
	const result = await done.promise;
	const runData = result.data.resultData.runData;
	const outputs = {};
	for (const node of workflowNodes)
		outputs[node.name] = decoded(runData[node.name]?.[0]?.data?.main?.[0] ?? []);
	const last = workflowNodes[workflowNodes.length - 1].name;
	return {
		status: result.status,
		error: result.data.resultData.error,
		outputs,
		output: outputs[last],
		runs: (runData[workflowNodes[0].name] ?? []).map((run) => decoded(run.data?.main?.[0] ?? [])),
		raw: result,
	};
}

module.exports = {
	runWorkflow,
	binaryItem,
	decoded,
	leonardoNodeTypes,
	stubCredentialsHelper,
	NODE_TYPE,
	TOOL_TYPE,
};
