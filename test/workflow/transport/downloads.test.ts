import { IMAGE_FILE } from '../../../nodes/LeonardoAi/helpers/fileTypes';
import { DOWNLOAD_LIMITS } from '../../../nodes/LeonardoAi/transport/download';
import { run, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation: 'create', prompt: 'a red fox', ...parameters },
});
const PNG_SIGNATURE = Buffer.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('image downloads: only images, within a size and a time limit, stopped by cancel', () => {
	const ctx = useSandbox();
	const defaults = { ...DOWNLOAD_LIMITS };
	const imageCap = IMAGE_FILE.maxBytes;
	afterEach(() => {
		Object.assign(DOWNLOAD_LIMITS, defaults);
		IMAGE_FILE.maxBytes = imageCap;
	});

	it('refuses an error page served as image/png: nothing becomes binary data', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: '<html><body>Access denied</body></html>',
		});
		const result = await run(sandbox, [create()]);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(
			/^The file downloaded from 127\.0\.0\.1:\d+ is HTML or XML text, not an image$/,
		);
		expect(result.error.description).toMatch(/Nothing was stored as binary data/);
	});

	it('refuses any other non-image bytes, whatever the Content-Type says', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'),
		});
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toMatch(/is not a PNG, JPEG or WebP image$/);
	});

	it('stops a download larger than the limit', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.maxBytes = 64 * 1024;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(200 * 1024)]),
		});
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toMatch(/^The file at 127\.0\.0\.1:\d+ is larger than 0\.1 MB$/);
	});

	it('holds an image to the image cap, below the ceiling for every kind of file', async () => {
		const { sandbox } = ctx;
		IMAGE_FILE.maxBytes = 64 * 1024;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(200 * 1024)]),
		});
		const result = await run(sandbox, [create()]);
		expect(DOWNLOAD_LIMITS.maxBytes).toBe(1024 * 1024 * 1024);
		expect(result.error.message).toMatch(/^The file at 127\.0\.0\.1:\d+ is larger than 0\.1 MB$/);
	});

	it('refuses at once a download that announces more than the limit', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.maxBytes = 1024;
		const body = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(4096)]);
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png', 'Content-Length': String(body.length) },
			body,
		});
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toMatch(/is larger than 0 MB$/);
		expect(result.error.description).toMatch(new RegExp(`^It announced ${body.length} bytes\\.`));
	});

	it('gives up on a download that hangs, after the time limit', async () => {
		const { sandbox } = ctx;
		DOWNLOAD_LIMITS.timeoutMs = 1500;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: PNG_SIGNATURE,
			stall: true,
		});
		const started = Date.now();
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toMatch(
			/^The download from 127\.0\.0\.1:\d+ took longer than 1\.5 s$/,
		);
		expect(Date.now() - started).toBeLessThan(8000);
	});

	it('stops a hanging download at once when the execution is cancelled', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			headers: { 'Content-Type': 'image/png' },
			body: PNG_SIGNATURE,
			stall: true,
		});
		const started = Date.now();
		const result = await run(sandbox, [create()], undefined, sandbox.apiKey, {
			cancelAfterMs: 2000,
		});
		expect(result.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(6000);
	});

	it('downloads the images of one item no more at once than the Concurrency option', async () => {
		const { sandbox } = ctx;
		// S3 holds its answers until two downloads are in flight (and a moment more for any others).
		sandbox.s3Gather = { count: 2, withinMs: 5000 };
		try {
			const result = await run(sandbox, [
				create({ numImages: 4, width: 512, height: 512, options: { concurrency: 2 } }),
			]);
			expect(result.status).toBe('success');
			expect(Object.keys(result.output[0].binary)).toEqual([
				'image_0',
				'image_1',
				'image_2',
				'image_3',
			]);
			expect(sandbox.maxInFlight.s3).toBe(2);
		} finally {
			sandbox.s3Gather = null;
		}
	});

	it('stops waiting out a Retry-After when the execution is cancelled', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 503,
			headers: { 'Retry-After': '60' },
		});
		const started = Date.now();
		const result = await run(sandbox, [create()], undefined, sandbox.apiKey, {
			cancelAfterMs: 2000,
		});
		expect(result.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(6000);
	});
});
