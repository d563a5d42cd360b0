import { fileItem, fixture, run, uploadedImageId, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';

/**
 * Image → Remove Background: what the node does with each answer the sync endpoint may give
 * (https://docs.leonardo.ai/reference/createsyncgeneration: `{ id, cost, blockedCount, results[] }`).
 * The requests it sends: removeBackground.test.ts.
 */
const removeBackground = (parameters: Record<string, unknown> = {}) => ({
	name: 'Remove Background',
	parameters: { resource: 'image', operation: 'removeBackground', ...parameters },
});

type Sandbox = ReturnType<typeof useSandbox>['sandbox'];

const SYNC = '/v2/generationssync';
const JOB = 'c0ffee00-0000-4000-8000-000000000001';
const COST = { amount: '0.1047', unit: 'DOLLARS' };

/** Leonardo's answer to the next sync POST. */
const answer = (sandbox: Sandbox, body: Record<string, unknown>) =>
	(sandbox.faults as object[]).push({
		server: 'api',
		method: 'POST',
		path: SYNC,
		status: 200,
		body: { id: JOB, cost: COST, ...body },
	});

describe('Image → Remove Background: the answer', () => {
	const ctx = useSandbox();

	it.each([
		['an empty results list', { blockedCount: 0, results: [] }, 0],
		['a blockedCount and no results list', { blockedCount: 2 }, 2],
	])('%s is a result moderation withheld', async (_name, body, blockedCount) => {
		const { sandbox } = ctx;
		answer(sandbox, body);
		const result = await run(sandbox, [removeBackground()], [fileItem('photo-640x480.png')]);
		expect(result.error.message).toBe(
			`Leonardo's content moderation withheld the cut-out (blockedCount ${blockedCount})`,
		);
	});

	it('a result without a URL is an error showing the answer, the API key removed', async () => {
		const { sandbox } = ctx;
		answer(sandbox, {
			blockedCount: 0,
			results: [{ contentType: 'image/png', width: 640 }],
			note: `asked by ${sandbox.apiKey}`,
		});
		// run() also checks that the key is in no output and no error.
		const result = await run(sandbox, [removeBackground()], [fileItem('photo-640x480.png')]);
		expect(result.error.message).toBe(
			'Leonardo answered the background removal without an image URL',
		);
		expect(result.error.description).toBe(
			`Generation ${JOB}. Leonardo's answer: {"id":"${JOB}","cost":{"amount":"0.1047","unit":"DOLLARS"},"blockedCount":0,"results":[{"contentType":"image/png","width":640}],"note":"asked by [redacted]"}. Already started for this item (and charged): generation ${JOB}. Fetch it with the matching "Get" operation instead of starting again.`,
		);
	});

	it('warns about a mislabelled input and about a format other than the one asked for; takes the type from the file when the answer names none', async () => {
		const { sandbox } = ctx;
		// A real cut-out (a PNG) first, to have a URL the sandbox serves.
		const first = await run(sandbox, [removeBackground()], [fileItem('photo-640x480.png')]);
		expect(first.error?.message ?? first.status).toBe('success');
		const url = `${sandbox.s3Url}${String(sandbox.requestsTo('cdn', 'GET')[0].path)}`;

		answer(sandbox, { blockedCount: 0, results: [{ url, width: 640, height: 480 }] });
		const item = binaryItem(fixture('photo-640x480.jpg'), {
			fileName: 'photo.png',
			mimeType: 'image/png',
		});
		const result = await run(sandbox, [removeBackground({ format: 'webp' })], [item]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(result.output[0].json).toMatchObject({
			contentType: 'image/png',
			warnings: [
				'The file is labelled PNG (image/png) but its bytes are JPEG; it was uploaded as JPEG.',
				'Output Format WEBP was asked for, but Leonardo sent image/png.',
			],
		});
	});

	it('outputs no input and no warnings for an image by ID that came as asked', async () => {
		const { sandbox } = ctx;
		const imageId = await uploadedImageId(sandbox);
		const result = await run(sandbox, [
			removeBackground({ source: 'imageId', imageId, imageType: 'UPLOADED' }),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(Object.keys(result.output[0].json)).toEqual([
			'id',
			'generationId',
			'status',
			'cost',
			'width',
			'height',
			'contentType',
			'blockedCount',
		]);
	});
	it("a 408 from Leonardo is its time limit, with nothing started: said so, without the 'may have been charged'", async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: SYNC,
			status: 408,
			body: { error: 'Request Timeout' },
		});
		const result = await run(sandbox, [removeBackground()], [fileItem('photo-640x480.png')]);
		expect(result.error.message).toBe(
			"Background removal did not finish within the sync call's time limit",
		);
		expect(result.error.description).toMatch(
			/^Leonardo's sync endpoint gives up after about 27 seconds \(https:\/\/docs\.leonardo\.ai\/docs\/remove-bg\); this call got no result in time \(.+\)\. Large images take longest: use Options → Size "Preview", or a smaller image \(Edit Image node → Resize\), and run the item again\.$/,
		);
	});
});
