import { sleep } from 'n8n-workflow';

import { DOWNLOAD_LIMITS } from '../../../nodes/LeonardoAi/transport/downloadLimits';
import { run, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation: 'create', prompt: 'a red fox', ...parameters },
});
const PNG_SIGNATURE = Buffer.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const MEGABYTE = 1024 * 1024;
/** A PNG-looking file of exactly `bytes` bytes. */
const pngOf = (bytes: number) => Buffer.concat([PNG_SIGNATURE, Buffer.alloc(bytes - 16, 7)]);

describe('the download request against a real file server: its answer decides before anything is read', () => {
	const ctx = useSandbox();
	const defaults = { ...DOWNLOAD_LIMITS };
	afterEach(() => Object.assign(DOWNLOAD_LIMITS, defaults));

	/** The ID of the generation the last run started (its status was polled). */
	const generationId = () =>
		ctx.sandbox.requestsTo('api', 'GET')[0].path.split('/').pop() as string;
	const alreadyStarted = () =>
		`Already started for this item (and charged): generation ${generationId()}. Fetch it with the matching "Get" operation instead of starting again.`;

	it('a file server answering 400: what happened, how to go on, and the generation already paid for', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 400, body: '<Error/>' });
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toBe(
			`Could not download the file from ${new URL(sandbox.s3Url).host} (HTTP 400)`,
		);
		expect(result.error.description).toBe(
			`The file URL answered 400. Turn off "Download Images" to get the URLs only. ${alreadyStarted()}`,
		);
		expect(sandbox.requestsTo('cdn')).toHaveLength(1);
	});

	it('a connection dropped on every try: four tries, then the reason', async () => {
		const { sandbox } = ctx;
		for (let i = 0; i < 4; i++) sandbox.faults.push({ server: 'cdn', method: 'GET', reset: true });
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toBe(
			`Could not download the file from ${new URL(sandbox.s3Url).host}`,
		);
		expect(result.error.description).toBe(`ECONNRESET. Tried 4 times. ${alreadyStarted()}`);
		expect(sandbox.requestsTo('cdn')).toHaveLength(4);
	});

	it('a file announcing exactly the cap is downloaded whole; one byte more is refused unread', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.maxBytes = MEGABYTE;
		const atCap = pngOf(MEGABYTE);
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png', 'Content-Length': String(atCap.length) },
			body: atCap,
		});
		const result = await run(sandbox, [create()]);
		expect(result.error?.message).toBeUndefined();
		expect(Buffer.compare(result.output[0].binary.image_0.buffer, atCap)).toBe(0);

		sandbox.reset();
		const over = pngOf(MEGABYTE + 1);
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png', 'Content-Length': String(over.length) },
			body: over,
		});
		const refused = await run(sandbox, [create()]);
		expect(refused.error.message).toBe(
			`The file at ${new URL(sandbox.s3Url).host} is larger than 1 MB`,
		);
		expect(refused.error.description).toBe(
			`It announced 1048577 bytes. Turn off "Download Images" to get the URLs only. ${alreadyStarted()}`,
		);
	});

	it('sends no further request once the execution is cancelled during a Retry-After wait', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push(
			{ server: 'cdn', method: 'GET', status: 503, headers: { 'Retry-After': '60' } },
			{ server: 'cdn', method: 'GET', hang: true },
		);
		const result = await run(sandbox, [create()], undefined, sandbox.apiKey, {
			cancelAfterMs: 1500,
		});
		expect(result.status).toBe('canceled');
		// The wait ends within half a second of the cancel; nothing is sent after it.
		await sleep(1500);
		expect(sandbox.requestsTo('cdn')).toHaveLength(1);
	});
});
