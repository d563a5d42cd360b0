import {
	generatedImageId,
	generatedVideoId,
	run,
	uploadedImageId,
	useSandbox,
} from '../../harness/context';
import { MODEL_PAGES } from '../../fixtures/modelPages';

/**
 * Every documented model through the whole node, against the sandbox: the page's full request
 * (test/fixtures/modelPages.js, written from the pages, not from the catalog) set through the
 * node's fields — and what has no field through Additional Parameters (JSON) — must reach
 * Leonardo's stand-in exactly as the page has it, and be accepted there.
 */

interface Page {
	model: string;
	kind: 'image' | 'video';
	valid: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const PLACEHOLDER = /"\$(UPLOADED_AUDIO|GENERATED_VIDEO|UPLOADED|GENERATED)"/g;

function withIds(value: Json, ids: Record<string, string>): Json {
	return JSON.parse(
		JSON.stringify(value).replace(PLACEHOLDER, (_match, name: string) => JSON.stringify(ids[name])),
	) as Json;
}

/** A guidance list the node's own frame / reference fields can carry: items of { image } only. */
const plainItems = (list: unknown, keys: string[]) =>
	Array.isArray(list) &&
	list.every((item: Json) => Object.keys(item).every((key) => keys.includes(key)));

/** The wire parameters not yet given a node field (`rest`), and `take` to move one out of them. */
function taker(valid: Json) {
	const rest: Json = { ...valid };
	const take = (key: string) => {
		const value = rest[key];
		delete rest[key];
		return value;
	};
	return { rest, take };
}

/** The image page's wire parameters as Create (Newer Models) fields. */
function imageNode(page: Page, valid: Json): Json {
	const { rest, take } = taker(valid);
	const options: Json = {};
	const parameters: Json = {
		resource: 'generation',
		operation: 'createV2',
		model: page.model,
		prompt: take('prompt'),
		numImages: take('quantity'),
		width: take('width'),
		height: take('height'),
		waitForCompletion: false,
		options,
	};
	if (rest.quality !== undefined) options.quality = take('quality');
	if (rest.seed !== undefined) options.seed = take('seed');
	if (rest.style_ids !== undefined) options.styleIds = take('style_ids');
	if (rest.prompt_enhance === 'ON' || rest.prompt_enhance === 'OFF')
		options.promptEnhance = take('prompt_enhance') === 'ON';
	const guidances = rest.guidances as Json | undefined;
	if (
		guidances &&
		Object.keys(guidances).length === 1 &&
		plainItems(guidances.image_reference, ['image', 'strength'])
	) {
		take('guidances');
		parameters.imageReferences = {
			reference: (guidances.image_reference as Json[]).map((item) => ({
				imageId: (item.image as Json).id,
				imageType: (item.image as Json).type,
				...(item.strength ? { strength: item.strength } : {}),
			})),
		};
	}
	if (Object.keys(rest).length) options.additionalParameters = JSON.stringify(rest);
	return parameters;
}

/** The video page's wire parameters as Video → Create fields. */
function videoNode(page: Page, valid: Json): Json {
	const { rest, take } = taker(valid);
	const options: Json = {};
	const parameters: Json = {
		resource: 'video',
		operation: 'create',
		model: page.model,
		prompt: take('prompt'),
		width: take('width') ?? 0,
		height: take('height') ?? 0,
		waitForCompletion: false,
		options,
	};
	if (rest.duration !== undefined) parameters.duration = take('duration');
	delete rest.quantity; // the node sends quantity 1 where the model's entry has it
	if (rest.motion_has_audio !== undefined) options.audio = take('motion_has_audio');
	if (rest.seed !== undefined) options.seed = take('seed');
	if (rest.negative_prompt !== undefined) options.negativePrompt = take('negative_prompt');
	if (rest.prompt_enhance === 'ON' || rest.prompt_enhance === 'OFF')
		options.promptEnhance = take('prompt_enhance') === 'ON';
	const guidances = rest.guidances as Json | undefined;
	const frames = ['start_frame', 'end_frame'];
	if (
		guidances &&
		Object.keys(guidances).every((kind) => frames.includes(kind)) &&
		frames.every((kind) => !guidances[kind] || plainItems(guidances[kind], ['image']))
	) {
		take('guidances');
		for (const [kind, field] of [
			['start_frame', 'start'],
			['end_frame', 'end'],
		]) {
			const [item] = (guidances[kind] as Json[] | undefined) ?? [];
			if (!item) continue;
			parameters[`${field}ImageId`] = (item.image as Json).id;
			parameters[`${field}ImageType`] = (item.image as Json).type;
		}
	}
	if (Object.keys(rest).length) options.additionalParameters = JSON.stringify(rest);
	return parameters;
}

describe("every documented model, its page's full request, through the node to the sandbox", () => {
	const ctx = useSandbox();
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		const { sandbox } = ctx;
		ids.UPLOADED = await uploadedImageId(sandbox);
		ids.GENERATED = await generatedImageId(sandbox);
		ids.GENERATED_VIDEO = await generatedVideoId(sandbox);
		ids.UPLOADED_AUDIO = '00000000-0000-4000-8000-000000000000';
	});

	it.each((MODEL_PAGES as Page[]).map((page) => [page.model, page] as const))(
		'%s',
		async (_id, page) => {
			const { sandbox } = ctx;
			const valid = withIds(page.valid, ids);
			const node = page.kind === 'image' ? imageNode(page, valid) : videoNode(page, valid);
			const result = await run(sandbox, [{ parameters: node }]);
			expect(result.error?.message ?? result.status).toBe('success');
			const [sent] = sandbox.requestsTo('api', 'POST', '/v2/generations');
			const expected = { ...valid };
			if (page.kind === 'video' && valid.width === undefined) {
				// The page gives no size in its request: the node picks the model's default.
				delete (sent.body.parameters as Json).width;
				delete (sent.body.parameters as Json).height;
			}
			expect(sent.body).toEqual({ model: page.model, parameters: expected });
		},
	);
});
