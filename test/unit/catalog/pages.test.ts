import { IMAGE_MODELS, VIDEO_MODELS, findModel } from '../../../nodes/LeonardoAi/catalog';
import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import { MODEL_PAGES } from '../../fixtures/modelPages';

/**
 * The catalog against the pages: each fixture in test/fixtures/modelPages.js was written from the
 * model's docs page (and the v2 spec) by reading them, not from the catalog. Every page's full
 * request must pass the node's check, and every value the page refuses must be refused — so a
 * wrong size, range or count in the catalog fails here.
 */

interface Page {
	model: string;
	kind: 'image' | 'video';
	docs: string;
	valid: Record<string, unknown>;
	invalid: Array<{ set: Record<string, unknown>; why: string }>;
}

const pages = MODEL_PAGES as Page[];

describe.each(pages.map((page) => [page.model, page] as const))('%s', (_id, page) => {
	const model = findModel(page.model)!;

	it(`is in the catalog as a ${page.kind} model, citing its page`, () => {
		expect(model).toBeDefined();
		expect(model.kind).toBe(page.kind);
		expect(model.docs).toBe(page.docs);
	});

	it("takes the page's request with every documented parameter", () => {
		expect(checkParameters(model, page.valid)).toBeUndefined();
	});

	it.each(page.invalid.map((invalid) => [invalid.why, invalid] as const))(
		'refuses before sending: %s',
		(_why, invalid) => {
			expect(checkParameters(model, { ...page.valid, ...invalid.set })).toBeDefined();
		},
	);
});

it('every v2 model in the catalog has a page fixture', () => {
	const documented = new Set(pages.map((page) => page.model));
	const v2 = [...IMAGE_MODELS, ...VIDEO_MODELS].filter((model) => model.endpoint === 'v2');
	expect(v2.filter((model) => !documented.has(model.id)).map((model) => model.id)).toEqual([]);
});
