import type { IDataObject } from 'n8n-workflow';

import { readRemoveBgParameters } from '../../../../nodes/LeonardoAi/actions/image/removeBgParameters';
import { parameterContext, refusalOf } from '../../fakeContext';
import '../../nodeLabels';

/**
 * Image → Remove Background's options, checked against the shapes the sync spec's descriptions give
 * (https://docs.leonardo.ai/reference/createsyncgeneration, RemoveBgSyncGenerationRequest): the
 * values taken as they are sent, and those refused. Requests: test/workflow/image/removeBackground.test.ts.
 */
function read(options: IDataObject, format?: string) {
	const context = parameterContext({
		resource: 'image',
		operation: 'removeBackground',
		...(format === undefined ? {} : { format }),
		options,
	});
	return readRemoveBgParameters.call(context, 0, options);
}

describe('Remove Background: the option values sent as they are', () => {
	it.each([
		['cropMargin', '30px', 'crop_margin'],
		['cropMargin', '10%   20px', 'crop_margin'],
		['cropMargin', '1px 2px 3px 4.5%', 'crop_margin'],
		['roi', '0px 0px 400px 300px', 'roi'],
		['scale', 'original', 'scale'],
		['scale', '10%', 'scale'],
		['scale', '100%', 'scale'],
		['position', 'original', 'position'],
		['position', 'center', 'position'],
		['position', '0%', 'position'],
		['position', '50% 100%', 'position'],
		['backgroundColor', 'fff', 'bg_color'],
		['backgroundColor', '#FFFA', 'bg_color'],
		['backgroundColor', '81d4fa', 'bg_color'],
		['backgroundColor', '#81d4fa80', 'bg_color'],
		['backgroundColor', 'White', 'bg_color'],
	])('%s %j', (option, value, wire) => {
		const { parameters } = read({ [option]: value, crop: true });
		expect(parameters[wire]).toBe(value.replace(/\s+/g, ' '));
	});

	it('sends the format (png when the workflow has none) and leaves out an option left empty', () => {
		expect(read({ scale: '  ' }).parameters).toEqual({ format: 'png' });
		expect(read({}, ' webp ').parameters).toEqual({ format: 'webp' });
	});
});

describe('Remove Background: option values refused before any request', () => {
	it.each([
		['cropMargin', '30', 'Crop Margin'],
		['cropMargin', '1px 2px 3px', 'Crop Margin'],
		['cropMargin', '1px 2px 3px 4px 5px', 'Crop Margin'],
		['cropMargin', '10px 20', 'Crop Margin'],
		['roi', '0px 0px 400px 300', 'Region of Interest'],
		['scale', '9%', 'Scale'],
		['scale', '101%', 'Scale'],
		['scale', 'originally', 'Scale'],
		['position', '101%', 'Position'],
		['position', '50% 101%', 'Position'],
		['position', '10% 20% 30%', 'Position'],
		['position', '50px', 'Position'],
		['backgroundColor', '#ff', 'Background Color'],
		['backgroundColor', '#fffff', 'Background Color'],
		['backgroundColor', '#81d4fa8', 'Background Color'],
		['backgroundColor', 'light blue', 'Background Color'],
		['backgroundColor', 'blue1', 'Background Color'],
	])('%s %j', async (option, value, label) => {
		const refusal = await refusalOf(Promise.resolve().then(() => read({ [option]: value })));
		expect(refusal.message).toBe(`"${label}" is not valid: "${value}"`);
	});
});

describe('Remove Background: warnings for options Leonardo ignores', () => {
	it('Crop Margin without Crop to Subject', () => {
		expect(read({ cropMargin: '10px' }).warnings).toEqual([
			'Crop Margin only applies with Crop to Subject on (Leonardo ignores it otherwise).',
		]);
		expect(read({ cropMargin: '10px', crop: true }).warnings).toEqual([]);
	});

	it('Shadow Opacity without a Shadow Type, or with none', () => {
		const warning =
			'Shadow Opacity only applies with a Shadow Type (Leonardo ignores it otherwise).';
		expect(read({ shadowOpacity: 40 }).warnings).toEqual([warning]);
		expect(read({ shadowOpacity: 40, shadowType: 'none' }).warnings).toEqual([warning]);
		expect(read({ shadowOpacity: 40, shadowType: 'drop' }).warnings).toEqual([]);
	});
});
