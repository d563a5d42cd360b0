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
	{ show: { resource: ['variation'], operation: ['unzoom'] } },
	properties,
);

export const { prepare, execute } = idOnlyVariation('/variations/unzoom', 'sdUnzoomJob', true);
