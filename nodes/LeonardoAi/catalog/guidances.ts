import type { Parameters, Refusal, Refuser } from './refusal';
import type { CatalogModel, GuidanceKind } from './types';

/** What the user calls each kind of guidance, in refusals. */
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

/**
 * Each kind of guidance (references, frames): required ones present, the others ones the model
 * takes, at most as many as it takes, and each item's media, type, strength and clip length.
 */
export function checkGuidances(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse }: Refuser,
): Refusal | undefined {
	const guidances = (parameters.guidances ?? {}) as Record<string, unknown>;
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
	return undefined;
}
