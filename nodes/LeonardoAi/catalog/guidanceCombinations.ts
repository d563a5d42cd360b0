import type { Parameters, Refusal, Refuser } from './refusal';
import type { CatalogModel } from './types';

/**
 * Guidances that go together or exclude each other: an end frame needs a start frame; per the
 * model's rules, references and frames, audio and video references, audio and quality TURBO.
 */
export function checkGuidanceCombinations(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse }: Refuser,
): Refusal | undefined {
	const guidances = (parameters.guidances ?? {}) as Record<string, unknown>;
	const { quality, duration: seconds } = parameters;
	const has = (kind: string) => Boolean((guidances[kind] as unknown[] | undefined)?.length);
	// The Veo 3.1, Kling 3.0 / O1 / O3 and Seedance 1.0 pages say "end_frame is only available when
	// start_frame is provided"; no page of a model with an end frame says otherwise: applied to all.
	if (has('end_frame') && !has('start_frame')) {
		return refuse(
			'An end frame needs a start frame',
			`${model.name} takes an end frame only with a start frame: fill in "Start Frame Image ID" too.`,
		);
	}
	if (
		has('image_reference') &&
		(has('start_frame') || has('end_frame')) &&
		model.rules?.includes('referencesExcludeFrames')
	) {
		return refuse(
			`${model.name} takes image references or start/end frames, not both`,
			'Remove the frames or the image references.',
		);
	}
	if (
		has('audio_reference') &&
		model.rules?.includes('audioNeedsReference') &&
		!has('image_reference') &&
		!has('video_reference_base')
	) {
		return refuse(
			`${model.name} takes audio references only with image or video references`,
			'Add an image reference or a video reference (a start or end frame does not count), or remove the audio references.',
		);
	}
	// Wan 2.6: "A background-music clip for the video. Cannot be combined with a video reference."
	// (v2 OpenAPI spec, Wan2_6GenerationRequest, https://docs.leonardo.ai/reference/creategeneration)
	if (
		has('audio_reference') &&
		has('video_reference_base') &&
		model.rules?.includes('audioExcludesVideoReference')
	) {
		return refuse(
			`${model.name} takes an audio reference or a video reference, not both`,
			'Remove the audio reference or the video reference.',
		);
	}
	// Wan 3.0: "Cannot be combined with a start or end frame." (v2 OpenAPI spec,
	// Alibaba_wan3_0GenerationRequest, https://docs.leonardo.ai/reference/creategeneration)
	if (
		has('audio_reference') &&
		(has('start_frame') || has('end_frame')) &&
		model.rules?.includes('audioExcludesFrames')
	) {
		return refuse(
			`${model.name} takes an audio reference or start/end frames, not both`,
			'Remove the audio reference or the frames.',
		);
	}
	if (has('audio_reference') && model.rules?.includes('audioNotWithTurbo') && quality === 'TURBO') {
		return refuse(
			`${model.name} takes no audio references with quality TURBO`,
			'Pick another quality, or remove the audio references.',
		);
	}
	const withVideo = model.withVideoReference;
	if (withVideo && has('video_reference_base')) {
		const references = (guidances.image_reference as unknown[] | undefined)?.length ?? 0;
		if (withVideo.excludesFrames && (has('start_frame') || has('end_frame')))
			return refuse(
				`${model.name} takes a video reference or start/end frames, not both`,
				'Remove the frames or the video reference.',
			);
		if (withVideo.maxImageReferences !== undefined && references > withVideo.maxImageReferences)
			return refuse(
				`${references} image references are too many with a video reference for ${model.name}`,
				`It takes up to ${withVideo.maxImageReferences} then.`,
			);
		if (
			withVideo.maxDuration !== undefined &&
			typeof seconds === 'number' &&
			seconds > withVideo.maxDuration
		)
			return refuse(
				`${model.name} makes at most ${withVideo.maxDuration}-second videos from a video reference`,
				`Set Duration to ${withVideo.maxDuration} seconds or less.`,
			);
	}
	return undefined;
}
