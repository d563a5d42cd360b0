import type { INodeProperties } from 'n8n-workflow';

import { LeonardoAi } from '../../../nodes/LeonardoAi/LeonardoAi.node';
import {
	parameterLabel,
	parameterLabels,
	useLabelsOf,
} from '../../../nodes/LeonardoAi/helpers/labels';
import { parameterContext } from '../fakeContext';

/**
 * A parameter's label in messages is its display name in the node's description, for the item's
 * resource and operation (helpers/labels.ts).
 */
const at = (resource: string, operation: string) => parameterContext({ resource, operation });

const shownIn = (resource: string, operation: string) => ({
	show: { resource: [resource], operation: [operation] },
});

/** A small description: one name meaning different fields, an Options collection, a fixed collection. */
const PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Model Name or ID',
		name: 'model',
		type: 'string',
		default: '',
		displayOptions: shownIn('generation', 'createV2'),
	},
	{
		displayName: 'Model',
		name: 'model',
		type: 'string',
		default: '',
		displayOptions: shownIn('image', 'upscale'),
	},
	{
		displayName: 'Background Model',
		name: 'model',
		type: 'string',
		default: '',
		displayOptions: shownIn('image', 'removeBackground'),
	},
	{
		displayName: 'Video Model',
		name: 'model',
		type: 'string',
		default: '',
		displayOptions: shownIn('video', 'upscale'),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		default: {},
		displayOptions: shownIn('generation', 'createV2'),
		options: [
			{ displayName: 'Wait Timeout (Seconds)', name: 'waitTimeout', type: 'number', default: 300 },
			{
				displayName: 'Image Guidance (ControlNet)',
				name: 'imageGuidance',
				type: 'fixedCollection',
				default: {},
				options: [
					{
						displayName: 'Guidance',
						name: 'guidance',
						values: [{ displayName: 'Weight', name: 'weight', type: 'number', default: 1 }],
					},
				],
			},
		],
	},
	{
		displayName: 'Image References',
		name: 'imageReferences',
		type: 'fixedCollection',
		default: {},
		displayOptions: shownIn('generation', 'createV2'),
		options: [
			{
				displayName: 'Reference',
				name: 'reference',
				values: [{ displayName: 'Strength', name: 'strength', type: 'string', default: 'MID' }],
			},
		],
	},
	{
		displayName: 'Hidden Here',
		name: 'hiddenHere',
		type: 'string',
		default: '',
		displayOptions: { hide: { resource: ['video'], operation: ['upscale'] } },
	},
];

