import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { IMAGE_MODELS, findModel } from '../../../nodes/LeonardoAi/catalog';
import { getStyleValues } from '../../../nodes/LeonardoAi/methods/loadOptions';
import { STYLE_PAGES } from '../../fixtures/styleNames';

/**
 * The style names the editor shows (Options → Style Names or IDs, `getStyleValues`) against the
 * "List of Style IDs" tables of the guide pages. test/fixtures/styleNames.js was written from the
 * pages row by row, not from the catalog: a renamed, swapped or mistyped style name fails here.
 */

interface StylePage {
	models: string[];
	docs: string;
	updated: string;
	styles: Array<{ name: string; id: string }>;
}

const pages = STYLE_PAGES as StylePage[];

const PHOENIX = 'https://docs.leonardo.ai/docs/phoenix';
const PAGE_PORTRAIT = '8e2bc543-6ee2-45f9-bcd9-594b6ce84dcd';
const portraitNotInSpec =
	"the page's Portrait UUID is not in the spec's style_ids enum (the server refuses it); the catalog offers the spec's ab5a4220-7c42-41e5-a578-eddb9fed3d75, named Portrait on every other page, instead";

/**
 * Where the catalog knowingly departs from a page (each one commented in catalog/styles.ts), named
 * here so the list cannot grow unseen. `capitals`: the catalog spells the name with other capitals
 * than this page (compared case-insensitively); `not in catalog`: the catalog does not offer the UUID.
 */
const KNOWN_DIFFERENCES: Array<{
	docs: string;
	id: string;
	kind: 'capitals' | 'not in catalog';
	why: string;
}> = [
	{
		docs: PHOENIX,
		id: '7c3f932b-a572-47cb-9b9b-f20211e63b5b',
		kind: 'capitals',
		why: 'the Phoenix page writes "Pro color photography"; one UUID has one name in the catalog, and the FLUX.1 Kontext, Nano Banana and GPT Image 2.5 pages write "Pro Color Photography"',
	},
	{
		docs: PHOENIX,
		id: '581ba6d6-5aac-4492-bebe-54c424a0d46e',
		kind: 'capitals',
		why: 'the Phoenix page writes "Pro film photography"; the FLUX.1 Kontext, Nano Banana and GPT Image 2.5 pages write "Pro Film Photography"',
	},
	{
		docs: 'https://docs.leonardo.ai/docs/nano-banana',
		id: PAGE_PORTRAIT,
		kind: 'not in catalog',
		why: portraitNotInSpec,
	},
	{
		docs: 'https://docs.leonardo.ai/docs/nano-banana-pro',
		id: PAGE_PORTRAIT,
		kind: 'not in catalog',
		why: portraitNotInSpec,
	},
	{
		docs: 'https://docs.leonardo.ai/docs/nano-banana-2',
		id: PAGE_PORTRAIT,
		kind: 'not in catalog',
		why: portraitNotInSpec,
	},
];

const differenceOf = (page: StylePage, id: string) =>
	KNOWN_DIFFERENCES.find((known) => known.docs === page.docs && known.id === id);

const forModel = (model: string) =>
	({ getCurrentNodeParameter: () => model }) as unknown as ILoadOptionsFunctions;

/** What the editor's picker shows for a model: UUID → name. */
async function shownStyles(model: string): Promise<Map<string, string>> {
	const options = await getStyleValues.call(forModel(model));
	return new Map(options.map((option) => [String(option.value), option.name]));
}

describe.each(pages.map((page) => [page.docs, page] as const))('%s', (_docs, page) => {
	describe.each(page.models)('%s', (model) => {
		it('is in the catalog, citing this page', () => {
			expect(findModel(model)?.docs).toBe(page.docs);
		});

		it('offers every UUID the page lists, bar the known differences', async () => {
			const shown = await shownStyles(model);
			const missing = page.styles.filter(({ id }) => !shown.has(id)).map(({ id }) => id);
			const expected = page.styles
				.filter(({ id }) => differenceOf(page, id)?.kind === 'not in catalog')
				.map(({ id }) => id);
			expect(missing).toEqual(expected);
		});

		it("shows each of those UUIDs under the page's name", async () => {
			const shown = await shownStyles(model);
			// case folded only where a known difference says the catalog recapitalised
			const fold = (id: string, name: string | undefined) =>
				differenceOf(page, id)?.kind === 'capitals' ? name?.toLowerCase() : name;
			const offered = page.styles.filter(({ id }) => shown.has(id));
			expect(offered.map(({ id }) => [id, fold(id, shown.get(id))])).toEqual(
				offered.map(({ id, name }) => [id, fold(id, name)]),
			);
		});
	});
});

describe('the known differences', () => {
	it.each(KNOWN_DIFFERENCES.map((known) => [`${known.docs} ${known.id}`, known] as const))(
		'still hold (else remove them): %s',
		async (_key, known) => {
			const page = pages.find((candidate) => candidate.docs === known.docs);
			const row = page?.styles.find(({ id }) => id === known.id);
			expect(row).toBeDefined();
			for (const model of page!.models) {
				const shown = await shownStyles(model);
				if (known.kind === 'not in catalog') {
					expect(shown.has(known.id)).toBe(false);
				} else {
					expect(shown.get(known.id)).not.toBe(row!.name);
					expect(shown.get(known.id)?.toLowerCase()).toBe(row!.name.toLowerCase());
				}
			}
		},
	);
});

describe('every image model, including those whose page has no style table', () => {
	// FLUX.2 Pro, GPT Image-1.5 and GPT Image 2 take styles their pages do not list, and some models
	// take UUIDs their page leaves out (None on Ideogram 3.0 and Seedream, Portrait on Nano Banana 2
	// Lite): each such name must still be one a page gives that UUID.
	const pageNames = new Map<string, Set<string>>();
	for (const page of pages) {
		for (const { id, name } of page.styles) {
			pageNames.set(id, (pageNames.get(id) ?? new Set()).add(name));
		}
	}
	const withStyles = IMAGE_MODELS.filter((model) => model.styles?.length);

	it.each(withStyles.map((model) => [model.id] as const))(
		'%s: each style is shown under a name a page gives its UUID',
		async (model) => {
			const shown = await shownStyles(model);
			const unnamed = [...shown].filter(([id, name]) => !pageNames.get(id)?.has(name));
			expect(unnamed).toEqual([]);
		},
	);
});
