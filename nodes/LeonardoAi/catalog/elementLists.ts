import type { Parameters, Refusal, Refuser } from './refusal';
import type { CatalogModel } from './types';

/** The model's element lists (`user_elements`, `platform_elements`): how many, and each weight. */
export function checkElementLists(
	model: CatalogModel,
	parameters: Parameters,
	{ refuse }: Refuser,
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
