import { findModel } from '../../../nodes/LeonardoAi/catalog';
import { videoParameters } from '../../../nodes/LeonardoAi/actions/video/body';
import { checkParameters } from '../../../nodes/LeonardoAi/catalog/check';
import { MODEL_PAGES } from '../../fixtures/modelPages';
import { validateV2Body } from '../../sandbox/api/v2models';

/**
 * What the pages (and the spec) document that the page fixtures' requests leave out — each fixture's
 * `omitted` / `conflict` notes say why (an account-specific id, a field only the spec has, a
 * deprecated one) — and the rules between fields no fixture case reaches. Each case is written here
 * from the page or the spec it cites, put over the fixture's request; the node's check and the
 * sandbox (written from the pages on its own) must both take it, or both refuse it.
 */

type Json = Record<string, unknown>;
interface Page {
	model: string;
	valid: Json;
}

const pages = MODEL_PAGES as Page[];
const KNOWN = { imageKnown: () => true, videoKnown: () => true, audioKnown: () => true };

function verdicts(modelId: string, change: (valid: Json) => Json) {
	const page = pages.find((entry) => entry.model === modelId);
	if (!page) throw new Error(`no page fixture for ${modelId}`);
	const parameters = change(page.valid);
	return {
		node: checkParameters(findModel(modelId)!, parameters),
		sandbox: validateV2Body({ model: modelId, public: false, parameters }, KNOWN) as unknown,
	};
}

/** The fixture's request with these fields over it. */
const withFields = (fields: Json) => (valid: Json) => ({ ...valid, ...fields });
/** The fixture's request with its guidances replaced. */
const withGuidances = (guidances: Json) => (valid: Json) => ({ ...valid, guidances });
/** The fixture's request with one guidance kind's items replaced (the others kept). */
const withGuidance = (kind: string, items: unknown[]) => (valid: Json) => ({
	...valid,
	guidances: { ...(valid.guidances as Json), [kind]: items },
});

const UPLOADED_IMAGE = { image: { id: '$UPLOADED', type: 'UPLOADED' } };
const UPLOADED_AUDIO = { audio: { id: '$UPLOADED_AUDIO', type: 'UPLOADED' } };
const VIDEO_NO_DURATION = { video: { id: '$GENERATED_VIDEO', type: 'GENERATED' } };
const MOTION_ELEMENT = { akUUID: 'ece8c6a9-3deb-430e-8c93-4d5061b6adbf', weight: 1 };

describe('fields the pages document beyond the fixtures: taken by the node and the sandbox', () => {
	it.each([
		// https://docs.leonardo.ai/docs/flux-dev: user_elements { userLoraId, weight −2..2 } and
		// platform_elements { akUUID, weight }, up to 4 each.
		['flux-dev', 'user_elements', withFields({ user_elements: [{ userLoraId: 7, weight: 1 }] })],
		[
			'flux-dev',
			'platform_elements',
			withFields({ platform_elements: [{ akUUID: MOTION_ELEMENT.akUUID, weight: -0.5 }] }),
		],
		// The spec's GPT Image schemas (https://docs.leonardo.ai/reference/creategeneration) have a
		// boolean `transparency`; the pages do not list it.
		['gpt-image-1.5', 'transparency', withFields({ transparency: true })],
		['gpt-image-2', 'transparency', withFields({ transparency: true })],
		['openai/gpt-image-2.5-flare', 'transparency', withFields({ transparency: true })],
		['openai/gpt-image-2.5-sunburst', 'transparency', withFields({ transparency: true })],
		// omni_edit: a boolean in the spec's Seedance 2.5 and Wan 2.7 schemas (not on the pages).
		['bytedance/seedance-2.5', 'omni_edit', withFields({ omni_edit: true })],
		['wan-2.7', 'omni_edit', withFields({ omni_edit: false })],
		// https://docs.leonardo.ai/docs/motion-20 and /motion-20-fast: elements [{ akUUID, weight }],
		// no maximum.
		['motion_2.0', 'elements', withFields({ elements: [MOTION_ELEMENT, MOTION_ELEMENT] })],
		['motion_2.0-fast', 'elements', withFields({ elements: [MOTION_ELEMENT] })],
		// mode, deprecated in the spec but still taken when it matches the size: Kling O3
		// (https://docs.leonardo.ai/docs/kling-o3: RESOLUTION_720 for 720p), Hailuo 2.3 and Fast
		// (spec: RESOLUTION_768 or RESOLUTION_1080).
		[
			'kling-video-o-3',
			'mode RESOLUTION_720 with 1280×720',
			withFields({ mode: 'RESOLUTION_720' }),
		],
		['hailuo-2_3', 'mode RESOLUTION_768', withFields({ mode: 'RESOLUTION_768' })],
		[
			'hailuo-2_3-fast',
			'mode RESOLUTION_1080 with 1920×1080',
			withFields({ mode: 'RESOLUTION_1080', width: 1920, height: 1080 }),
		],
		// An uploaded audio reference with the page's image references:
		// https://docs.leonardo.ai/docs/seedance-20-mini (audio_reference type UPLOADED, max 1).
		[
			'seedance-2.0-mini',
			'audio_reference UPLOADED',
			withGuidance('audio_reference', [UPLOADED_AUDIO]),
		],
		// Wan 2.6's audio is background music that "Cannot be combined with a video reference" (Leonardo v2
		// OpenAPI spec, Wan2_6GenerationRequest): sent with the start frame alone.
		[
			'wan-2.6',
			'audio_reference UPLOADED with a start frame',
			withGuidances({ start_frame: [UPLOADED_IMAGE], audio_reference: [UPLOADED_AUDIO] }),
		],
	] as const)('%s takes %s', (modelId, _what, change) => {
		expect(verdicts(modelId, change)).toEqual({ node: undefined, sandbox: undefined });
	});
});

