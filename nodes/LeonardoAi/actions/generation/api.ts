import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recordStartedJob } from '../../helpers/batch';
import { waitForJob } from '../../helpers/polling';
import { leonardoApiRequest } from '../../transport/leonardoApi';

/** The ID of a generation Leonardo just started, recorded as started (and paid) work; none is an error. */
export function acceptGeneration(this: IExecuteFunctions, generationId: unknown, itemIndex: number): string {
	if (typeof generationId !== 'string' || !generationId) {
		throw new NodeOperationError(this.getNode(), 'Leonardo accepted the request but returned no generation ID', {
			itemIndex,
			description: 'The job may have started (and be charged): look for it with "Generation → Get Many".',
		});
	}
	recordStartedJob(this, itemIndex, { kind: 'generation', id: generationId });
	return generationId;
}

/** POSTs the job. Never retried: a second POST would be a second, paid, generation. */
export async function startGeneration(
	this: IExecuteFunctions,
	body: IDataObject,
	itemIndex: number,
): Promise<{ generationId: string; cost: IDataObject | null }> {
	const response = await leonardoApiRequest.call(this, { method: 'POST', path: '/generations', body, itemIndex, retry: false });
	const job = (response.sdGenerationJob ?? {}) as IDataObject;
	return { generationId: acceptGeneration.call(this, job.generationId, itemIndex), cost: (job.cost as IDataObject | undefined) ?? null };
}

export async function getGeneration(this: IExecuteFunctions, generationId: string, itemIndex: number): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/generations/${encodeURIComponent(generationId)}`,
		itemIndex,
	});
	return (response.generations_by_pk ?? undefined) as IDataObject | undefined;
}

export async function waitForGeneration(
	this: IExecuteFunctions,
	generationId: string,
	itemIndex: number,
	timeoutSeconds: number,
): Promise<IDataObject> {
	return await waitForJob(this, {
		label: `Generation ${generationId}`,
		itemIndex,
		timeoutSeconds,
		fetch: async () => await getGeneration.call(this, generationId, itemIndex),
		failedHint: 'Try another prompt, model or size; Alchemy and some models only accept certain sizes.',
	});
}
