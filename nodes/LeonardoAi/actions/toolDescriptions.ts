import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * What an AI agent reads about each operation. n8n describes a tool as "<the operation's action> in
 * Leonardo AI" (n8n-workflow `node-helpers` `makeDescription`), so the tool variant's actions say what
 * the call costs and what it returns; the node in a normal workflow keeps its short actions. The
 * returned fields are the compact ones of helpers/toolMode.ts `agentJson`.
 */
const PAID = 'costs Leonardo credits, capped by Max Credits';
const FREE = 'free';
const IMAGES = 'generationId, status, cost and images (id, url, width, height)';
const JOB = (files: string) => `generationId, status, cost and ${files}`;

const TOOL_ACTIONS: Record<string, Record<string, [cost: string, returns: string]>> = {
	audio: { create: [PAID, JOB('audio (id, url)')] },
	cost: { estimate: [FREE, 'the credits the job would cost; nothing is started'] },
	dataset: {
		create: [FREE, 'the new dataset id'],
		delete: [FREE, 'the deleted id'],
		get: [FREE, 'the dataset id and name'],
		uploadGeneratedImage: [FREE, 'the dataset image id'],
		uploadImage: [FREE, 'the dataset image id; needs a file, so not usable by an agent alone'],
	},
	element: {
		delete: [FREE, 'the deleted id'],
		get: [FREE, 'the element id, name and status'],
		getMany: [FREE, 'each element id and name'],
		train: [PAID, 'the element id and status'],
	},
	generation: {
		create: [PAID, IMAGES],
		createV2: [PAID, IMAGES],
		createFromImage: [PAID, `${IMAGES}; needs a file, or use Create with Init Image ID`],
		delete: [FREE, 'the deleted id'],
		get: [FREE, IMAGES],
		getMany: [FREE, `per generation ${IMAGES}`],
	},
	image: {
		removeBackground: [PAID, 'generationId, status, cost and the cut-out url; takes an image ID'],
		upscale: [PAID, `${IMAGES}; takes an image ID`],
	},
	initImage: {
		delete: [FREE, 'the deleted id'],
		get: [FREE, 'the init image id and url'],
		upload: [FREE, 'the init image id and size; needs a file, so not usable by an agent alone'],
		uploadCanvas: [FREE, 'the init image id; needs files, so not usable by an agent alone'],
	},
	media: {
		delete: [FREE, 'the deleted id'],
		get: [FREE, 'the media id, type, duration and size'],
		upload: [FREE, 'the media id; needs a file, so not usable by an agent alone'],
	},
	model: {
		delete: [FREE, 'the deleted id'],
		get: [FREE, 'the model id, name and status'],
		getMany: [FREE, 'each model id, name and source'],
		train: [PAID, 'the model id and status'],
	},
	model3d: { create: [PAID, `${JOB('assets (id, url)')}; needs image files`] },
	prompt: {
		improve: [PAID, 'the improved prompt and cost'],
		random: [PAID, 'a prompt and cost'],
	},
	user: { getMe: [FREE, 'username and totalCredits (the credits left)'] },
	variation: {
		removeBackground: [PAID, 'the variation id, status and url'],
		universalUpscale: [PAID, 'the variation id, status and url'],
		unzoom: [PAID, 'the variation id, status and url'],
		upscale: [PAID, 'the variation id, status and url'],
	},
	video: {
		create: [PAID, JOB('videos (id, url)')],
		createFromImage: [
			PAID,
			`${JOB('videos (id, url)')}; needs a file, or use Create with a Start Frame Image ID`,
		],
		createFromVideo: [PAID, `${JOB('videos (id, url)')}; needs a video file`],
		get: [FREE, JOB('videos (id, url)')],
		getVariation: [FREE, 'the video variation id, status and url'],
		upscale: [PAID, JOB('videos (id, url)')],
	},
};

/** "Create a generation (costs …; returns …)": the action an agent reads for one operation. */
export function toolAction(resource: string, operation: string, action: string): string {
	const entry = TOOL_ACTIONS[resource]?.[operation];
	return entry ? `${action} (${entry[0]}; returns ${entry[1]})` : action;
}

/** The node's properties with each operation's action written for an agent (a copy; the node's own are kept). */
export function toolProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => {
		if (property.name !== 'operation' || !property.options) return property;
		const resource = String(property.displayOptions?.show?.resource?.[0] ?? '');
		return {
			...property,
			options: (property.options as INodePropertyOptions[]).map((option) => ({
				...option,
				action: toolAction(resource, String(option.value), option.action ?? option.name),
			})),
		};
	});
}