describe('rules between fields no fixture case reaches: refused by the node and the sandbox', () => {
	it.each([
		// https://docs.leonardo.ai/docs/kling-o3: image references are "not available together with"
		// start / end frames.
		[
			'kling-video-o-3',
			'image references with a start frame',
			withGuidances({ start_frame: [UPLOADED_IMAGE], image_reference: [UPLOADED_IMAGE] }),
		],
		// The spec's audio_reference of the Seedance 2.0 schemas: "Requires an image reference or a
		// video reference; a start or end frame does not count."
		...(['seedance-2.0', 'seedance-2.0-fast', 'seedance-2.0-mini'] as const).map(
			(modelId) =>
				[
					modelId,
					'an audio reference with a start frame only',
					withGuidances({ start_frame: [UPLOADED_IMAGE], audio_reference: [UPLOADED_AUDIO] }),
				] as const,
		),
		// Video references without the clip's duration: https://docs.leonardo.ai/docs/hailuo-03
		// ("video_reference_base items need video.duration"), /flux-3-video (the spec requires
		// video.duration, 1–15.05 s), /gemini-omni-11-flash (each item carries video.duration).
		[
			'hailuo-03',
			'a video reference without its duration',
			withGuidance('video_reference_base', [VIDEO_NO_DURATION]),
		],
		[
			'bfl/flux-3-video',
			'a video reference without its duration',
			withGuidance('video_reference_base', [VIDEO_NO_DURATION]),
		],
		[
			'google/gemini-omni-1.1-flash-preview',
			'a video reference without its duration',
			withGuidance('video_reference_base', [VIDEO_NO_DURATION]),
		],
	] as const)('%s refuses %s', (modelId, _what, change) => {
		const { node, sandbox } = verdicts(modelId, change);
		expect({ node: node !== undefined, sandbox: sandbox !== undefined }).toEqual({
			node: true,
			sandbox: true,
		});
	});
});

describe('what the node sends and says for these fields', () => {
	// mode is deprecated in the spec ("Deprecated. Width and height are the canonical inputs for this
	// model … omitted is the new norm": Leonardo v2 OpenAPI spec, Seedance1_0ProGenerationRequest and
	// Seedance1_0ProFastGenerationRequest; for Kling 3.0 and O3, the fixtures' omitted notes): the node
	// sends the size without it.
	it.each([
		['kling-3.0', 1920, 1080],
		['kling-video-o-3', 1280, 720],
		['seedance-1.0-pro', 1920, 1088],
		['seedance-1.0-pro-fast', 864, 480],
	] as const)('%s: %i×%i is sent without its mode', (modelId, width, height) => {
		const parameters = videoParameters({
			modelId,
			model: findModel(modelId),
			prompt: 'a red fox in snow',
			width,
			height,
		});
		expect(parameters).toMatchObject({ prompt: 'a red fox in snow', width, height });
		expect(parameters).not.toHaveProperty('mode');
	});

	// https://docs.leonardo.ai/docs/wan-27 lists prompt, width, height, quantity, duration, guidances
	// (with the item-level video_reference_base type BASE / FEATURE, checked with the guidance) and
	// resolution; the spec adds omni_edit. A field outside them is refused, naming them all.
	it('Wan 2.7 refuses a field it does not list, naming those it takes', () => {
		const page = pages.find((entry) => entry.model === 'wan-2.7')!;
		expect(checkParameters(findModel('wan-2.7')!, { ...page.valid, tiling: true })).toEqual({
			message: 'Wan 2.7 does not take "tiling"',
			description:
				'Remove it; Leonardo refuses fields a model does not list. Wan 2.7 takes prompt, width, height, quantity, duration, guidances, resolution, omni_edit. (https://docs.leonardo.ai/docs/wan-27)',
		});
	});
});
