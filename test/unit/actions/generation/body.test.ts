import type { IExecuteFunctions } from 'n8n-workflow';

import { buildGenerationBody } from '../../../../nodes/LeonardoAi/actions/generation/body';
import { checkV1Body } from '../../../sandbox/contract';

// The body builder needs n8n only to name the node in its errors.
const context = {
	getNode: () => ({
		id: 'n',
		name: 'Leonardo AI',
		type: 'n8n-nodes-leonardo-ai.leonardoAi',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	}),
} as unknown as IExecuteFunctions;

const INIT_ID = '4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b';
const build = (options: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	buildGenerationBody.call(context, { prompt: 'a red fox', options, ...extra }, 0);

describe('buildGenerationBody (generation/body.ts)', () => {
	it("sends only what the user set, under Leonardo's wire names, and Leonardo's own schema accepts it", () => {
		const body = build(
			{
				alchemy: true,
				contrast: '3.5',
				guidanceScale: 7,
				negativePrompt: ' blurry ',
				numInferenceSteps: 30,
				presetStyle: 'CINEMATIC',
				scheduler: 'LEONARDO',
				sdVersion: 'SDXL_1_0',
				seed: 42,
				tiling: false,
				imagePrompts: `${INIT_ID}`,
				imageGuidance: {
					guidance: [
						{ imageId: INIT_ID, imageType: 'UPLOADED', preprocessorId: 67, strengthType: 'High' },
					],
				},
			},
			{
				width: 1024,
				height: 768,
				numImages: 2,
				initImageId: INIT_ID,
				initImageType: 'UPLOADED',
				initStrength: 0.4,
			},
		);
		expect(body).toEqual({
			prompt: 'a red fox',
			width: 1024,
			height: 768,
			num_images: 2,
			init_image_id: INIT_ID,
			init_strength: 0.4,
			alchemy: true,
			contrast: 3.5,
			guidance_scale: 7,
			negative_prompt: 'blurry',
			num_inference_steps: 30,
			presetStyle: 'CINEMATIC',
			scheduler: 'LEONARDO',
			sd_version: 'SDXL_1_0',
			seed: 42,
			tiling: false,
			imagePrompts: [INIT_ID],
			controlnets: [
				{
					initImageId: INIT_ID,
					initImageType: 'UPLOADED',
					preprocessorId: 67,
					strengthType: 'High',
				},
			],
		});
		expect(checkV1Body('POST', '/generations', body)).toBeUndefined();
	});

	it('sends a generated image as init_generation_image_id and leaves empty options out', () => {
		const body = build(
			{ negativePrompt: '', presetStyle: '   ' },
			{ initImageId: INIT_ID, initImageType: 'GENERATED', initStrength: 0.5 },
		);
		expect(body).toEqual({
			prompt: 'a red fox',
			init_generation_image_id: INIT_ID,
			init_strength: 0.5,
		});
		expect(checkV1Body('POST', '/generations', body)).toBeUndefined();
	});

	it('refuses a value of the wrong type or range, naming the option', () => {
		expect(() => build({ guidanceScale: 'lots' })).toThrow('Guidance Scale');
		expect(() => build({ numInferenceSteps: 61 })).toThrow('Number of Inference Steps');
		expect(() => build({ additionalFields: '{"prompt": "other"}' })).toThrow(
			'"Additional Body Fields (JSON)" sets "prompt"',
		);
	});
});
