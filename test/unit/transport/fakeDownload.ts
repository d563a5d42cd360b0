import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { testNode } from '../fakeContext';

export const FILE_URL = 'https://cdn.example.com/generations/g1/0.png?sig=secret';

/** A response body as n8n's request helper gives it: read chunk by chunk, closed early by `destroy`. */
export interface FakeBody extends AsyncIterable<Buffer> {
	destroy: () => void;
	/** How often it was destroyed, and how many chunks were taken from it. */
	destroyed: number;
	reads: number;
}

/**
 * A body that yields `parts` in order: a Buffer is a chunk, a number a pause of that many ms, an
 * Error breaks the stream off, 'stall' never sends another byte.
 */
export function fakeBody(...parts: Array<Buffer | number | Error | 'stall'>): FakeBody {
	const body = {
		destroyed: 0,
		reads: 0,
		destroy: () => {
			body.destroyed += 1;
		},
		async *[Symbol.asyncIterator]() {
			for (const part of parts) {
				if (part === 'stall') await new Promise<never>(() => undefined);
				if (part instanceof Error) throw part;
				if (typeof part === 'number') await sleep(part);
				else {
					body.reads += 1;
					yield part as Buffer;
				}
			}
		},
	};
	return body;
}

/** One answer of the fake file server: a response, a network error, or 'hang' (never answers). */
export type FakeAnswer =
	| { statusCode: number; headers?: Record<string, string>; body?: unknown }
	| Error
	| 'hang';

export const networkError = (code: string) => Object.assign(new Error(`socket: ${code}`), { code });

/**
 * The little of n8n a download uses: the node (for errors), the execution's cancel signal, and
 * `httpRequest`, answered in turn by `answers` (every request is kept in `sent`). A hanging answer
 * ignores the request's abort signal, like a helper that does not pass it on.
 */
export function downloadContext(answers: FakeAnswer[], cancel?: AbortSignal) {
	const sent: IDataObject[] = [];
	const context = {
		getNode: () => testNode(),
		getExecutionCancelSignal: () => cancel,
		helpers: {
			httpRequest: async (request: IDataObject) => {
				sent.push(request);
				const answer = answers.shift();
				if (answer === undefined) throw new Error('no answer queued');
				if (answer === 'hang') return await new Promise<never>(() => undefined);
				if (answer instanceof Error) throw answer;
				return { headers: {}, body: fakeBody(), ...answer };
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, sent };
}

/** What a failed promise threw, for asserting its message and description in full. */
export async function failureOf(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		const { message, description, httpCode } = error as {
			message: string;
			description?: string;
			httpCode?: string;
		};
		return { message, description, httpCode };
	}
	throw new Error('expected a failure');
}
