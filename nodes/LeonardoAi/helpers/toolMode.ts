import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/**
 * Whether this run is the node's tool variant, `leonardoAiTool`: n8n makes that type from
 * `usableAsTool` by appending "Tool" to the node's name (n8n `packages/cli/src/tool-generation/ai-tools.ts`
 * `convertNodeToAiTool`; 1.x `load-nodes-and-credentials.ts` `createAiTools`) and runs the same class
 * under it, from an AI Agent or an MCP Server Trigger alike. There is no other flag in the context.
 */
export function isToolMode(context: Pick<IExecuteFunctions, 'getNode'>): boolean {
	return context.getNode().type.endsWith('Tool');
}

/** A message and its description as one or two sentences a language model can act on. */
export function agentErrorText(message: string, description?: string | null): string {
	const first = message.trim();
	const rest = description?.trim();
	if (!rest) return first;
	return `${/[.!?]$/.test(first) ? first : `${first}.`} ${rest}`;
}

// What an agent needs from a result, whatever the operation: IDs, status, files' URLs and sizes, cost
// and warnings. Other fields (Leonardo's raw object, the request echoed back) only fill its context.
const KEPT_FIELDS = [
	'generationId',
	'id',
	'initImageId',
	'userId',
	'username',
	'name',
	'status',
	'transformType',
	'prompt',
	'url',
	'width',
	'height',
	'mediaType',
	'duration',
	'bytes',
	'totalCredits',
	'credits',
	'cost',
	'service',
	'source',
	'listedCost',
	// A Blueprint version's inputs, or a run's: what the agent fills Node Inputs with.
	'inputs',
];

/** Kept fields that are objects: Leonardo's small cost, and a Blueprint's inputs. */
const OBJECT_FIELDS = new Set(['cost', 'inputs']);

/** The lists of result files, each entry reduced to its ID, URL and size. */
const FILE_LISTS = ['images', 'videos', 'audio', 'assets'];
const FILE_URL_FIELDS = ['url', 'motionMP4URL', 'videoUrl', 'audioUrl'];

const isHttpUrl = (value: unknown): value is string =>
	typeof value === 'string' && /^https?:\/\//i.test(value);

function compactFile(entry: IDataObject, json: IDataObject): IDataObject {
	const url = FILE_URL_FIELDS.map((field) => entry[field]).find(isHttpUrl);
	const file: IDataObject = { id: entry.id, url: url ?? null };
	const width = entry.width ?? json.imageWidth ?? json.width;
	const height = entry.height ?? json.imageHeight ?? json.height;
	if (typeof width === 'number') file.width = width;
	if (typeof height === 'number') file.height = height;
	return file;
}

/**
 * One output item as the agent gets it: the same compact shape for every operation (the fields above
 * that the item has, its file lists as `{id, url, width, height}`), never a binary — n8n would drop it.
 */
export function agentJson(json: IDataObject): IDataObject {
	const compact: IDataObject = {};
	// Every ID the item names (elementId of a training not waited for, say): the agent's next call needs it.
	const ids = Object.keys(json).filter(
		(field) => /Id$/.test(field) && typeof json[field] === 'string',
	);
	for (const field of new Set([...KEPT_FIELDS, ...ids])) {
		const value = json[field];
		// Cost is Leonardo's small {amount, unit}; other objects are raw API data.
		if (value === undefined || value === null) continue;
		if (typeof value === 'object' && !OBJECT_FIELDS.has(field)) continue;
		compact[field] = value;
	}
	if (Array.isArray(json.warnings) && json.warnings.length) compact.warnings = json.warnings;
	for (const list of FILE_LISTS) {
		const entries = json[list];
		if (Array.isArray(entries))
			compact[list] = (entries as IDataObject[])
				.filter((entry) => entry && typeof entry === 'object')
				.map((entry) => compactFile(entry, json));
	}
	return compact;
}

/** The operation's output items as the agent gets them (pairing kept). */
export function agentItems(items: INodeExecutionData[]): INodeExecutionData[] {
	return items.map((item) => ({
		json: item.json.error !== undefined ? item.json : agentJson(item.json),
		pairedItem: item.pairedItem,
	}));
}

/**
 * What an agent can give instead of a file, per operation that reads one: an agent's tool call
 * carries only its arguments, never a binary. Where no ID path exists the operation cannot run as a
 * tool on its own (an image-URL input is left for later).
 */
const INSTEAD_OF_A_FILE: Record<string, string> = {
	'generation.createFromImage':
		"Use Generation → Create with Init Image ID (and Init Image Type) instead: a generated image's ID (images[].id of an earlier generation) or an uploaded init image's ID.",
	'generation.createV2':
		'Give the images as Image References (their IDs and types) instead, and leave Reference Images From Binary empty.',
	'video.createFromImage':
		'Use Video → Create with Start Frame Image ID (and Start Frame Image Type Generated for an image of an earlier generation) instead.',
	'video.createFromVideo':
		'Use Video → Create with a video reference ID (Options → Video Reference ID, type Generated) instead.',
	'image.removeBackground':
		"Set Input to Image ID and give the image's ID and Image Type (a generated image's ID is images[].id of an earlier generation).",
	'image.upscale':
		"Set Input to Image ID and give the image's ID, Image Type, Width and Height (a generated image's ID is images[].id of an earlier generation).",
	'dataset.uploadImage':
		"Use Dataset → Upload Generated Image with a generated image's ID instead.",
	'blueprint.execute':
		'Give each image input as the URL of an image Leonardo hosts (images[].url of an earlier generation) in Value, with Input Binary Field empty.',
};

/** The refusal's description when a tool call meets an operation that needs the item's file. */
export function noFileForAgent(resource: string, operation: string): string {
	const instead =
		INSTEAD_OF_A_FILE[`${resource}.${operation}`] ??
		"This operation has no way to take an image ID or URL instead, so it cannot run as an AI agent's tool on its own: give the file to the node in a workflow step before the agent.";
	return instead;
}
