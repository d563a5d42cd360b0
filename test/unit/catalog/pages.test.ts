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

/** A copy of `object` without `key`. */
const without = (object: Record<string, unknown>, key: string) =>
	Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

/** What neither side checks yet, named here so the list cannot grow unseen (empty: both check every case). */
const NOT_CHECKED_YET: string[] = [];

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

	// The fixtures' values are "just outside" the page's range: one step back inside must pass, so a
	// range narrowed by mistake fails too. Seed and quantity are ranges on every page.
	for (const key of ['seed', 'quantity']) {
		for (const invalid of page.invalid) {
			const outside = invalid.set[key];
			const inside = page.valid[key];
			if (Object.keys(invalid.set).length !== 1 || typeof outside !== 'number') continue;
			if (typeof inside !== 'number') continue;
			const edge = outside > inside ? outside - 1 : outside + 1;
			it(`takes ${key} ${edge}, the edge of the page's range`, () => {
				const parameters = { ...page.valid, [key]: edge };
				expect(checkParameters(model, parameters)).toBeUndefined();
				expect(sandboxProblem(page.model, parameters)).toBeUndefined();
			});
		}
	}

	// A prompt one character over the page's limit is refused above; one at the limit must pass.
	const longest = page.invalid
		.map((invalid) => invalid.set.prompt)
		.find((prompt): prompt is string => typeof prompt === 'string' && prompt.length > 100);
	if (longest) {
		it(`takes a prompt of ${longest.length - 1} characters, the page's limit`, () => {
			const parameters = { ...page.valid, prompt: 'x'.repeat(longest.length - 1) };
			expect(checkParameters(model, parameters)).toBeUndefined();
			expect(sandboxProblem(page.model, parameters)).toBeUndefined();
		});
	}
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

/**
 * Every value the catalog offers for a model — each choice (quality, mode, resolution …), each
 * prompt_enhance value (defaults too), each guidance strength, each style — put into the page's
 * request, is taken by the sandbox, whose rules were written from the pages and the spec on their
 * own: a value mistyped in the catalog, or one the model does not take, fails here. (The values come
 * from the catalog; what is expected of them comes from the sandbox.)
 */
describe.each(pages.map((page) => [page.model, page] as const))(
	'%s: every value the catalog offers, the sandbox takes',
	(_id, page) => {
		const model = findModel(page.model)!;
		const offered: Array<[string, Record<string, unknown>]> = [
			...Object.entries(model.choices ?? {}).flatMap(([field, choice]) =>
				[...choice.values, ...(choice.default === undefined ? [] : [choice.default])].map(
					(value) =>
						[`${field} ${String(value)}`, { [field]: value }] as [string, Record<string, unknown>],
				),
			),
			...[
				...(model.promptEnhance?.values ?? []),
				...(model.promptEnhance?.default === undefined ? [] : [model.promptEnhance.default]),
			].map(
				(value) =>
					[`prompt_enhance ${value}`, { prompt_enhance: value }] as [
						string,
						Record<string, unknown>,
					],
			),
			// each strength of each guidance kind the page's request has, on all its items
			...Object.entries(model.guidances ?? {}).flatMap(([kind, rule]) => {
				const items = (page.valid.guidances as Record<string, unknown[]> | undefined)?.[kind];
				if (!items || !rule?.strength) return [];
				return rule.strength.map(
					(strength) =>
						[
							`${kind} strength ${strength}`,
							{
								guidances: {
									...(page.valid.guidances as object),
									[kind]: items.map((item) => ({ ...(item as object), strength })),
								},
							},
						] as [string, Record<string, unknown>],
				);
			}),
			...(model.styles ?? []).map(
				(style) =>
					[`style ${style.name ?? style.id}`, { style_ids: [style.id] }] as [
						string,
						Record<string, unknown>,
					],
			),
		];
		if (!offered.length) return;
		it.each(offered)('%s', (_what, set) => {
			const parameters: Record<string, unknown> = { ...page.valid, ...set };
			// A mode that goes with its own sizes (Kling 3.0: RESOLUTION_720 is 1280×720 …) is
			// tried with one of them rather than the page's size, which belongs to another mode.
			const pair = model.sizes.pairs?.find((size) => size.mode && size.mode === set.mode);
			if (pair) Object.assign(parameters, { width: pair.width, height: pair.height });
			expect(sandboxProblem(page.model, parameters)).toBeUndefined();
			expect(checkParameters(model, parameters)).toBeUndefined();
		});
	},
);

