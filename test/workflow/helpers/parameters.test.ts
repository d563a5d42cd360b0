import { run, useSandbox } from '../../harness/context';

const node = (resource: string, operation: string, parameters: Record<string, unknown> = {}) => ({
	parameters: { resource, operation, ...parameters },
});
const create = (parameters: Record<string, unknown> = {}) =>
	node('generation', 'create', { prompt: 'a red fox', ...parameters });

describe('bad inputs are refused before any request, with a message that names the parameter', () => {
	const ctx = useSandbox();

	it.each([
		['..', /^"Generation ID" is not a Leonardo ID: "\.\."$/],
		['.', /^"Generation ID" is not a Leonardo ID: "\."$/],
		['  ', /^"Generation ID" is empty$/],
		['={{ 12345 }}', /^"Generation ID" is not a Leonardo ID: "12345"$/],
		['../../me', /^"Generation ID" is not a Leonardo ID: "\.\.\/\.\.\/me"$/],
	])('Generation → Delete with ID %s sends nothing', async (generationId, message) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [node('generation', 'delete', { generationId })]);
		expect(result.error.message).toMatch(message);
		expect(result.error.description).toMatch(/Map it from "Generation → Create"/);
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		['initImage', 'get', 'initImageId', 'Map it from "Init Image → Upload" ({{ $json.id }}).'],
		[
			'model',
			'get',
			'modelId',
			'Map it from "Model → Train" ({{ $json.modelId }}) or "Model → Get Many".',
		],
		['media', 'delete', 'mediaId', 'Map it from "Media → Upload" ({{ $json.id }}).'],
		['element', 'train', 'datasetId', 'Map it from "Dataset → Create" ({{ $json.id }}).'],
		[
			'blueprint',
			'get',
			'blueprintId',
			'Copy it from the Blueprint in the Leonardo web app, or map it from "Blueprint → Get" ({{ $json.akUUID }}).',
		],
		[
			'blueprint',
			'getExecution',
			'executionId',
			'Map it from "Blueprint → Execute" ({{ $json.blueprintExecutionId }}).',
		],
		['asset3d', 'delete', 'assetId', 'Map it from "3D Asset → Upload" ({{ $json.assetId }}).'],
	])(
		'%s → %s with an empty %s says where the ID comes from',
		async (resource, operation, name, from) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [
				node(resource, operation, { [name]: ' ', name: 'x', instancePrompt: 'x' }),
			]);
			expect(result.error.message).toMatch(/ is empty$/);
			expect(result.error.description).toBe(from);
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('refuses a dataset ID ".." for Upload Generated Image (it would reach another endpoint)', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			node('dataset', 'uploadGeneratedImage', {
				datasetId: '..',
				generatedImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
			}),
		]);
		expect(result.error.message).toBe('"Dataset ID" is not a Leonardo ID: ".."');
		expect(sandbox.requests).toEqual([]);
	});

	it('trims IDs and takes them in any letter case', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			node('generation', 'get', {
				generationId: '  7E1D2C3B-5A4F-4E6D-9C8B-0A1B2C3D4E5F ',
				downloadImages: false,
			}),
		]);
		expect(result.error.message).toBe(
			'Generation 7E1D2C3B-5A4F-4E6D-9C8B-0A1B2C3D4E5F was not found',
		);
		expect(sandbox.requestsTo('api', 'GET')[0].path).toBe(
			'/generations/7E1D2C3B-5A4F-4E6D-9C8B-0A1B2C3D4E5F',
		);
	});

	it('refuses a null prompt from an expression with a readable message', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ prompt: '={{ null }}' })]);
		expect(result.error.message).toBe('"Prompt" must be text, not null');
		expect(result.error.description).toMatch(
			/returned null: the field it reads is probably missing/,
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses an object as the prompt, and takes a number as text', async () => {
		const { sandbox } = ctx;
		const refused = await run(sandbox, [create({ prompt: '={{ { text: "fox" } }}' })]);
		expect(refused.error.message).toBe('"Prompt" must be text, not an object');
		expect(sandbox.requests).toEqual([]);
		const taken = await run(sandbox, [create({ prompt: '={{ 42 }}', waitForCompletion: false })]);
		expect(taken.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body.prompt).toBe('42');
	});

	it('refuses a prompt longer than Leonardo accepts before paying for anything', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ prompt: 'x'.repeat(1501) })]);
		expect(result.error.message).toBe(
			'The prompt has 1501 characters; Leonardo accepts at most 1500',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it.each([
		['={{ NaN }}', '"Wait Timeout (Seconds)" must be a number from 1 to 7200, not NaN'],
		['={{ "soon" }}', '"Wait Timeout (Seconds)" must be a number from 1 to 7200, not "soon"'],
		['={{ 1e9 }}', '"Wait Timeout (Seconds)" must be a number from 1 to 7200, not 1000000000'],
		['={{ -5 }}', '"Wait Timeout (Seconds)" must be a number from 1 to 7200, not -5'],
	])('refuses Wait Timeout %s', async (waitTimeout, message) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ options: { waitTimeout } })]);
		expect(result.error.message).toBe(message);
		expect(sandbox.requests).toEqual([]);
	});

	it('takes a Wait Timeout given as text ("2") as 2 seconds', async () => {
		const { sandbox } = ctx;
		sandbox.generationDelayMs = 60_000;
		const started = Date.now();
		const result = await run(sandbox, [create({ options: { waitTimeout: '={{ "2" }}' } })]);
		expect(result.error.message).toMatch(/^Generation [0-9a-f-]+ was not finished after 2 s$/);
		expect(Date.now() - started).toBeLessThan(8000);
	});

	it.each([
		[
			'numImages',
			'={{ "many" }}',
			'"Number of Images" must be a whole number from 1 to 8, not "many"',
		],
		['numImages', 2.5, '"Number of Images" must be a whole number from 1 to 8, not 2.5'],
		['initStrength', 3, '"Init Strength" must be a number from 0.1 to 0.9, not 3'],
	])('refuses %s = %s', async (name, value, message) => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({ initImageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f', [name]: value }),
		]);
		expect(result.error.message).toBe(message);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses an option of the wrong type (a text where Leonardo takes true or false)', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [create({ options: { alchemy: '={{ "yes" }}' } })]);
		expect(result.error.message).toBe('"Alchemy" must be true or false, not "yes"');
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses Additional Body Fields that are not JSON (unquoted names) with its own message, and sends nothing', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({ options: { additionalFields: '{tiling: true}' } }),
		]);
		expect(result.error.message).toBe('"Additional Body Fields (JSON)" is not a JSON object');
		expect(result.error.description).toBe(
			'Write an object with Leonardo\'s field names, e.g. {"tiling": true}.',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses Additional Body Fields that would override what the node sets, and sends nothing', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({
				numImages: 1,
				options: {
					additionalFields: '{"num_images": 8, "prompt": "something else", "tiling": true}',
				},
			}),
		]);
		expect(result.error.message).toBe(
			'"Additional Body Fields (JSON)" sets "num_images", "prompt", which the node already sets',
		);
		expect(result.error.description).toMatch(/only for fields the node has no parameter for/);
		expect(sandbox.requests).toEqual([]);
	});

	it('passes Additional Body Fields named like Object.prototype members ("toString", "constructor") on to Leonardo', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({
				numImages: 1,
				options: { additionalFields: '{"toString": "x", "constructor": 1}' },
			}),
		]);
		// Not refused as "already set by the node": Leonardo answers, as it does for any key it does not know.
		expect(result.error.message).toMatch(/Unexpected variable toString/);
		const [post] = sandbox.requestsTo('api', 'POST', '/generations');
		expect(post.body).toMatchObject({ prompt: 'a red fox', num_images: 1, toString: 'x' });
		// n8n's HTTP client (axios 1.18's mergeConfig) drops "constructor" keys from a JSON body.
		expect(Object.hasOwn(post.body, 'constructor')).toBe(false);
	});

	it('refuses "__proto__" in Additional Body Fields, and sends nothing', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			create({ options: { additionalFields: '{"__proto__": {"num_images": 8}, "tiling": true}' } }),
		]);
		expect(result.error.message).toBe('"Additional Body Fields (JSON)" may not set "__proto__"');
		expect(result.error.description).toBe(
			'"__proto__" is not a Leonardo field. Remove it from the JSON.',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it("refuses Additional Body Fields that would change a variation's source image", async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			node('variation', 'upscale', {
				imageId: '7e1d2c3b-5a4f-4e6d-9c8b-0a1b2c3d4e5f',
				options: { additionalFields: '{"id": "00000000-0000-4000-8000-000000000000"}' },
			}),
		]);
		expect(result.error.message).toBe(
			'"Additional Body Fields (JSON)" sets "id", which the node already sets',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('refuses a Concurrency that is not a whole number from 0 to 50', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			node('generation', 'getMany', { returnAll: true, options: { concurrency: '={{ NaN }}' } }),
		]);
		expect(result.error.message).toBe('"Concurrency" must be a whole number from 0 to 50, not NaN');
		expect(sandbox.requests).toEqual([]);
	});
});
