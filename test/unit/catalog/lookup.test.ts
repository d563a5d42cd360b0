import { findModel, findModelByName } from '../../../nodes/LeonardoAi/catalog';
import { checkModelRequest, knownModel } from '../../../nodes/LeonardoAi/catalog/forItem';
import { nodeOnlyContext } from '../fakeContext';

/**
 * Finding a model: by the name GET /v2/models gives (the name on its docs page), and for an item,
 * by its request ID — where a retired model or one of the other kind stops the item before any
 * request. Names and IDs below are read off the docs pages.
 */

const context = nodeOnlyContext;

/** The error an item stops with: its message and description, as the user sees them. */
function stopped(run: () => unknown) {
	try {
		run();
	} catch (error) {
		const { message, description } = error as { message: string; description: string };
		return { message, description };
	}
	throw new Error('the item was not stopped');
}

describe('findModelByName', () => {
	it.each(['Kling 3.0', 'kling 3.0', 'KLING3.0', 'Kling-3.0', ' Kling  3.0 '])(
		'finds Kling 3.0 by %j (case, spaces and dashes ignored)',
		(name) => {
			expect(findModelByName(name)?.id).toBe('kling-3.0');
		},
	);

	it('tells names apart by their dots', () => {
		expect(findModelByName('Kling 30')).toBeUndefined();
		expect(findModelByName('Seedream 4.5')?.id).toBe('seedream-4.5');
		expect(findModelByName('Seedream 45')).toBeUndefined();
	});

	it('finds v2 models only: a v1 model has no v2 name', () => {
		expect(findModelByName('Veo 3.1')?.id).toBe('veo-3.1-generate-001');
		expect(findModelByName('Veo 3.1 (v1)')).toBeUndefined();
		expect(findModelByName('Kling 2.5 Turbo (v1)')).toBeUndefined();
		// The v2 model of that name (the spec's title for kling-2.5).
		expect(findModelByName('Kling 2.5 Turbo')?.id).toBe('kling-2.5');
		expect(findModelByName('Motion 2.0 (v1)')).toBeUndefined();
	});

	it('finds nothing for a name the catalog does not know', () => {
		expect(findModelByName('Some New Model')).toBeUndefined();
		expect(findModelByName('')).toBeUndefined();
	});
});

describe('knownModel', () => {
	it('gives the model of the asked kind', () => {
		expect(knownModel(context, 0, 'video', 'kling-2.6')?.name).toBe('Kling 2.6');
		expect(knownModel(context, 0, 'image', 'flux-dev')?.name).toBe('FLUX Dev');
	});

	it('gives nothing for a model the catalog does not know, and lets it through', () => {
		expect(knownModel(context, 0, 'image', 'some-new-model')).toBeUndefined();
	});

	it('stops a video model asked for an image, pointing to Video → Create', () => {
		expect(stopped(() => knownModel(context, 0, 'image', 'kling-2.6'))).toEqual({
			message: 'Kling 2.6 makes videos, not images',
			description:
				'Use Video → Create (or Video → Create From Image) for it: they send its video parameters and download the MP4.',
		});
	});

	it('stops an image model asked for a video, pointing to Generation → Create (Newer Models)', () => {
		expect(stopped(() => knownModel(context, 0, 'video', 'flux-dev'))).toEqual({
			message: 'FLUX Dev makes images, not videos',
			description: 'Use Generation → Create (Newer Models) for it.',
		});
	});

	it('stops a retired model, naming its replacement', () => {
		expect(stopped(() => knownModel(context, 0, 'video', 'KLING2_1'))).toEqual({
			message: 'Kling 2.1 Pro was retired on 2026-09-15; use Kling 3.0',
			description:
				'Leonardo no longer runs "KLING2_1" (https://docs.leonardo.ai/docs/kling-2-1-pro). Pick Kling 3.0 (kling-3.0) in "Model"; nothing was sent.',
		});
	});
});

describe('checkModelRequest', () => {
	it('sends a model the catalog does not know unchecked, and says so', () => {
		expect(checkModelRequest(context, 0, undefined, 'some-new-model', { anything: 1 }, {})).toEqual(
			['"some-new-model" is not in this node\'s model catalog: its parameters were sent unchecked'],
		);
	});

	it('lets a request the page takes through without warnings', () => {
		const model = findModel('kling-2.6');
		expect(checkModelRequest(context, 0, model, 'kling-2.6', { prompt: 'a fox' }, {})).toEqual([]);
	});

	it('stops the item on a field the page does not list, naming it as the node does', () => {
		const model = findModel('flux-dev');
		const error = stopped(() =>
			checkModelRequest(
				context,
				0,
				model,
				'flux-dev',
				{ prompt: 'a fox', tiling: true },
				{
					tiling: 'Tiling',
				},
			),
		);
		expect(error.message).toBe('FLUX Dev does not take "Tiling"');
		expect(error.description).toMatch(
			/^Remove it; Leonardo refuses fields a model does not list\. FLUX Dev takes .*\(https:\/\/docs\.leonardo\.ai\/docs\/flux-dev\)$/,
		);
	});
});
