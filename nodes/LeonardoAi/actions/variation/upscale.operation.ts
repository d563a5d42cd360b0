import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idOnlyVariation, imageIdParameter, variationOptions, waitParameters } from './common';

const properties: INodeProperties[] = [imageIdParameter, ...waitParameters, variationOptions];

export const description = updateDisplayOptions(
	{ show: { resource: ['variation'], operation: ['upscale'] } },
	properties,
);

export const { prepare, execute } = idOnlyVariation('/variations/upscale', 'sdUpscaleJob', false);
