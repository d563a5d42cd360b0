import {
	fileItem,
	generatedImageId,
	run,
	uploadedImageId,
	useSandbox,
} from '../../harness/context';
import { V1_VIDEO_PAGES } from '../../fixtures/modelPages';

/**
 * The v1 video models through the whole node, against the sandbox: each page's body
 * (test/fixtures/modelPages.js V1_VIDEO_PAGES, written from the pages, not from the catalog) set
 * through Video → Create's fields as a user would — what has no field through Additional Parameters
 * (JSON) — must reach the sandbox exactly as the page has it and be accepted there; Create From Image
 * sends the same with the input image as start frame; each invalid body is refused before anything
 * is sent (or, for a field the model takes none of, left out with a warning).
 */

type Json = Record<string, unknown>;

interface V1Page {
	model: string;
	valid: Json;
	textValid: Json;
	resolutionFor?: Record<string, string>;
	invalid: Array<{ set: Json; why: string }>;
}

const pages = V1_VIDEO_PAGES as V1Page[];
const VIDEO_PATHS = ['/generations-image-to-video', '/generations-text-to-video'];
const PLACEHOLDER = /"\$(UPLOADED|GENERATED)"/g;

function withIds(value: Json, ids: Record<string, string>): Json {
	return JSON.parse(
		JSON.stringify(value).replace(PLACEHOLDER, (_match, name: string) => JSON.stringify(ids[name])),
	) as Json;
}

const merged = (valid: Json, set: Json): Json =>
	Object.fromEntries(
		Object.entries({ ...valid, ...set }).filter(([, value]) => value !== undefined),
	);

/** The v1 body as Video → Create fields (Create From Image: without the start frame fields). */
function videoNode(page: V1Page, body: Json, operation: 'create' | 'createFromImage'): Json {
	const rest: Json = { ...body };
	const take = (key: string) => {
		const value = rest[key];
		delete rest[key];
		return value;
	};
	const options: Json = {};
	const parameters: Json = {
		resource: 'video',
		operation,
		model: take('model'),
		prompt: take('prompt'),
		width: take('width') ?? 0,
		height: take('height') ?? 0,
		waitForCompletion: false,
		options,
	};
	const imageId = take('imageId');
	const imageType = take('imageType');
	if (operation === 'create' && imageId !== undefined) {
		parameters.startImageId = imageId;
		parameters.startImageType = imageType;
	}
	const end = take('endFrameImage') as Json | undefined;
	if (end) {
		parameters.endImageId = end.id;
		parameters.endImageType = end.type;
	}
	if (rest.duration !== undefined) parameters.duration = take('duration');
	if (rest.isPublic !== undefined) options.public = take('isPublic');
	if (rest.seed !== undefined) options.seed = take('seed');
	if (rest.negativePrompt !== undefined) options.negativePrompt = take('negativePrompt');
	if (typeof rest.promptEnhance === 'boolean') options.promptEnhance = take('promptEnhance');
	const elements = rest.elements as Json[] | undefined;
	if (elements?.length === 1 && elements[0].weight === 1)
		options.cameraMove = (take('elements') as Json[])[0].akUUID;
	// The node sends the resolution the page ties to the size; any other goes through the JSON.
	const size = `${String(parameters.width)}x${String(parameters.height)}`;
	if (rest.resolution !== undefined && page.resolutionFor?.[size] === rest.resolution)
		take('resolution');
	if (Object.keys(rest).length) options.additionalParameters = JSON.stringify(rest);
	return parameters;
}

describe("the v1 video models, their pages' bodies, through the node to the sandbox", () => {
	const ctx = useSandbox();
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		const { sandbox } = ctx;
		ids.UPLOADED = await uploadedImageId(sandbox);
		ids.GENERATED = await generatedImageId(sandbox);
	});

	const sent = () =>
		ctx.sandbox.requests.filter(
			(request: { method: string; path: string }) =>
				request.method === 'POST' && VIDEO_PATHS.includes(request.path),
		) as Array<{ path: string; body: Json }>;

	describe.each(pages.map((page) => [page.model, page] as const))('%s', (_id, page) => {
		it.each([
			['image to video (start and end frame by ID)', 'valid', '/generations-image-to-video'],
			['text to video', 'textValid', '/generations-text-to-video'],
		] as const)(
			'Video → Create, %s: sent as the page has it, accepted',
			async (_name, key, path) => {
				const { sandbox } = ctx;
				sandbox.reset();
				const body = withIds(page[key], ids);
				const result = await run(sandbox, [{ parameters: videoNode(page, body, 'create') }]);
				expect(result.error?.message ?? result.status).toBe('success');
				expect(sent()).toEqual([expect.objectContaining({ path, body })]);
			},
		);

		it('Video → Create From Image: the input image as start frame, the rest as the page has it', async () => {
			const { sandbox } = ctx;
			sandbox.reset();
			const body = withIds(page.valid, ids);
			const result = await run(
				sandbox,
				[{ parameters: videoNode(page, body, 'createFromImage') }],
				[fileItem('photo-640x480.jpg')],
			);
			expect(result.error?.message ?? result.status).toBe('success');
			const imageId = result.output[0].json.initImageId;
			expect(sent()).toEqual([
				expect.objectContaining({
					path: '/generations-image-to-video',
					body: { ...body, imageId, imageType: 'UPLOADED' },
				}),
			]);
		});

		it.each(page.invalid.map((invalid) => [invalid.why, invalid] as const))(
			'refused before sending: %s',
			async (_why, invalid) => {
				const { sandbox } = ctx;
				sandbox.reset();
				const body = withIds(merged(page.valid, invalid.set), ids);
				// The model by expression: the editor cannot hide the options its page lacks.
				const parameters = { ...videoNode(page, body, 'create'), model: `={{ "${page.model}" }}` };
				const result = await run(sandbox, [{ parameters }]);
				if (result.error) {
					expect(sent()).toEqual([]);
				} else {
					// A field the model takes none of (Duration on Motion 2.0) is left out, and the output says so.
					expect(sent().map((request) => request.body)).not.toContainEqual(body);
					expect(result.output[0].json.warnings).toEqual([expect.stringContaining('was not sent')]);
				}
			},
		);
	});
});
