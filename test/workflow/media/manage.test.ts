import { fileItem, run, useSandbox } from '../../harness/context';

const media = (operation: string, parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'media', operation, ...parameters },
});

const UNKNOWN_ID = '0b5e2c1d-3f4a-4b6c-8d7e-9f0a1b2c3d4e';

describe('Media → Get and Delete', () => {
	const ctx = useSandbox();

	it("gets an uploaded clip's record as Leonardo gives it, deletes it, and then reports it missing", async () => {
		const { sandbox } = ctx;
		const uploaded = await run(sandbox, [media('upload')], [fileItem('clip-64x36.mp4')]);
		const id = uploaded.output[0].json.id as string;

		const got = await run(sandbox, [media('get', { mediaId: id })]);
		expect(got.output[0].json).toEqual({
			id,
			createdAt: expect.any(String),
			url: expect.stringContaining('/sandbox/'),
			thumbnailUrl: null,
			status: 'COMPLETE',
			statusReason: null,
			mediaType: 'VIDEO',
			duration: 1,
			width: 64,
			height: 36,
			video_fps: null,
		});
		expect(got.output[0].pairedItem).toEqual({ item: 0 });

		const deleted = await run(sandbox, [media('delete', { mediaId: ` ${id} ` })]);
		expect(deleted.output[0].json).toEqual({ id, deleted: true });
		expect(sandbox.requestsTo('api', 'DELETE', `/media/${id}`)).toHaveLength(1);

		const missing = await run(sandbox, [media('get', { mediaId: id })]);
		expect(missing.error.message).toBe(`Media ${id} was not found`);
		expect(missing.error.description).toMatch(/account of the API key/);
	});

	it.each(['get', 'delete'])('%s: an unknown media ID is an error naming it', async (operation) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [media(operation, { mediaId: UNKNOWN_ID })]);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe(`Media ${UNKNOWN_ID} was not found`);
	});

	it.each([
		['={{ "" }}', '"Media ID" is empty', /Media → Upload/],
		['clip.mp4', '"Media ID" is not a Leonardo ID: "clip.mp4"', /look like/],
	])('refuses the Media ID %s before any request', async (mediaId, message, description) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [media('get', { mediaId })]);
		expect(result.error.message).toBe(message);
		expect(result.error.description).toMatch(description);
		expect(sandbox.requests).toEqual([]);
	});

	it('with Continue On Fail, outputs the error for an unknown ID and deletes the others', async () => {
		const { sandbox } = ctx;
		const uploaded = await run(sandbox, [media('upload')], [fileItem('tone-1s.mp3')]);
		const id = uploaded.output[0].json.id as string;
		const result = await run(
			sandbox,
			[{ ...media('delete', { mediaId: '={{ $json.id }}' }), continueOnFail: true }],
			[{ json: { id: UNKNOWN_ID } }, { json: { id } }],
		);
		expect(result.output.map((item) => item.json)).toEqual([
			{ error: `Media ${UNKNOWN_ID} was not found`, description: expect.any(String) },
			{ id, deleted: true },
		]);
		expect(sandbox.state.media.has(id)).toBe(false);
	});
});
