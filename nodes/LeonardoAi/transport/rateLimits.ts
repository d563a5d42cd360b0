import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * Leonardo's published default rate limits, per API key and minute
 * (https://docs.leonardo.ai/v1.0/reference/limits, "API Rate Limits";
 * https://docs.leonardo.ai/docs/guide-to-concurrency-queue-and-rate-limit): 2,000 requests a minute
 * in all, and 100 a minute for each endpoint that starts a job below. Custom plans have more; an
 * account with less is learned from its 429 answers (pacing.ts).
 */
export const ALL_REQUESTS_PER_MINUTE = 2000;

/**
 * The limits page's note: "1 concurrency comes with 10 generation requests (applies to image, 3D,
 * and other V2 endpoint generation types)": the generation endpoints allow 10 a minute per
 * concurrency slot of GET /me (`apiConcurrencySlots`; 10 by default, hence 100).
 */
export const GENERATION_REQUESTS_PER_SLOT = 10;

export interface LimitedEndpoint {
	/** How the family is named in logs and tests: the endpoint as the limits page writes it. */
	name: string;
	perMinute: number;
	/** The generation endpoints, whose limit follows the account's concurrency slots. */
	perSlot: boolean;
}

const job = (name: string, perSlot = false): LimitedEndpoint => ({ name, perMinute: 100, perSlot });

/** `METHOD version path` → its own limit, on top of the limit for all requests. */
const LIMITED_ENDPOINTS: Record<string, LimitedEndpoint> = {
	'POST v1 /generations': job('/v1/generations', true),
	'POST v2 /generations': job('/v2/generations', true),
	'POST v1 /variations/universal-upscaler': job('/v1/variations/universal-upscaler'),
	'POST v1 /variations/unzoom': job('/v1/variations/unzoom'),
	'POST v1 /variations/upscale': job('/v1/variations/upscale'),
	'POST v1 /variations/nobg': job('/v1/variations/nobg'),
	'POST v1 /generations-texture': job('/v1/generations-texture'),
	'POST v1 /blueprint-executions': job('/v1/blueprint-executions'),
};

/** The endpoint's own limit, if the limits page gives it one. */
export function limitedEndpoint(
	method: IHttpRequestMethods,
	apiVersion: 'v1' | 'v2',
	path: string,
): LimitedEndpoint | undefined {
	return LIMITED_ENDPOINTS[`${method} ${apiVersion} ${path}`];
}
