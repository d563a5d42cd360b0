import type { IDataObject } from 'n8n-workflow';

import { prepare } from '../../../../nodes/LeonardoAi/actions/generation/createV2.operation';
import { parameterContext, refusalOf } from '../../fakeContext';
import '../../nodeLabels';

/**
 * Generation → Create (Newer Models) reads and checks its fields before any request: what it sends
 * for what the user set, and the message that names the field when a value is wrong. Request and
 * upload behaviour: test/workflow/generation/createV2.test.ts.
 */
const REFERENCE = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
const SECOND = '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f';
// Lucid Origin's page (https://docs.leonardo.ai/docs/lucid-origin): quantity 1–8, its styles,
// prompt_enhance ON/OFF.
const LUCID_ORIGIN = 'lucid-origin';
// GPT Image-1.5 (https://docs.leonardo.ai/docs/gpt-image-1-5): the v2 spec's image_reference item is
// { image, order } — no strength.
const GPT_IMAGE_15 = 'gpt-image-1.5';
const CINEMATIC = 'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436';

const parameters = (set: Record<string, unknown> = {}, options: IDataObject = {}) => ({
	resource: 'generation',
	operation: 'createV2',
	model: GPT_IMAGE_15,
	prompt: 'a red fox',
	numImages: 1,
	width: 1024,
	height: 1024,
	referenceBinaryPropertyNames: '',
	imageReferences: {},
	waitForCompletion: false,
	options,
	...set,
});
const prepared = async (set?: Record<string, unknown>, options?: IDataObject) =>
	await prepare.call(parameterContext(parameters(set, options)), 0);
const refusal = async (set?: Record<string, unknown>, options?: IDataObject) =>
	await refusalOf(prepared(set, options));

describe('Generation → Create (Newer Models): what is sent for what the user set', () => {
	it('sends the options under their v2 names', async () => {
		const { body, warnings } = await prepared(
			{ model: LUCID_ORIGIN, numImages: 2 },
			{
				seed: '42',
				promptEnhance: false,
				styleIds: ` ${CINEMATIC} ,`,
				public: false,
			},
		);
		expect(body).toStrictEqual({
			model: LUCID_ORIGIN,
			parameters: {
				prompt: 'a red fox',
				quantity: 2,
				width: 1024,
				height: 1024,
				seed: 42,
				prompt_enhance: 'OFF',
				style_ids: [CINEMATIC],
			},
			public: false,
		});
		expect(warnings).toEqual([]);
	});

	it('takes the style list from the picker as a list, and a blank entry sends no style_ids', async () => {
		const picked = await prepared({ model: LUCID_ORIGIN }, { styleIds: [CINEMATIC] });
		expect((picked.body.parameters as IDataObject).style_ids).toEqual([CINEMATIC]);
		const blank = await prepared({ model: LUCID_ORIGIN }, { styleIds: ' , ' });
		expect(blank.body.parameters).not.toHaveProperty('style_ids');
	});

	it('sends Prompt Enhance on as ON', async () => {
		const { body } = await prepared({ model: LUCID_ORIGIN }, { promptEnhance: true });
		expect((body.parameters as IDataObject).prompt_enhance).toBe('ON');
	});

	it('sends image references without strength, and says so, where the model takes none', async () => {
		const { body, warnings } = await prepared({
			imageReferences: {
				reference: [
					{ imageId: ` ${REFERENCE} `, imageType: 'GENERATED', strength: 'HIGH' },
					{ imageId: '  ' },
					{ imageId: SECOND },
				],
			},
		});
		expect((body.parameters as IDataObject).guidances).toStrictEqual({
			image_reference: [
				{ image: { id: REFERENCE, type: 'GENERATED' } },
				{ image: { id: SECOND, type: 'UPLOADED' } },
			],
		});
		expect(warnings).toEqual([
			"Strength was not sent: GPT Image-1.5's image references take none (https://docs.leonardo.ai/docs/gpt-image-1-5)",
		]);
	});

	it('says nothing of strength when it was left at its default', async () => {
		const { warnings } = await prepared({
			imageReferences: { reference: [{ imageId: REFERENCE }] },
		});
		expect(warnings).toEqual([]);
	});

	it('sends a model it does not know as given, with strength, and says it was not checked', async () => {
		const { body, warnings } = await prepared({
			model: 'brand-new-model',
			imageReferences: {
				reference: [{ imageId: REFERENCE, strength: 'LOW' }, { imageId: SECOND }],
			},
		});
		expect((body.parameters as IDataObject).guidances).toStrictEqual({
			image_reference: [
				{ image: { id: REFERENCE, type: 'UPLOADED' }, strength: 'LOW' },
				{ image: { id: SECOND, type: 'UPLOADED' }, strength: 'MID' },
			],
		});
		expect(warnings).toEqual([
			'"brand-new-model" is not in this node\'s model catalog: its parameters were sent unchecked',
		]);
	});
});

