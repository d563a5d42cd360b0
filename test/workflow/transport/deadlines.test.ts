import { DOWNLOAD_LIMITS } from '../../../nodes/LeonardoAi/transport/download';
import { REQUEST_TIMEOUTS } from '../../../nodes/LeonardoAi/transport/leonardoApi';
import { fileItem, generated, run, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown> = {}) => ({
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: 'a red fox',
		downloadImages: false,
		...parameters,
	},
});
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('every request has a deadline', () => {
	const ctx = useSandbox();
	const defaults = { requests: { ...REQUEST_TIMEOUTS }, downloads: { ...DOWNLOAD_LIMITS } };
	afterEach(() => {
		Object.assign(REQUEST_TIMEOUTS, defaults.requests);
		Object.assign(DOWNLOAD_LIMITS, defaults.downloads);
	});

	it('a job POST that never answers ends at its timeout, as a job that may have started', async () => {
		const { sandbox } = ctx;
		REQUEST_TIMEOUTS.jobPostMs = 1000;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/generations', hang: true });
		const started = Date.now();
		const result = await run(sandbox, [create()]);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(result.error.message).toBe(
			'POST /generations got no complete answer: the job may have started and been charged',
		);
		expect(result.error.description).toMatch(
			/^no answer within 1 s\. The node does not send it again/,
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});

	it('a status poll that never answers ends at the Wait Timeout', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		sandbox.faults.push({ server: 'api', method: 'GET', path: /^\/generations\//, hang: true });
		const started = Date.now();
		const result = await run(sandbox, [create({ options: { waitTimeout: 2 } })]);
		const elapsed = Date.now() - started;
		expect(elapsed).toBeGreaterThanOrEqual(2000);
		expect(elapsed).toBeLessThan(6000);
		expect(result.error.message).toMatch(/^Generation [0-9a-f-]{36} was not finished after 2 s$/);
		expect(result.error.description).toMatch(
			/^Leonardo did not answer the last status check in time\. Raise "Wait Timeout"/,
		);
	});

	it('a read that never answers is given up after its timeout and tried again', async () => {
		const { sandbox } = ctx;
		const { generationId } = await generated(sandbox);
		sandbox.reset();
		REQUEST_TIMEOUTS.apiMs = 1000;
		sandbox.faults.push({ server: 'api', method: 'GET', path: /^\/generations\//, hang: true });
		const started = Date.now();
		const result = await run(sandbox, [
			{ parameters: { resource: 'generation', operation: 'get', generationId } },
		]);
		expect(result.status).toBe('success');
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(sandbox.requestsTo('api', 'GET', `/generations/${generationId}`)).toHaveLength(2);
	});

	it('a presign that never answers (every try) fails with what happened', async () => {
		const { sandbox } = ctx;
		REQUEST_TIMEOUTS.apiMs = 500;
		for (let i = 0; i < 4; i++)
			sandbox.faults.push({ server: 'api', method: 'POST', path: '/init-image', hang: true });
		const result = await run(
			sandbox,
			[{ parameters: { resource: 'initImage', operation: 'upload' } }],
			[fileItem('photo-640x480.png')],
		);
		expect(result.error.message).toBe(
			'Leonardo did not answer POST /init-image in time (no answer within 1 s)',
		);
		expect(result.error.description).toMatch(/Tried 4 times\.$/);
		expect(sandbox.requestsTo('s3')).toHaveLength(0);
	});

	it('a download that stops sending fails after the idle time, however long the total allowed', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.idleTimeoutMs = 1000;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: PNG_SIGNATURE,
			stall: true,
		});
		const started = Date.now();
		const result = await run(sandbox, [create({ downloadImages: true })]);
		expect(Date.now() - started).toBeLessThan(6000);
		expect(result.error.message).toMatch(
			/^The download from 127\.0\.0\.1:\d+ stalled: no data for 1 s$/,
		);
	});

	it('a download that keeps sending is not cut at the idle time', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.idleTimeoutMs = 1000;
		// The whole answer takes about 2.4 s, a piece every 300 ms.
		sandbox.faults.push({ server: 'cdn', method: 'GET', trickleMs: 300 });
		const result = await run(sandbox, [create({ downloadImages: true })]);
		expect(result.error?.message).toBeUndefined();
		expect(result.output[0].binary?.image_0.mimeType).toBe('image/png');
	});

	it('a file server that takes the request and never answers is tried again after the idle time', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.idleTimeoutMs = 1000;
		sandbox.faults.push({ server: 'cdn', method: 'GET', hang: true });
		const result = await run(sandbox, [create({ downloadImages: true })]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('cdn')).toHaveLength(2);
	});
});
