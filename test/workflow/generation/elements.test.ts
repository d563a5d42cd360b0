import { PLATFORM_ELEMENTS } from '../../sandbox/api/elements';
import { datasetWithImages, fileItem, run, useSandbox } from '../../harness/context';

const GLASS = PLATFORM_ELEMENTS[0]; // SDXL_1_0, weight -1 to 2
const WATERCOLOR = PLATFORM_ELEMENTS[1]; // FLUX_DEV, weight 0 to 1.5

const generate = (options: Record<string, unknown>, parameters: Record<string, unknown> = {}) => ({
	name: 'Generate',
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: 'a lighthouse at dusk',
		numImages: 1,
		downloadImages: false,
		...parameters,
		options,
	},
});

const elements = (...entries: Array<[string, number]>) => ({
	element: entries.map(([id, weight]) => ({ id, weight })),
});

/**
 * An element trained on a new dataset; `trainingDelayMs` keeps it pending, `fails` ends its training
 * FAILED (both set after the dataset, whose set-up resets the sandbox).
 */
async function trainedElementId(
	sandbox: Parameters<typeof run>[0],
	wait: boolean,
	trainingDelayMs?: number,
	fails = false,
): Promise<string> {
	const datasetId = await datasetWithImages(sandbox, 10);
	if (trainingDelayMs !== undefined) sandbox.trainingDelayMs = trainingDelayMs;
	sandbox.failTrainings = fails;
	const trained = await run(sandbox, [
		{
			parameters: {
				resource: 'element',
				operation: 'train',
				datasetId,
				name: 'House style',
				waitForCompletion: wait,
			},
		},
	]);
	sandbox.reset();
	return String(trained.output[0].json.elementId);
}

