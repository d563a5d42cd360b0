import { limitedEndpoint } from '../../../nodes/LeonardoAi/transport/rateLimits';

// Written out from https://docs.leonardo.ai/v1.0/reference/limits ("API Rate Limits"), not from the table.
describe("Leonardo's published per-endpoint limits", () => {
	it.each([
		['POST', 'v1', '/generations', '/v1/generations', true],
		['POST', 'v2', '/generations', '/v2/generations', true],
		['POST', 'v1', '/variations/universal-upscaler', '/v1/variations/universal-upscaler', false],
		['POST', 'v1', '/variations/unzoom', '/v1/variations/unzoom', false],
		['POST', 'v1', '/variations/upscale', '/v1/variations/upscale', false],
		['POST', 'v1', '/variations/nobg', '/v1/variations/nobg', false],
		['POST', 'v1', '/generations-texture', '/v1/generations-texture', false],
		['POST', 'v1', '/blueprint-executions', '/v1/blueprint-executions', false],
	] as const)('%s %s %s: 100 a minute', (method, version, path, name, perSlot) => {
		expect(limitedEndpoint(method, version, path)).toEqual({ name, perMinute: 100, perSlot });
	});

	it.each([
		['GET', 'v1', '/generations'],
		['POST', 'v1', '/init-image'],
		['POST', 'v2', '/generationssync'],
		['POST', 'v1', '/generations-motion-svd'],
		['GET', 'v1', '/variations/unzoom'],
		['POST', 'v2', '/variations/unzoom'],
	] as const)('%s %s %s: only the limit for all requests', (method, version, path) => {
		expect(limitedEndpoint(method, version, path)).toBeUndefined();
	});
});
