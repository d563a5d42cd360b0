import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { testNode } from '../fakeContext';

/** One answer of the fake Leonardo: a status and body (and headers), or a network failure. */
export type FakeReply = { statusCode: number; body?: unknown; headers?: IDataObject } | Error;

/** A network failure as Node reports it (ECONNRESET, ECONNREFUSED …). */
export const networkFailure = (code: string) =>
	Object.assign(new Error(`connect ${code} 203.0.113.7:443`), { code });

export const API_KEY = 'sk-test-4d2c1a';

/**
 * n8n's execute context as the transport uses it: the node, the credential, and
 * `httpRequestWithAuthentication` answered from `replies` in order (every request kept in `sent`,
 * with the credential type it asked for). No reply left is a test mistake, and says so.
 */
export function fakeLeonardo(
	replies: FakeReply[],
	credentials: IDataObject = { apiKey: API_KEY, baseUrl: 'https://cloud.leonardo.ai/api/rest/v1' },
) {
	const sent: Array<{ credentialType: string; options: IHttpRequestOptions }> = [];
	const context = {
		getNode: () => testNode(),
		getCredentials: async () => credentials,
		helpers: {
			httpRequestWithAuthentication: async (
				credentialType: string,
				options: IHttpRequestOptions,
			) => {
				sent.push({ credentialType, options });
				const reply = replies.shift();
				if (!reply) throw new Error(`no reply left for ${options.method} ${options.url}`);
				if (reply instanceof Error) throw reply;
				return { headers: {}, ...reply };
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, sent };
}
