import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	idOnlyVariation,
	imageIdParameter,
	isVariationParameter,
	variationOptions,
	waitParameters,
} from './common';

const properties: INodeProperties[] = [
	imageIdParameter,
	isVariationParameter,
	...waitParameters,
	variationOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['variation'], operation: ['removeBackground'] } },
	properties,
);

export const { prepare, execute } = idOnlyVariation('/variations/nobg', 'sdNobgJob', true);
