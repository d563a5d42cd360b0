import { IMAGE_MODELS, VIDEO_MODELS, findModel } from '../../../nodes/LeonardoAi/catalog';
import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import { MODEL_PAGES } from '../../fixtures/modelPages';
import { validateV2Body } from '../../sandbox/api/v2models';

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

/** What neither side checks yet, named here so the list cannot grow unseen: per-model style UUID lists. */
const NOT_CHECKED_YET = [
	"spec (https://docs.leonardo.ai/reference/creategeneration): Cinematic is not in flux-pro-2.0's style_ids enum",
];

/** Every id the fixtures stand for exists in the sandbox's eyes (an unknown id is its own refusal). */
const KNOWN = { imageKnown: () => true, videoKnown: () => true, audioKnown: () => true };
const sandboxProblem = (model: string, parameters: Record<string, unknown>) =>
	validateV2Body({ model, public: false, parameters }, KNOWN) as unknown;

describe.each(pages.map((page) => [page.model, page] as const))('%s', (_id, page) => {
	const model = findModel(page.model)!;

	it(`is in the catalog as a ${page.kind} model, citing its page`, () => {
		expect(model).toBeDefined();
		expect(model.kind).toBe(page.kind);
		expect(model.docs).toBe(page.docs);
	});

	it("takes the page's request with every documented parameter, and so does the sandbox", () => {
		expect(checkParameters(model, page.valid)).toBeUndefined();
		expect(sandboxProblem(page.model, page.valid)).toBeUndefined();
	});

	const cases = page.invalid.filter((invalid) => !NOT_CHECKED_YET.includes(invalid.why));
	it.each(cases.map((invalid) => [invalid.why, invalid] as const))(
		'refuses before sending, and the sandbox refuses too: %s',
		(_why, invalid) => {
			const parameters = { ...page.valid, ...invalid.set };
			expect(checkParameters(model, parameters)).toBeDefined();
			expect(sandboxProblem(page.model, parameters)).toBeDefined();
		},
	);
});

it('names only real fixture cases as not checked yet', () => {
	const whys = pages.flatMap((page) => page.invalid.map((invalid) => invalid.why));
	expect(NOT_CHECKED_YET.filter((why) => !whys.includes(why))).toEqual([]);
});

it('every v2 model in the catalog has a page fixture', () => {
	const documented = new Set(pages.map((page) => page.model));
	const v2 = [...IMAGE_MODELS, ...VIDEO_MODELS].filter((model) => model.endpoint === 'v2');
	expect(v2.filter((model) => !documented.has(model.id)).map((model) => model.id)).toEqual([]);
});
