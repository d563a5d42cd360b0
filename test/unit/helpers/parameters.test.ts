import type { IExecuteFunctions } from 'n8n-workflow';

import {
	checkBoolean,
	checkJsonObject,
	checkNumber,
	checkText,
	readDownloadSwitch,
	readOptionValues,
	readOptionalId,
	readText,
} from '../../../nodes/LeonardoAi/helpers/parameters';
import { nodeOnlyContext, parameterContext, testNode } from '../fakeContext';
import '../nodeLabels';

/** The refusal a check throws, as the user sees it: its message and description. */
function refusal(check: () => unknown) {
	try {
		check();
	} catch (error) {
		const { message, description } = error as { message: string; description?: string };
		return { message, description };
	}
	throw new Error('nothing was refused');
}

// Number of Images in Generation → Create: a whole number from 1 to 8.
const numberOfImages = (value: unknown) =>
	checkNumber(nodeOnlyContext, 'Number of Images', value, { min: 1, max: 8, integer: true }, 0);

describe('checkNumber (helpers/parameters.ts)', () => {
	it('says "not nothing" when an expression returns nothing, and what to enter instead', () => {
		expect(refusal(() => numberOfImages(undefined))).toEqual({
			message: '"Number of Images" must be a whole number from 1 to 8, not nothing',
			description:
				'Enter a whole number from 1 to 8, or check the expression that sets "Number of Images".',
		});
	});

	it('quotes text of up to 60 characters whole, and cuts longer text after 60 with "…"', () => {
		const sixty = `${'a'.repeat(59)}b`;
		expect(refusal(() => numberOfImages(sixty)).message).toBe(
			`"Number of Images" must be a whole number from 1 to 8, not "${'a'.repeat(59)}b"`,
		);
		expect(refusal(() => numberOfImages(`${sixty}Z`)).message).toBe(
			`"Number of Images" must be a whole number from 1 to 8, not "${'a'.repeat(59)}b…"`,
		);
	});

	it.each(['', '   '])('refuses empty or blank text (%p) instead of reading it as 0', (value) => {
		expect(
			refusal(() => checkNumber(nodeOnlyContext, 'Width', value, { min: 0, integer: true }, 0))
				.message,
		).toBe(`"Width" must be a whole number of at least 0, not "${value}"`);
	});

	it('asks for "a number" alone when the rule has no minimum', () => {
		expect(refusal(() => checkNumber(nodeOnlyContext, 'Width', 'wide', {}, 0))).toEqual({
			message: '"Width" must be a number, not "wide"',
			description: 'Enter a number, or check the expression that sets "Width".',
		});
		expect(
			refusal(() => checkNumber(nodeOnlyContext, 'Strength', 'strong', { max: 2 }, 0)).message,
		).toBe('"Strength" must be a number, not "strong"');
	});

	it('accepts the maximum itself and refuses one more', () => {
		expect(numberOfImages(8)).toBe(8);
		expect(numberOfImages('8')).toBe(8);
		expect(refusal(() => numberOfImages(9))).toEqual({
			message: '"Number of Images" must be a whole number from 1 to 8, not 9',
			description: 'Enter a whole number from 1 to 8.',
		});
	});
});

describe('checkText (helpers/parameters.ts)', () => {
	it('reads nothing from an expression as empty text', () => {
		expect(checkText(nodeOnlyContext, 'Prompt', undefined, 0)).toBe('');
	});

	it.each([
		[Number.NaN, 'NaN'],
		[Number.POSITIVE_INFINITY, 'Infinity'],
	])('refuses %p, which is no text to send', (value, shown) => {
		expect(refusal(() => checkText(nodeOnlyContext, 'Prompt', value, 0))).toEqual({
			message: `"Prompt" must be text, not ${shown}`,
			description: `The expression in "Prompt" returned ${shown}. Pick the text field inside it, e.g. {{ $json.text }}.`,
		});
	});

	it('for an object or a list says to pick the text field inside it; for null, that the field is missing', () => {
		expect(refusal(() => checkText(nodeOnlyContext, 'Prompt', { text: 'a fox' }, 0))).toEqual({
			message: '"Prompt" must be text, not an object',
			description:
				'The expression in "Prompt" returned an object. Pick the text field inside it, e.g. {{ $json.text }}.',
		});
		expect(refusal(() => checkText(nodeOnlyContext, 'Prompt', ['a fox'], 0))).toEqual({
			message: '"Prompt" must be text, not a list',
			description:
				'The expression in "Prompt" returned a list. Pick the text field inside it, e.g. {{ $json.text }}.',
		});
		expect(refusal(() => checkText(nodeOnlyContext, 'Prompt', null, 0))).toEqual({
			message: '"Prompt" must be text, not null',
			description:
				'The expression in "Prompt" returned null: the field it reads is probably missing from the input item.',
		});
	});
});

