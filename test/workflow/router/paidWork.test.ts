import { fileItem, run, useSandbox } from '../../harness/context';

const create = (parameters: Record<string, unknown> = {}, continueOnFail = false) => ({
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: '={{ $json.prompt }}',
		downloadImages: false,
		...parameters,
	},
	continueOnFail,
});
const prompts = (...values: unknown[]) => values.map((prompt) => ({ json: { prompt } }));

describe('a batch never loses paid work', () => {
	const ctx = useSandbox();

	it('checks every item before the first job: a bad third item stops the batch before anything is paid', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create()], prompts('a fox', 'a cat', null));
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('"Prompt" must be text, not null');
		expect(result.error.context.itemIndex).toBe(2);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toEqual([]);
	});

	it('checks the input images of Create From Image before the first upload', async () => {
		const { sandbox } = ctx;
		const notAnImage = {
			json: {},
			binary: {
				data: {
					data: Buffer.from('<html>').toString('base64'),
					mimeType: 'image/png',
					fileName: 'x.png',
				},
			},
		};
		const result = await run(
			sandbox,
			[
				{
					parameters: {
						resource: 'generation',
						operation: 'createFromImage',
						prompt: 'watercolor',
					},
				},
			],
			[fileItem('photo-640x480.jpg'), fileItem('photo-640x480.png'), notAnImage],
		);
		expect(result.error.message).toBe('The file in "data" is not a PNG, JPEG or WebP image');
		expect(result.error.context.itemIndex).toBe(2);
		expect(sandbox.requests).toEqual([]);
	});

	it('with Continue On Fail, the good items run and the bad one becomes an error item', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({}, true)], prompts('a fox', null, 'a cat'));
		expect(result.status).toBe('success');
		expect(result.output.map((item) => item.json.status ?? item.json.error)).toEqual([
			'COMPLETE',
			'"Prompt" must be text, not null',
			'COMPLETE',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(2);
	});

	it('names the jobs other items had started when one item fails after them', async () => {
		const { sandbox } = ctx;
		// The second job POST fails at Leonardo, after the first job was started (and charged).
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/generations',
			status: 500,
			after: 1,
		});
		const result = await run(
			sandbox,
			[create({ options: { concurrency: 1 } })],
			prompts('a fox', 'a cat', 'a bird'),
		);
		expect(result.status).toBe('error');
		expect(result.error.context.itemIndex).toBe(1);
		const posts = sandbox.requestsTo('api', 'POST', '/generations');
		expect(posts).toHaveLength(2);
		const firstId = sandbox.requestsTo('api', 'GET')[0].path.split('/').pop();
		expect(result.error.description).toContain(
			`The node stopped, so these jobs started by other items are not in its output (they are charged; fetch them with the matching "Get" operation): item 0: generation ${firstId}.`,
		);
	});

	it('keeps the generation ID of an item whose download failed, in its Continue On Fail item', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(sandbox, [create({ downloadImages: true }, true)], prompts('a fox'));
		const generationId = sandbox.requestsTo('api', 'GET')[0].path.split('/').pop();
		expect(result.output[0].json).toEqual({
			error: expect.stringMatching(
				/^Could not download the file from 127\.0\.0\.1:\d+ \(HTTP 404\)$/,
			),
			description: expect.stringContaining(
				`Already started for this item (and charged): generation ${generationId}.`,
			),
			generationId,
		});
	});

	it('with On Error → error output, sends the failed item there, its message naming the started job', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(
			sandbox,
			[{ ...create({ downloadImages: true }), onError: 'continueErrorOutput' }],
			prompts('a fox', 'a cat'),
		);
		expect(result.status).toBe('success');
		const [main, errors] = result.raw.data.resultData.runData['Leonardo 1'][0].data.main;
		expect(main).toHaveLength(1);
		expect(errors).toHaveLength(1);
		// n8n keeps only the error's message on an error-output item: the job ID is in it.
		const named =
			/\(already started for this item, and charged: generation ([0-9a-f-]{36})\)$/.exec(
				String(errors[0].json.error),
			);
		expect(named).not.toBeNull();
		expect(sandbox.state.generations.has(named![1])).toBe(true);
		expect(named![1]).not.toBe(main[0].json.generationId);
	});
});
