import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import type { JobPricing } from '../budget';
import { sameCostKey } from '../budget';
import { ensureFound } from '../byId';
import { generationBodyCost, imageGenerationPricing } from '../cost/pricing';
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

/** How a generation (images or a video) is started: its POST, and the key the answer wraps the job in. */
export interface GenerationStartRequest {
	apiVersion: 'v1' | 'v2';
	path: string;
	body: IDataObject;
	responseKey: string;
}

/** How Max Credits prices a generation (its same-cost key comes from the request). */
type GenerationPricing = Omit<JobPricing, 'sameCostKey'>;

/**
 * Any generation as a job: started by its POST (never retried), read with v1 GET /generations/{id};
 * images and videos differ only in how the finished generation is output.
 */
export function startedGenerationJob(
	this: IExecuteFunctions,
	itemIndex: number,
	request: GenerationStartRequest,
	extra: IDataObject,
	output: (generation: IDataObject, fields: IDataObject) => Promise<INodeExecutionData[]>,
	failedHint: string,
	pricing: GenerationPricing,
): Job {
	return {
		kind: 'generation',
		pricing: {
			...pricing,
			sameCostKey: sameCostKey(`${request.apiVersion}${request.path}`, request.body),
		},
		start: async () => {
			const response = await leonardoApiRequest.call(this, {
				method: 'POST',
				path: request.path,
				apiVersion: request.apiVersion,
				body: request.body,
				itemIndex,
				retry: false,
			});
			const started = (response[request.responseKey] ?? {}) as IDataObject;
			return { id: started.generationId, fields: { cost: started.cost ?? null, ...extra } };
		},
		read: async (generationId) => await getGeneration.call(this, generationId, itemIndex),
		pending: (generationId, fields) => ({ generationId, status: 'PENDING', ...fields }),
		finished: async (_generationId, generation, fields) => await output(generation, fields),
		failedHint,
	};
}

export interface GenerationStart {
	apiVersion: 'v1' | 'v2';
	body: IDataObject;
	/** Output with the generation, after `cost`: e.g. the init image ID, warnings, the v2 model. */
	extra: IDataObject;
	images: ImageDelivery;
}

/** An image generation as a job: POST /generations (v1 or v2). */
export function generationJob(
	this: IExecuteFunctions,
	itemIndex: number,
	start: GenerationStart,
): Job {
	const request = {
		apiVersion: start.apiVersion,
		path: '/generations',
		body: start.body,
		responseKey: STARTED_JOB_KEY[start.apiVersion],
	};
	return startedGenerationJob.call(
		this,
		itemIndex,
		request,
		start.extra,
		async (generation, fields) =>
			await generationOutput.call(
				this,
				{ ...generationJson(generation), ...fields },
				itemIndex,
				start.images,
			),
		'Try another prompt, model or size; Alchemy and some models only accept certain sizes.',
		start.apiVersion === 'v1'
			? {
					calculator: imageGenerationPricing(generationBodyCost(start.body)),
					what: 'image generations',
				}
			: { what: `images of the newer model ${String(start.body.model)}` },
	);
}
