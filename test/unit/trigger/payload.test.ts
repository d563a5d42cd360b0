import {
	callbackJobId,
	generationFromCallback,
	readCallback,
	redactedBody,
} from '../../../nodes/LeonardoAi/trigger/payload';

const callback = {
	type: 'image_generation.complete',
	object: 'generation',
	timestamp: 1699490546932,
	api_version: 'v1',
	data: {
		object: {
			id: 'b7e2a1c3-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
			status: 'COMPLETE',
			prompt: 'a fox',
			modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
			imageWidth: 1024,
			imageHeight: 768,
			seed: '905778432',
			tokenCost: 0,
			apiDollarCost: '9',
			images: [
				{
					id: 'c1',
					url: 'https://cdn.leonardo.ai/c1.png',
					generationId: 'b7e2a1c3-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
					nsfw: false,
					likeCount: 0,
					trendingScore: 0,
				},
			],
			apiKey: {
				id: 'k1',
				name: 'n8n',
				type: 'PRODUCTION',
				key: 'the-api-key',
				webhookCallbackUrl: 'https://n8n.example.com/webhook/x/leonardo',
				webhookCallbackApiKey: 'whk-secret',
			},
		},
	},
};

describe('Leonardo AI Trigger: the callback as a generation', () => {
	it("maps the callback to Generation → Get's shape: generationId, status, images, the seed as a number", () => {
		const parsed = readCallback(callback)!;
		expect(parsed.type).toBe('image_generation.complete');
		expect(generationFromCallback(parsed.object)).toStrictEqual({
			generationId: 'b7e2a1c3-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
			status: 'COMPLETE',
			images: [
				{
					id: 'c1',
					url: 'https://cdn.leonardo.ai/c1.png',
					nsfw: false,
					likeCount: 0,
					generated_image_variation_generics: [],
				},
			],
			prompt: 'a fox',
			modelId: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
			imageWidth: 1024,
			imageHeight: 768,
			seed: 905778432,
		});
	});

	it('keeps the raw body without the API key and the webhook callback key', () => {
		const raw = redactedBody(callback);
		const apiKey = (raw.data as { object: { apiKey: Record<string, unknown> } }).object.apiKey;
		expect(apiKey).toMatchObject({
			key: '[redacted]',
			webhookCallbackApiKey: '[redacted]',
			name: 'n8n',
		});
		expect(JSON.stringify(raw)).not.toContain('the-api-key');
		expect(JSON.stringify(raw)).not.toContain('whk-secret');
		// The original is untouched.
		expect(callback.data.object.apiKey.key).toBe('the-api-key');
	});

	it('recognises only bodies shaped like a callback', () => {
		for (const body of [
			undefined,
			null,
			'text',
			[],
			{},
			{ type: 'x' },
			{ type: 1, data: { object: {} } },
		])
			expect(readCallback(body)).toBeUndefined();
		expect(
			readCallback({ type: 'post_processing.complete', data: { object: { id: 'v' } } }),
		).toEqual(expect.objectContaining({ type: 'post_processing.complete' }));
	});
});

describe('Leonardo AI Trigger: callbacks that do not follow the documented shape', () => {
	it('keeps the image entries that are objects, and none when "images" is not a list', () => {
		const images = (value: unknown) =>
			generationFromCallback({ id: 'g', status: 'COMPLETE', images: value } as never).images;
		expect(images('nope')).toEqual([]);
		expect(images({ 0: { id: 'a' } })).toEqual([]);
		expect(images(undefined)).toEqual([]);
		expect(images([null, 'x', 3, [], { id: 'a', url: 'u', secret: 's' }])).toEqual([
			{ id: 'a', url: 'u', generated_image_variation_generics: [] },
		]);
	});

	it('names the job for duplicate detection only by a usable id', () => {
		expect(callbackJobId({ id: 'g1' })).toBe('g1');
		expect(callbackJobId({ id: 42 })).toBe('42');
		for (const id of [undefined, null, '', '  ', {}, [], NaN, true])
			expect(callbackJobId({ id } as never)).toBeUndefined();
	});
});

describe('Leonardo AI Trigger: the generation fields taken from the callback', () => {
	it('has only the fields the callback carries, no key without a value', () => {
		const generation = generationFromCallback({
			id: 'g',
			status: 'COMPLETE',
			images: [{ id: 'a', url: 'https://cdn.leonardo.ai/a.png' }],
		});
		expect(Object.keys(generation)).toEqual(['generationId', 'status', 'images']);
		expect(Object.keys((generation.images as object[])[0])).toEqual([
			'id',
			'url',
			'generated_image_variation_generics',
		]);
	});

	it('turns only a seed of digits into a number; any other seed is passed on as it came', () => {
		const seed = (value: unknown) =>
			generationFromCallback({ id: 'g', status: 'COMPLETE', seed: value } as never).seed;
		expect(seed('905778432')).toBe(905778432);
		expect(seed('0')).toBe(0);
		expect(seed(905778432)).toBe(905778432);
		for (const value of ['', 'abc', '12abc', 'abc12', '-5', '1.5', ' 12', '12 ', '1e3'])
			expect(seed(value)).toBe(value);
		expect(seed(['42'])).toEqual(['42']);
		expect(seed(null)).toBeNull();
	});
});

describe('Leonardo AI Trigger: the raw body, whatever shape its "apiKey" has', () => {
	const body = (apiKey: unknown) =>
		({ type: 'image_generation.complete', data: { object: { id: 'g', apiKey } } }) as never;
	const apiKeyOf = (raw: Record<string, unknown>) =>
		(raw.data as { object: { apiKey: unknown } }).object.apiKey;

	it('redacts only the secrets there are, adding none', () => {
		expect(apiKeyOf(redactedBody(body({ id: 'k1', key: 'the-api-key' })))).toStrictEqual({
			id: 'k1',
			key: '[redacted]',
		});
		expect(
			apiKeyOf(redactedBody(body({ id: 'k1', webhookCallbackApiKey: 'whk-secret' }))),
		).toStrictEqual({ id: 'k1', webhookCallbackApiKey: '[redacted]' });
		expect(apiKeyOf(redactedBody(body({ id: 'k1' })))).toStrictEqual({ id: 'k1' });
	});

	it('redacts an "apiKey" sent as plain text', () => {
		expect(apiKeyOf(redactedBody(body('the-api-key')))).toBe('[redacted]');
	});

	it('passes an "apiKey" that is neither an object nor text on as it came, without throwing', () => {
		for (const apiKey of [null, 42, true, 0, ''])
			expect(redactedBody(body(apiKey))).toStrictEqual({
				type: 'image_generation.complete',
				data: { object: { id: 'g', apiKey } },
			});
		expect(redactedBody({ type: 'x', data: { object: { id: 'g' } } })).toStrictEqual({
			type: 'x',
			data: { object: { id: 'g' } },
		});
		expect(redactedBody({ type: 'x' })).toStrictEqual({ type: 'x' });
	});
});
