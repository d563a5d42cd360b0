import type { IDataObject } from 'n8n-workflow';

import { VIDEO_MODELS, findModel } from '../../../nodes/LeonardoAi/catalog';
import type { CatalogModel } from '../../../nodes/LeonardoAi/catalog';
import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import { buildVideoStart, v1CheckView } from '../../../nodes/LeonardoAi/actions/video/body';
import { V1_VIDEO_PAGES } from '../../fixtures/modelPages';
import { checkV1Body } from '../../sandbox/contract';
import { v1VideoProblem } from '../../sandbox/api/videos';

/**
 * The v1 video models against their pages, as pages.test.ts does for the v2 models: each fixture in
 * test/fixtures/modelPages.js (V1_VIDEO_PAGES) was written from the model's pages and the SDK's
 * schemas, not from the catalog. The node's check (on the v1 body as it would be sent) and the
 * sandbox (the SDK's schema, then the page rules in api/videos.js) must take every valid body and
 * refuse every invalid one.
 */

type Json = Record<string, unknown>;

interface V1Page {
	model: string;
	kind: 'video';
	endpoint: 'v1';
	docs: string;
	pages: Array<{ url: string; updated: string }>;
	/** The v1 `resolution` that goes with each size ("1920x1080"), where the pages tie one to it. */
	resolutionFor?: Record<string, string>;
	valid: Json;
	textValid: Json;
	invalid: Array<{ set: Json; why: string }>;
}

const pages = V1_VIDEO_PAGES as V1Page[];

/** `valid` with `set` over it; a key set to undefined is left out. */
const merged = (valid: Json, set: Json = {}): Json =>
	Object.fromEntries(
		Object.entries({ ...valid, ...set }).filter(([, value]) => value !== undefined),
	);

/** The node's check of a v1 body, on its v2 view (as the node checks it before sending). */
const refusalOf = (model: CatalogModel, body: Json) =>
	checkParameters(model, v1CheckView(body as IDataObject));

/** The v1 endpoint the node sends the body to: image-to-video with a start frame. */
const fromImage = (body: Json) => body.imageId !== undefined;

/** Every id the fixtures stand for exists in the sandbox's eyes (an unknown id is its own refusal). */
function sandboxProblem(body: Json): unknown {
	const path = fromImage(body) ? '/generations-image-to-video' : '/generations-text-to-video';
	return checkV1Body('POST', path, body) ?? v1VideoProblem(body, fromImage(body), () => true);
}

describe.each(pages.map((page) => [page.model, page] as const))('%s (v1)', (_id, page) => {
	const model = findModel(page.model)!;
	const nodeRefusal = (body: Json) => refusalOf(model, body);

	it('is in the catalog as a v1 video model, citing one of its pages', () => {
		expect(model).toBeDefined();
		expect(model.kind).toBe('video');
		expect(model.endpoint).toBe('v1');
		expect(page.pages.map((source) => source.url)).toContain(model.docs);
		expect(page.pages.map((source) => source.url)).toContain(page.docs);
	});

	it.each([
		['image to video', page.valid],
		['text to video', page.textValid],
	] as const)("takes the pages' %s body, and so does the sandbox", (_name, body) => {
		expect(fromImage(body)).toBe(_name === 'image to video');
		expect(nodeRefusal(body)).toBeUndefined();
		expect(sandboxProblem(body)).toBeUndefined();
	});

	it.each(page.invalid.map((invalid) => [invalid.why, invalid] as const))(
		'refuses before sending, and the sandbox refuses too: %s',
		(_why, invalid) => {
			const body = merged(page.valid, invalid.set);
			expect(nodeRefusal(body)).toBeDefined();
			expect(sandboxProblem(body)).toBeDefined();
		},
	);

	// One step back inside the page's seed range must pass, so a range narrowed by mistake fails too.
	for (const invalid of page.invalid) {
		const outside = invalid.set.seed;
		const inside = page.valid.seed;
		if (typeof outside !== 'number' || typeof inside !== 'number') continue;
		const edge = outside > inside ? outside - 1 : outside + 1;
		it(`takes seed ${edge}, the edge of the page's range`, () => {
			const body = merged(page.valid, { seed: edge });
			expect(nodeRefusal(body)).toBeUndefined();
			expect(sandboxProblem(body)).toBeUndefined();
		});
	}
});

describe.each(pages.map((page) => [page.model, page] as const))(
	'%s (v1): what the pages leave to the SDK and the node',
	(_id, page) => {
		const model = findModel(page.model)!;
		const nodeRefusal = (body: Json) => refusalOf(model, body);

		// SDK createImageToVideoGeneration / createTextToVideoGeneration: promptEnhance is a boolean on
		// both v1 endpoints, for every model.
		it.each([true, false])('takes promptEnhance %s, and so does the sandbox', (promptEnhance) => {
			for (const body of [page.valid, page.textValid]) {
				const withEnhance = merged(body, { promptEnhance });
				expect(nodeRefusal(withEnhance)).toBeUndefined();
				expect(sandboxProblem(withEnhance)).toBeUndefined();
			}
		});

		// The node sends the resolution that goes with the size the user picks (buildVideoStart).
		const sizes = Object.entries(page.resolutionFor ?? {});
		if (sizes.length)
			it.each(sizes)('sends %s with resolution %s', (size, resolution) => {
				const [width, height] = size.split('x').map(Number);
				const start = buildVideoStart({
					modelId: page.model,
					model,
					prompt: 'a red fox in snow',
					width,
					height,
				});
				expect(start.body).toMatchObject({ model: page.model, width, height, resolution });
			});
	},
);

// https://docs.leonardo.ai/docs/kling-2-5-turbo: resolution "Set to RESOLUTION_1080" — also when
// no size is picked (the node then sends none, and Leonardo uses its default size).
it('sends Kling 2.5 Turbo with resolution RESOLUTION_1080 when no size is picked', () => {
	const start = buildVideoStart({
		modelId: 'KLING2_5',
		model: findModel('KLING2_5'),
		prompt: 'a red fox in snow',
		duration: 5,
	});
	expect(start).toMatchObject({
		path: '/generations-text-to-video',
		body: { model: 'KLING2_5', resolution: 'RESOLUTION_1080', duration: 5 },
	});
	expect(start.body).not.toHaveProperty('width');
});

// https://docs.leonardo.ai/recipes/generate-with-motion-20-480p-using-text-prompts sends RESOLUTION_480.
it('takes Motion 2.0 (v1) with resolution RESOLUTION_480, and so does the sandbox', () => {
	const page = pages.find((entry) => entry.model === 'MOTION2')!;
	const body = merged(page.textValid, { resolution: 'RESOLUTION_480' });
	expect(refusalOf(findModel('MOTION2')!, body)).toBeUndefined();
	expect(sandboxProblem(body)).toBeUndefined();
});

it('every v1 video model in the catalog has a page fixture', () => {
	const documented = new Set(pages.map((page) => page.model));
	const v1 = VIDEO_MODELS.filter((model) => model.endpoint === 'v1');
	expect(v1.filter((model) => !documented.has(model.id)).map((model) => model.id)).toEqual([]);
});
