'use strict';
/**
 * Leonardo's published default rate limits, written here from the page and not from the node's
 * table, so the sandbox checks the node instead of echoing it: https://docs.leonardo.ai/v1.0/reference/limits
 * ("API Rate Limits": all requests 2000 per minute; each endpoint below 100 per minute; "1
 * concurrency comes with 10 generation requests (applies to image, 3D, and other V2 endpoint
 * generation types)": the generation endpoints get 10 per concurrency slot, `perSlot`). Keys are
 * `METHOD path` as the sandbox logs paths (v1 without its prefix, v2 as /v2/…).
 */
const PUBLISHED_LIMITS = {
	allPerMinute: 2000,
	endpoints: {
		'POST /generations': { name: '/v1/generations', perSlot: 10 },
		'POST /v2/generations': { name: '/v2/generations', perSlot: 10 },
		'POST /variations/universal-upscaler': {
			name: '/v1/variations/universal-upscaler',
			perMinute: 100,
		},
		'POST /variations/unzoom': { name: '/v1/variations/unzoom', perMinute: 100 },
		'POST /variations/upscale': { name: '/v1/variations/upscale', perMinute: 100 },
		'POST /variations/nobg': { name: '/v1/variations/nobg', perMinute: 100 },
		'POST /generations-texture': { name: '/v1/generations-texture', perMinute: 100 },
		'POST /blueprint-executions': { name: '/v1/blueprint-executions', perMinute: 100 },
	},
};

module.exports = { PUBLISHED_LIMITS };
