import type { IExecuteFunctions, INode } from 'n8n-workflow';

/** The node as a saved workflow holds it, for error messages (n8n names the node in them). */
export const testNode = (parameters: Record<string, unknown> = {}): INode =>
	({
		id: 'n',
		name: 'Leonardo AI',
		type: 'n8n-nodes-leonardo-ai.leonardoAi',
		typeVersion: 1,
		position: [0, 0],
		parameters,
	}) as INode;

/** For code that needs n8n only to name the node in its errors. */
export const nodeOnlyContext = { getNode: () => testNode() } as unknown as IExecuteFunctions;

/**
 * The little of n8n's execute context that reading and checking a node's parameters uses: the node
 * (for error messages) and its parameters as a saved workflow holds them — with `resource` and
 * `operation`, which pick the fields whose labels messages use. A parameter the workflow does not
 * set reads as the code's fallback, or throws as n8n does when there is none. Requests, binaries
 * and the rest of n8n are the workflow tests' (test/workflow/).
 */
export function parameterContext(parameters: Record<string, unknown>): IExecuteFunctions {
	return {
		getNode: () => testNode(parameters),
		getInputData: () => [{ json: {} }],
		getNodeParameter: (
			name: string,
			_itemIndex: number,
			...rest: [unknown?, { extractValue?: boolean }?]
		) => {
			const value = name
				.split('.')
				.reduce<unknown>(
					(object, key) => (object as Record<string, unknown> | undefined)?.[key],
					parameters,
				);
			if (value === undefined) {
				if (rest.length) return rest[0];
				throw new Error(`Could not get parameter "${name}"`);
			}
			const locator = value as { __rl?: boolean; value?: unknown };
			return rest[1]?.extractValue && locator?.__rl ? locator.value : value;
		},
	} as unknown as IExecuteFunctions;
}

/** The error a promise is refused with, as the user sees it: its message and description. */
export async function refusalOf(promise: Promise<unknown>) {
	const error = await promise.then(
		() => undefined,
		(caught: { message: string; description?: string }) => caught,
	);
	if (!error) throw new Error('nothing was refused');
	return { message: error.message, description: error.description };
}