describe('parameterLabel (helpers/labels.ts)', () => {
	beforeEach(() => useLabelsOf(PROPERTIES));
	afterAll(() => useLabelsOf(new LeonardoAi().description.properties));

	it('names a field as the item’s resource and operation show it: one name, four fields', () => {
		expect(parameterLabel(at('generation', 'createV2'), 'model', 0)).toBe('Model Name or ID');
		expect(parameterLabel(at('image', 'upscale'), 'model', 0)).toBe('Model');
		expect(parameterLabel(at('image', 'removeBackground'), 'model', 0)).toBe('Background Model');
		expect(parameterLabel(at('video', 'upscale'), 'model', 0)).toBe('Video Model');
	});

	it('names a field inside Options by its own display name, as "Add option" lists it', () => {
		expect(parameterLabel(at('generation', 'createV2'), 'options.waitTimeout', 0)).toBe(
			'Wait Timeout (Seconds)',
		);
		expect(parameterLabel(at('generation', 'createV2'), 'options', 0)).toBe('Options');
	});

	it('names a field inside a fixed collection "Collection → Field", a row index or not', () => {
		const createV2 = at('generation', 'createV2');
		expect(parameterLabel(createV2, 'imageReferences.reference.strength', 0)).toBe(
			'Image References → Strength',
		);
		expect(parameterLabel(createV2, 'imageReferences.reference[1].strength', 0)).toBe(
			'Image References → Strength',
		);
		expect(parameterLabel(createV2, 'imageReferences.reference[12].strength', 0)).toBe(
			'Image References → Strength',
		);
		expect(parameterLabel(createV2, 'options.imageGuidance.guidance.weight', 0)).toBe(
			'Image Guidance (ControlNet) → Weight',
		);
	});

	it('takes a field without a resource or operation condition everywhere but where it is hidden', () => {
		expect(parameterLabel(at('generation', 'createV2'), 'hiddenHere', 0)).toBe('Hidden Here');
		expect(() => parameterLabel(at('image', 'upscale'), 'hiddenHere', 0)).toThrow(
			'The node reads a parameter "hiddenHere" that resource "image", operation "upscale" does not have',
		);
		expect(() => parameterLabel(at('video', 'create'), 'hiddenHere', 0)).toThrow(
			'The node reads a parameter "hiddenHere" that resource "video", operation "create" does not have',
		);
	});

	it('refuses a name the operation does not have: a programming error, said so', () => {
		let thrown: { message?: string; description?: string } | undefined;
		try {
			parameterLabel(at('image', 'upscale'), 'options.waitTimeout', 3);
		} catch (error) {
			thrown = error as typeof thrown;
		}
		expect(thrown).toMatchObject({
			message:
				'The node reads a parameter "options.waitTimeout" that resource "image", operation "upscale" does not have',
			description:
				'A programming error in the Leonardo AI node: the name in its code and in its description differ.',
			context: { itemIndex: 3 },
		});
	});

	it('refuses one name meaning two fields with different labels in one operation', () => {
		useLabelsOf([
			...PROPERTIES,
			{
				displayName: 'Model ID',
				name: 'model',
				type: 'string',
				default: '',
				displayOptions: shownIn('image', 'upscale'),
			},
		]);
		expect(() => parameterLabel(at('image', 'upscale'), 'model', 0)).toThrow(
			'Two fields "model" (Model, Model ID) in resource "image", operation "upscale": give them different names',
		);
		expect(parameterLabel(at('generation', 'createV2'), 'model', 0)).toBe('Model Name or ID');
	});

	it('takes one name given to fields of the same label in one operation (one field shown twice)', () => {
		useLabelsOf([
			...PROPERTIES,
			{
				displayName: 'Model',
				name: 'model',
				type: 'string',
				default: '',
				displayOptions: { show: { resource: ['image'] } },
			},
		]);
		expect(parameterLabel(at('image', 'upscale'), 'model', 0)).toBe('Model');
	});

	it('reads the description once per operation, however many labels are asked for', () => {
		let reads = 0;
		const prompt = {
			displayName: 'Prompt',
			name: 'prompt',
			type: 'string',
			default: '',
			get displayOptions() {
				reads += 1;
				return shownIn('generation', 'createV2');
			},
		} as INodeProperties;
		useLabelsOf([prompt]);
		const createV2 = at('generation', 'createV2');
		expect([0, 1, 2].map((item) => parameterLabel(createV2, 'prompt', item))).toEqual([
			'Prompt',
			'Prompt',
			'Prompt',
		]);
		expect(reads).toBe(1);
		expect(() => parameterLabel(at('image', 'upscale'), 'prompt', 0)).toThrow(
			'The node reads a parameter "prompt" that resource "image", operation "upscale" does not have',
		);
		expect(reads).toBe(2);
		// Handed over again: read again.
		useLabelsOf([prompt]);
		expect(parameterLabel(createV2, 'prompt', 0)).toBe('Prompt');
		expect(reads).toBe(3);
	});

	it('says where the labels come from when the node has not handed its properties over', () => {
		useLabelsOf([]);
		expect(() => parameterLabel(at('image', 'upscale'), 'model', 0)).toThrow(
			'No properties to read labels from: LeonardoAi.node.ts hands them over (useLabelsOf)',
		);
	});

	it('maps wire names to their fields’ labels', () => {
		expect(
			parameterLabels(
				at('generation', 'createV2'),
				{ quantity: 'model', strength: 'imageReferences.reference.strength' },
				0,
			),
		).toEqual({ quantity: 'Model Name or ID', strength: 'Image References → Strength' });
	});
});

describe('the node’s own description (LeonardoAi.node.ts hands it over when it loads)', () => {
	const { properties } = new LeonardoAi().description;
	const operations = properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource as string[]).flatMap((resource) =>
				(property.options as Array<{ value: string }>).map(({ value }) => [resource, value]),
			),
		);

	it('gives every field of every operation one label', () => {
		expect(operations.length).toBeGreaterThan(40);
		for (const [resource, operation] of operations)
			expect(parameterLabel(at(resource, operation), 'operation', 0)).toBe('Operation');
	});

	it('names the fields the editor shows, e.g. the two Generation IDs and Options → Max Credits', () => {
		expect(parameterLabel(at('generation', 'get'), 'generationId', 0)).toBe('Generation ID');
		expect(parameterLabel(at('video', 'upscale'), 'generationId', 0)).toBe('Video Generation ID');
		expect(parameterLabel(at('video', 'create'), 'options.maxCredits', 0)).toBe(
			'Max Credits (per Execution)',
		);
		expect(
			parameterLabel(at('video', 'create'), 'options.imageReferences.reference.imageId', 0),
		).toBe('Image References → Image ID');
	});
});
