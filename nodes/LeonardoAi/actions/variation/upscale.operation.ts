import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idOnlyVariation, imageIdParameter, variationOptions, waitParameters } from './common';

const properties: INodeProperties[] = [imageIdParameter, ...waitParameters, variationOptions];

export const description = updateDisplayOptions({ show: { resource: ['variation'], operation: ['upscale'] } }, properties);

/** Starts a Leonardo job: runs under the job concurrency limit. */
export const isJob = true;

export const { prepare, execute } = idOnlyVariation('/variations/upscale', 'sdUpscaleJob', false);
