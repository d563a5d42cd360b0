import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { testNode } from '../fakeContext';
import '../nodeLabels';

/** What the fake Leonardo answers one request with. */
export interface FakeAnswer {
	statusCode: number;
	body: unknown;
	headers?: Record<string, string>;
}

/**
 * One node execution without n8n, of Generation → Create: its per-execution node context (where
 * Max Credits keeps its budget), a credential, and Leonardo's API answered by `answer` (every
 * request is kept in `sent`).
 */
export function fakeExecution(
	answer: (request: IDataObject) => FakeAnswer = calculatorAnswering(3),
) {
	const nodeContext = {};
	const sent: IDataObject[] = [];
	const context = {
		getNode: () => testNode(),
		getNodeParameter: (name: string) =>
			({ resource: 'generation', operation: 'create' })[name as 'resource' | 'operation'],
		getContext: (type: string) => {
			if (type !== 'node') throw new Error(`no ${type} context here`);
			return nodeContext;
		},
		getCredentials: async () => ({ apiKey: 'test-key' }),
		helpers: {
			httpRequestWithAuthentication: async (_credential: string, request: IDataObject) => {
				sent.push(request);
				const { statusCode, body, headers = {} } = answer(request);
				return { statusCode, body, headers };
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, sent };
}

/** The pricing calculator answering every question with the same cost. */
export function calculatorAnswering(cost: number) {
	return (): FakeAnswer => ({
		statusCode: 200,
		body: { calculateProductionApiServiceCost: { cost } },
	});
}
