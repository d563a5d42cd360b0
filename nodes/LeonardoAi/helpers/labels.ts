import type {
	IExecuteFunctions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A parameter's label in messages is its display name in the node's own description, as the editor
 * shows it: the two cannot drift. A name means different fields in different operations (`model`
 * is "Model Name or ID" in Generation → Create (Newer Models), "Model" in Image → Upscale), so the
 * field is the one the item's resource and operation show — as n8n-core finds a parameter's
 * description (`validateValueAgainstSchema`: the property of that name that `displayParameter`
 * shows). We match `resource` and `operation` ourselves: `NodeHelpers.displayParameter` changed its
 * arguments within n8n 1.x and `findDisplayedProperty` is in late 1.x and 2.41 but not 2.8.
 *
 * Paths name nested fields as `getNodeParameter` does: `options.waitTimeout`, and for a fixed
 * collection `imageReferences.reference.strength` (an index such as `reference[0]` is allowed). The
 * label of a field inside Options (a collection) is its own display name, as the editor lists it
 * under "Add option"; a field inside a fixed collection is "Collection → Field" ("Image References →
 * Strength"), as the editor shows it under the collection's heading.
 */

/**
 * The node's properties, handed over by the module that assembles them (LeonardoAi.node.ts): the
 * operations that read labels are part of those properties, so importing them here would be an
 * import cycle. The index for a resource and operation is built the first time it is asked for.
 */
let nodeProperties: readonly INodeProperties[] = [];
const indexes = new Map<string, Map<string, string>>();

export function useLabelsOf(properties: readonly INodeProperties[]): void {
	nodeProperties = properties;
	indexes.clear();
}

type Values = Record<string, unknown> | undefined;

function listed(values: Values, key: string, value: string): boolean | undefined {
	const list = values?.[key];
	return Array.isArray(list) ? list.includes(value) : undefined;
}

/** Shown for this resource and operation (their `show`/`hide`; other conditions are not read). */
function shownIn(property: INodeProperties, resource: string, operation: string): boolean {
	const { show, hide } = (property.displayOptions ?? {}) as { show?: Values; hide?: Values };
	return (
		listed(show, 'resource', resource) !== false &&
		listed(show, 'operation', operation) !== false &&
		listed(hide, 'resource', resource) !== true &&
		listed(hide, 'operation', operation) !== true
	);
}

function indexFields(
	index: Map<string, string>,
	fields: readonly INodeProperties[],
	prefix: string,
	heading: string,
	where: string,
): void {
	for (const field of fields) {
		const path = `${prefix}${field.name}`;
		const label = heading ? `${heading} → ${field.displayName}` : field.displayName;
		const known = index.get(path);
		if (known !== undefined && known !== label) {
			throw new Error(
				`Two fields "${path}" (${known}, ${label}) in ${where}: give them different names`,
			);
		}
		index.set(path, label);
		const options = (field.options ?? []) as Array<
			INodeProperties | INodePropertyCollection | INodePropertyOptions
		>;
		if (field.type === 'collection') {
			indexFields(index, options as INodeProperties[], `${path}.`, heading, where);
		} else if (field.type === 'fixedCollection') {
			for (const group of options as INodePropertyCollection[]) {
				indexFields(index, group.values, `${path}.${group.name}.`, label, where);
			}
		}
	}
}

function indexFor(resource: string, operation: string): Map<string, string> {
	const key = `${resource}/${operation}`;
	let index = indexes.get(key);
	if (!index) {
		if (!nodeProperties.length)
			throw new Error(
				'No properties to read labels from: LeonardoAi.node.ts hands them over (useLabelsOf)',
			);
		index = new Map();
		const shown = nodeProperties.filter((property) => shownIn(property, resource, operation));
		indexFields(index, shown, '', '', `resource "${resource}", operation "${operation}"`);
		indexes.set(key, index);
	}
	return index;
}

/** The label of the parameter at `path` as the item's resource and operation show it. */
export function parameterLabel(
	context: IExecuteFunctions,
	path: string,
	itemIndex: number,
): string {
	const resource = String(context.getNodeParameter('resource', itemIndex));
	const operation = String(context.getNodeParameter('operation', itemIndex));
	const label = indexFor(resource, operation).get(path.replace(/\[\d+\]/g, ''));
	if (label === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`The node reads a parameter "${path}" that resource "${resource}", operation "${operation}" does not have`,
			{
				itemIndex,
				description:
					'A programming error in the Leonardo AI node: the name in its code and in its description differ.',
			},
		);
	}
	return label;
}

/** `{ wire name: parameter path }` → `{ wire name: its label }`, for messages about a request's fields. */
export function parameterLabels(
	context: IExecuteFunctions,
	parameters: Record<string, string>,
	itemIndex: number,
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(parameters).map(([wire, path]) => [
			wire,
			parameterLabel(context, path, itemIndex),
		]),
	);
}
