import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';

/**
 * Leonardo's prompt tools answer `{ promptGeneration: { prompt, cost, apiCreditCost } }` (SDK
 * `promptimprove.ts`, `promptrandom.ts`; `apiCreditCost` is deprecated in favour of `cost`).
 * Sent again only after a 429 (which charged nothing), never after a 5xx or a dropped connection:
 * each call that reaches Leonardo is charged.
 */
export async function promptTool(
	this: IExecuteFunctions,
	path: '/prompt/improve' | '/prompt/random',
	body: IDataObject | undefined,
	itemIndex: number,
): Promise<{ prompt: string; cost: IDataObject | null }> {
	const response = await leonardoApiRequest.call(this, {
		method: 'POST',
		path,
		body,
		itemIndex,
		retry: false,
		retryRateLimited: true,
	});
	const generation = (response.promptGeneration ?? {}) as IDataObject;
	if (typeof generation.prompt !== 'string' || !generation.prompt.trim()) {
		throw new NodeApiError(this.getNode(), response as never, {
			message: `Leonardo answered POST ${path} without a prompt`,
			description: "Run the item again; if it keeps happening, check Leonardo's status page.",
			itemIndex,
		});
	}
	return { prompt: generation.prompt, cost: (generation.cost as IDataObject | undefined) ?? null };
}
