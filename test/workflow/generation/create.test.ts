import { fileItem, run, useSandbox } from '../../harness/context';
import { PLATFORM_MODELS } from '../../sandbox';

const create = (parameters: Record<string, unknown> = {}) => ({
	name: 'Generate',
	parameters: { resource: 'generation', operation: 'create', prompt: 'a red fox', ...parameters },
});

function pngSize(buffer: Buffer) {
	return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('Generation → Create', () => {
	const ctx = useSandbox();

	it('sends only what the user set, waits for the job and returns the images as binary', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create()]);

		expect(result.status).toBe('success');
		const [post] = sandbox.requestsTo('api', 'POST', '/generations');
		expect(post.body).toEqual({ prompt: 'a red fox', width: 1024, height: 768, num_images: 1 });
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);

		const [item] = result.output;
		expect(item.json).toMatchObject({
			generationId: expect.any(String),
			status: 'COMPLETE',
			images: [
				{ id: expect.any(String), url: expect.stringContaining('/generations/'), nsfw: false },
			],
			cost: { amount: '3', unit: 'CREDITS' },
			imageWidth: 1024,
			imageHeight: 768,
		});
		expect(item.binary?.image_0).toMatchObject({
			mimeType: 'image/png',
			fileName: `${item.json.generationId}_0.png`,
		});
		expect(pngSize(item.binary!.image_0.buffer)).toEqual({ width: 1024, height: 768 });
		// No poll after COMPLETE; downloads carry no credential.
		expect(sandbox.requestsTo('api', 'GET', /^\/generations\//)).toHaveLength(1);
		expect(sandbox.requestsTo('cdn').every((r) => r.headers.authorization === undefined)).toBe(
			true,
		);
	});

	it("maps the options to Leonardo's wire names and adds Additional Body Fields the node does not set", async () => {
		const { sandbox } = ctx;
		const model = PLATFORM_MODELS[1];
		await run(sandbox, [
			create({
				modelId: { __rl: true, mode: 'list', value: model.id },
				numImages: 2,
				width: 768,
				height: 512,
				options: {
					negativePrompt: 'blurry',
					alchemy: false,
					presetStyle: 'CINEMATIC',
					guidanceScale: 9,
					numInferenceSteps: 30,
					seed: 42,
					scheduler: 'LEONARDO',
					sdVersion: 'PHOENIX',
					photoReal: false,
					public: false,
					tiling: true,
					additionalFields:
						'{"contrast": 3.5, "styleUUID": "111dc692-d470-4eec-b791-3475abac4c46"}',
				},
			}),
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toEqual({
			prompt: 'a red fox',
			modelId: model.id,
			width: 768,
			height: 512,
			num_images: 2,
			negative_prompt: 'blurry',
			alchemy: false,
			presetStyle: 'CINEMATIC',
			guidance_scale: 9,
			num_inference_steps: 30,
			seed: 42,
			scheduler: 'LEONARDO',
			sd_version: 'PHOENIX',
			photoReal: false,
			public: false,
			tiling: true,
			contrast: 3.5,
			styleUUID: '111dc692-d470-4eec-b791-3475abac4c46',
		});
	});

	it('accepts a model by ID and passes a preset style typed as an expression unchanged: Leonardo decides', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({
				modelId: { __rl: true, mode: 'id', value: PLATFORM_MODELS[2].id },
				options: { presetStyle: '={{ "BRAND_NEW_STYLE" }}' },
			}),
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toMatchObject({
			modelId: PLATFORM_MODELS[2].id,
			presetStyle: 'BRAND_NEW_STYLE',
		});
		// The sandbox holds Leonardo's enum as the SDK knows it today; a value it does not know is refused there.
		expect(result.error.message).toMatch(
			/^Leonardo API error: invalid value "BRAND_NEW_STYLE" for 'presetStyle'/,
		);
	});

	it("shows Leonardo's own error for a field it does not know, with a hint", async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({ options: { additionalFields: '{"sd_Version": "v2"}' } }),
		]);
		expect(result.status).toBe('error');
		expect(result.error.message).toBe('Leonardo API error: Unexpected variable sd_Version');
		expect(result.error.description).toMatch(/case-sensitive/);
	});

	it('refuses Additional Body Fields that are not a JSON object before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ options: { additionalFields: '[1, 2]' } })]);
		expect(result.error.message).toBe('"Additional Body Fields (JSON)" is not a JSON object');
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		['width', 24, 32],
		['width', 1544, 1536],
		['height', 4096, 1536],
		['height', -8, 32],
	])('refuses %s %d, outside 32–1536, naming %d', async (side, value, nearest) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ [side]: value })]);
		expect(result.error.message).toBe(
			`${side === 'width' ? 'Width' : 'Height'} ${value} is not a size Leonardo accepts`,
		);
		expect(result.error.description).toBe(`Use a multiple of 8 from 32 to 1536, e.g. ${nearest}.`);
		expect(sandbox.requests).toEqual([]);
	});

	it('sends the smallest and largest sides as they are', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ width: 32, height: 1536, downloadImages: false })]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toMatchObject({
			width: 32,
			height: 1536,
		});
	});

	it('refuses a size Leonardo would reject, naming a valid one, before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ width: 1020 })]);
		expect(result.error.message).toBe('Width 1020 is not a size Leonardo accepts');
		expect(result.error.description).toMatch(/multiple of 8 from 32 to 1536, e.g. 1024/);
		expect(sandbox.requests).toEqual([]);
	});

	it('without Wait for Completion, outputs the pending job at once', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ waitForCompletion: false })]);
		expect(result.output[0].json).toEqual({
			generationId: expect.any(String),
			status: 'PENDING',
			cost: { amount: '3', unit: 'CREDITS' },
		});
		expect(result.output[0].binary).toBeUndefined();
		expect(sandbox.requestsTo('api', 'GET')).toEqual([]);
	});

	it('can put each image on its own item', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({ numImages: 3, options: { imageOutput: 'itemPerImage' } }),
		]);
		expect(result.output).toHaveLength(3);
		expect(
			result.output.map((i) => [i.json.imageIndex, i.binary?.data?.mimeType, i.pairedItem]),
		).toEqual([
			[0, 'image/png', { item: 0 }],
			[1, 'image/png', { item: 0 }],
			[2, 'image/png', { item: 0 }],
		]);
		expect(result.output[1].json.image).toEqual(
			result.output[1].json.images && (result.output[1].json.images as unknown[])[1],
		);
	});

	it('without Download Images, outputs the URLs only', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ downloadImages: false })]);
		expect(result.output[0].binary).toBeUndefined();
		expect(sandbox.requestsTo('cdn')).toEqual([]);
	});

	it('fails clearly when Leonardo reports the job FAILED, after exactly one POST', async () => {
		const { sandbox } = ctx;
		sandbox.failGenerations = true;
		const result = await run(sandbox, [create()]);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(/^Generation [0-9a-f-]+ failed at Leonardo$/);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});

	it('gives up after the wait timeout, saying how to fetch the result later', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		const result = await run(sandbox, [create({ options: { waitTimeout: 2 } })]);
		expect(result.error.message).toMatch(/^Generation [0-9a-f-]+ was not finished after 2 s$/);
		expect(result.error.description).toMatch(/Generation → Get|"Get" operation/);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});

	it('with Continue On Fail, keeps going past a failed item', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[{ ...create({ prompt: '={{ $json.prompt }}' }), continueOnFail: true }],
			[{ json: { prompt: 'a cat' } }, { json: { prompt: '' } }, { json: { prompt: 'a dog' } }],
		);
		expect(result.output.map((i) => i.json.error ?? i.json.prompt)).toEqual([
			'a cat',
			'The prompt is empty',
			'a dog',
		]);
		expect(result.output.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(2);
	});
});

