import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { platformElementsOnce } from '../../helpers/executionState';
import { parameterLabel } from '../../helpers/labels';
import { checkElementId, checkNumber, checkText, refuseItem } from '../../helpers/parameters';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { getElement } from '../element/api';
import { SD_VERSIONS } from './values';

/**
 * Options → Elements of Generation → Create and Create From Image: Leonardo's platform elements sent
 * as `elements: [{ akUUID, weight }]` and the account's trained ones as `userElements: [{ userLoraId,
 * weight }]` (SDK `creategeneration.ts`, `shared/elementinput.ts`, `shared/userelementsinput.ts`).
 * The rules are those of Leonardo's recipe "Generate Images with Elements" (docs.leonardo.ai): note
 * each element's base model and weight range from GET /elements ("some are not compatible with
 * certain SD models"), and set `sd_version` as its base model says.
 */

export const elementsOption: INodeProperties = {
	displayName: 'Elements',
	name: 'elements',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Element',
	default: {},
	description:
		"Elements (LoRAs) that steer the style, character or object: Leonardo's own or the ones you trained (Element → Train)",
	options: [
		{
			displayName: 'Element',
			name: 'element',
			values: [
				{
					displayName: 'Element Name or ID',
					name: 'id',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getElements' },
					default: '',
					hint: "By ID: a platform element's akUUID, or the elementId of one you trained",
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Weight',
					name: 'weight',
					type: 'number',
					default: 1,
					typeOptions: { numberPrecision: 2 },
					description:
						"How strongly the element applies, within its range (each of Leonardo's elements lists its own, e.g. -1 to 2)",
				},
			],
		},
	],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Base models of one family: an element works only with a generation of its family. */
const FAMILIES: string[][] = [
	['FLUX_DEV'],
	[
		'SDXL_0_8',
		'SDXL_0_9',
		'SDXL_1_0',
		'SDXL_LIGHTNING',
		'LEONARDO_DIFFUSION_XL',
		'LEONARDO_LIGHTNING_XL',
		'VISION_XL',
		'KINO_XL',
		'ALBEDO_XL',
	],
	['v1_5'],
	['v2'],
];

function familyOf(baseModel: string): string[] {
	return FAMILIES.find((members) => members.includes(baseModel)) ?? [baseModel];
}

/** The SD Version to suggest for an element: its base model, or the family's member the option lists. */
function sdVersionFor(baseModel: string): string {
	if (SD_VERSIONS.includes(baseModel)) return baseModel;
	return familyOf(baseModel).find((member) => SD_VERSIONS.includes(member)) ?? baseModel;
}

/** GET /elements, once per call of the node (every item of the call shares it). */
async function platformElements(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject[]> {
	return await platformElementsOnce(this, () =>
		leonardoApiRequest
			.call(this, { method: 'GET', path: '/elements', itemIndex })
			.then((response) => ((response.loras as IDataObject[] | undefined) ?? []).filter(Boolean)),
	);
}

interface Choice {
	id: string;
	weight: number;
}

function readChoices(this: IExecuteFunctions, options: IDataObject, itemIndex: number): Choice[] {
	const entries =
		((options.elements as IDataObject | undefined)?.element as IDataObject[] | undefined) ?? [];
	const elements = parameterLabel(this, 'options.elements', itemIndex);
	return entries.map((entry, index) => {
		const label = `${elements} → Element ${index + 1}`;
		const text = checkText(this, label, entry.id ?? '', itemIndex);
		// A platform element goes by its akUUID (trimmed, any case); anything else is a trained element's ID.
		const id = UUID.test(text.trim())
			? text.trim()
			: checkElementId(
					this,
					label,
					entry.id ?? '',
					itemIndex,
					"Pick one from the list, or use a platform element's akUUID (Element → Get Many) or the elementId of one you trained (Element → Train): 1 to 15 digits, e.g. 123456, with no spaces, sign or decimal point.",
				);
		return {
			id,
			weight: checkNumber(this, `${label} → Weight`, entry.weight ?? 1, {}, itemIndex),
		};
	});
}

/**
 * The body fields for the chosen elements, checked before any job: a platform element must exist
 * and its weight lie in its range; a trained element must be COMPLETE; and with an SD Version set,
 * each element's base model must be of that family.
 */
export async function readElementFields(
	this: IExecuteFunctions,
	options: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	const choices = readChoices.call(this, options, itemIndex);
	const sdVersion =
		options.sdVersion === undefined
			? undefined
			: checkText(
					this,
					parameterLabel(this, 'options.sdVersion', itemIndex),
					options.sdVersion,
					itemIndex,
				).trim() || undefined;
	if (!choices.length) return {};
	const fields: { elements: IDataObject[]; userElements: IDataObject[] } = {
		elements: [],
		userElements: [],
	};
	for (const choice of choices) {
		let baseModel: unknown;
		let name: string;
		if (UUID.test(choice.id)) {
			const element = (await platformElements.call(this, itemIndex)).find(
				(candidate) => String(candidate.akUUID).toLowerCase() === choice.id.toLowerCase(),
			);
			if (!element) {
				refuseItem(
					this,
					itemIndex,
					`Element ${choice.id} is not one of Leonardo's elements`,
					'Pick one from the list; "Element → Get Many" lists them with their akUUID.',
				);
			}
			name = String(element.name ?? choice.id);
			const min = typeof element.weightMin === 'number' ? element.weightMin : undefined;
			const max = typeof element.weightMax === 'number' ? element.weightMax : undefined;
			if (
				(min !== undefined && choice.weight < min) ||
				(max !== undefined && choice.weight > max)
			) {
				refuseItem(
					this,
					itemIndex,
					`The weight of "${name}" must be from ${String(min)} to ${String(max)}, not ${choice.weight}`,
					`Leonardo lists this range for the element (default ${String(element.weightDefault ?? 1)}).`,
				);
			}
			baseModel = element.baseModel;
			fields.elements.push({ akUUID: String(element.akUUID), weight: choice.weight });
		} else {
			const element = await getElement.call(this, choice.id, itemIndex);
			if (!element) {
				refuseItem(
					this,
					itemIndex,
					`Element ${choice.id} was not found`,
					'Use the elementId of an element trained on this account ("Element → Get Many" lists them).',
				);
			}
			name = String(element.name ?? choice.id);
			if (element.status !== 'COMPLETE') {
				refuseItem(
					this,
					itemIndex,
					`Element "${name}" (${choice.id}) is ${String(element.status ?? 'not ready').toLowerCase()}, not trained yet`,
					element.status === 'FAILED'
						? 'Its training failed: train it again (Element → Train).'
						: 'Wait until "Element → Get" shows status COMPLETE (or train with Wait for Completion on) before generating with it.',
				);
			}
			baseModel = element.baseModel;
			fields.userElements.push({ userLoraId: Number(choice.id), weight: choice.weight });
		}
		if (sdVersion && typeof baseModel === 'string' && !familyOf(baseModel).includes(sdVersion)) {
			refuseItem(
				this,
				itemIndex,
				`Element "${name}" is for ${baseModel}, not for SD Version ${sdVersion}`,
				`Set Options → SD Version to ${sdVersionFor(baseModel)} (Leonardo's elements guide: the generation's sd_version follows the element's base model), or pick an element made for ${sdVersion}.`,
			);
		}
	}
	return Object.fromEntries(Object.entries(fields).filter(([, list]) => list.length));
}
