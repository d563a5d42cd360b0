import { fileItem, run, useSandbox } from '../../harness/context';

const upload = (options: Record<string, unknown> = {}) => ({
	parameters: { resource: 'initImage', operation: 'upload', options },
});

describe('S3 uploads that fail on the way: retried, then reported', () => {
	const ctx = useSandbox({ latency: { s3: 150 } });

	it('retries an S3 500, then succeeds', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'POST',
			status: 500,
			headers: { 'Content-Type': 'application/xml' },
			body: '<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>',
		});
		const result = await run(sandbox, [upload()], [fileItem('photo-640x480.png')]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
	});

	it('retries an upload whose connection is reset midway, then succeeds', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 's3', method: 'POST', reset: true });
		const result = await run(sandbox, [upload()], [fileItem('progressive-800x600.jpg')]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
		expect(sandbox.requestsTo('s3', 'POST')[1].uploadedKey).toBe(result.output[0].json.key);
	});

	it('gives up after 4 tries of a failing S3 and says so', async () => {
		const { sandbox } = ctx;
		for (let i = 0; i < 4; i++) {
			sandbox.faults.push({
				server: 's3',
				method: 'POST',
				status: 503,
				body: '<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
			});
		}
		const result = await run(sandbox, [upload()], [fileItem('photo-640x480.png')]);
		expect(result.error.message).toBe(
			'Image upload rejected by storage: SlowDown – Please reduce your request rate.',
		);
		expect(result.error.description).toMatch(/Tried 4 times\./);
	}, 30_000);
});
