import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { getQualityValues, getStyleValues } from '../../../nodes/LeonardoAi/methods/loadOptions';

/** The editor's context with the node's Model parameter set (and no other parameter). */
const forModel = (model: string | undefined) =>
	({
		getCurrentNodeParameter: (name: string) => (name === 'model' ? model : undefined),
	}) as unknown as ILoadOptionsFunctions;

describe('Options → Quality lists the chosen model’s own values', () => {
	it('Ideogram 3.0: Turbo, Balanced, Quality (Deprecations & Changes, 2026-04-20)', async () => {
		const options = await getQualityValues.call(forModel('ideogram-v3.0'));
		expect(options.map(({ name, value }) => [name, value])).toEqual([
			['Turbo', 'TURBO'],
			['Balanced', 'BALANCED'],
			['Quality', 'QUALITY'],
		]);
	});

	it('GPT Image 2.5 Flare: up to Xhigh and Max (https://docs.leonardo.ai/docs/gpt-image-25-flare)', async () => {
		const values = (await getQualityValues.call(forModel('openai/gpt-image-2.5-flare'))).map(
			(option) => option.value,
		);
		expect(values).toEqual(['LOW', 'MEDIUM', 'HIGH', 'XHIGH', 'MAX']);
	});

	it('a model set by expression: every value an image model takes', async () => {
		const values = (await getQualityValues.call(forModel('acme/new-model'))).map(
			(option) => option.value,
		);
		expect(values).toEqual(expect.arrayContaining(['TURBO', 'BALANCED', 'LOW', 'MEDIUM', 'HIGH']));
	});

	it('Ideogram 4.5: words in Title Case, the default marked (https://docs.leonardo.ai/docs/ideogram-45)', async () => {
		expect(await getQualityValues.call(forModel('ideogram/ideogram-4.5'))).toEqual([
			{ name: 'Very Low', value: 'VERY_LOW', description: undefined },
			{ name: 'Low', value: 'LOW', description: undefined },
			{ name: 'Medium', value: 'MEDIUM', description: "The model's default" },
			{ name: 'High', value: 'HIGH', description: undefined },
		]);
	});

	it('Ideogram 3.0 states no default: none is marked', async () => {
		const options = await getQualityValues.call(forModel('ideogram-v3.0'));
		expect(options.map((option) => option.description)).toEqual([undefined, undefined, undefined]);
	});

	it('a model without a quality setting (Lucid Origin has Mode; FLUX Dev has neither) lists none', async () => {
		expect(await getQualityValues.call(forModel('lucid-origin'))).toEqual([]);
		expect(await getQualityValues.call(forModel('flux-dev'))).toEqual([]);
	});

	it('no model, or one not in the catalog: each image model’s value once, none marked as a default, no video value', async () => {
		for (const model of [undefined, '', 'acme/new-model']) {
			const options = await getQualityValues.call(forModel(model));
			// GPT Image: LOW…HIGH, then XHIGH and MAX (2.5); Ideogram 3.0/4.0: TURBO, BALANCED,
			// QUALITY; Ideogram 4.5: VERY_LOW; Krea 2: MEDIUM, HIGH. Not Hailuo's STANDARD (a video model).
			expect(options.map((option) => option.value).sort()).toEqual([
				'BALANCED',
				'HIGH',
				'LOW',
				'MAX',
				'MEDIUM',
				'QUALITY',
				'TURBO',
				'VERY_LOW',
				'XHIGH',
			]);
			expect(options.filter((option) => option.description !== undefined)).toEqual([]);
		}
	});
});

describe('Options → Style Names or IDs lists the chosen model’s own styles', () => {
	it('Lucid Origin: the 8 of its page (https://docs.leonardo.ai/docs/lucid-origin), by name', async () => {
		const options = await getStyleValues.call(forModel('lucid-origin'));
		expect(options.map(({ name, value }) => [name, value])).toEqual([
			['Cinematic', 'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436'],
			['Creative', '6fedbf1f-4a17-45ec-84fb-92fe524a29ef'],
			['Dynamic', '111dc692-d470-4eec-b791-3475abac4c46'],
			['Fashion', '594c4a08-a522-4e0e-b7ff-e4dac4b6b622'],
			['None', '556c1ee5-ec38-42e8-955a-1e82dad0ffa1'],
			['Portrait', 'ab5a4220-7c42-41e5-a578-eddb9fed3d75'],
			['Stock Photo', '5bdc3f2a-1be6-4d1c-8e77-992a30824a2c'],
			['Vibrant', 'dee282d3-891f-4f73-ba02-7f8131e5541b'],
		]);
	});

	it("Nano Banana: Portrait is the spec's UUID, not the page's 8e2bc543-… (which the server refuses)", async () => {
		const options = await getStyleValues.call(forModel('gemini-2.5-flash-image'));
		expect(options).toHaveLength(19);
		expect(options.find((option) => option.name === 'Portrait')?.value).toBe(
			'ab5a4220-7c42-41e5-a578-eddb9fed3d75',
		);
		expect(options.map((option) => option.value)).not.toContain(
			'8e2bc543-6ee2-45f9-bcd9-594b6ce84dcd',
		);
	});

	it('a model without styles lists none; a model set by expression lists every image style', async () => {
		expect(await getStyleValues.call(forModel('krea-2-turbo'))).toEqual([]);
		const values = (await getStyleValues.call(forModel('={{ $json.model }}'))).map(
			(option) => option.value,
		);
		// Bokeh (Lucid Realism, Phoenix) and Anime General (FLUX Dev) are on different pages.
		expect(values).toEqual(
			expect.arrayContaining([
				'9fdc5e8c-4d13-49b4-9ce6-5a74cbb19177',
				'b2a54a51-230b-4d4f-ad4e-8409bf58645f',
			]),
		);
		expect(new Set(values).size).toBe(values.length);
	});
});