describe('checkBoolean (helpers/parameters.ts)', () => {
	it('takes the text "true" and "false" from an expression as on and off', () => {
		expect(checkBoolean(nodeOnlyContext, 'Download Images', 'false', 0)).toBe(false);
		expect(checkBoolean(nodeOnlyContext, 'Download Images', 'true', 0)).toBe(true);
	});

	it('refuses anything else, saying to turn the switch on or off', () => {
		expect(refusal(() => checkBoolean(nodeOnlyContext, 'Download Images', 'yes', 0))).toEqual({
			message: '"Download Images" must be true or false, not "yes"',
			description: 'Turn "Download Images" on or off, or make its expression return true or false.',
		});
	});
});

describe('checkJsonObject (helpers/parameters.ts)', () => {
	it.each([undefined, null, ''])('reads %p as no fields', (value) => {
		expect(checkJsonObject(nodeOnlyContext, 'Additional Body Fields (JSON)', value, 0)).toEqual({});
	});

	it.each([
		'5',
		'"tiling"',
		'true',
		'null',
		'[{"tiling": true}]',
		7,
		'{tiling: true}',
		'{"tiling": tru',
	])('refuses JSON that is not an object (%p), showing how one looks', (value) => {
		expect(
			refusal(() => checkJsonObject(nodeOnlyContext, 'Additional Body Fields (JSON)', value, 0)),
		).toEqual({
			message: '"Additional Body Fields (JSON)" is not a JSON object',
			description: 'Write an object with Leonardo\'s field names, e.g. {"tiling": true}.',
		});
	});
});

// Generation → Create and Generation → Get, as a saved workflow holds them.
const createParameters = { resource: 'generation', operation: 'create' };
const ID_HINT = 'Use json.id of "Init Image → Upload".';

describe('readText (helpers/parameters.ts)', () => {
	it('reads a text parameter the workflow does not hold as empty text', () => {
		expect(readText.call(parameterContext(createParameters), 'sizeMode', 0)).toBe('');
	});
});

describe('readOptionalId (helpers/parameters.ts)', () => {
	it.each([
		['not set', {}],
		['empty', { initImageId: '' }],
		['blank', { initImageId: '  \t ' }],
	])('takes an Init Image ID that is %s as not given', (_, parameters) => {
		const context = parameterContext({ ...createParameters, ...parameters });
		expect(readOptionalId.call(context, 'initImageId', 0, ID_HINT)).toBeUndefined();
	});

	it('takes an Init Image ID whose expression returns nothing as not given', () => {
		const saved = parameterContext(createParameters);
		const context = {
			...saved,
			getNodeParameter: (name: string, itemIndex: number, ...rest: unknown[]) =>
				name === 'initImageId'
					? undefined
					: (saved.getNodeParameter as (...args: unknown[]) => unknown)(name, itemIndex, ...rest),
		} as unknown as IExecuteFunctions;
		expect(readOptionalId.call(context, 'initImageId', 0, ID_HINT)).toBeUndefined();
	});
});

describe('readDownloadSwitch (helpers/parameters.ts)', () => {
	const getParameters = (downloadImages: boolean) => ({
		resource: 'generation',
		operation: 'get',
		downloadImages,
	});

	it('follows the Download Images switch in a workflow', () => {
		expect(
			readDownloadSwitch.call(parameterContext(getParameters(false)), 'downloadImages', 0),
		).toBe(false);
		expect(
			readDownloadSwitch.call(parameterContext(getParameters(true)), 'downloadImages', 0),
		).toBe(true);
	});

	it("is off when the node runs as an agent's tool, even with Download Images on", () => {
		const saved = parameterContext(getParameters(true));
		const tool = {
			...saved,
			getNode: () => ({
				...testNode(getParameters(true)),
				type: 'n8n-nodes-leonardo-ai.leonardoAiTool',
			}),
		} as unknown as IExecuteFunctions;
		expect(readDownloadSwitch.call(tool, 'downloadImages', 0)).toBe(false);
	});
});

describe('readOptionValues (helpers/parameters.ts)', () => {
	it.each([
		['text', 'waitTimeout=60'],
		['a list', [{ waitTimeout: 60 }]],
	])('reads Options that an expression made %s as no options', (_, options) => {
		expect(readOptionValues.call(parameterContext({ ...createParameters, options }), 0)).toEqual(
			{},
		);
	});
});
