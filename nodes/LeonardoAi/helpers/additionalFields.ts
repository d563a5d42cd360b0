import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parameterLabel } from './labels';
import { checkJsonObject } from './parameters';

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Adds the user's extra JSON fields ("Additional Body Fields (JSON)", the parameter at `parameter`)
 * to a request body. The node's own parameters win: a key the node already sets is refused (JSON
 * from a form must not override the prompt, the number of images or the source image ID), and
 * nothing is sent.
 */
export function withAdditionalFields(
	this: IExecuteFunctions,
	body: IDataObject,
	extra: unknown,
	itemIndex: number,
	parameter = 'options.additionalFields',
): IDataObject {
	if (extra === undefined || extra === null || extra === '') return { ...body };
	const label = parameterLabel(this, parameter, itemIndex);
	const fields = checkJsonObject(this, label, extra, itemIndex);
	// JSON.parse makes "__proto__" an own key; any later copy by assignment would set a prototype with it.
	if (hasOwn(fields, '__proto__')) {
		throw new NodeOperationError(this.getNode(), `"${label}" may not set "__proto__"`, {
			itemIndex,
			description: '"__proto__" is not a Leonardo field. Remove it from the JSON.',
		});
	}
	// Own keys only: "constructor" or "toString" are the user's fields, not ones the node set.
	const clashes = Object.keys(fields).filter((key) => hasOwn(body, key));
	if (clashes.length) {
		throw new NodeOperationError(
			this.getNode(),
			`"${label}" sets ${clashes.map((key) => `"${key}"`).join(', ')}, which the node already sets`,
			{
				itemIndex,
				description: `Set ${clashes.length > 1 ? 'these' : 'this'} with the node's own parameters and remove ${clashes.length > 1 ? 'them' : 'it'} from the JSON. "${label}" is only for fields the node has no parameter for.`,
			},
		);
	}
	return { ...body, ...fields };
}
