import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { ensureFound } from '../byId';
import type { Job } from '../job';
import { readGenerationId } from './body';
import type { ImageDelivery } from './output';
import { generationJson, generationOutput } from './output';

/**
 * Where each endpoint puts the started job: v1 `{ sdGenerationJob: { generationId, cost } }` (SDK
 * `creategeneration.ts`, leonardo-api.md §6.2); v2 `{ generate: { generationId, cost } }`. No
 * docs.leonardo.ai page shows a v2 answer; `generate` is what independent public v2 clients read.
 */
const STARTED_JOB_KEY = { v1: 'sdGenerationJob', v2: 'generate' } as const;

export async function getGeneration(
	this: IExecuteFunctions,
	generationId: string,
	itemIndex: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/generations/${encodeURIComponent(generationId)}`,
		itemIndex,
	});
	return (response.generations_by_pk ?? undefined) as IDataObject | undefined;
}

/** Generation → Get and Video → Get: the Generation ID parameter read, the generation fetched; unknown = an error. */
export async function readExistingGeneration(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject> {
	const generationId = readGenerationId.call(this, itemIndex);
	const generation = await getGeneration.call(this, generationId, itemIndex);
	return ensureFound.call(this, generation, 'Generation', generationId, itemIndex);
}

export interface GenerationStart {
	apiVersion: 'v1' | 'v2';
	body: IDataObject;
	/** Output with the generation, after `cost`: e.g. the init image ID, warnings, the v2 model. */
	extra: IDataObject;
	images: ImageDelivery;
}

/** A generation as a job: POST /generations (v1 or v2), read with v1 GET /generations/{id}. */
export function generationJob(
	this: IExecuteFunctions,
	itemIndex: number,
	start: GenerationStart,
): Job {
	return {
		kind: 'generation',
		start: async () => {
			const { apiVersion, body } = start;
			const response = await leonardoApiRequest.call(this, {
				method: 'POST',
				path: '/generations',
				apiVersion,
				body,
				itemIndex,
				retry: false,
			});
			const started = (response[STARTED_JOB_KEY[apiVersion]] ?? {}) as IDataObject;
			return { id: started.generationId, fields: { cost: started.cost ?? null, ...start.extra } };
		},
		read: async (generationId) => await getGeneration.call(this, generationId, itemIndex),
		pending: (generationId, fields) => ({ generationId, status: 'PENDING', ...fields }),
		finished: async (_generationId, generation, fields) =>
			await generationOutput.call(
				this,
				{ ...generationJson(generation), ...fields },
				itemIndex,
				start.images,
			),
		failedHint:
			'Try another prompt, model or size; Alchemy and some models only accept certain sizes.',
	};
}
