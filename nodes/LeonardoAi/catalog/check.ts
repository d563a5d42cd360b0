import type { CatalogModel, GuidanceKind, IntegerRange, Size, SizeRule } from './types';

/**
 * Checks a v2 `parameters` object (or the v2 view of a v1 video request) against the model's
 * catalog entry, before anything is sent. Leonardo rejects unknown keys under `parameters`
 * ("Unknown keys under parameters are rejected, not ignored", https://docs.leonardo.ai/docs/remove-bg),
 * so a field the model's page does not list is refused here too.
 */

export interface Refusal {
	message: string;
	/** What to do about it, with the page that says so. */
	description: string;
}

/** The node's field for a wire name, so a refusal names what the user sees ("Number of Images"). */
export type FieldLabels = Partial<Record<string, string>>;

type Parameters = Record<string, unknown>;

const GUIDANCE_LABELS: Record<GuidanceKind, string> = {
	image_reference: 'image references',
	start_frame: 'start frames',
	end_frame: 'end frames',
	style: 'style references',
	content: 'content references',
	character: 'character references',
	image_to_image: 'image-to-image references',
	edge: 'edge references',
	pose: 'pose references',
	depth: 'depth references',
	text_image: 'text image references',
	video_reference_base: 'video references',
	audio_reference: 'audio references',
	webpage_reference: 'webpage references',
};

/**
 * The older guidance kinds: the spec's items for them list `strength` as required, on every model
 * that has them (Phoenix, Lucid, FLUX Schnell, the SDXL models, Krea 2 …;
 * https://docs.leonardo.ai/reference/creategeneration).
 */
const LEGACY_KINDS: GuidanceKind[] = [
	'style',
	'content',
	'character',
	'image_to_image',
	'edge',
	'pose',
	'depth',
	'text_image',
];

/** The wire fields the entry documents under `parameters`. */
export function acceptedFields(model: CatalogModel): string[] {
	return [
		'prompt',
		'width',
		'height',
		...(model.quantity ? ['quantity'] : []),
		...(model.durations ? ['duration'] : []),
		...(model.seed ? ['seed'] : []),
		...(model.negativePrompt ? ['negative_prompt'] : []),
		...(model.promptEnhance ? ['prompt_enhance'] : []),
		...(model.styleIds || model.styles ? ['style_ids'] : []),
		...(model.guidances ? ['guidances'] : []),
		...(model.cameraMoves ? ['controls'] : []),
		...(model.sizes.pairs?.some((pair) => pair.mode) && !model.choices?.mode ? ['mode'] : []),
		...(model.sizes.pairs?.some((pair) => pair.resolution) && !model.choices?.resolution
			? ['resolution']
			: []),
		...Object.keys(model.choices ?? {}),
		...Object.keys(model.flags ?? {}),
		...Object.keys(model.elementLists ?? {}),
		...(model.otherFields ?? []),
	];
}

/** The sizes in words; `short` keeps long lists to their range, for a picker's one line. */
export function sizeList(rule: SizeRule, short = false): string {
	const list = (side: number[] | IntegerRange) => {
		if (Array.isArray(side))
			return short && side.length > 6
				? `${Math.min(...side)}–${Math.max(...side)} (${side.length} listed values)`
				: side.join(', ');
		if (side.max >= Number.MAX_SAFE_INTEGER) return `any from ${side.min}`;
		return `${side.min}–${side.max}${side.step ? ` (multiples of ${side.step})` : ''}`;
	};
	const auto = rule.auto ? `; 0×0 follows the input${short ? '' : ' image'}` : '';
	if (rule.pairs) {
		const pairs = rule.pairs.map(({ width, height }) => `${width}×${height}`);
		return (
			(short && pairs.length > 6 ? `${pairs.length} sizes, ${pairs[0]} …` : pairs.join(', ')) + auto
		);
	}
	const sides = rule.sides ?? rule.free;
	if (sides) return `width ${list(sides.width)}; height ${list(sides.height)}${auto}`;
	return 'any size';
}

function inSide(value: number, side: number[] | IntegerRange): boolean {
	if (Array.isArray(side)) return side.includes(value);
	return (
		Number.isInteger(value) &&
		value >= side.min &&
		value <= side.max &&
		(!side.step || value % side.step === 0)
	);
}

/** Whether the model makes this size (0×0 where it follows the input). */
export function sizeAccepted(rule: SizeRule, { width, height }: Size): boolean {
	if (width === 0 && height === 0) return Boolean(rule.auto);
	if (rule.pairs) return rule.pairs.some((pair) => pair.width === width && pair.height === height);
	const sides = rule.sides ?? rule.free;
	if (sides) return inSide(width, sides.width) && inSide(height, sides.height);
	return Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0;
}

