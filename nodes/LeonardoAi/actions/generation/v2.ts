import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkId, checkText } from '../../helpers/parameters';
import {
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
} from '../common.descriptions';
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
			description: 'Extra model parameters this node has no field for, e.g. {"style_ids": ["…"]}',
		},
		allowUnpricedJobsOption,
		maxCreditsOption,
		{
			displayName: 'Mode (Retired)',
			name: 'mode',
			type: 'options',
			default: 'QUALITY',
			options: [
				{ name: 'Fast', value: 'FAST' },
				{ name: 'Quality', value: 'QUALITY' },
				{ name: 'Ultra', value: 'ULTRA' },
			],
			description:
				'Leonardo retired "mode" on 2026-05-04: remove this option and use Quality. A workflow that still has it stops before anything is sent.',
		},
		{
			displayName: 'Quality',
			name: 'quality',
			type: 'options',
			default: 'MEDIUM',
			options: [
				{ name: 'Low', value: 'LOW' },
				{ name: 'Medium', value: 'MEDIUM' },
				{ name: 'High', value: 'HIGH' },
			],
			description:
				'Rendering quality (GPT Image-1.5, Ideogram); higher costs more. Other values can be set with an expression.',
		},
		{
			displayName: 'Prompt Enhance',
			name: 'promptEnhance',
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
			type: 'number',
			default: 0,
			description: 'A fixed seed makes results repeatable',
		},
		concurrencyOption,
		...(resultOptions.options as INodeProperties[]).filter(
			(option) => option.name !== 'concurrency',
		),
	],
};

const REFERENCE_SOURCE =
	'Use an uploaded init image ID (json.id of "Init Image → Upload") or a generated image ID (images[n].id).';

/** Image References → `guidances.image_reference[]` of { image: { id, type }, strength }; empty rows skipped, at most 6. */
export function readImageReferences(this: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const referenceEntries =
		((this.getNodeParameter('imageReferences', itemIndex, {}) as IDataObject).reference as
			| IDataObject[]
			| undefined) ?? [];
	const references = referenceEntries
		.filter((reference) => String(reference.imageId ?? '').trim())
		.map((reference) => ({
			image: {
				id: checkId(
					this,
					'Image References → Image ID',
					reference.imageId,
					itemIndex,
					REFERENCE_SOURCE,
				),
				type: checkText(
					this,
					'Image References → Image Type',
					reference.imageType ?? 'UPLOADED',
					itemIndex,
				),
			},
			strength: checkText(
				this,
				'Image References → Strength',
				reference.strength ?? 'MID',
				itemIndex,
			),
		}));
	if (references.length > 6) {
		throw new NodeOperationError(
			this.getNode(),
			`${references.length} image references are too many`,
			{ itemIndex, description: 'Leonardo takes up to 6.' },
		);
	}
	return references;
}
