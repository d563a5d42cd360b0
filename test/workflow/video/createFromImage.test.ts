import { binaryItem } from '../../harness/runWorkflow';
import { fixture, run, useSandbox } from '../../harness/context';

/** Video → Create From Image, as a user fills it in (Kling 2.6, the default model). */
const fromImage = (parameters: Record<string, unknown> = {}) => ({
	name: 'Video',
	parameters: {
		resource: 'video',
		operation: 'createFromImage',
		prompt: 'the camera circles the product',
		downloadVideo: false,
		...parameters,
	},
});

describe('Video → Create From Image: what the user is told', () => {
	const ctx = useSandbox({ generationDelayMs: 100 });

	it('warns about a PNG labelled JPEG, then about the aspect ratio with how far off it is', async () => {
		const { sandbox } = ctx;
		const item = binaryItem(fixture('wide-1200x400.png'), {
			fileName: 'wide.jpg',
			mimeType: 'image/jpeg',
		});
		const result = await run(sandbox, [fromImage({ binaryPropertyName: ' data ' })], [item]);
		expect(result.error?.message ?? result.status).toBe('success');
		// 1200×400 is 3:1; 1920×1080 is 16:9: 3 ÷ (16/9) = 1.6875, 69% off.
		expect(result.output[0].json.warnings).toEqual([
			'The file is labelled JPEG (image/jpeg) but its bytes are PNG; it was uploaded as PNG.',
			"The video is 1920×1080 but the photo is 1200×400 (69% off), so Leonardo crops or stretches it. Crop the photo to the video's aspect ratio first (Edit Image node) for full control.",
		]);
	});
});
