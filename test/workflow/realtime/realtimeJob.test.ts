import { fileItem, fixture, run, useSandbox } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { encodeJpeg } from '../../sandbox/jpeg';
import type { Binary } from './realtimeNode';
import { GENERATE, answerGenerate, jpegDataUrl, realtime } from './realtimeNode';

const COST = { amount: '3', unit: 'CREDITS' };

/** A JPEG at 640×512, one of Realtime's sizes: the only warnings are about the answer. */
const exactFit = () =>
	binaryItem(
		encodeJpeg(640, 512, () => [90, 120, 150]),
		{ fileName: 'fit.jpg', mimeType: 'image/jpeg' },
	);

/** Entries of `imageDataUrl` Leonardo's answer might hold that are no image, and why each is not used. */
const UNUSABLE = [
	[42, 'an entry of imageDataUrl is not text'],
	[
		'https://cdn.leonardo.ai/users/someone/generations/image.jpg',
		'an imageDataUrl entry is not a base64 data URL ("https://cdn.leonardo.ai/users/…")',
	],
	[
		`data:image/jpeg;base64,${Buffer.from('hello').toString('base64')}`,
		'an imageDataUrl entry holds no PNG, JPEG or WebP image',
	],
] as const;

describe("Realtime (LCM): Leonardo's answer", () => {
	const ctx = useSandbox();

	it('outputs the usable image of an answer and warns about each entry that is not one', async () => {
		const { sandbox } = ctx;
		const image = fixture('photo-640x480.jpg');
		answerGenerate(sandbox, 200, {
			lcmGenerationJob: {
				imageDataUrl: [...UNUSABLE.map(([entry]) => entry), jpegDataUrl(image)],
				cost: COST,
			},
		});
		const result = await run(sandbox, [realtime('generate')], [exactFit()]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(result.output[0].json).toEqual({
			status: 'COMPLETE',
			cost: COST,
			width: 640,
			height: 512,
			imageCount: 1,
			warnings: [
				`Some of Leonardo's answer could not be used: ${UNUSABLE.map(([, why]) => why).join('; ')}.`,
			],
		});
		expect((result.output[0].binary!.image as unknown as Binary).buffer.equals(image)).toBe(true);
	});

	it('keeps the warnings about the item before those about the answer', async () => {
		const { sandbox } = ctx;
		answerGenerate(sandbox, 200, {
			lcmGenerationJob: {
				imageDataUrl: [UNUSABLE[0][0], jpegDataUrl(fixture('photo-640x480.jpg'))],
			},
		});
		const result = await run(sandbox, [realtime('generate')], [fileItem('photo-640x480.jpg')]);
		expect(result.output[0].json.warnings).toEqual([
			"The result is 640×512 but the image is 640×480 (7% off), so it comes out stretched. Crop the image to the result's aspect ratio first (Edit Image node → Crop) for full control.",
			"Some of Leonardo's answer could not be used: an entry of imageDataUrl is not text.",
		]);
	});

	it('an answer whose entries are none of them images is an error that lists why, sent once', async () => {
		const { sandbox } = ctx;
		answerGenerate(sandbox, 200, {
			lcmGenerationJob: { imageDataUrl: UNUSABLE.map(([entry]) => entry), cost: COST },
		});
		const result = await run(
			sandbox,
			[realtime('generate', {}, { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 })],
			[exactFit()],
		);
		expect(result.error.message).toBe('Leonardo answered without a usable image');
		expect(result.error.description).toBe(
			`The call may have been charged (cost: {"amount":"3","unit":"CREDITS"}); the node does not send it again in this execution. What came back: ${UNUSABLE.map(([, why]) => why).join('; ')}.`,
		);
		expect(sandbox.requestsTo('api', 'POST', GENERATE)).toHaveLength(1);
	});

	it('an answer without imageDataUrl is an error showing the answer, the API key removed', async () => {
		const { sandbox } = ctx;
		answerGenerate(sandbox, 200, {
			lcmGenerationJob: { cost: COST },
			message: `request by ${sandbox.apiKey}`,
		});
		// run() also checks that the key is in no output and no error.
		const result = await run(sandbox, [realtime('generate')], [exactFit()]);
		expect(result.error.description).toBe(
			'The call may have been charged (cost: {"amount":"3","unit":"CREDITS"}); the node does not send it again in this execution. What came back: no images in the answer: {"lcmGenerationJob":{"cost":{"amount":"3","unit":"CREDITS"}},"message":"request by [redacted]"}.',
		);
	});

	it('Max Credits prices each size on its own: a portrait (3 credits) and then a landscape (2) fit in 5', async () => {
		const { sandbox } = ctx;
		sandbox.realtime.costUnit = 'CREDITS';
		const result = await run(
			sandbox,
			[realtime('generate', { options: { maxCredits: 5, concurrency: 1 } })],
			[fileItem('portrait-300x500.jpg'), fileItem('photo-640x480.jpg')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		// The sandbox's price (api/pricing.js): one credit per started 512×512 tile.
		expect(
			sandbox
				.requestsTo('api', 'POST', '/pricing-calculator')
				.map((r) => r.body.serviceParams.LCM_GENERATION),
		).toEqual([
			{ width: 640, height: 1024 },
			{ width: 640, height: 512 },
		]);
		expect(sandbox.charges).toEqual([
			{ path: GENERATE, credits: 3 },
			{ path: GENERATE, credits: 2 },
		]);
	});
});
