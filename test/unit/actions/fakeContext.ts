import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * The little of n8n's execute context that reading and checking a node's parameters uses: the node
 * (for error messages) and its parameters as a saved workflow holds them. A parameter the workflow
 * does not set reads as the code's fallback, or throws as n8n does when there is none. Requests,
 * binaries and the rest of n8n are the workflow tests' (test/workflow/).
 */
export function parameterContext(parameters: Record<string, unknown>): IExecuteFunctions {
	return {
		getNode: () => ({
			id: 'n',
			name: 'Leonardo AI',
			type: 'n8n-nodes-leonardo-ai.leonardoAi',
			typeVersion: 1,
			position: [0, 0],
			parameters,
		}),
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
