import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { getQualityValues } from '../../../nodes/LeonardoAi/methods/loadOptions';

const forModel = (model: string) =>
	({ getCurrentNodeParameter: () => model }) as unknown as ILoadOptionsFunctions;

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
});
