import { run, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation: 'create', prompt: 'a red fox', ...parameters },
});

describe('what a file server sent instead of the image, said in full', () => {
	const ctx = useSandbox();

	it.each([
		['an empty answer', '', 'is empty'],
		[
			"S3's XML error after a blank line",
			'\n<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code></Error>',
			'is HTML or XML text, not an image',
		],
	])('%s: nothing becomes binary data', async (_what, body, what) => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body,
		});
		const result = await run(sandbox, [create()]);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe(
			`The file downloaded from ${new URL(sandbox.s3Url).host} ${what}`,
		);
		const generationId = sandbox.requestsTo('api', 'GET')[0].path.split('/').pop();
		expect(result.error.description).toBe(
			`Nothing was stored as binary data. Turn off "Download Images" to get the URLs only, or fetch the result again later with the matching "Get" operation. Already started for this item (and charged): generation ${generationId}. Fetch it with the matching "Get" operation instead of starting again.`,
		);
	});
});
