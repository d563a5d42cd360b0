import { sleep } from 'n8n-workflow';

import { datasetWithImages, run, useSandbox } from '../../harness/context';

const model = (operation: string, parameters: Record<string, unknown> = {}) => ({
	name: 'Model',
	parameters: { resource: 'model', operation, ...parameters },
});

describe('Model → Train, Get, Delete (custom models)', () => {
	const ctx = useSandbox({ generationDelayMs: 200 });

	it('trains a custom model on a dataset as the API reference names its fields; Get follows it, Get Many lists it, Delete removes it', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 4);
		const started = await run(sandbox, [
			model('train', {
				datasetId,
				name: 'Shop shots',
				instancePrompt: 'a product photo',
				modelType: 'PIXEL_ART',
				strength: 'HIGH',
				resolution: 768,
			}),
		]);
		expect(started.status).toBe('success');
		expect(sandbox.requestsTo('api').map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /datasets/${datasetId}`,
			'POST /models',
		]);
		expect(sandbox.requestsTo('api', 'POST', '/models')[0].body).toEqual({
			name: 'Shop shots',
			datasetId,
			instance_prompt: 'a product photo',
			modelType: 'PIXEL_ART',
			nsfw: false,
			resolution: 768,
			sd_version: 'v1_5',
			strength: 'HIGH',
		});
		const { modelId } = started.output[0].json;
		expect(started.output[0].json).toEqual({
			modelId: expect.stringMatching(/^[0-9a-f-]{36}$/),
			status: 'PENDING',
			cost: { amount: '1500', unit: 'CREDITS' },
		});

		await sleep(300);
		const got = await run(sandbox, [model('get', { modelId })]);
		expect(got.output[0].json).toMatchObject({
			modelId,
			name: 'Shop shots',
			type: 'PIXEL_ART',
			status: 'COMPLETE',
		});
		const many = await run(sandbox, [model('getMany')]);
		expect(many.output.map((item) => item.json)).toContainEqual(
			expect.objectContaining({ id: modelId, source: 'custom', status: 'COMPLETE' }),
		);
		const deleted = await run(sandbox, [model('delete', { modelId })]);
		expect(deleted.output[0].json).toEqual({ modelId, deleted: true });
		const gone = await run(sandbox, [model('get', { modelId })]);
		expect(gone.error.message).toBe(`Model ${String(modelId)} was not found`);
		const again = await run(sandbox, [model('delete', { modelId })]);
		expect(again.error.message).toBe(`Model ${String(modelId)} was not found`);
	});

	it('waits for the trained model when asked; strength is sent only for Pixel Art', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 2);
		const result = await run(sandbox, [
			model('train', {
				datasetId,
				name: 'Portraits',
				instancePrompt: 'a portrait',
				sdVersion: 'v2',
				nsfw: true,
				description: 'Studio light',
				strength: 'LOW',
				waitForCompletion: true,
			}),
		]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/models').map((r) => r.body)).toEqual([
			{
				name: 'Portraits',
				description: 'Studio light',
				datasetId,
				instance_prompt: 'a portrait',
				modelType: 'GENERAL',
				nsfw: true,
				resolution: 512,
				sd_version: 'v2',
			},
		]);
		expect(result.output[0].json).toMatchObject({ status: 'COMPLETE', sdVersion: 'v2' });
	});

	it('refuses before any training POST: an empty dataset, no instance prompt, a resolution Leonardo does not train at', async () => {
		const { sandbox } = ctx;
		const empty = await datasetWithImages(sandbox, 0);
		const base = { datasetId: empty, name: 'x', instancePrompt: 'a thing' };
		const noImages = await run(sandbox, [model('train', base)]);
		expect(noImages.error.message).toBe(
			`Dataset ${empty} has 0 images; training a model needs at least 1`,
		);
		const full = await datasetWithImages(sandbox, 1);
		const cases: Array<[Record<string, unknown>, string, string]> = [
			[
				{ instancePrompt: '={{ "  " }}' },
				'"Instance Prompt" is empty',
				'Leonardo needs the prompt the model is trained with.',
			],
			[
				{ resolution: '={{ 1024 }}' },
				'Leonardo trains models at 512 or 768, not 1024',
				'Set "Resolution" to 512 or 768.',
			],
			[{ name: '={{ "" }}' }, 'The model needs a name', 'Fill in "Name".'],
		];
		for (const [parameters, message, hint] of cases) {
			const result = await run(sandbox, [
				model('train', { ...base, datasetId: full, ...parameters }),
			]);
			expect(result.error.message).toBe(message);
			expect(result.error.description).toBe(hint);
		}
		const badId = await run(sandbox, [model('get', { modelId: '..' })]);
		expect(badId.error.message).toBe('"Model ID" is not a Leonardo ID: ".."');
		expect(sandbox.requestsTo('api', 'POST')).toHaveLength(0);
	});

	it('Max Credits keeps each resolution at its own price: 1500 at 768, then 750 at 512, fit in 2250', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 1);
		const result = await run(
			sandbox,
			[
				model('train', {
					datasetId,
					name: 'Shop shots',
					instancePrompt: 'a product photo',
					resolution: '={{ $json.resolution }}',
					options: { maxCredits: 2250, concurrency: 1 },
				}),
			],
			[{ json: { resolution: 768 } }, { json: { resolution: 512 } }],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		// The sandbox's prices (api/pricing.js): 1500 above 512, else 750.
		expect(sandbox.charges).toEqual([
			{ path: '/models', credits: 1500 },
			{ path: '/models', credits: 750 },
		]);
	});

	it('reports a FAILED training with its model ID, trained once', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 1);
		sandbox.failTrainings = true;
		const result = await run(sandbox, [
			{
				...model('train', {
					datasetId,
					name: 'x',
					instancePrompt: 'a thing',
					waitForCompletion: true,
				}),
				continueOnFail: true,
			},
		]);
		expect(result.output[0].json.error).toMatch(/^Model [0-9a-f-]{36} failed at Leonardo$/);
		expect(result.output[0].json.modelId).toEqual(expect.any(String));
		expect(sandbox.requestsTo('api', 'POST', '/models')).toHaveLength(1);
	});
});
