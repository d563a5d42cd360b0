'use strict';
// Blueprints (https://docs.leonardo.ai/docs/blueprints-guide; SDK 4.21.3 `sdk/blueprints.ts`): the
// POST body is checked by contract.js against `executeblueprint.ts`; the rest is here.
// - Errors: the SDK reads a 200 answer as success or a list of `ApiError` ({ message, extensions,
//   path }); the wording of each message is the sandbox's own (no source).
// - A run makes generations read with GET /generations/{id}; its status is COMPLETED once they are
//   all done, its generations' COMPLETED or FAILED (SDK `blueprintexecutionstatus.ts`,
//   `blueprintexecutiongenerationstatus.ts`).
// - Image inputs must be Leonardo-hosted URLs (the guide's "Image URL Requirements"): here, an
//   object stored on the sandbox's S3/CDN.
// - The price of a run is its version's `cost` (the guide's "Cost Planning").
const crypto = require('crypto');

const { apiJson } = require('../common');

const TRANSLATE = 'b1e00000-0000-4000-8000-000000000001';
const CLOSED = 'b1e00000-0000-4000-8000-000000000002';
const IMAGE_NODE = '7f9c1c8a-7d16-4bc8-bc4c-5b72d7653c12';
const LANGUAGE_NODE = '16c99a94-9b47-4f2d-b3ff-7e6a82d7d891';
const NOTE_NODE = '2b7e1f00-0000-4000-8000-0000000000aa';
const STYLE_NODE = '2b7e1f00-0000-4000-8000-0000000000bb';

const imageInput = {
	type: 'image',
	label: 'Upload Image to Translate',
	nodeId: IMAGE_NODE,
	required: true,
	settingName: 'imageUrl',
};
const languageInput = {
	type: 'text',
	label: 'Target Language',
	nodeId: LANGUAGE_NODE,
	required: true,
	variable: 'language',
	placeholder: 'e.g., Spanish, French, Japanese',
	settingName: 'textVariables',
};
const noteInput = {
	type: 'text',
	label: 'Extra Instructions',
	nodeId: NOTE_NODE,
	required: false,
	settingName: 'text',
};

/** A node with two optional text variables. */
const styleInputs = ['tone', 'audience'].map((variable) => ({
	type: 'text',
	label: `Style: ${variable}`,
	nodeId: STYLE_NODE,
	required: false,
	variable,
	settingName: 'textVariables',
}));

/** Blueprint ID → { blueprint, versions: [{ node, outputs (generations per run) }] }, oldest version first. */
const CATALOG = {
	[TRANSLATE]: {
		blueprint: {
			akUUID: TRANSLATE,
			name: 'Instant Translate',
			description: 'Translate the text in an image',
			official: true,
			teamId: null,
			thumbnails: [{ name: 'cover', url: 'https://cdn.leonardo.ai/blueprints/translate.jpg' }],
			createdAt: '2025-11-01T00:00:00.000Z',
			updatedAt: '2025-11-27T05:13:21.896Z',
		},
		versions: [
			{
				generations: 1,
				node: {
					akUUID: 'b1e00000-0000-4000-8000-0000000000a1',
					createdAt: '2025-11-01T00:00:00.000Z',
					updatedAt: '2025-11-01T00:00:00.000Z',
					cost: 1,
					uiMetadata: { inputs: [imageInput, languageInput], outputs: [{ type: 'image' }] },
					uiMetadataSchemaVersion: '21',
					models: ['gemini-image-2'],
					executability: { isExecutable: true, reasons: [] },
				},
			},
			{
				generations: 2,
				node: {
					akUUID: 'b1e00000-0000-4000-8000-0000000000a2',
					createdAt: '2025-11-27T05:13:21.896Z',
					updatedAt: '2025-11-27T05:13:21.896Z',
					cost: 3,
					uiMetadata: {
						inputs: [imageInput, languageInput, noteInput, ...styleInputs],
						outputs: [{ type: 'image' }, { type: 'image' }],
					},
					uiMetadataSchemaVersion: '21',
					models: ['gemini-image-2'],
					executability: { isExecutable: true, reasons: [] },
				},
			},
		],
	},
	[CLOSED]: {
		blueprint: { akUUID: CLOSED, name: 'Retired Recipe', official: true, thumbnails: [] },
		versions: [
			{
				generations: 1,
				node: {
					akUUID: 'b1e00000-0000-4000-8000-0000000000b1',
					createdAt: '2025-06-01T00:00:00.000Z',
					cost: 5,
					uiMetadata: { inputs: [noteInput], outputs: [{ type: 'image' }] },
					models: ['phoenix'],
					executability: { isExecutable: false, reasons: [{ models: 'phoenix' }] },
				},
			},
		],
	},
};