/**
 * Each part of the page's request left out — a field, or one kind of guidance: the node refuses
 * it before sending exactly when the sandbox refuses it (a field the page requires, a guidance the
 * model needs), and takes it when the sandbox does.
 */
describe.each(pages.map((page) => [page.model, page] as const))(
	'%s: a part of the request left out',
	(_id, page) => {
		const model = findModel(page.model)!;
		const guidances = (page.valid.guidances ?? {}) as Record<string, unknown>;
		const leftOut: Array<[string, Record<string, unknown>]> = [
			...Object.keys(page.valid)
				.filter((key) => key !== 'prompt')
				.map((key) => [key, without(page.valid, key)] as [string, Record<string, unknown>]),
			...Object.keys(guidances).map((kind) => {
				const rest = without(guidances, kind);
				const parameters: Record<string, unknown> = { ...page.valid, guidances: rest };
				if (!Object.keys(rest).length) delete parameters.guidances;
				return [`guidances.${kind}`, parameters] as [string, Record<string, unknown>];
			}),
		];
		it.each(leftOut)(
			'without %s: refused by the node exactly when by the sandbox',
			(_key, parameters) => {
				const sandbox = sandboxProblem(page.model, parameters);
				const node = checkParameters(model, parameters);
				expect({ refused: node !== undefined, node }).toEqual({
					refused: sandbox !== undefined,
					node: sandbox === undefined ? undefined : expect.anything(),
				});
			},
		);
	},
);

/**
 * Every size the catalog lists for a model (with the mode that goes with it), and the ends of its
 * seed range, in the page's request: taken by the sandbox; one past either end of the seed range:
 * refused by both. (The catalog names the cases; the sandbox, written from the pages and the spec
 * on its own, judges them. Where the two once read a seed range differently, the spec's schema for
 * the model settled it: both cite it.)
 */
describe.each(pages.map((page) => [page.model, page] as const))(
	'%s: every listed size and the ends of the seed range',
	(_id, page) => {
		const model = findModel(page.model)!;
		const sizes = (model.sizes.pairs ?? []).map(
			(pair) =>
				[
					`${pair.width}×${pair.height}${pair.mode ? ` ${pair.mode}` : ''}`,
					{ width: pair.width, height: pair.height, ...(pair.mode ? { mode: pair.mode } : {}) },
				] as [string, Record<string, unknown>],
		);
		const seeds = model.seed
			? ([
					[`seed ${model.seed.min}`, { seed: model.seed.min }],
					[`seed ${model.seed.max}`, { seed: model.seed.max }],
				] as Array<[string, Record<string, unknown>]>)
			: [];
		const taken = [...sizes, ...seeds];
		if (taken.length)
			it.each(taken)('takes %s', (_what, set) => {
				const parameters = { ...page.valid, ...set };
				expect(sandboxProblem(page.model, parameters)).toBeUndefined();
				expect(checkParameters(model, parameters)).toBeUndefined();
			});
		// Each listed size with each mode the model lists: refused by the node exactly when by the sandbox.
		const modes = model.choices?.mode?.values ?? [];
		const pairsWithModes = (model.sizes.pairs ?? []).flatMap((pair) =>
			modes.map(
				(mode) =>
					[
						`${pair.width}×${pair.height} ${mode}`,
						{ width: pair.width, height: pair.height, mode },
					] as [string, Record<string, unknown>],
			),
		);
		if (pairsWithModes.length)
			it.each(pairsWithModes)(
				'%s: refused by the node exactly when by the sandbox',
				(_what, set) => {
					const parameters = { ...page.valid, ...set };
					const sandbox = sandboxProblem(page.model, parameters);
					expect(checkParameters(model, parameters) !== undefined).toBe(sandbox !== undefined);
				},
			);
		// Phoenix's seed has no maximum (its schemas give "minimum": 0 only): only its lower end is tried.
		const { seed } = model;
		const outside: Array<[string, number]> = seed
			? [
					[`seed ${seed.min - 1}`, seed.min - 1],
					...(seed.max < Number.MAX_SAFE_INTEGER
						? ([[`seed ${seed.max + 1}`, seed.max + 1]] as Array<[string, number]>)
						: []),
				]
			: [];
		if (outside.length)
			it.each(outside)('refuses %s, and so does the sandbox', (_what, value) => {
				const parameters = { ...page.valid, seed: value };
				expect(sandboxProblem(page.model, parameters)).toBeDefined();
				expect(checkParameters(model, parameters)).toBeDefined();
			});
	},
);