describe('Generation → Create / Create From Image: Options → Elements, Style, Transparency', () => {
	const ctx = useSandbox({ generationDelayMs: 200 });

	it('sends a platform element as elements and a trained one as userElements, with the style and transparency', async () => {
		const { sandbox } = ctx;
		const elementId = await trainedElementId(sandbox, true);
		const result = await run(sandbox, [
			generate({
				sdVersion: 'FLUX_DEV',
				elements: elements([String(WATERCOLOR.akUUID), 0.8], [elementId, 1.2]),
				styleUUID: 'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
				transparency: 'foreground_only',
			}),
		]);
		expect(result.status).toBe('success');
		const [post] = sandbox.requestsTo('api', 'POST', '/generations');
		expect(post.body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 1024,
			height: 768,
			num_images: 1,
			sd_version: 'FLUX_DEV',
			styleUUID: 'a5632c7c-ddbb-4e2f-ba34-8456ab3ac436',
			transparency: 'foreground_only',
			elements: [{ akUUID: WATERCOLOR.akUUID, weight: 0.8 }],
			userElements: [{ userLoraId: Number(elementId), weight: 1.2 }],
		});
		// The elements are read before the POST: the platform list once, the trained element by ID.
		expect(
			sandbox
				.requestsTo('api')
				.map((r) => `${r.method} ${r.path}`)
				.slice(0, 3),
		).toEqual(['GET /elements', `GET /elements/${elementId}`, 'POST /generations']);
		expect(result.output[0].json.generation_elements).toEqual([
			expect.objectContaining({ weightApplied: 0.8 }),
			expect.objectContaining({ id: Number(elementId), weightApplied: 1.2 }),
		]);
	});

	it('Create From Image takes elements too, and a batch reads the platform list once', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				{
					parameters: {
						resource: 'generation',
						operation: 'createFromImage',
						prompt: 'as glass',
						numImages: 1,
						downloadImages: false,
						options: { elements: elements([String(GLASS.akUUID), -0.5]) },
					},
				},
			],
			[fileItem('photo-640x480.jpg'), fileItem('photo-640x480.png')],
		);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'GET', '/elements')).toHaveLength(1);
		expect(sandbox.requestsTo('api', 'POST', '/generations').map((r) => r.body.elements)).toEqual([
			[{ akUUID: GLASS.akUUID, weight: -0.5 }],
			[{ akUUID: GLASS.akUUID, weight: -0.5 }],
		]);
	});

	it('refuses before the generation POST: an unknown element, a weight out of range, an element still training, the wrong SD Version', async () => {
		const { sandbox } = ctx;
		const training = await trainedElementId(sandbox, false, 60_000);
		const cases: Array<[Record<string, unknown>, string, RegExp]> = [
			[
				{ elements: elements(['9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 1]) },
				"Element 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d is not one of Leonardo's elements",
				/Element → Get Many/,
			],
			[
				{ elements: elements([String(GLASS.akUUID), 3]) },
				'The weight of "Glass Sculptures" must be from -1 to 2, not 3',
				/default 1/,
			],
			[
				{ elements: elements([training, 1]) },
				`Element "House style" (${training}) is pending, not trained yet`,
				/status COMPLETE/,
			],
			[
				{ sdVersion: 'SDXL_1_0', elements: elements([String(WATERCOLOR.akUUID), 1]) },
				'Element "Watercolor Wash" is for FLUX_DEV, not for SD Version SDXL_1_0',
				/Set Options → SD Version to FLUX_DEV/,
			],
			[
				{ sdVersion: 'v1_5', elements: elements([String(GLASS.akUUID), 1]) },
				'Element "Glass Sculptures" is for SDXL_1_0, not for SD Version v1_5',
				/SD Version to SDXL_1_0/,
			],
			[
				{ elements: elements(['glass', 1]) },
				'"Elements → Element 1" is not an element ID: "glass"',
				/akUUID/,
			],
			[
				{ styleUUID: 'cinematic' },
				'"Style Name or ID" is not a Leonardo ID: "cinematic"',
				/Pick one/,
			],
		];
		for (const [options, message, description] of cases) {
			const result = await run(sandbox, [generate(options)]);
			expect(result.error.message).toBe(message);
			expect(result.error.description).toMatch(description);
		}
		expect(sandbox.requestsTo('api', 'POST')).toHaveLength(0);
		// An SDXL element goes with any SDXL-family SD Version, e.g. Lightning.
		const lightning = await run(sandbox, [
			generate({ sdVersion: 'SDXL_LIGHTNING', elements: elements([String(GLASS.akUUID), 1]) }),
		]);
		expect(lightning.status).toBe('success');
	});

	it('refuses an unknown or failed trained element and a weight under the range; takes the range’s ends and an akUUID padded or in capitals', async () => {
		const { sandbox } = ctx;
		const failed = await trainedElementId(sandbox, false, 0, true);
		const refusals: Array<[Record<string, unknown>, string, string]> = [
			[
				{ elements: elements(['424242', 1]) },
				'Element 424242 was not found',
				'Use the elementId of an element trained on this account ("Element → Get Many" lists them).',
			],
			[
				{ elements: elements([failed, 1]) },
				`Element "House style" (${failed}) is failed, not trained yet`,
				'Its training failed: train it again (Element → Train).',
			],
			[
				{ elements: { element: [{ id: String(WATERCOLOR.akUUID), weight: 'strong' }] } },
				'"Elements → Element 1 → Weight" must be a number, not "strong"',
				'Enter a number, or check the expression that sets "Elements → Element 1 → Weight".',
			],
			[
				{ elements: elements([String(WATERCOLOR.akUUID), -0.1]) },
				'The weight of "Watercolor Wash" must be from 0 to 1.5, not -0.1',
				'Leonardo lists this range for the element (default 0.8).',
			],
		];
		for (const [options, message, description] of refusals) {
			const result = await run(sandbox, [generate(options)]);
			expect(result.error.message).toBe(message);
			expect(result.error.description).toBe(description);
		}
		expect(sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(0);

		const ends = await run(sandbox, [
			generate({
				elements: elements(
					[` ${String(GLASS.akUUID)} `, -1],
					[String(WATERCOLOR.akUUID).toUpperCase(), 1.5],
				),
			}),
		]);
		expect(ends.status).toBe('success');
		// Platform elements only: no empty userElements list beside them.
		expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toEqual({
			prompt: 'a lighthouse at dusk',
			width: 1024,
			height: 768,
			num_images: 1,
			elements: [
				{ akUUID: GLASS.akUUID, weight: -1 },
				{ akUUID: WATERCOLOR.akUUID, weight: 1.5 },
			],
		});
	});

	it('refuses an Elements row left without an ID before any request', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [generate({ elements: { element: [{ weight: 1 }] } })]);
		expect(result.error.message).toBe('"Elements → Element 1" is not an element ID: ""');
		expect(result.error.description).toMatch(/^Pick one from the list/);
		expect(sandbox.requests).toEqual([]);
	});

	it.each(['0x10', '1e3', ' 12', '1234567890123456', '-1', '12.0'])(
		'refuses the element ID %j before any request (a trained element ID is 1 to 15 digits)',
		async (id) => {
			const { sandbox } = ctx;
			const result = await run(sandbox, [generate({ elements: elements([id, 1]) })]);
			expect(result.error.message).toBe(`"Elements → Element 1" is not an element ID: "${id}"`);
			expect(result.error.description).toMatch(/akUUID .* 1 to 15 digits, e\.g\. 123456/);
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('sends a trained element ID of digits as that number in userElements, typed or from an expression', async () => {
		const { sandbox } = ctx;
		const trained = await trainedElementId(sandbox, true);
		// The sandbox numbers trained elements from 100001: give this one the ID 123.
		const element = sandbox.state.elements.get(Number(trained));
		sandbox.state.elements.delete(Number(trained));
		sandbox.state.elements.set(123, { ...element, id: 123 });
		try {
			for (const id of ['123', '={{ 123 }}']) {
				const result = await run(sandbox, [
					generate({ sdVersion: 'FLUX_DEV', elements: elements([id, 1]) }),
				]);
				expect(result.status).toBe('success');
			}
			expect(sandbox.requestsTo('api', 'GET', /^\/elements\//).map((r) => r.path)).toEqual([
				'/elements/123',
				'/elements/123',
			]);
			expect(
				sandbox.requestsTo('api', 'POST', '/generations').map((r) => r.body.userElements),
			).toEqual([[{ userLoraId: 123, weight: 1 }], [{ userLoraId: 123, weight: 1 }]]);
		} finally {
			sandbox.state.elements.delete(123);
		}
	});

	it('a trained custom model can be the generation’s model once its training is COMPLETE', async () => {
		const { sandbox } = ctx;
		const datasetId = await datasetWithImages(sandbox, 3);
		const trained = await run(sandbox, [
			{
				parameters: {
					resource: 'model',
					operation: 'train',
					datasetId,
					name: 'Shop',
					instancePrompt: 'a product photo',
					waitForCompletion: true,
				},
			},
		]);
		const modelId = String(trained.output[0].json.modelId);
		const result = await run(sandbox, [
			generate({}, { modelId: { __rl: true, mode: 'id', value: modelId } }),
		]);
		expect(result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/generations').at(-1)?.body.modelId).toBe(modelId);
	});
});