describe('Init Image → Upload, then Generation → Create from its ID', () => {
	const ctx = useSandbox();
	const upload = { name: 'Upload', parameters: { resource: 'initImage', operation: 'upload' } };

	it('generates from the uploaded image, passing init_image_id and init_strength', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				upload,
				create({ initImageId: '={{ $json.id }}', initStrength: 0.35, sizeMode: 'matchInitImage' }),
			],
			[fileItem('photo-640x480.png')],
		);
		expect(result.status).toBe('success');
		const initImageId = result.outputs.Upload[0].json.id;
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toEqual({
			prompt: 'a red fox',
			width: 1024,
			height: 768,
			num_images: 1,
			init_image_id: initImageId,
			init_strength: 0.35,
		});
		expect(result.output[0].json).toMatchObject({ status: 'COMPLETE', initImageId });
		expect(result.output[0].json.warnings).toBeUndefined();
		expect(result.output[0].binary?.image_0.mimeType).toBe('image/png');
	});

	it('matches a portrait init image with the chosen longest side', async () => {
		const { sandbox } = ctx;
		await run(
			sandbox,
			[
				upload,
				create({ initImageId: '={{ $json.id }}', sizeMode: 'matchInitImage', maxSide: 768 }),
			],
			[fileItem('portrait-300x500.jpg')],
		);
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toMatchObject({
			width: 464,
			height: 768,
		});
	});

	it('warns when an explicit size distorts the init image by more than 2%', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[upload, create({ initImageId: '={{ $json.id }}', width: 1024, height: 1024 })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.output[0].json.warnings).toEqual([
			'The size 1024×1024 distorts the init image\'s aspect ratio (640×480) by 33%, so the result may look stretched. Set "Size" to "Match Init Image", or crop the image to this aspect ratio first with the Edit Image node.',
		]);
		// It read only the first bytes of the init image to learn its size.
		expect(sandbox.requestsTo('s3', 'GET')[0].headers.range).toBe('bytes=0-131071');
	});

	it('generates anyway, with a warning, when the init image cannot be read to check its aspect ratio', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({
			server: 's3',
			method: 'GET',
			status: 404,
			body: '<Error><Code>NoSuchKey</Code></Error>',
		});
		const result = await run(
			sandbox,
			[upload, create({ initImageId: '={{ $json.id }}', width: 1024, height: 1024 })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.status).toBe('success');
		expect(result.output[0].json.warnings).toEqual([
			expect.stringMatching(/^Could not check the init image's aspect ratio: .*404.*\.$/),
		]);
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
	});

	it('does not warn when the explicit size keeps the aspect ratio', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[upload, create({ initImageId: '={{ $json.id }}', width: 1024, height: 768 })],
			[fileItem('photo-640x480.png')],
		);
		expect(result.output[0].json.warnings).toBeUndefined();
	});

	it('asks for an init image when Match Init Image has none', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ sizeMode: 'matchInitImage' })]);
		expect(result.error.message).toBe('"Match Init Image" needs an uploaded Init Image ID');
		expect(result.error.description).toBe(
			'Fill in "Init Image ID" with an uploaded init image (Init Image Type "Uploaded Init Image"), or set "Size" to "Custom".',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses an Init Image ID that is not an ID, saying where to map one from', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ initImageId: 'photo.png' })]);
		expect(result.error.message).toBe('"Init Image ID" is not a Leonardo ID: "photo.png"');
		expect(result.error.description).toContain(
			'Use json.id of "Init Image → Upload", or a generated image\'s ID (images[n].id).',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it("passes on Leonardo's complaint about an unknown init image id with a hint", async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({ initImageId: '5a1f3c2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b' }),
		]);
		expect(result.error.message).toBe('Leonardo API error: invalid init image id');
		expect(result.error.description).toMatch(/Init Image → Upload/);
		expect(result.output ?? []).toEqual([]);
	});
});
