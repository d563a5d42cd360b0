import { fileItem, run, useSandbox } from '../../harness/context';

const upload = { parameters: { resource: 'initImage', operation: 'upload' } };
const create = (parameters: Record<string, unknown> = {}) => ({
	parameters: { resource: 'generation', operation: 'create', prompt: 'a red fox', ...parameters },
});

describe('what the node does when Leonardo or S3 misbehave', () => {
	const ctx = useSandbox();

	it('retries a presign answered 429, honouring Retry-After', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/init-image',
			status: 429,
			headers: { 'Retry-After': '1' },
		});
		const started = Date.now();
		const result = await run(sandbox, [upload], [fileItem('photo-640x480.png')]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});

	it('retries a status poll answered 503', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'GET', path: /^\/generations\//, status: 503 });
		const result = await run(sandbox, [create()]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});

	it('retries a one-off read answered 503: Generation → Get reads once, so only a retry can succeed', async () => {
		const { sandbox } = ctx;
		const created = await run(sandbox, [create({ downloadImages: false })]);
		const generationId = created.output[0].json.generationId as string;
		sandbox.reset();
		sandbox.faults.push({ server: 'api', method: 'GET', path: /^\/generations\//, status: 503 });
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'get',
					generationId,
					downloadImages: false,
				},
			},
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(result.output[0].json.generationId).toBe(generationId);
		// The 503, then the retry that was answered.
		expect(sandbox.requestsTo('api', 'GET', `/generations/${generationId}`)).toHaveLength(2);
	});

	it('sends a job POST answered 429 again after its Retry-After: Leonardo started nothing, one job in the end', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/generations',
			status: 429,
			headers: { 'Retry-After': '1' },
		});
		const result = await run(sandbox, [create()]);
		expect(result.error?.message ?? result.status).toBe('success');
		const posts = sandbox.requestsTo('api', 'POST', '/generations');
		expect(posts.map((record) => sandbox.timingOf(record).status)).toEqual([429, 200]);
		const [refused, sent] = posts.map((record) => sandbox.timingOf(record));
		expect(sent.arrivedAt - refused.answeredAt).toBeGreaterThanOrEqual(1000);
		expect(sandbox.state.generations.has(result.output[0].json.generationId)).toBe(true);
	});

	it('never retries the job POST after a 500 either', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/generations', status: 500 });
		const result = await run(sandbox, [create()]);
		expect(result.error.message).toBe(
			'Leonardo answered POST /generations with HTTP 500: the job may have started and been charged',
		);
		expect(result.error.description).toContain(
			'Leonardo\'s answer: {"error":"Service Error","path":"$","code":"unexpected"}',
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});

	it('treats an HTTP 200 carrying an error body as a failure', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/datasets',
			status: 200,
			body: { error: 'content moderation filter: forbidden', path: '$', code: 'unexpected' },
		});
		const result = await run(sandbox, [
			{ parameters: { resource: 'dataset', operation: 'create', name: 'x' } },
		]);
		expect(result.error.message).toBe('Leonardo API error: content moderation filter: forbidden');
		expect(result.error.description).toMatch(/rephrase/);
	});

	it('says how many tries were made when a GET keeps failing', async () => {
		const { sandbox } = ctx;
		for (let i = 0; i < 4; i++)
			sandbox.faults.push({ server: 'api', method: 'GET', path: /^\/generations\//, status: 502 });
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'get',
					generationId: '00000000-0000-4000-8000-000000000abc',
				},
			},
		]);
		expect(result.error.message).toBe('Leonardo API error: Service Error');
		expect(result.error.description).toMatch(/Tried 4 times\./);
	}, 30_000);

	it('names the Base URL when Leonardo cannot be reached', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [upload], [fileItem('photo-640x480.png')], sandbox.apiKey, {
			baseUrl: 'http://127.0.0.1:9/api/rest/v1',
		});
		expect(result.error.message).toBe('Could not reach Leonardo at http://127.0.0.1:9/api/rest/v1');
		expect(result.error.description).toMatch(/ECONNREFUSED.*Check the Base URL/);
	});

	it('stops waiting at once when the execution is cancelled, after one job POST', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		const started = Date.now();
		const result = await run(sandbox, [create()], undefined, sandbox.apiKey, {
			cancelAfterMs: 1500,
		});
		expect(result.status).toBe('canceled');
		expect(Date.now() - started).toBeLessThan(5000);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});
});
