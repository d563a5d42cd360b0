import { fileItem, run, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation: 'create', prompt: 'a red fox', ...parameters },
});

describe('redirects: the node follows none, so the key stays with Leonardo and nothing is mistaken for success', () => {
	const ctx = useSandbox();

	it("stops at a redirect from Leonardo's API and never sends the key to the other host", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/generations\//,
			status: 302,
			headers: { Location: `${sandbox.elsewhereUrl}/api/rest/v1/generations/stolen?token=abc` },
		});
		const result = await run(sandbox, [create()]);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(
			/^Leonardo's API answered GET \/generations\/[0-9a-f-]+ with a redirect \(302\) to localhost:\d+\/api\/rest\/v1\/generations\/stolen$/,
		);
		expect(result.error.description).toMatch(
			/never follows redirects from the API, so the API key cannot reach another host/,
		);
		expect(sandbox.elsewhereRequests).toEqual([]);
		// The job was started before the redirect: the error says which one, so it is not paid twice.
		const generationId = sandbox.requestsTo('api', 'GET')[0].path.split('/').pop();
		expect(result.error.description).toContain(
			`Already started for this item (and charged): generation ${generationId}`,
		);
	});

	it('does not follow a redirect from a presign request either', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/init-image',
			status: 307,
			headers: { Location: `${sandbox.elsewhereUrl}/init-image` },
		});
		const result = await run(
			sandbox,
			[{ parameters: { resource: 'initImage', operation: 'upload' } }],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error.message).toMatch(/with a redirect \(307\) to localhost:\d+\/init-image$/);
		expect(sandbox.elsewhereRequests).toEqual([]);
		expect(sandbox.requestsTo('s3')).toEqual([]);
	});

	it('reports a redirected S3 upload as a failure: the image was not stored', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 301,
			headers: { Location: `${sandbox.elsewhereUrl}/bucket` },
		});
		const result = await run(
			sandbox,
			[{ parameters: { resource: 'initImage', operation: 'upload' } }],
			[fileItem('photo-640x480.png')],
		);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(
			/^The image upload URL answered with a redirect \(301\) to localhost:\d+\/bucket$/,
		);
		expect(result.error.description).toMatch(/the image was not stored/);
		expect(sandbox.elsewhereRequests).toEqual([]);
	});

	it('does not follow a redirected image download, and keeps the generation ID in the error', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 302,
			headers: { Location: `${sandbox.elsewhereUrl}/image.png` },
		});
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toMatch(
			/answered with a redirect \(302\) to localhost:\d+\/image\.png$/,
		);
		expect(sandbox.elsewhereRequests).toEqual([]);
		const generationId = sandbox.requestsTo('api', 'GET')[0].path.split('/').pop();
		expect(result.error.description).toContain(`generation ${generationId}`);
	});
});
