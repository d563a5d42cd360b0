import type { Parameters, Refusal, Refuser } from './refusal';
import type { CatalogModel, IntegerRange } from './types';

/** The prompt, and the values a model takes: count, seed, duration, choices, flags, styles. */

const inRange = (value: unknown, { min, max }: IntegerRange) =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** "5 or 10", or a run of whole seconds as "3–15". */
export function durationList(durations: number[]): string {
	const run =
		durations.length > 2 && durations.every((d, i) => i === 0 || d === durations[i - 1] + 1);
	if (run) return `${durations[0]}–${durations[durations.length - 1]}`;
	return durations.length > 1
		? `${durations.slice(0, -1).join(', ')} or ${durations[durations.length - 1]}`
		: durations.join('');
}

/** The prompt is there and within the model's length. */
export function checkPrompt(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse }: Refuser,
): Refusal | undefined {
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
	return undefined;
}

/** Count and seed, duration, negative prompt, the model's choices and flags. */
export function checkValues(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse, label }: Refuser,
): Refusal | undefined {
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
	return undefined;
}

/** `style_ids`: a list, no longer than the model takes, of the model's own styles where it lists them. */
export function checkStyles(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse }: Refuser,
): Refusal | undefined {
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
	return undefined;
}
