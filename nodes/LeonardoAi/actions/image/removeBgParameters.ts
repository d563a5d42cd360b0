import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parameterLabel } from '../../helpers/labels';
import { checkBoolean, checkNumber, checkText, refuseItem } from '../../helpers/parameters';

/**
 * Remove Background's `parameters` (all but the image), read from the node's Output Format and
 * Options and checked before anything is sent: the enums and ranges of the sync spec
 * (RemoveBgSyncGenerationRequest, https://docs.leonardo.ai/reference/createsyncgeneration) and the
 * shapes its descriptions give the text options. Wire names: https://docs.leonardo.ai/docs/remove-bg.
 */

/** One CSS-like length: a number of pixels or a percentage. */
const LENGTH = /^\d+(\.\d+)?(px|%)$/;
const PERCENT = /^(\d+(\.\d+)?)%$/;

function lengths(value: string): string[] {
	return value.split(/\s+/).filter(Boolean);
}

/**
 * The text options, in the shapes the spec's descriptions give: crop_margin "one, two, or four
 * values" of "30px" or "10%"; roi "two x/y coordinate pairs in pixels … or percentages"; scale
 * "'original' or a percentage between '10%' and '100%'"; position "'original', 'center', a single
 * percentage, or two percentages"; bg_color "hex code or color name".
 */
const TEXT_OPTIONS: Array<{
	option: string;
	wire: string;
	valid: (value: string) => boolean;
	shape: string;
}> = [
	{
		option: 'cropMargin',
		wire: 'crop_margin',
		valid: (value) =>
			[1, 2, 4].includes(lengths(value).length) &&
			lengths(value).every((part) => LENGTH.test(part)),
		shape: '1, 2 or 4 values, each in px or %, e.g. 30px, 10% or 10px 20px',
	},
	{
		option: 'roi',
		wire: 'roi',
		valid: (value) =>
			lengths(value).length === 4 && lengths(value).every((part) => LENGTH.test(part)),
		shape: 'two x/y corners, 4 values in px or %, e.g. 0px 0px 400px 300px or 10% 10% 90% 90%',
	},
	{
		option: 'scale',
		wire: 'scale',
		valid: (value) => {
			if (value === 'original') return true;
			const percent = PERCENT.exec(value);
			return !!percent && Number(percent[1]) >= 10 && Number(percent[1]) <= 100;
		},
		shape: 'original, or a percentage from 10% to 100%, e.g. 80%',
	},
	{
		option: 'position',
		wire: 'position',
		valid: (value) =>
			['original', 'center'].includes(value) ||
			([1, 2].includes(lengths(value).length) &&
				lengths(value).every((part) => {
					const percent = PERCENT.exec(part);
					return !!percent && Number(percent[1]) <= 100;
				})),
		shape: 'original, center, one percentage or two, e.g. 50% or 50% 70%',
	},
	{
		option: 'backgroundColor',
		wire: 'bg_color',
		valid: (value) =>
			/^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value) || /^[a-z]+$/i.test(value),
		shape: 'a hex code or a colour name, e.g. #ffffff, 81d4fa or white',
	},
];

/** The spec's enums for the options that are lists (RemoveBgSyncGenerationRequest). */
const ENUM_OPTIONS: Array<{ option: string; wire: string; values: string[] }> = [
	{ option: 'size', wire: 'size', values: ['auto', 'preview', 'full', '50MP'] },
	{
		option: 'subjectType',
		wire: 'type',
		values: ['auto', 'person', 'product', 'car', 'animal', 'graphic', 'transportation', 'other'],
	},
	{
		option: 'typeLevel',
		wire: 'type_level',
		values: ['none', '1', '2', 'latest'],
	},
	{ option: 'channels', wire: 'channels', values: ['rgba', 'alpha'] },
	{
		option: 'shadowType',
		wire: 'shadow_type',
		values: ['none', 'drop', '3d', 'car'],
	},
];

export function checkedEnum(
	this: IExecuteFunctions,
	label: string,
	value: unknown,
	values: string[],
	itemIndex: number,
): string {
	const text = checkText(this, label, value, itemIndex).trim();
	if (!values.includes(text))
		refuseItem(
			this,
			itemIndex,
			`"${label}" must be one of ${values.join(', ')}, not "${text}"`,
			`Pick one of the values Leonardo's remove-bg model takes (https://docs.leonardo.ai/docs/remove-bg).`,
		);
	return text;
}

/**
 * `parameters` without the image: the output format and every option the user set, with their wire
 * names (https://docs.leonardo.ai/docs/remove-bg, "Body Parameters"), checked against the spec's
 * enums and ranges and the descriptions' shapes. Warnings: options that only apply with another.
 */
export function readRemoveBgParameters(
	this: IExecuteFunctions,
	itemIndex: number,
	options: IDataObject,
): { parameters: IDataObject; warnings: string[] } {
	const parameters: IDataObject = {
		format: checkedEnum.call(
			this,
			parameterLabel(this, 'format', itemIndex),
			this.getNodeParameter('format', itemIndex, 'png'),
			['png', 'jpg', 'webp'],
			itemIndex,
		),
	};
	const label = (option: string) => parameterLabel(this, `options.${option}`, itemIndex);
	for (const { option, wire, values } of ENUM_OPTIONS)
		if (options[option] !== undefined)
			parameters[wire] = checkedEnum.call(this, label(option), options[option], values, itemIndex);
	for (const { option, wire, valid, shape } of TEXT_OPTIONS) {
		if (options[option] === undefined) continue;
		const value = checkText(this, label(option), options[option], itemIndex)
			.trim()
			.replace(/\s+/g, ' ');
		if (!value) continue;
		if (!valid(value))
			refuseItem(this, itemIndex, `"${label(option)}" is not valid: "${value}"`, `Use ${shape}.`);
		parameters[wire] = value;
	}
	if (options.crop !== undefined)
		parameters.crop = checkBoolean(
			this,
			parameterLabel(this, 'options.crop', itemIndex),
			options.crop,
			itemIndex,
		);
	if (options.semitransparency !== undefined)
		parameters.semitransparency = checkBoolean(
			this,
			parameterLabel(this, 'options.semitransparency', itemIndex),
			options.semitransparency,
			itemIndex,
		);
	if (options.shadowOpacity !== undefined)
		parameters.shadow_opacity = checkNumber(
			this,
			parameterLabel(this, 'options.shadowOpacity', itemIndex),
			options.shadowOpacity,
			{ min: 0, max: 100, integer: true },
			itemIndex,
		);
	const warnings: string[] = [];
	if (parameters.crop_margin !== undefined && parameters.crop !== true)
		warnings.push(
			'Crop Margin only applies with Crop to Subject on (Leonardo ignores it otherwise).',
		);
	if (
		parameters.shadow_opacity !== undefined &&
		(parameters.shadow_type === undefined || parameters.shadow_type === 'none')
	)
		warnings.push(
			'Shadow Opacity only applies with a Shadow Type (Leonardo ignores it otherwise).',
		);
	return { parameters, warnings };
}
