import { sleep } from 'n8n-workflow';

import { datasetWithImages, fileItem, run, useSandbox } from '../../harness/context';

const element = (operation: string, parameters: Record<string, unknown> = {}) => ({
	name: 'Element',
	parameters: { resource: 'element', operation, ...parameters },
});

const train = (datasetId: string, parameters: Record<string, unknown> = {}) =>
	element('train', { datasetId, name: 'Watercolor houses', ...parameters });

describe('Element → Train, Get, Get Many, Delete', () => {
	const ctx = useSandbox({ generationDelayMs: 200 });

	it('trains on a dataset with the documented defaults for FLUX Dev Style, after counting its images; Get, Get Many and Delete follow it', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 10);
		const started = await run(sandbox, [train(datasetId)]);

		expect(started.status).toBe('success');
		// The dataset is read first (its image count), then one training POST.
		expect(sandbox.requestsTo('api').map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /datasets/${datasetId}`,
			'POST /elements',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/elements')[0].body).toEqual({
			name: 'Watercolor houses',
			datasetId,
			lora_focus: 'Style',
			train_text_encoder: true,
			resolution: 1024,
			sd_version: 'FLUX_DEV',
			num_train_epochs: 60,
			learning_rate: 0.00001,
		});
		const { elementId } = started.output[0].json;
		expect(started.output[0].json).toEqual({
			elementId: expect.stringMatching(/^\d+$/),
			status: 'PENDING',
			cost: { amount: '200', unit: 'CREDITS' },
		});

		await sleep(300);
		const got = await run(sandbox, [element('get', { elementId })]);
		expect(got.output[0].json).toMatchObject({
			elementId,
			id: Number(elementId),
			name: 'Watercolor houses',
			baseModel: 'FLUX_DEV',
			focus: 'Style',
			status: 'COMPLETE',
		});

		const many = await run(sandbox, [element('getMany')]);
		const listed = many.output.map((item) => item.json);
		expect(listed.filter((e) => e.source === 'platform').length).toBeGreaterThan(0);
		expect(listed.filter((e) => e.source === 'platform')[0]).toMatchObject({
			akUUID: expect.any(String),
			baseModel: expect.any(String),
			weightMin: expect.any(Number),
			weightMax: expect.any(Number),
		});
		expect(listed.filter((e) => e.source === 'custom')).toEqual([
			expect.objectContaining({ elementId, status: 'COMPLETE' }),
		]);
		const platformOnly = await run(sandbox, [element('getMany', { includeCustom: false })]);
		expect(platformOnly.output.every((item) => item.json.source === 'platform')).toBe(true);

		const deleted = await run(sandbox, [element('delete', { elementId })]);
		expect(deleted.output[0].json).toEqual({ elementId, deleted: true });
		const gone = await run(sandbox, [element('get', { elementId })]);
		expect(gone.error.message).toBe(`Element ${String(elementId)} was not found`);
		const again = await run(sandbox, [element('delete', { elementId })]);
		expect(again.error.message).toBe(`Element ${String(elementId)} was not found`);
	});

	it('prices a FLUX Dev training on more than 50 images as 50 — an assumption (the calculator takes 1–50), the output warns', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 55);
		// 20 credits an image by the sandbox's rule: 50 images fit a budget of 1000, 55 would not.
		const started = await run(sandbox, [train(datasetId, { options: { maxCredits: 1000 } })]);
		expect(started.error?.message ?? started.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/pricing-calculator').map((r) => r.body)).toEqual([
			{
				service: 'MODEL_TRAINING',
				serviceParams: {
					MODEL_TRAINING: { resolution: 1024, sd_version: 'FLUX_DEV', datasetImageCount: 50 },
				},
			},
		]);
		expect(started.output[0].json).toMatchObject({
			cost: { amount: '1000', unit: 'CREDITS' },
			warnings: [
				"The dataset has 55 images; Leonardo's training guide uses at most 50 for an element, so some may be left out.",
			],
		});
	});

	it('warns about an SDXL dataset of 41 images, not one of 40: the guide trains SDXL elements on at most 40', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 40);
		const sdxl = train(datasetId, {
			sdVersion: 'SDXL_1_0',
			loraFocus: 'Style',
			instancePrompt: 'inkwash',
		});
		const forty = await run(sandbox, [sdxl]);
		expect(forty.error?.message ?? forty.status).toBe('success');
		expect(forty.output[0].json).not.toHaveProperty('warnings');

		await run(
			sandbox,
			[{ parameters: { resource: 'dataset', operation: 'uploadImage', datasetId } }],
			[fileItem('photo-640x480.jpg')],
		);
		const fortyOne = await run(sandbox, [sdxl]);
		expect(fortyOne.output[0].json.warnings).toEqual([
			"The dataset has 41 images; Leonardo's training guide uses at most 40 for an element, so some may be left out.",
		]);
	});

	it('names a dataset of one image in the singular when it is too small', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 1);
		const result = await run(sandbox, [train(datasetId)]);
		expect(result.error.message).toBe(
			`Dataset ${datasetId} has 1 image; training an element needs at least 10`,
		);
		expect(result.error.description).toBe(
			'Add 9 more with "Dataset → Upload Image" or "Upload Generated Image". Nothing was started.',
		);
	});

	it('waits for the trained element when asked, with an SDXL Character element and the user’s own settings', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 12);
		const result = await run(sandbox, [
			train(datasetId, {
				sdVersion: 'SDXL_1_0',
				loraFocus: 'Character',
				instancePrompt: 'jackthedog',
				description: 'Our mascot',
				learningRate: 0.000002,
				numTrainEpochs: 150,
				trainTextEncoder: false,
				waitForCompletion: true,
			}),
		]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/elements').map((r) => r.body)).toEqual([
			{
				name: 'Watercolor houses',
				description: 'Our mascot',
				datasetId,
				instance_prompt: 'jackthedog',
				lora_focus: 'Character',
				train_text_encoder: false,
				resolution: 1024,
				sd_version: 'SDXL_1_0',
				num_train_epochs: 150,
				learning_rate: 0.000002,
			},
		]);
		expect(result.output[0].json).toMatchObject({
			elementId: expect.stringMatching(/^\d+$/),
			status: 'COMPLETE',
			baseModel: 'SDXL_1_0',
			instancePrompt: 'jackthedog',
			cost: { amount: '50', unit: 'CREDITS' },
		});
	});

	it('refuses before any training POST: too few dataset images, FLUX General, a missing instance prompt, out-of-range settings', async () => {
		const { sandbox } = ctx;
		const small = await datasetWithImages(sandbox, 3);
		const tooFew = await run(sandbox, [train(small)]);
		expect(tooFew.error.message).toBe(
			`Dataset ${small} has 3 images; training an element needs at least 10`,
		);
		expect(tooFew.error.description).toMatch(/Add 7 more .* Nothing was started/);

		const full = await datasetWithImages(sandbox, 10);
		const cases: Array<[Record<string, unknown>, string, string?]> = [
			[
				{ loraFocus: 'General' },
				'FLUX Dev elements cannot have the General focus',
				'Pick Style, Character or Object, or an SDXL base model for a General element.',
			],
			[
				{ sdVersion: 'SDXL_1_0' },
				'"Instance Prompt" is required for this element',
				"Leonardo needs it for every base model except FLUX Dev Style and Object elements: a rare word for what you train, e.g. 'jackthedog'.",
			],
			[{ loraFocus: 'Character' }, '"Instance Prompt" is required for this element'],
			[{ numTrainEpochs: 200 }, '"Training Epochs" must be a whole number from 30 to 120, not 200'],
			[{ numTrainEpochs: -5 }, '"Training Epochs" must be a whole number of at least 0, not -5'],
			[{ numTrainEpochs: 0.5 }, '"Training Epochs" must be a whole number of at least 0, not 0.5'],
			[
				{ learningRate: 0.01 },
				'"Learning Rate" must be a number from 0.000001 to 0.00003, not 0.01',
			],
			[
				{ resolution: 512 },
				'Leonardo trains elements at 1024 only, not 512',
				'Set "Resolution" to 1024.',
			],
			[{ resolution: 0 }, '"Resolution" must be a number of at least 1, not 0'],
			[{ name: '  ' }, 'The element needs a name', 'Fill in "Name".'],
		];
		for (const [parameters, message, hint] of cases) {
			const result = await run(sandbox, [train(full, parameters)]);
			expect(result.error.message).toBe(message);
			if (hint) expect(result.error.description).toBe(hint);
		}
		const badId = await run(sandbox, [element('get', { elementId: '../me' })]);
		expect(badId.error.message).toBe('"Element ID" is not an element ID: "../me"');
		expect(sandbox.requestsTo('api', 'POST')).toHaveLength(0);
	});

	// Number() would read "0x10" as 16 and "1e3" as 1000, and GET /elements/0x10 reach another element.
	it.each(['0x10', '1e3', ' 12', '1234567890123456', '-1', '12.0'])(
		'Get and Delete refuse the element ID %j before any request',
		async (elementId) => {
			const { sandbox } = ctx;
			for (const operation of ['get', 'delete']) {
				const result = await run(sandbox, [element(operation, { elementId })]);
				expect(result.error.message).toBe(`"Element ID" is not an element ID: "${elementId}"`);
				expect(result.error.description).toMatch(
					/^An element ID is a whole number of 1 to 15 digits/,
				);
			}
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('Get takes an element ID of 1 to 15 digits as it is, typed or from an expression', async () => {
		const { sandbox } = ctx;
		for (const elementId of ['7', '123456789012345', '={{ 123 }}']) {
			const result = await run(sandbox, [element('get', { elementId })]);
			expect(result.error.message).toMatch(/^Element (7|123456789012345|123) was not found$/);
		}
		expect(sandbox.requestsTo('api').map((r) => r.path)).toEqual([
			'/elements/7',
			'/elements/123456789012345',
			'/elements/123',
		]);
	});

	it('checks every item before the first training starts: one bad item in a batch starts nothing', async () => {
		const { sandbox } = ctx;
		const good = await datasetWithImages(sandbox, 10);
		const small = await datasetWithImages(sandbox, 2);
		const result = await run(
			sandbox,
			[element('train', { datasetId: '={{ $json.datasetId }}', name: 'batch' })],
			[{ json: { datasetId: good } }, { json: { datasetId: small } }],
		);
		expect(result.error.message).toMatch(/has 2 images/);
		expect(sandbox.requestsTo('api', 'POST', '/elements')).toHaveLength(0);
	});

	it('reports a FAILED training with its element ID, trained once, and a Continue On Fail item', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 10);
		sandbox.failTrainings = true;
		const result = await run(sandbox, [
			{ ...train(datasetId, { waitForCompletion: true }), continueOnFail: true },
		]);
		const item = result.output[0].json;
		expect(item.error).toMatch(/^Element \d+ failed at Leonardo$/);
		expect(item.elementId).toEqual(expect.stringMatching(/^\d+$/));
		expect(sandbox.requestsTo('api', 'POST', '/elements')).toHaveLength(1);
	});

	it('gives up after its Wait Timeout, naming the element that is still training, and never trains twice', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 10);
		sandbox.trainingDelayMs = 60_000;
		const result = await run(sandbox, [
			train(datasetId, { waitForCompletion: true, options: { waitTimeout: 1 } }),
		]);
		expect(result.error.message).toMatch(/^Element \d+ was not finished after 1 s$/);
		expect(result.error.description).toMatch(
			/Already started for this item \(and charged\): element \d+/,
		);
		expect(sandbox.requestsTo('api', 'POST', '/elements')).toHaveLength(1);
	});

	it('never repeats a training POST that failed at Leonardo (it may have started and be charged)', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 10);
		sandbox.faults.push({ server: 'api', method: 'POST', path: '/elements', status: 503 });
		const result = await run(sandbox, [train(datasetId)]);
		expect(result.status).toBe('error');
		expect(sandbox.requestsTo('api', 'POST', '/elements')).toHaveLength(1);
		const missingId = await datasetWithImages(sandbox, 10);
		// An answer without the new ID is not a success either: the item says the job may be charged.
		sandbox.faults.push({
			server: 'api',
			method: 'POST',
			path: '/elements',
			status: 200,
			body: { sdTrainingJob: { cost: { amount: '50', unit: 'CREDITS' } } },
		});
		const noId = await run(sandbox, [train(missingId)]);
		expect(noId.error.message).toBe(
			'Leonardo answered POST /elements with HTTP 200 but no element ID: the job may have started and been charged',
		);
		expect(noId.error.description).toContain(
			'Check with Element → Get Many (Include My Trained Elements) before running this item again. Leonardo\'s answer: {"sdTrainingJob":{"cost":{"amount":"50","unit":"CREDITS"}}}',
		);
		expect(sandbox.requestsTo('api', 'POST', '/elements')).toHaveLength(1);
	});
});