describe('Generation → Create (Newer Models): a wrong value is refused, naming its field', () => {
	it.each<[string, Record<string, unknown>, IDataObject, string]>([
		['an empty model', { model: '  ' }, {}, 'The model is empty'],
		[
			'a model that is not text',
			{ model: { id: 1 } },
			{},
			'"Model Name or ID" must be text, not an object',
		],
		[
			'no images',
			{ numImages: 0 },
			{},
			'"Number of Images" must be a whole number of at least 1, not 0',
		],
		[
			'half an image',
			{ numImages: 1.5 },
			{},
			'"Number of Images" must be a whole number of at least 1, not 1.5',
		],
		['a negative width', { width: -8 }, {}, '"Width" must be a whole number of at least 0, not -8'],
		[
			'a fractional height',
			{ height: 1000.5 },
			{},
			'"Height" must be a whole number of at least 0, not 1000.5',
		],
		[
			'a quality that is a list',
			{},
			{ quality: ['HIGH'] },
			'"Quality Name or ID" must be text, not a list',
		],
		['a fractional seed', {}, { seed: 4.5 }, '"Seed" must be a whole number, not 4.5'],
		[
			'a prompt enhance that is not on or off',
			{},
			{ promptEnhance: 'maybe' },
			'"Prompt Enhance" must be true or false, not "maybe"',
		],
		[
			'a style that is an object',
			{ model: LUCID_ORIGIN },
			{ styleIds: [{ id: CINEMATIC }] },
			'"Style Names or IDs" must be text, not an object',
		],
		[
			'a mode that is null',
			{ model: LUCID_ORIGIN },
			{ mode: null },
			'"Mode" must be text, not null',
		],
		[
			'public that is not on or off',
			{},
			{ public: 'yes' },
			'"Public" must be true or false, not "yes"',
		],
		[
			'binary field names that are a list',
			{ referenceBinaryPropertyNames: ['data'] },
			{},
			'"Reference Images From Binary" must be text, not a list',
		],
		[
			'a reference image ID that is not an ID',
			{ imageReferences: { reference: [{ imageId: 'photo.png' }] } },
			{},
			'"Image References → Image ID" is not a Leonardo ID: "photo.png"',
		],
		[
			'a reference image type that is not text',
			{ imageReferences: { reference: [{ imageId: REFERENCE, imageType: true }] } },
			{},
			'"Image References → Image Type" must be text, not true',
		],
		[
			'a reference strength that is not text',
			{ imageReferences: { reference: [{ imageId: REFERENCE, strength: { level: 'HIGH' } }] } },
			{},
			'"Image References → Strength" must be text, not an object',
		],
	])('%s', async (_case, set, options, message) => {
		expect((await refusal(set, options)).message).toBe(message);
	});

	it('says where to find a model when it is empty', async () => {
		expect((await refusal({ model: '' })).description).toBe(
			"Pick a model, or enter a model ID from Leonardo's model guide.",
		);
	});
});
