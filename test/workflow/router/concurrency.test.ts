import { fileItem, run, useSandbox } from '../../harness/context';

const upload = (options: Record<string, unknown> = {}) => ({
	parameters: { resource: 'initImage', operation: 'upload', options },
});
const FILES = [
	'photo-640x480.png',
	'lossy-640x480.webp',
	'portrait-300x500.jpg',
	'progressive-800x600.jpg',
];

describe('the router: many items at once, order kept, limits that follow the account and the rate limit', () => {
	const ctx = useSandbox({ latency: { s3: 150 } });

	it('uploads with the chosen concurrency and keeps the input order in the output', async () => {
		const { sandbox } = ctx;
		const items = Array.from({ length: 12 }, (_, i) => fileItem(FILES[i % FILES.length]));
		// S3 holds its first answers until four uploads are in flight (and a moment more for any others).
		sandbox.s3Gather = { count: 4, withinMs: 5000 };
		const result = await run(sandbox, [upload({ concurrency: 4 })], items);
		expect(result.status).toBe('success');
		expect(result.output.map((item) => item.json.fileName)).toEqual(
			items.map((_, i) => FILES[i % FILES.length]),
		);
		expect(result.output.map((item) => item.pairedItem)).toEqual(
			items.map((_, i) => ({ item: i })),
		);
		expect(sandbox.maxInFlight.s3).toBe(4);
	});

	it('uploads every item at once by default, up to 50', async () => {
		const { sandbox } = ctx;
		const items = Array.from({ length: 60 }, () => fileItem('photo-640x480.png'));
		sandbox.s3Gather = { count: 50, withinMs: 10_000 };
		const result = await run(sandbox, [upload()], items);
		expect(result.output).toHaveLength(60);
		expect(sandbox.maxInFlight.s3).toBe(50);
	});

	it('slows down when Leonardo rate-limits, and every one of 120 uploads still succeeds', async () => {
		const { sandbox } = ctx;
		sandbox.rateLimitPerSecond = 10;
		const items = Array.from({ length: 120 }, () => fileItem('photo-640x480.png'));
		const result = await run(sandbox, [upload()], items);
		expect(result.status).toBe('success');
		expect(result.output.filter((item) => item.json.error)).toEqual([]);
		expect(sandbox.requestsTo('s3', 'POST').filter((r) => r.uploadedKey)).toHaveLength(120);
		expect(sandbox.rateLimited).toBeGreaterThan(0);
		// The pacing learns the requests per second from the first burst of 429s (Retry-After: 1 early
		// in the minute): 44 answers of 429 in every run (also on a loaded machine), 130 without that
		// learning (the batch halving and the wait for Retry-After alone).
		expect(sandbox.rateLimited).toBeLessThan(80);
	}, 60_000);

	it("runs jobs up to the account's concurrency slots from GET /me, asked once", async () => {
		const { sandbox } = ctx;
		sandbox.concurrencySlots = 3;
		const items = Array.from({ length: 7 }, (_, i) => ({ json: { prompt: `picture ${i}` } }));
		const result = await run(
			sandbox,
			[
				{
					parameters: {
						resource: 'generation',
						operation: 'create',
						prompt: '={{ $json.prompt }}',
						downloadImages: false,
					},
				},
			],
			items,
		);
		expect(result.output.map((item) => item.json.prompt)).toEqual(
			items.map((item) => item.json.prompt),
		);
		expect(sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(1);
		expect(sandbox.maxActiveJobs).toBe(3);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(7);
	}, 30_000);

	it.each([
		['an explicit Concurrency allows, without asking GET /me', { concurrency: 2 }, undefined, 2, 0],
		['the account’s one slot allows', {}, 1, 1, 1],
		['5 when GET /me fails', {}, 'fail', 5, 1],
	])(
		'runs 8 jobs, at most as many at once as %s',
		async (_case, options, slots, maxActive, meCalls) => {
			const { sandbox } = ctx;
			if (slots === 'fail')
				sandbox.faults.push({ server: 'api', method: 'GET', path: '/me', status: 404 });
			else if (slots !== undefined) sandbox.concurrencySlots = slots;
			const items = Array.from({ length: 8 }, (_, i) => ({ json: { prompt: `picture ${i}` } }));
			const result = await run(
				sandbox,
				[
					{
						parameters: {
							resource: 'generation',
							operation: 'create',
							prompt: '={{ $json.prompt }}',
							downloadImages: false,
							options,
						},
					},
				],
				items,
			);
			expect(result.status).toBe('success');
			expect(sandbox.requestsTo('api', 'GET', '/me')).toHaveLength(meCalls);
			expect(sandbox.maxActiveJobs).toBe(maxActive);
		},
		30_000,
	);

	it('asks GET /me nothing for a single item', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'one picture',
					downloadImages: false,
				},
			},
		]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'GET', '/me')).toEqual([]);
	});

	it('stops starting new items after a failure, and reports the first failed item', async () => {
		const { sandbox } = ctx;
		const items = [
			fileItem('photo-640x480.png'),
			{ json: {} },
			...Array.from({ length: 30 }, () => fileItem('photo-640x480.png')),
		];
		const result = await run(sandbox, [upload({ concurrency: 2 })], items);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Item 1 has no binary field "data"');
		expect(sandbox.requestsTo('s3', 'POST').length).toBeLessThan(5);
	});

	it('downloads the images of a finished generation all at once, after a single status poll', async () => {
		const { sandbox } = ctx;
		sandbox.s3Gather = { count: 4, withinMs: 5000 };
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'four cats',
					numImages: 4,
					width: 512,
					height: 512,
				},
			},
		]);
		expect(Object.keys(result.output[0].binary ?? {})).toEqual([
			'image_0',
			'image_1',
			'image_2',
			'image_3',
		]);
		expect(sandbox.requestsTo('cdn')).toHaveLength(4);
		expect(sandbox.maxInFlight.s3).toBe(4);
		expect(sandbox.requestsTo('api', 'GET', /^\/generations\//)).toHaveLength(1);
	});
});