function errorList(res, message, code = 'validation-failed') {
	return apiJson(res, 200, [{ message, extensions: { code }, path: [] }]);
}

function pageInfo(edges) {
	return {
		hasNextPage: false,
		hasPreviousPage: false,
		startCursor: edges[0]?.cursor ?? null,
		endCursor: edges.at(-1)?.cursor ?? null,
	};
}

function cursorOf(value) {
	return Buffer.from(JSON.stringify(value)).toString('base64');
}

function blueprintRoutes({ sandbox, state, s3Url, createJob, charge }) {
	const executions = () => (state.blueprintExecutions ??= new Map());
	const findVersion = (versionId) =>
		Object.values(CATALOG)
			.flatMap(({ versions }) => versions)
			.find(({ node }) => node.akUUID === versionId);

	/** An uploaded object on the sandbox's S3, or an image of one of its generations (its CDN). */
	function hostedHere(url) {
		const prefix = `${s3Url()}/`;
		if (!url.startsWith(prefix)) return false;
		const key = url.slice(prefix.length);
		const generated = /^generations\/([^/]+)\/\d+\.\w+$/.exec(key);
		return state.objects.has(key) || (!!generated && state.generations.has(generated[1]));
	}

	/** Why the run's inputs cannot run this version, or undefined. */
	function inputProblem(version, nodeInputs) {
		const inputs = version.node.uiMetadata.inputs;
		const sameSetting = (a, b) => a.nodeId === b.nodeId && a.settingName === b.settingName;
		for (const given of nodeInputs) {
			const known = inputs.filter((input) => sameSetting(input, given));
			if (!known.length) return `unknown input ${given.nodeId}.${given.settingName}`;
			if (given.settingName === 'textVariables') {
				const entries = Array.isArray(given.value) ? given.value : [];
				if (!entries.length) return `textVariables of node ${given.nodeId} must be a list`;
				const unknown = entries.find((entry) => !known.some((i) => i.variable === entry?.name));
				if (unknown) return `node ${given.nodeId} has no variable "${unknown?.name}"`;
			} else if (typeof given.value !== 'string' || !given.value) {
				return `node ${given.nodeId}: expected a string value`;
			} else if (given.settingName === 'imageUrl') {
				if (!hostedHere(given.value)) return `image url must be hosted by Leonardo: ${given.value}`;
			}
		}
		for (const input of inputs.filter((candidate) => candidate.required)) {
			const given = nodeInputs.filter((candidate) => sameSetting(candidate, input));
			const present =
				input.settingName === 'textVariables'
					? given.some((g) => g.value.some((entry) => entry.name === input.variable))
					: given.length > 0;
			if (!present) return `missing required input ${input.nodeId}.${input.settingName}`;
		}
		return undefined;
	}

	function executionView(id, run) {
		const jobs = run.generationIds.map((generationId) => state.generations.get(generationId));
		const pending = jobs.some((job) => Date.now() < job.readyAt);
		const failed = jobs.some((job) => job.fails);
		return {
			akUUID: id,
			status: pending ? (run.queued ? 'QUEUED' : 'PENDING') : failed ? 'FAILED' : 'COMPLETED',
			inputs: run.inputs,
			public: run.public,
			createdAt: run.createdAt,
		};
	}

	function generationEdges(run) {
		return run.generationIds.map((generationId, index) => {
			const job = state.generations.get(generationId);
			const done = Date.now() >= job.readyAt;
			return {
				cursor: cursorOf({ run: run.createdAt, index }),
				node: {
					akUUID: run.entryIds[index],
					status: !done ? 'PENDING' : job.fails ? 'FAILED' : 'COMPLETED',
					generationId,
					failedReason:
						done && job.fails
							? {
									type: 'PROMPT_MODERATION_BLOCKED',
									message: 'The prompt was blocked by moderation',
									affectedOutputCount: 1,
								}
							: null,
				},
			};
		});
	}

	return [
		{
			method: 'GET',
			path: '/blueprints/:id',
			handle: ({ params, res }) => {
				const entry = CATALOG[params.id];
				if (!entry) return errorList(res, `blueprint ${params.id} not found`, 'not-found');
				return apiJson(res, 200, { blueprint: entry.blueprint });
			},
		},
		{
			method: 'GET',
			path: '/blueprints/:id/versions',
			handle: ({ params, res }) => {
				const entry = CATALOG[params.id];
				if (!entry) return errorList(res, `blueprint ${params.id} not found`, 'not-found');
				const edges = entry.versions.map(({ node }) => ({
					cursor: cursorOf({ version: node.akUUID }),
					node,
				}));
				return apiJson(res, 200, {
					blueprintVersions: { edges, totalCount: edges.length, pageInfo: pageInfo(edges) },
				});
			},
		},
		{
			method: 'POST',
			path: '/blueprint-executions',
			handle: ({ body, res }) => {
				const version = findVersion(body.blueprintVersionId);
				if (!version)
					return errorList(res, `blueprint version ${body.blueprintVersionId} not found`);
				if (!version.node.executability.isExecutable)
					return errorList(res, 'this blueprint version cannot be executed');
				const problem = inputProblem(version, body.input.nodeInputs);
				if (problem) return errorList(res, problem);
				const id = crypto.randomUUID();
				const generationIds = Array.from(
					{ length: version.generations },
					() => createJob({ prompt: 'blueprint' }, 1024, 768, 1, false).id,
				);
				executions().set(id, {
					versionId: version.node.akUUID,
					inputs: body.input.nodeInputs,
					public: body.input.public,
					createdAt: new Date().toISOString(),
					generationIds,
					entryIds: generationIds.map(() => crypto.randomUUID()),
					queued: sandbox.blueprintsQueued === true,
				});
				charge('/blueprint-executions', version.node.cost);
				return apiJson(res, 200, { executeBlueprint: { akUUID: id } });
			},
		},
		{
			method: 'GET',
			path: '/blueprint-executions/:id',
			handle: ({ params, res }) => {
				const run = executions().get(params.id);
				if (!run) return errorList(res, `blueprint execution ${params.id} not found`, 'not-found');
				return apiJson(res, 200, { blueprintExecution: executionView(params.id, run) });
			},
		},
		{
			method: 'GET',
			path: '/blueprint-executions/:id/generations',
			handle: ({ params, query, res, fail }) => {
				const first = query.first === undefined ? 10 : Number(query.first);
				if (!Number.isInteger(first) || first < 1 || first > 100)
					return fail([400, 'first must be an integer from 1 to 100', 'validation-failed']);
				const run = executions().get(params.id);
				// A run that is not the account's: an empty list (the docs' `notAccessible` example).
				const all = run ? generationEdges(run) : [];
				const start = query.after ? all.findIndex((edge) => edge.cursor === query.after) + 1 : 0;
				const edges = all.slice(start, start + first);
				return apiJson(res, 200, {
					blueprintExecutionGenerations: {
						edges,
						pageInfo: { ...pageInfo(edges), hasNextPage: start + first < all.length },
					},
				});
			},
		},
	];
}

module.exports = {
	BLUEPRINT_IDS: { TRANSLATE, CLOSED, IMAGE_NODE, LANGUAGE_NODE, NOTE_NODE, STYLE_NODE },
	blueprintRoutes,
};
