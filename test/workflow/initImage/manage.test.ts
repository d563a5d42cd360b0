import { fileItem, run, useSandbox } from '../../harness/context';

const initImage = (operation: string, parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'initImage', operation, ...parameters },
});

describe('Init Image → Get and Delete', () => {
	const ctx = useSandbox();

	it('gets an uploaded init image, deletes it, and then reports it missing', async () => {
		const { sandbox } = ctx;
		const uploaded = await run(sandbox, [initImage('upload')], [fileItem('photo-640x480.png')]);
		const id = uploaded.output[0].json.id as string;

		const got = await run(sandbox, [initImage('get', { initImageId: id })]);
		expect(got.output[0].json).toEqual({
			id,
			url: expect.stringContaining('/sandbox/'),
			createdAt: expect.any(String),
		});

		const deleted = await run(sandbox, [initImage('delete', { initImageId: id })]);
		expect(deleted.output[0].json).toEqual({ id, deleted: true });
		expect(sandbox.requestsTo('api', 'DELETE', `/init-image/${id}`)).toHaveLength(1);

		const missing = await run(sandbox, [initImage('get', { initImageId: id })]);
		expect(missing.error.message).toBe(`Init image ${id} was not found`);
	});
});
