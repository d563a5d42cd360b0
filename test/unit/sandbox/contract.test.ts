import { checkV1Body } from '../../sandbox/contract';

/**
 * The sandbox's v1 request contract (the official SDK's schemas): a field the schema requires must be
 * sent, as Leonardo's API refuses a request without it — so a node that forgets one fails its tests.
 */
describe('the sandbox refuses a v1 body without a field the SDK schema requires', () => {
	it.each([
		['/init-image', {}, 'extension'],
		['/prompt/improve', {}, 'prompt'],
		['/generations-image-to-video', { prompt: 'a fox', imageId: 'a' }, 'imageType'],
		['/generations-text-to-video', { model: 'VEO3_1' }, 'prompt'],
		['/variations/upscale', {}, 'id'],
		['/datasets', { description: 'foxes' }, 'name'],
	])('POST %s without %j … refused for "%s"', (path, body, field) => {
		expect(checkV1Body('POST', path, body)).toEqual([
			400,
			`expecting a value for non-nullable variable: "${field}"`,
			'validation-failed',
			`$.selectionSet.args.${field}`,
		]);
	});

	it('takes the same bodies with the field, a documented model value included', () => {
		expect(checkV1Body('POST', '/init-image', { extension: 'png' })).toBeUndefined();
		expect(
			checkV1Body('POST', '/generations-text-to-video', { prompt: 'a fox', model: 'VEO3_1' }),
		).toBeUndefined();
		expect(
			checkV1Body('POST', '/generations-image-to-video', {
				prompt: 'a fox',
				imageId: 'a',
				imageType: 'UPLOADED',
			}),
		).toBeUndefined();
	});
});
