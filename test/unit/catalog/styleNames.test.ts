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

/**
 * UUIDs in the spec's style_ids enums (https://docs.leonardo.ai/reference/creategeneration,
 * 2026-09-01) of the legacy SDXL models, which have no guide page, that no page names: the editor
 * can only show the UUID. Read off the spec here, not the catalog; named so the list cannot grow unseen.
 */
const NAMED_ON_NO_PAGE: Record<string, string> = {
	'd574325d-1278-43fc-9159-e8ff2154e9f7': 'kino-xl',
	'b220bdb6-1378-43fc-9159-e8ff2154e9f7': 'kino-xl, lifelike-vision',
	'32b653d2-8819-4363-bc82-a6466dfcb825': 'anime-xl',
	'5f611024-668e-41cc-b538-4569a7985cad': 'anime-xl',
	'df2def02-1104-46c8-a857-39292fcd9091': 'anime-xl',
	'aab2fcb9-3600-4039-9c25-a2a26515df5f': 'anime-xl',
	'1824f984-dc0b-4f72-aa32-0442091d488c': 'anime-xl',
	'16818741-bdbb-474f-a7a8-1e33d706658e': 'anime-xl',
	'bf0b8b5f-735f-4141-a365-8d8aa78fd147': 'anime-xl',
	'ca934804-ef39-4e1b-af37-608021452444': 'anime-xl',
	'e89ca6f0-7653-4db6-8a24-ded9d1267d84': 'anime-xl',
	'5d256598-5671-424c-8152-27943f1000f1': 'anime-xl, concept-art',
	'726585f5-d231-4a3a-bee9-9a5e5d3df779': 'anime-xl, concept-art',
	'd4fb14b9-972b-4215-b461-616a51b6eeb8': 'portrait-perfect',
	'c9b08088-f497-4e30-b258-6d535d928cc5': 'portrait-perfect',
	'0717967c-1a32-4c67-bc56-b020e97b1b81': 'portrait-perfect',
	'39a14739-5d21-420b-a4ef-e8a80978185a': 'portrait-perfect',
	'3e645868-7d35-4b8c-974c-10bd8c2de972': 'portrait-perfect',
	'6e13a467-7dde-415a-8020-0ce2b27bc4e8': 'illustrative-albedo, concept-art',
	'e4d8224a-d804-4b00-b383-b1f3213b9faf': 'illustrative-albedo, concept-art',
	'5e931eed-1ab9-48a0-aad0-ea5c7d13d472': 'illustrative-albedo, concept-art',
	'fed4e15f-84b3-4f6e-9b20-9d3a3798eab8': 'illustrative-albedo, concept-art',
	'785d778b-cdd3-4cf5-8ec1-d6e995254077': 'graphic-design',
	'ee13fe69-c387-4728-b274-de390a067200': 'graphic-design',
};

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
			// a UUID no page names is shown as itself
			const unnamed = [...shown].filter(
				([id, name]) => !pageNames.get(id)?.has(name) && !(NAMED_ON_NO_PAGE[id] && name === id),
			);
			expect(unnamed).toEqual([]);
		},
	);

	it('the UUIDs no page names are still named by none (else name them)', () => {
		expect(Object.keys(NAMED_ON_NO_PAGE).filter((id) => pageNames.has(id))).toEqual([]);
	});
});
