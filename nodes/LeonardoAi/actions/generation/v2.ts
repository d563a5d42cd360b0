import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import { checkText } from '../../helpers/parameters';
import {
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
} from '../shared/common.descriptions';
import { readImageIdRows } from '../shared/imageReferences';
import { hiddenFor } from '../../catalog';
import { resultOptions } from './options';

/** What only Create (Newer Models) has: its Options, and its image references read into the v2 shape. */

export const v2Options: INodeProperties = {
	...resultOptions,
	options: [
		{
			displayName: 'Additional Parameters (JSON)',
			name: 'additionalParameters',
			type: 'json',
			default: '{}',
			hint: 'Added to "parameters", with Leonardo\'s exact field names; a field the node already sets is refused',
			description:
				'Extra model parameters this node has no field for, e.g. {"negative_prompt": "blurry"}',
		},
		allowUnpricedJobsOption,
		maxCreditsOption,
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			default: 'FAST',
			options: [
				{ name: 'Fast', value: 'FAST' },
				{ name: 'Quality', value: 'QUALITY' },
				{ name: 'Ultra', value: 'ULTRA' },
			],
			description:
				'Lucid Origin / Realism (Fast, Ultra), Phoenix (Fast, Quality, Ultra), Seedream 5.0 Pro (Fast, Quality). Leonardo retired it for GPT Image-1.5 and Ideogram 3.0 on 2026-05-04: a workflow that still has it there stops before anything is sent.',
		},
		{
			displayName: 'Quality Name or ID',
			name: 'quality',
			displayOptions: hiddenFor('image', (model) => model.choices?.quality, '/model'),
			type: 'options',
			default: '',
			typeOptions: { loadOptionsMethod: 'getQualityValues', loadOptionsDependsOn: ['model'] },
			description:
				'Rendering quality; each model has its own values (Ideogram 3.0: Turbo, Balanced, Quality) and higher costs more. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Prompt Enhance',
			name: 'promptEnhance',
			displayOptions: hiddenFor('image', (model) => model.promptEnhance, '/model'),
			type: 'boolean',
			default: false,
			description: 'Whether Leonardo should expand the prompt before generating',
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description: "Whether the images appear in Leonardo's public community feed",
		},
		{
			displayName: 'Seed',
			name: 'seed',
			displayOptions: hiddenFor('image', (model) => model.seed, '/model'),
			type: 'number',
			default: 0,
			description: 'A fixed seed makes results repeatable',
		},
		{
			displayName: 'Style Names or IDs',
			name: 'styleIds',
			displayOptions: hiddenFor('image', (model) => model.styles, '/model'),
			type: 'multiOptions',
			default: [],
			typeOptions: { loadOptionsMethod: 'getStyleValues', loadOptionsDependsOn: ['model'] },
			description:
				'Preset styles ("style_ids"); each model has its own list and most take one. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		concurrencyOption,
		...(resultOptions.options as INodeProperties[]).filter(
			(option) => option.name !== 'concurrency',
		),
	],
};

const REFERENCE_SOURCE =
	'Use an uploaded init image ID (json.id of "Init Image → Upload") or a generated image ID (images[n].id).';

/** Image References → `guidances.image_reference[]` items { image: { id, type }, strength }; empty rows skipped. */
export function readImageReferences(
	this: IExecuteFunctions,
	itemIndex: number,
	parameter = 'imageReferences',
): IDataObject[] {
	const rows = { parameter, key: 'reference', whereFrom: REFERENCE_SOURCE };
	// Video's Image References rows have no Strength: those are MID.
	return readImageIdRows.call(this, itemIndex, rows, (reference) => ({
		strength:
			reference.strength === undefined
				? 'MID'
				: checkText(
						this,
						parameterLabel(this, `${parameter}.reference.strength`, itemIndex),
						reference.strength,
						itemIndex,
					),
	}));
}
