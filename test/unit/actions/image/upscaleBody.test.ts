import {
	inputSize,
	readUpscaleModel,
	upscaleBody,
} from '../../../../nodes/LeonardoAi/actions/image/upscaleBody';
import { parameterContext, refusalOf } from '../../fakeContext';
import '../../nodeLabels';

/**
 * Image → Upscale (the Pro Upscalers) reads and checks its fields before anything is sent: the
 * values refused, with their messages, and the body for an image by ID. Requests and uploads:
 * test/workflow/image/upscale.test.ts. Models and ranges: https://docs.leonardo.ai/docs/pro-upscaler-precise,
 * https://docs.leonardo.ai/docs/pro-upscaler-creative.
 */
const PRECISE = 'aurora-upscaler-precise';
const CREATIVE = 'aurora-upscaler-creative';
const IMAGE_ID = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
const byId = { kind: 'id' as const, id: IMAGE_ID, type: 'GENERATED' };

const context = (set: Record<string, unknown>) =>
	parameterContext({ resource: 'image', operation: 'upscale', options: {}, ...set });
const refused = async (run: () => unknown) => await refusalOf(Promise.resolve().then(run));

describe('Image → Upscale: the model', () => {
	it('takes either Pro Upscaler, trimmed, and Precise when the workflow names none', () => {
		expect(readUpscaleModel.call(context({ model: ` ${CREATIVE} ` }), 0)).toBe(CREATIVE);
		expect(readUpscaleModel.call(context({}), 0)).toBe(PRECISE);
	});

	it('refuses another model, pointing to Variation for the older upscalers', async () => {
		expect(await refused(() => readUpscaleModel.call(context({ model: 'esrgan' }), 0))).toEqual({
			message: `"Model" must be ${PRECISE} or ${CREATIVE}, not "esrgan"`,
			description:
				'Image → Upscale runs the Pro Upscalers; for the classic and universal upscalers use Variation → Upscale or Universal Upscale.',
		});
	});
});

describe('Image → Upscale: an image by ID is as large as its Width and Height say', () => {
	it('takes 128×128 and more', () => {
		expect(inputSize.call(context({ width: 128, height: 300 }), 0, byId)).toEqual({
			width: 128,
			height: 300,
		});
	});

	it.each([
		[127, 300],
		[300, 127],
	])('refuses %d×%d', async (width, height) => {
		expect(await refused(() => inputSize.call(context({ width, height }), 0, byId))).toEqual({
			message: `The image is ${width}×${height} pixels; the Pro Upscalers take images of at least 128×128`,
			description:
				"Leonardo's API reference sets a minimum of 128 pixels per side. Check that Width and Height are the image's own size.",
		});
	});

	it.each([
		['width', 0],
		['height', 200.5],
	])('refuses a %s of %d', async (side, value) => {
		const set = { width: 200, height: 200, [side]: value };
		const refusal = await refused(() => inputSize.call(context(set), 0, byId));
		expect(refusal.message).toBe(
			`"${side === 'width' ? 'Width' : 'Height'}" must be a whole number of at least 1, not ${value}`,
		);
	});
});

describe('Image → Upscale: the body', () => {
	const size = { width: 512, height: 512 };

	it('Precise with its mode, by ID', () => {
		const { body, factor } = upscaleBody.call(
			context({ model: PRECISE, upscaleFactor: 3, upscaleMode: 'clean' }),
			0,
			PRECISE,
			byId,
			size,
		);
		expect(factor).toBe(3);
		expect(body).toEqual({
			model: PRECISE,
			public: false,
			parameters: {
				width: 512,
				height: 512,
				upscale_factor: 3,
				upscale_mode: 'clean',
				guidances: { image_reference: [{ image: { id: IMAGE_ID, type: 'GENERATED' } }] },
			},
		});
	});

	it('defaults: factor 2, Precise detailed, Creative mid', () => {
		const precise = upscaleBody.call(context({}), 0, PRECISE, byId, size).body;
		expect(precise.parameters).toMatchObject({ upscale_factor: 2, upscale_mode: 'detailed' });
		const creative = upscaleBody.call(context({}), 0, CREATIVE, byId, size).body;
		expect(creative.parameters).toMatchObject({ upscale_factor: 2, creativity: 'mid' });
	});

	it.each([
		[
			{ upscaleFactor: 7 },
			PRECISE,
			'"Upscale Factor" must be 2, 3, 4, 6 or 8, not 7',
			'Pick 2, 3, 4, 6 or 8.',
		],
		[
			{ upscaleMode: 'sharp' },
			PRECISE,
			'"Upscale Mode" must be clean or detailed, not "sharp"',
			'Pick Clean or Detailed.',
		],
		[
			{ creativity: 'wild' },
			CREATIVE,
			'"Creativity" must be low, mid or high, not "wild"',
			'Pick Low, Mid or High.',
		],
	])('refuses %j', async (set, model, message, description) => {
		const refusal = await refused(() => upscaleBody.call(context(set), 0, model, byId, size));
		expect(refusal).toEqual({ message, description });
	});

	it.each([1, 9, 2.5])('refuses a factor of %d as out of range', async (upscaleFactor) => {
		const refusal = await refused(() =>
			upscaleBody.call(context({ upscaleFactor }), 0, PRECISE, byId, size),
		);
		expect(refusal.message).toBe(
			`"Upscale Factor" must be a whole number from 2 to 8, not ${upscaleFactor}`,
		);
	});
});