const inRange = (value: unknown, { min, max }: IntegerRange) =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** The first thing in `parameters` the model's page does not accept, or undefined. */
export function checkParameters(
	model: CatalogModel,
	parameters: Parameters,
	labels: FieldLabels = {},
): Refusal | undefined {
	const page = `(${model.docs})`;
	const label = (wire: string) => (labels[wire] ? `"${labels[wire]}"` : `"${wire}"`);
	const refuse = (message: string, fix: string): Refusal => ({
		message,
		description: `${fix} ${page}`,
	});

	const accepted = acceptedFields(model);
	const unknown = Object.keys(parameters).find((key) => !accepted.includes(key));
	if (unknown) {
		return refuse(
			`${model.name} does not take ${label(unknown)}`,
			`Remove it; Leonardo refuses fields a model does not list. ${model.name} takes ${accepted.join(', ')}.`,
		);
	}

	const { prompt } = parameters;
	// Every v2 schema requires the prompt (https://docs.leonardo.ai/reference/creategeneration).
	if (typeof prompt !== 'string') {
		return refuse(`${model.name} needs a prompt`, 'Write one in "Prompt".');
	}
	if (prompt.length > model.prompt.max) {
		return refuse(
			`The prompt is ${prompt.length} characters; ${model.name} takes at most ${model.prompt.max}`,
			'Shorten the prompt.',
		);
	}

	const { width, height } = parameters;
	if (model.sizes.required && width === undefined && height === undefined) {
		return refuse(`${model.name} needs Width and Height`, `Set a size: ${sizeList(model.sizes)}.`);
	}
	if ((width === undefined) !== (height === undefined)) {
		return refuse(
			`${model.name} needs Width and Height together`,
			'Set both, or neither for its default size.',
		);
	}
	if (width !== undefined) {
		const size = { width: Number(width), height: Number(height) };
		if (!sizeAccepted(model.sizes, size)) {
			return refuse(
				`${model.name} does not make ${size.width}×${size.height} ${model.kind === 'video' ? 'videos' : 'images'}`,
				`It makes ${sizeList(model.sizes)}.`,
			);
		}
	}

	// v1: the `resolution` that goes with the size pair (Veo 3.1 on v1: 1280×720 with RESOLUTION_720).
	const { resolution } = parameters;
	const pair = model.sizes.pairs?.find(
		(size) => size.width === Number(width) && size.height === Number(height),
	);
	const resolutions = pair?.resolution
		? [pair.resolution]
		: [...new Set(model.sizes.pairs?.map((size) => size.resolution).filter(Boolean))];
	if (
		resolution !== undefined &&
		!model.choices?.resolution &&
		!resolutions.includes(resolution as string)
	) {
		return refuse(
			`${model.name} does not take resolution ${JSON.stringify(resolution)}${pair ? ` with ${pair.width}×${pair.height}` : ''}`,
			`Use ${resolutions.join(', ')}.`,
		);
	}

	// v2: the `mode` that goes with the size pair (Seedance 1.0 Pro: 1120×832 is RESOLUTION_720).
	const { mode } = parameters;
	if (mode !== undefined && pair?.mode && mode !== pair.mode) {
		return refuse(
			`${model.name} does not take mode ${JSON.stringify(mode)} with ${pair.width}×${pair.height}`,
			`Use ${pair.mode} for that size, or leave the mode out: the size decides it.`,
		);
	}

	const modes = (model.choices?.mode?.deprecated ? [] : (model.choices?.mode?.values ?? [])).map(
		(value) => Number(/^RESOLUTION_(\d+)$/.exec(value)?.[1]),
	);
	const largest = Math.max(...modes.filter(Number.isFinite));
	if (
		model.sizes.free &&
		width !== undefined &&
		Number.isFinite(largest) &&
		Math.min(Number(width), Number(height)) > largest
	) {
		return refuse(
			`${model.name} does not make ${String(width)}×${String(height)} videos`,
			`Its largest resolution is ${largest}p (mode RESOLUTION_${largest}): the shorter side can be at most ${largest} pixels.`,
		);
	}

	const numbers: Array<[string, IntegerRange | undefined]> = [
		['quantity', model.quantity],
		['seed', model.seed],
	];
	for (const [wire, rule] of numbers) {
		const value = parameters[wire];
		if (rule && value !== undefined && !inRange(value, rule)) {
			return refuse(
				`${label(wire)} must be a whole number from ${rule.min} to ${rule.max} for ${model.name}, not ${String(value)}`,
				'Set it within that range.',
			);
		}
	}
	const missing = numbers.find(
		([wire]) =>
			parameters[wire] === undefined &&
			(wire === 'quantity' ? model.quantity?.required : model.seed?.required),
	);
	if (missing) return refuse(`${model.name} needs ${label(missing[0])}`, 'Set it.');

	const { duration } = parameters;
	if (
		duration !== undefined &&
		model.durations &&
		!model.durations.values.includes(duration as number)
	) {
		return refuse(
			`${model.name} does not make ${String(duration)}-second videos`,
			`Use ${durationList(model.durations.values)} seconds.`,
		);
	}

	const negative = parameters.negative_prompt;
	if (
		model.negativePrompt &&
		typeof negative === 'string' &&
		negative.length > model.negativePrompt.max
	) {
		return refuse(
			`The negative prompt is ${negative.length} characters; ${model.name} takes at most ${model.negativePrompt.max}`,
			'Shorten it.',
		);
	}

	const choices = {
		...model.choices,
		...(model.promptEnhance ? { prompt_enhance: model.promptEnhance } : {}),
	};
	for (const [wire, choice] of Object.entries(choices)) {
		const value = parameters[wire];
		if (value !== undefined && !choice.values.includes(value as string)) {
			return refuse(
				`${label(wire)} ${JSON.stringify(value)} is not a value ${model.name} takes`,
				`Use ${choice.values.join(', ')}.`,
			);
		}
	}
	for (const wire of Object.keys(model.flags ?? {})) {
		if (parameters[wire] !== undefined && typeof parameters[wire] !== 'boolean') {
			return refuse(`${label(wire)} must be true or false`, 'Send true or false.');
		}
	}
	const styles = parameters.style_ids;
	if ((model.styles || model.styleIds) && styles !== undefined && !Array.isArray(styles)) {
		return refuse(
			`"style_ids" must be a list for ${model.name}`,
			'Send "style_ids" as a list of style UUIDs, or pick them in Options → Style Names or IDs.',
		);
	}
	if (model.styleIds && Array.isArray(styles) && styles.length > model.styleIds) {
		return refuse(
			`${model.name} takes at most ${model.styleIds} style ID${model.styleIds > 1 ? 's' : ''}`,
			'Send "style_ids" as a list of style UUIDs from the model\'s page.',
		);
	}
	const unknownStyle =
		model.styles && Array.isArray(styles)
			? styles.find((id) => !model.styles?.some((style) => style.id === id))
			: undefined;
	if (unknownStyle !== undefined) {
		return refuse(
			`${JSON.stringify(unknownStyle)} is not a style ${model.name} takes`,
			`Pick ${model.name}'s styles in Options → Style Names or IDs (they differ between models), or use a UUID from the model's page; Leonardo refuses the others.`,
		);
	}
	return checkElementLists(model, parameters, refuse) ?? checkGuidances(model, parameters, refuse);
}

