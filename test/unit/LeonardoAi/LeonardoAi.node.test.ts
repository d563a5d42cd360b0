import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { LeonardoAi } from '../../../nodes/LeonardoAi/LeonardoAi.node';

// The node's public interface (/work/shared/design.md "Public interface", docs/ and README): saved
// workflows store the node type, the resource and operation values and the credential name, so each
// value here is written out by hand — a change to any of them must be a decision, not an accident.

// Built inside each test, never at load: under mutation testing a mutant is switched on only while
// tests run, so a node built when the file loads would never show it.
const description = () => new LeonardoAi().description;

/** The operation picker shown for one resource, as [name, value] pairs in the editor's order, and its default. */
function operationsOf(resource: string) {
	const pickers = description().properties.filter(
		(property) =>
			property.name === 'operation' &&
			(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
	);
	expect(pickers).toHaveLength(1);
	const [picker] = pickers;
	return {
		options: (picker.options as INodePropertyOptions[]).map(({ name, value }) => [name, value]),
		default: picker.default,
		noDataExpression: picker.noDataExpression,
	};
}

/** Every loadOptionsMethod / searchListMethod a parameter of the description names, at any depth. */
function methodsNamed(properties: unknown[]): { loadOptions: string[]; listSearch: string[] } {
	const found = { loadOptions: new Set<string>(), listSearch: new Set<string>() };
	const visit = (value: unknown) => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const record = value as Record<string, unknown>;
		if (typeof record.loadOptionsMethod === 'string')
			found.loadOptions.add(record.loadOptionsMethod);
		if (typeof record.searchListMethod === 'string') found.listSearch.add(record.searchListMethod);
		Object.values(record).forEach(visit);
	};
	visit(properties);
	return { loadOptions: [...found.loadOptions].sort(), listSearch: [...found.listSearch].sort() };
}

