import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

import { parameterLabel } from './labels';
import { isToolMode } from './toolMode';

/**
 * Parameter values as expressions deliver them (any type), checked before any request: a wrong
 * type or range is an error that names the parameter, the value and what is accepted.
 */

export interface NumberRule {
	min?: number;
	max?: number;
	integer?: boolean;
}

/**
 * Leonardo's IDs are UUIDs: Leonardo's OpenAPI doc, from which the official SDK is generated
 * (https://api-docs-nine-delta.vercel.app/cloud/openapi.json), gives the `id`/`userId` path
 * parameters of /generations/{id}, /init-image/{id} and /generations/user/{userId} a UUID pattern.
 */
const LEONARDO_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function shown(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : String(value);
}

function refuse(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, { itemIndex, description });
}

/** Stops the item with a message and what to do about it (a check before any request). */
export function refuseItem(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): never {
	throw refuse(context, itemIndex, message, description);
}

/** A number, or a numeric string from an expression, within the rule's range. */
export function checkNumber(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	rule: NumberRule,
	itemIndex: number,
): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value.trim())
				: NaN;
	const kind = rule.integer ? 'a whole number' : 'a number';
	const range =
		rule.min !== undefined && rule.max !== undefined
			? `${kind} from ${rule.min} to ${rule.max}`
			: rule.min !== undefined
				? `${kind} of at least ${rule.min}`
				: kind;
	if (!Number.isFinite(number)) {
		throw refuse(
			context,
			itemIndex,
			`"${label}" must be ${range}, not ${shown(value)}`,
			`Enter ${range}, or check the expression that sets "${label}".`,
		);
	}
	if (
		(rule.min !== undefined && number < rule.min) ||
		(rule.max !== undefined && number > rule.max) ||
		(rule.integer && !Number.isInteger(number))
	) {
		throw refuse(
			context,
			itemIndex,
			`"${label}" must be ${range}, not ${number}`,
			`Enter ${range}.`,
		);
	}
	return number;
}

/** Text; numbers from expressions are taken as text, null, objects and lists are refused. */
export function checkText(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (value === undefined) return '';
	throw refuse(
		context,
		itemIndex,
		`"${label}" must be text, not ${shown(value)}`,
		value === null
			? `The expression in "${label}" returned null: the field it reads is probably missing from the input item.`
			: `The expression in "${label}" returned ${shown(value)}. Pick the text field inside it, e.g. {{ $json.text }}.`,
	);
}

/** A Leonardo ID (trimmed). Empty, ".", ".." and anything not shaped like a Leonardo ID are refused. */
export function checkId(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
	whereFrom: string,
): string {
	const id = checkText(context, label, value, itemIndex).trim();
	if (!id) throw refuse(context, itemIndex, `"${label}" is empty`, `${whereFrom}`);
	if (!LEONARDO_ID.test(id)) {
		throw refuse(
			context,
			itemIndex,
			`"${label}" is not a Leonardo ID: ${shown(id)}`,
			`Leonardo IDs look like 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b. ${whereFrom}`,
		);
	}
	return id;
}

/**
 * A trained element's ID (`userLoraId`): 1 to 15 decimal digits, so it is a safe integer on the wire.
 * Checked as text, not with Number(), which would take "0x10" as 16 and "1e3" as 1000.
 */
const ELEMENT_ID = /^\d{1,15}$/;

const ELEMENT_ID_FORMAT =
	'An element ID is a whole number of 1 to 15 digits, e.g. 123456, with no spaces, sign or decimal point: the elementId that "Element → Train" and "Element → Get Many" output.';

/** A trained element's ID, as text; a number from an expression is taken as its digits. */
export function checkElementId(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
	description = ELEMENT_ID_FORMAT,
): string {
	const id = checkText(context, label, value, itemIndex);
	if (!ELEMENT_ID.test(id)) {
		throw refuse(
			context,
			itemIndex,
			`"${label}" is not an element ID: ${shown(value)}`,
			description,
		);
	}
	return id;
}