function checkElementLists(
	model: CatalogModel,
	parameters: Parameters,
	refuse: (message: string, fix: string) => Refusal,
): Refusal | undefined {
	for (const [wire, rule] of Object.entries(model.elementLists ?? {})) {
		const list = parameters[wire];
		if (list === undefined) continue;
		if (!Array.isArray(list) || list.length > rule.max) {
			return refuse(
				`"${wire}" must be a list of at most ${rule.max} for ${model.name}`,
				`Send up to ${rule.max} elements.`,
			);
		}
		const range = `${rule.weight.min}${rule.weight.max === undefined ? ' or more' : `–${rule.weight.max}`}`;
		const badWeight = (list as Array<Record<string, unknown> | null>).find((item) => {
			const weight = item?.weight;
			return (
				weight !== undefined &&
				!(
					typeof weight === 'number' &&
					weight >= rule.weight.min &&
					weight <= (rule.weight.max ?? Infinity)
				)
			);
		});
		if (badWeight) {
			return refuse(
				`An element's weight in "${wire}" must be ${range} for ${model.name}, not ${String(badWeight.weight)}`,
				`Set each weight to ${range}.`,
			);
		}
	}
	return undefined;
}

function checkGuidances(
	model: CatalogModel,
	parameters: Parameters,
	refuse: (message: string, fix: string) => Refusal,
): Refusal | undefined {
	const guidances = (parameters.guidances ?? {}) as Record<string, unknown>;
	const { quality, duration: seconds } = parameters;
	const rules = model.guidances ?? {};
	for (const [kind, rule] of Object.entries(rules)) {
		if (rule?.required && !(guidances[kind] as unknown[] | undefined)?.length) {
			return refuse(
				`${model.name} needs ${kind === 'start_frame' ? 'a start frame' : `at least one of ${GUIDANCE_LABELS[kind as GuidanceKind]}`}`,
				kind === 'start_frame'
					? 'Fill in "Start Frame Image ID", or use Video → Create From Image with an input image.'
					: 'Add one.',
			);
		}
	}
	for (const [kind, list] of Object.entries(guidances)) {
		const rule = rules[kind as GuidanceKind];
		const what = GUIDANCE_LABELS[kind as GuidanceKind] ?? kind;
		if (!rule) {
			return refuse(
				`${model.name} takes no ${what}`,
				`Remove them. It takes ${
					Object.keys(rules)
						.map((k) => GUIDANCE_LABELS[k as GuidanceKind])
						.join(', ') || 'no guidance'
				}.`,
			);
		}
		const items = Array.isArray(list) ? (list as Array<Record<string, unknown>>) : [];
		if (items.length > rule.max) {
			return refuse(
				`${items.length} ${what} are too many for ${model.name}`,
				`It takes up to ${rule.max}.`,
			);
		}
		for (const item of items) {
			const media = (item.image ?? item.video ?? item.audio) as Record<string, unknown> | undefined;
			if (media && !rule.types.includes(media.type as never)) {
				return refuse(
					`${model.name} does not take ${what} of type ${JSON.stringify(media.type)}`,
					`Use ${rule.types.join(', ')}.`,
				);
			}
			const extra =
				rule.mediaKeys && Object.keys(media ?? {}).find((key) => !rule.mediaKeys?.includes(key));
			if (extra) {
				return refuse(
					`${model.name}'s ${what} take no "${extra}"`,
					`Remove it; each takes ${rule.mediaKeys?.join(', ')}.`,
				);
			}
			const side = rule.videoSides;
			const outside =
				side &&
				(['width', 'height'] as const).find((key) => {
					const pixels = media?.[key];
					return (
						pixels !== undefined &&
						!(typeof pixels === 'number' && pixels >= side.min && pixels <= side.max)
					);
				});
			if (side && outside) {
				return refuse(
					`${model.name}'s ${what} must be ${side.min}–${side.max} pixels wide and high, not ${outside} ${String(media?.[outside])}`,
					'Use a clip of that size.',
				);
			}
			if (item.type !== undefined && !rule.itemTypes?.includes(item.type as string)) {
				return refuse(
					`${model.name}'s ${what} take no type ${JSON.stringify(item.type)}`,
					rule.itemTypes ? `Use ${rule.itemTypes.join(' or ')}.` : 'Leave it out.',
				);
			}
			if (
				rule.strength &&
				LEGACY_KINDS.includes(kind as GuidanceKind) &&
				item.strength === undefined
			) {
				return refuse(
					`${model.name}'s ${what} need a strength`,
					`Give "strength" in each item: ${rule.strength?.join(', ')}.`,
				);
			}
			const duration = media?.duration;
			if (rule.duration?.required && duration === undefined) {
				return refuse(
					`${model.name}'s ${what} need the clip's duration`,
					'Give "duration" (seconds) in each item.',
				);
			}
			if (
				rule.duration &&
				duration !== undefined &&
				!(
					typeof duration === 'number' &&
					duration >= rule.duration.min &&
					duration <= rule.duration.max
				)
			) {
				return refuse(
					`${model.name}'s ${what} must be ${rule.duration.min}–${rule.duration.max} seconds long, not ${String(duration)}`,
					'Use a shorter clip, or trim it first.',
				);
			}
			if (item.strength !== undefined && !rule.strength) {
				return refuse(`${model.name}'s ${what} take no strength`, 'Leave Strength out.');
			}
			if (item.strength !== undefined && !rule.strength?.includes(item.strength as string)) {
				return refuse(
					`Strength ${JSON.stringify(item.strength)} is not one ${model.name}'s ${what} take`,
					`Use ${rule.strength?.join(', ')}.`,
				);
			}
		}
	}
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

/** "5 or 10", or a run of whole seconds as "3–15". */
export function durationList(durations: number[]): string {
	const run =
		durations.length > 2 && durations.every((d, i) => i === 0 || d === durations[i - 1] + 1);
	if (run) return `${durations[0]}–${durations[durations.length - 1]}`;
	return durations.length > 1
		? `${durations.slice(0, -1).join(', ')} or ${durations[durations.length - 1]}`
		: durations.join('');
}
