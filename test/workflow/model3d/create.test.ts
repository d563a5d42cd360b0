import type { INodeExecutionData } from 'n8n-workflow';

import { fileItem, fixture, generatedImageId, run, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';

/** 3D → Create, as a user fills it in. */
const create3d = (parameters: Record<string, unknown>, settings: Record<string, unknown> = {}) => ({
	name: '3D',
	parameters: { resource: 'model3d', operation: 'create', ...parameters },
	...settings,
});

/** One item holding each fixture in its own binary field: view0, view1, … */
function views(...names: string[]): INodeExecutionData {
	const item: INodeExecutionData = { json: {}, binary: {} };
	names.forEach((name, index) =>
		Object.assign(item.binary!, fileItem(name, { property: `view${index}` }).binary),
	);
	return item;
}

interface Binary {
	mimeType: string;
	fileName: string;
	buffer: Buffer;
}

const ID = (n: number) => `4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6${n}`;

describe('3D → Create (Rodin V2)', () => {
	const ctx = useSandbox({ generationDelayMs: 150 });
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/v2/generations');

	it('uploads two photos from the item, adds a generated image, and downloads the GLB checked by its magic', async () => {
		const { sandbox } = ctx;
		const generated = await generatedImageId(sandbox);
		sandbox.reset();
		const result = await run(
			sandbox,
			[
				create3d({
					binaryPropertyName: 'view0, view1',
					// A row left empty is no image.
					imageIds: {
						image: [{ imageId: generated, imageType: 'GENERATED' }, { imageId: '  ' }],
					},
				}),
			],
			[views('photo-640x480.png', 'photo-640x480.jpg')],
		);

		expect(result.error?.message ?? result.status).toBe('success');
		const json = result.output[0].json;
		const uploaded = json.referenceImageIds as string[];
		expect(uploaded).toHaveLength(2);
		// Each photo presigned (/init-image) and posted to S3, all before the job's POST.
		expect(
			sandbox.requests.filter((r) => r.method === 'POST').map((r) => `${r.server} ${r.path}`),
		).toEqual(['api /init-image', 's3 /', 'api /init-image', 's3 /', 'api /v2/generations']);
		// https://docs.leonardo.ai/docs/rodin-v2 and the spec's RodinV2GenerationRequest: no prompt,
		// quantity 1 and output_format "glb" required, image references { image } without strength.
		expect(posts()[0].body).toEqual({
			model: 'rodin-v2',
			parameters: {
				quantity: 1,
				output_format: 'glb',
				quality: 'high',
				mesh_mode: 'Triangle',
				material: 'All',
				guidances: {
					image_reference: [
						{ image: { id: uploaded[0], type: 'UPLOADED' } },
						{ image: { id: uploaded[1], type: 'UPLOADED' } },
						{ image: { id: generated, type: 'GENERATED' } },
					],
				},
			},
		});
		expect(json).toMatchObject({
			generationId: expect.any(String),
			status: 'COMPLETE',
			model: 'rodin-v2',
			cost: { amount: '13', unit: 'CREDITS' },
			assets: [expect.objectContaining({ url: expect.stringMatching(/\.glb$/) })],
		});
		const model = result.output[0].binary!.model as unknown as Binary;
		expect(model.mimeType).toBe('model/gltf-binary');
		expect(model.fileName).toBe(`${String(json.generationId)}.glb`);
		expect(model.buffer.subarray(0, 4).toString('latin1')).toBe('glTF');
		expect(model.buffer.readUInt32LE(4)).toBe(2);
		expect(model.buffer.readUInt32LE(8)).toBe(model.buffer.length);
	});

	it('sends every option as the spec names it, from image IDs only', async () => {
		const { sandbox } = ctx;
		const generated = await generatedImageId(sandbox);
		sandbox.reset();
		const result = await run(sandbox, [
			create3d({
				binaryPropertyName: '',
				// A row left empty is no image.
				imageIds: {
					image: [{ imageId: generated, imageType: 'GENERATED' }, { imageId: '  ' }],
				},
				quality: 'extra_low',
				meshMode: 'Quad',
				material: 'PBR',
				downloadModel: false,
				options: {
					seed: 65535,
					taPose: true,
					boundingBox: '100, 200, 100',
					useOriginalAlpha: true,
					public: false,
				},
			}),
		]);

		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body).toEqual({
			model: 'rodin-v2',
			public: false,
			parameters: {
				quantity: 1,
				output_format: 'glb',
				quality: 'extra_low',
				mesh_mode: 'Quad',
				material: 'PBR',
				seed: 65535,
				ta_pose: true,
				bounding_box: [100, 200, 100],
				use_original_alpha: true,
				guidances: { image_reference: [{ image: { id: generated, type: 'GENERATED' } }] },
			},
		});
		expect(result.output[0].binary).toBeUndefined();
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toEqual([]);
	});

	it('takes five photos, the most Rodin V2 takes, sends no bounding box for a blank one, and warns about a mislabelled photo', async () => {
		const { sandbox } = ctx;
		const photos = views(
			'photo-640x480.png',
			'photo-640x480.jpg',
			'lossy-640x480.webp',
			'photo-640x480.png',
			'photo-640x480.jpg',
		);
		Object.assign(photos.binary!.view4, { mimeType: 'image/png', fileName: 'back.png' });
		const result = await run(
			sandbox,
			[
				create3d({
					binaryPropertyName: 'view0, view1, view2, view3, view4',
					downloadModel: false,
					options: { boundingBox: '  ' },
				}),
			],
			[photos],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image').map((r) => r.body.extension)).toEqual([
			'png',
			'jpg',
			'webp',
			'png',
			'jpg',
		]);
		expect(result.output[0].json.warnings).toEqual([
			'The file is labelled PNG (image/png) but its bytes are JPEG; it was uploaded as JPEG.',
		]);
		const { parameters } = posts()[0].body;
		expect(parameters.guidances.image_reference).toHaveLength(5);
		expect(parameters).not.toHaveProperty('bounding_box');
	});

	it('refuses what Rodin V2 does not take, before any request (upload or job)', async () => {
		const { sandbox } = ctx;
		const six = {
			binaryPropertyName: 'view0, view1, view2',
			imageIds: { image: [1, 2, 3].map((n) => ({ imageId: ID(n) })) },
		};
		const cases: Array<[Record<string, unknown>, INodeExecutionData, string, RegExp]> = [
			[
				six,
				views('photo-640x480.png', 'photo-640x480.jpg', 'lossy-640x480.webp'),
				'Rodin V2 takes 1 to 5 images, not 6',
				/at most 5 images/,
			],
			[
				{ binaryPropertyName: '' },
				{ json: {} },
				'Rodin V2 takes 1 to 5 images, not 0',
				/Input Binary Fields/,
			],
			[
				{ binaryPropertyName: 'view0' },
				{
					json: {},
					binary: binaryItem(Buffer.from('<!doctype html><title>403</title>'), {
						fileName: 'front.png',
						mimeType: 'image/png',
						property: 'view0',
					}).binary,
				},
				'The file in "view0" is not a PNG, JPEG or WebP image',
				/HTML/,
			],
			[
				{ binaryPropertyName: 'front' },
				views('photo-640x480.png'),
				'Item 0 has no binary field "front"',
				/view0/,
			],
			[
				{ binaryPropertyName: 'view0', options: { seed: 65536 } },
				views('photo-640x480.png'),
				'"Seed" must be a whole number from 0 to 65535, not 65536',
				/from 0 to 65535/,
			],
			[
				{ binaryPropertyName: 'view0', options: { boundingBox: '100, 200' } },
				views('photo-640x480.png'),
				'"Bounding Box" needs exactly 3 numbers (width, height, length), not 2',
				/e\.g\. 100, 200, 100/,
			],
			[
				{ binaryPropertyName: 'view0', options: { boundingBox: '100, 2.5, 100' } },
				views('photo-640x480.png'),
				'"Bounding Box" must be a whole number of at least 1, not 2.5',
				/whole number/,
			],
			[
				{ binaryPropertyName: '', imageIds: { image: [{ imageId: 'front.png' }] } },
				{ json: {} },
				'"Image IDs → Image ID" is not a Leonardo ID: "front.png"',
				/Init Image → Upload/,
			],
		];
		for (const [parameters, item, message, description] of cases) {
			const result = await run(sandbox, [create3d(parameters)], [item]);
			expect(result.error?.message).toBe(message);
			expect(result.error.description).toMatch(description);
		}
		expect(sandbox.requests).toEqual([]);
	});

	it('Max Credits without Allow Unpriced Jobs: neither the photo is uploaded nor the job started', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[create3d({ binaryPropertyName: 'view0', options: { maxCredits: 500 } })],
			[views('photo-640x480.png')],
		);
		expect(result.error.message).toBe(
			"Max Credits cannot price this job: Leonardo's pricing calculator has no service for Rodin V2 3D models, and no earlier job with these parameters reported its cost in this execution. It was not started.",
		);
		expect(sandbox.requests.filter((r) => r.method === 'POST')).toEqual([]);
	});

	it('refuses a result that is not a GLB, an answer with no file URL (shown, redacted), and one with no result', async () => {
		const { sandbox } = ctx;
		const generated = await generatedImageId(sandbox);
		const fromId = create3d({
			binaryPropertyName: '',
			imageIds: { image: [{ imageId: generated, imageType: 'GENERATED' }] },
		});
		sandbox.reset();
		sandbox.faults.push({
			server: 'cdn',
			method: 'GET',
			status: 200,
			body: fixture('tone-1s.mp3'),
		});
		const notGlb = await run(sandbox, [fromId]);
		expect(notGlb.error.message).toMatch(
			/^The file downloaded from 127\.0\.0\.1:\d+ is not a GLB \(binary glTF\) 3D model$/,
		);
		expect(notGlb.error.description).toMatch(/Turn off "Download Model"/);

		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/generations\/[^/]+$/,
			status: 200,
			body: {
				generations_by_pk: {
					id: 'g-1',
					status: 'COMPLETE',
					generated_images: [{ id: 'i-1', url: null, glbUrl: 'ftp://x/y.glb' }],
				},
			},
		});
		const noUrl = await run(sandbox, [fromId]);
		expect(noUrl.error.message).toBe(
			'Generation g-1 is complete but its answer has no 3D model URL',
		);
		expect(noUrl.error.description).toContain(
			'generated_images[].modelUrl, generated_images[].modelURL, generated_images[].glbUrl, generated_images[].url',
		);
		expect(noUrl.error.description).toContain(
			`Leonardo's answer: {"id":"g-1","status":"COMPLETE","generated_images":[{"id":"i-1","url":null,"glbUrl":"ftp://x/y.glb"}]}`,
		);

		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/generations\/[^/]+$/,
			status: 200,
			body: { generations_by_pk: { id: 'g-2', status: 'COMPLETE', generated_images: [] } },
		});
		const empty = await run(sandbox, [fromId]);
		expect(empty.error.message).toBe('Generation g-2 is complete but has no 3D model');
		expect(empty.error.description).toMatch(/generated_images is empty/);
	});

	it('Retry On Fail: the photo is uploaded once and the job POSTed once; the retry downloads that job', async () => {
		const { sandbox } = ctx;
		sandbox.faults.push({ server: 'cdn', method: 'GET', status: 404, body: 'gone' });
		const result = await run(
			sandbox,
			[
				create3d(
					{ binaryPropertyName: 'view0' },
					{ retryOnFail: true, maxTries: 3, waitBetweenTries: 10 },
				),
			],
			[views('photo-640x480.png')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		expect(posts()).toHaveLength(1);
		expect(sandbox.charges).toHaveLength(1);
		const model = result.output[0].binary!.model as unknown as Binary;
		expect(model.buffer.subarray(0, 4).toString('latin1')).toBe('glTF');
	});

	it('Continue On Fail: an item with too many images fails alone; the other is made', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				create3d(
					{ binaryPropertyName: '={{ $json.fields }}', downloadModel: false },
					{ continueOnFail: true },
				),
			],
			[
				{ ...views('photo-640x480.png'), json: { fields: 'view0' } },
				{ ...views('photo-640x480.png'), json: { fields: 'a, b, c, d, e, f' } },
			],
		);
		expect(result.status).toBe('success');
		expect(result.output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'COMPLETE',
			'Rodin V2 takes 1 to 5 images, not 6',
		]);
		expect(posts()).toHaveLength(1);
	});
});