describe('the Leonardo AI node as n8n and saved workflows know it', () => {
	it('type, names, icon, group, version, subtitle, description and defaults', () => {
		const { displayName, name, icon, group, version, subtitle, defaults, ...rest } = description();
		expect({ displayName, name, icon, group, version, subtitle, defaults }).toEqual({
			displayName: 'Leonardo AI',
			name: 'leonardoAi',
			icon: { light: 'file:leonardoAi.svg', dark: 'file:leonardoAi.dark.svg' },
			group: ['transform'],
			version: 1,
			subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
			defaults: { name: 'Leonardo AI' },
		});
		expect(rest.description).toBe(
			'Generate images and videos with Leonardo.ai, from a prompt or from an image in your workflow',
		);
	});

	it('one main input, one main output, usable as an AI agent’s tool', () => {
		const { inputs, outputs, usableAsTool } = description();
		expect({ inputs, outputs, usableAsTool }).toEqual({
			inputs: ['main'],
			outputs: ['main'],
			usableAsTool: true,
		});
	});

	it('needs the "Leonardo AI API" credential, leonardoAiApi', () => {
		expect(description().credentials).toEqual([{ name: 'leonardoAiApi', required: true }]);
	});

	it('the Resource picker: 17 resources by name, Generation first chosen, no expression', () => {
		const { properties } = description();
		const resource = properties.find((property) => property.name === 'resource');
		expect(resource).toEqual<INodeProperties>({
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: '3D', value: 'model3d' },
				{ name: '3D Asset', value: 'asset3d' },
				{ name: 'Audio', value: 'audio' },
				{ name: 'Blueprint', value: 'blueprint' },
				{ name: 'Cost', value: 'cost' },
				{ name: 'Dataset', value: 'dataset' },
				{ name: 'Element', value: 'element' },
				{ name: 'Generation', value: 'generation' },
				{ name: 'Image', value: 'image' },
				{ name: 'Init Image', value: 'initImage' },
				{ name: 'Media', value: 'media' },
				{ name: 'Model', value: 'model' },
				{ name: 'Prompt', value: 'prompt' },
				{ name: 'Realtime (LCM)', value: 'realtime' },
				{ name: 'User', value: 'user' },
				{ name: 'Variation', value: 'variation' },
				{ name: 'Video', value: 'video' },
			],
			default: 'generation',
		});
		// The first property: the editor shows Resource, then Operation.
		expect(properties[0]).toBe(resource);
	});

	it.each([
		[
			'initImage',
			[
				['Delete', 'delete'],
				['Get', 'get'],
				['Upload', 'upload'],
				// Inpainting's image and mask (beyond design.md's table, which lists upload, get, delete).
				['Upload Canvas Images', 'uploadCanvas'],
			],
			'upload',
		],
		[
			'dataset',
			[
				['Create', 'create'],
				['Delete', 'delete'],
				['Get', 'get'],
				['Upload Generated Image', 'uploadGeneratedImage'],
				['Upload Image', 'uploadImage'],
			],
			'create',
		],
		[
			'generation',
			[
				['Create', 'create'],
				['Create (Newer Models)', 'createV2'],
				['Create From Image', 'createFromImage'],
				['Delete', 'delete'],
				['Get', 'get'],
				['Get Many', 'getMany'],
			],
			'create',
		],
		[
			'variation',
			[
				['Remove Background', 'removeBackground'],
				['Universal Upscale', 'universalUpscale'],
				['Unzoom', 'unzoom'],
				['Upscale', 'upscale'],
			],
			'upscale',
		],
		[
			'model',
			[
				['Delete', 'delete'],
				['Get', 'get'],
				['Get Many', 'getMany'],
				['Train', 'train'],
			],
			'getMany',
		],
		['user', [['Get Me', 'getMe']], 'getMe'],
		[
			'video',
			[
				['Create', 'create'],
				['Create From Image', 'createFromImage'],
				['Create From Video', 'createFromVideo'],
				['Get', 'get'],
				['Get Variation', 'getVariation'],
				['Upscale', 'upscale'],
			],
			'createFromImage',
		],
		[
			'element',
			[
				['Delete', 'delete'],
				['Get', 'get'],
				['Get Many', 'getMany'],
				['Train', 'train'],
			],
			'train',
		],
		['cost', [['Estimate', 'estimate']], 'estimate'],
		[
			'prompt',
			[
				['Improve', 'improve'],
				['Random', 'random'],
			],
			'improve',
		],
		[
			'media',
			[
				['Delete', 'delete'],
				['Get', 'get'],
				['Upload', 'upload'],
			],
			'upload',
		],
		[
			'image',
			[
				['Remove Background', 'removeBackground'],
				['Upscale', 'upscale'],
			],
			'removeBackground',
		],
		['audio', [['Create', 'create']], 'create'],
		['model3d', [['Create', 'create']], 'create'],
		[
			'blueprint',
			[
				['Execute', 'execute'],
				['Get', 'get'],
				['Get Execution', 'getExecution'],
				['Get Generations', 'getGenerations'],
				['Get Versions', 'getVersions'],
			],
			'execute',
		],
	])(
		'%s: its operations by name and value (design.md), and the first chosen',
		(resource, options, first) => {
			expect(operationsOf(resource)).toEqual({ options, default: first, noDataExpression: true });
		},
	);

	it("the editor's lists: the Model picker's search and the Options lists, each one a parameter names", () => {
		const node = new LeonardoAi();
		expect(Object.keys(node.methods.listSearch).sort()).toEqual(['searchModels']);
		expect(Object.keys(node.methods.loadOptions).sort()).toEqual([
			'getBlueprintVersions',
			'getElements',
			'getQualityValues',
			'getStyleValues',
		]);
		for (const method of Object.values({ ...node.methods.listSearch, ...node.methods.loadOptions }))
			expect(typeof method).toBe('function');
		// A parameter that names a missing method shows the user an error instead of a list.
		expect(methodsNamed(node.description.properties)).toEqual({
			listSearch: ['searchModels'],
			loadOptions: ['getBlueprintVersions', 'getElements', 'getQualityValues', 'getStyleValues'],
		});
	});
});
