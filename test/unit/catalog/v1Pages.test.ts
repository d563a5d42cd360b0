import { VIDEO_MODELS, findModel } from '../../../nodes/LeonardoAi/catalog';
import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import { v1CheckView } from '../../../nodes/LeonardoAi/actions/video/body';
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

/** The v1 endpoint the node sends the body to: image-to-video with a start frame. */
const fromImage = (body: Json) => body.imageId !== undefined;

/** Every id the fixtures stand for exists in the sandbox's eyes (an unknown id is its own refusal). */
function sandboxProblem(body: Json): unknown {
	const path = fromImage(body) ? '/generations-image-to-video' : '/generations-text-to-video';
	return checkV1Body('POST', path, body) ?? v1VideoProblem(body, fromImage(body), () => true);
}

describe.each(pages.map((page) => [page.model, page] as const))('%s (v1)', (_id, page) => {
	const model = findModel(page.model)!;
	const nodeRefusal = (body: Json) => checkParameters(model, v1CheckView(body));

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

it('every v1 video model in the catalog has a page fixture', () => {
	const documented = new Set(pages.map((page) => page.model));
	const v1 = VIDEO_MODELS.filter((model) => model.endpoint === 'v1');
	expect(v1.filter((model) => !documented.has(model.id)).map((model) => model.id)).toEqual([]);
});