export function checkBoolean(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw refuse(
		context,
		itemIndex,
		`"${label}" must be true or false, not ${shown(value)}`,
		`Turn "${label}" on or off, or make its expression return true or false.`,
	);
}

/** The JSON text's value; undefined when it is not JSON (n8n's `jsonParse` throws then, whatever the fallback). */
function parsedJson(text: string): unknown {
	try {
		return jsonParse<unknown>(text);
	} catch {
		return undefined;
	}
}

/** A JSON object parameter ("Additional Body Fields"), given as text or as an object. */
export function checkJsonObject(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	const parsed = typeof value === 'string' ? parsedJson(value) : value;
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw refuse(
			context,
			itemIndex,
			`"${label}" is not a JSON object`,
			'Write an object with Leonardo\'s field names, e.g. {"tiling": true}.',
		);
	}
	return parsed as IDataObject;
}

/**
 * Reading a parameter: its label in messages is its display name (helpers/labels.ts). A number
 * parameter; `fallback` for one the editor may hide (n8n then leaves it out of the node).
 */
export function readNumber(
	this: IExecuteFunctions,
	name: string,
	rule: NumberRule,
	itemIndex: number,
	fallback?: number,
): number {
	const label = parameterLabel(this, name, itemIndex);
	const value =
		fallback === undefined
			? this.getNodeParameter(name, itemIndex)
			: this.getNodeParameter(name, itemIndex, fallback);
	return checkNumber(this, label, value, rule, itemIndex);
}

export function readText(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	fallback = '',
): string {
	const label = parameterLabel(this, name, itemIndex);
	return checkText(this, label, this.getNodeParameter(name, itemIndex, fallback), itemIndex);
}

export function readId(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	whereFrom: string,
): string {
	const label = parameterLabel(this, name, itemIndex);
	return checkId(this, label, this.getNodeParameter(name, itemIndex), itemIndex, whereFrom);
}

/** An optional ID: empty means "not given". */
export function readOptionalId(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
	whereFrom: string,
): string | undefined {
	const label = parameterLabel(this, name, itemIndex);
	const value = this.getNodeParameter(name, itemIndex, '');
	if (value === undefined || (typeof value === 'string' && !value.trim())) return undefined;
	return checkId(this, label, value, itemIndex, whereFrom);
}

export function readBoolean(this: IExecuteFunctions, name: string, itemIndex: number): boolean {
	const label = parameterLabel(this, name, itemIndex);
	return checkBoolean(this, label, this.getNodeParameter(name, itemIndex), itemIndex);
}

/**
 * A download switch ("Download Images", "Download Video", …): always off when the node runs as an
 * agent's tool, since n8n gives the model only the items' json (a binary would be fetched for nothing).
 */
export function readDownloadSwitch(
	this: IExecuteFunctions,
	name: string,
	itemIndex: number,
): boolean {
	return !isToolMode(this) && readBoolean.call(this, name, itemIndex);
}

/** The Options collection of this item (always an object). */
export function readOptionValues(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = this.getNodeParameter('options', itemIndex, {});
	return options && typeof options === 'object' && !Array.isArray(options)
		? (options as IDataObject)
		: {};
}

/** Wait Timeout: how long a job may take before the node gives up (seconds). */
export const WAIT_TIMEOUT_RULE: NumberRule = { min: 1, max: 7200 };
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 300;

export function waitTimeoutSeconds(
	this: IExecuteFunctions,
	options: IDataObject,
	itemIndex: number,
	fallback = DEFAULT_WAIT_TIMEOUT_SECONDS,
): number {
	if (options.waitTimeout === undefined) return fallback;
	return checkNumber(
		this,
		parameterLabel(this, 'options.waitTimeout', itemIndex),
		options.waitTimeout,
		WAIT_TIMEOUT_RULE,
		itemIndex,
	);
}

/** Options → Public: false unless the item's options say otherwise. */
export function readPublicOption(
	this: IExecuteFunctions,
	options: IDataObject,
	itemIndex: number,
): boolean {
	if (options.public === undefined) return false;
	const label = parameterLabel(this, 'options.public', itemIndex);
	return checkBoolean(this, label, options.public, itemIndex);
}
