import { useSandbox } from '../../harness/context';

/**
 * The sandbox's POST /media is as strict as https://docs.leonardo.ai/reference/uploadmedia: a node
 * that sends a wrong body fails its tests.
 */
describe('the sandbox refuses what Leonardo refuses on POST /media', () => {
	const ctx = useSandbox();

	const presign = async (body: unknown) => {
		const { sandbox } = ctx;
		const response = await fetch(`${sandbox.apiUrl}/media`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};

	it.each([
		[{ originalFilename: 'a.mp4' }, 400, /non-nullable variable: "extension"/],
		[{ extension: 'gif' }, 400, /invalid file extension "gif"/],
		[{ extension: 'm4a', originalFilename: 'a.m4a' }, 400, /invalid file extension/],
		[{ extension: 'mp3' }, 400, /originalFilename is required for audio/],
		[{ extension: 'wav', originalFilename: '  ' }, 400, /originalFilename is required for audio/],
		[{ extension: 'mp4', originalFilename: 3 }, 400, /expected a string for 'originalFilename'/],
		[{ extension: 'mp4', name: 'a.mp4' }, 400, /Unexpected variable name/],
		[{ extension: 'mp4', teamId: '7d3c1b2a-0000-4000-8000-000000000001' }, 403, /not a member/],
	])('%j → %i', async (body, status, error) => {
		const answer = await presign(body);
		expect(answer.status).toBe(status);
		expect(answer.body.error).toMatch(error);
	});

	it('takes a video without a file name, and answers uploadMedia { uploadId, url, fields }', async () => {
		const answer = await presign({ extension: 'mov' });
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({
			uploadMedia: {
				uploadId: expect.any(String),
				url: expect.any(String),
				fields: expect.any(String),
			},
		});
	});
});
