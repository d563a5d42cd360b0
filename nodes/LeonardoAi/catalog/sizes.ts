import type { Parameters, Refusal, Refuser } from './refusal';
import type { CatalogModel, IntegerRange, Size, SizeRule } from './types';

/** A model's sizes: in words, whether it makes one, and the size check before sending. */

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

/** Width and height, and the `resolution` or `mode` that goes with them. */
export function checkSize(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse }: Refuser,
): Refusal | undefined {
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
	return undefined;
}
