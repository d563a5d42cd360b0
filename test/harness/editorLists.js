'use strict';
// The editor's lists (a node's `methods.listSearch` / `methods.loadOptions`) called the way n8n's
// DynamicNodeParametersService calls them (n8n 2.41 `services/dynamic-node-parameters.service.js`):
// a one-node workflow "Temp-Node" holding the node's current parameters and credential, and
// n8n-core's LoadOptionsContext as `this` — real parameter reading, real credential lookup, real
// HTTP helpers with the credential's authentication — against the sandbox.
require('reflect-metadata');
const core = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { NODE_TYPE, leonardoNodeTypes, stubCredentialsHelper } = require('./runWorkflow');

/**
 * Calls `methods[kind][method]` of the Leonardo AI node. Options: `parameters` (the node's current
 * parameters, as the editor sends them), `path` (of the parameter whose list is asked for), `filter`
 * and `paginationToken` (listSearch), `apiKey` (default: the sandbox's), `withoutCredential` (a node
 * with no credential selected).
 */
async function callEditorList(sandbox, kind, method, options = {}) {
	const nodeTypes = leonardoNodeTypes();
	const parameters = options.parameters ?? { resource: 'generation', operation: 'create' };
	const node = {
		parameters,
		id: 'uuid-1234',
		name: 'Temp-Node',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
	};
	if (!options.withoutCredential)
		node.credentials = { leonardoAiApi: { id: '1', name: 'Leonardo AI account' } };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: stubCredentialsHelper({
			apiKey: options.apiKey ?? sandbox.apiKey,
			baseUrl: sandbox.apiUrl,
		}),
		currentNodeParameters: parameters,
		restApiUrl: '',
		webhookBaseUrl: '',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		formWaitingBaseUrl: '',
		variables: {},
		externalSecretsProxy: {},
	};
	const context = new core.LoadOptionsContext(
		workflow,
		workflow.nodes['Temp-Node'],
		additionalData,
		options.path ?? 'parameters.modelId',
	);
	const nodeType = nodeTypes.getByNameAndVersion(NODE_TYPE, 1);
	const fn = nodeType.methods[kind][method];
	return kind === 'listSearch'
		? await fn.call(context, options.filter, options.paginationToken)
		: await fn.call(context);
}

module.exports = { callEditorList };
