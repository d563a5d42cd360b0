import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { leonardoApiRequest, leonardoJobRequest } from '../../transport/leonardoApi';
import type { JobPricing } from '../shared/budget';
import { sameCostKey } from '../shared/budget';
import { ensureFound } from '../shared/byId';
import { generationBodyCost, imageGenerationPricing } from '../shared/pricing';
import type { Job } from '../shared/job';
import { howToCheck } from '../shared/job';
import { readGenerationId } from './body';
import type { ImageDelivery } from './output';
import { generationJson, generationOutput } from './output';

/**
 * Where each endpoint wraps the started job: v1 `{ sdGenerationJob: { generationId, cost } }` (SDK
 * `creategeneration.ts`); v2 `{ generate: { generationId, cost } }`, as every v2 recipe on
 * docs.leonardo.ai reads it (e.g. https://docs.leonardo.ai/recipes/generate-with-kling-26-using-start-frames).
 */
export const STARTED_JOB_KEY = { v1: 'sdGenerationJob', v2: 'generate' } as const;

/**
 * The started job in a create answer, in every documented shape: wrapped in its key (above), or in
 * `data.<key>`, or flat `{ generationId, apiCreditCost }` as the v2 API reference's 200 schema has it
 * (https://docs.leonardo.ai/reference/creategeneration). Its `apiCreditCost` ("API Credits Cost", an
 * integer) is output as the `cost { amount, unit: CREDITS }` the other answers carry.
 */
export function startedJobOf(answer: IDataObject, key: string): IDataObject {
	const data = answer.data as IDataObject | undefined;
	const wrapped = answer[key] ?? (data && typeof data === 'object' ? data[key] : undefined);
	const job = (wrapped && typeof wrapped === 'object' ? wrapped : answer) as IDataObject;
	const cost =
		job.cost ??
		(typeof job.apiCreditCost === 'number'
			? { amount: String(job.apiCreditCost), unit: 'CREDITS' }
			: null);
	return { ...job, cost };
}

export async function getGeneration(
	this: IExecuteFunctions,
	generationId: string,
	itemIndex: number,
	deadline?: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/generations/${encodeURIComponent(generationId)}`,
		itemIndex,
		deadline,
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
 * Uploads the input file a generation is made from, once the job may start: returns the body to POST
 * (now with the file's ID) and fields to output.
 */
export type GenerationUpload = () => Promise<{ body: IDataObject; extra: IDataObject }>;

export interface GenerationJobSpec {
	request: GenerationStartRequest;
	/** Output with the job, after `cost`. */
	extra: IDataObject;
	output: (generation: IDataObject, fields: IDataObject) => Promise<INodeExecutionData[]>;
	failedHint: string;
	pricing: GenerationPricing;
	upload?: GenerationUpload;
}

/**
 * Any generation as a job: started by its POST (once), read with v1 GET /generations/{id}; images
 * and videos differ only in how the finished generation is output.
 */
export function startedGenerationJob(
	this: IExecuteFunctions,
	itemIndex: number,
	spec: GenerationJobSpec,
): Job {
	const { request, upload } = spec;
	let body = request.body;
	let extra = spec.extra;
	return {
		kind: 'generation',
		requestKey: `${request.apiVersion}${request.path} ${JSON.stringify(request.body)}`,
		pricing: {
			...spec.pricing,
			sameCostKey: sameCostKey(`${request.apiVersion}${request.path}`, request.body),
		},
		beforeStart: upload
			? async () => {
					const uploaded = await upload();
					body = uploaded.body;
					extra = { ...extra, ...uploaded.extra };
				}
			: undefined,
		start: async () => {
			const { answer, id } = await leonardoJobRequest.call(
				this,
				{ method: 'POST', path: request.path, apiVersion: request.apiVersion, body, itemIndex },
				{
					kind: 'generation',
					idOf: (started) => startedJobOf(started, request.responseKey).generationId,
					howToCheck: howToCheck('generation'),
				},
			);
			const { cost } = startedJobOf(answer, request.responseKey);
			return { id, fields: { cost, ...extra } };
		},
		read: async (generationId, deadline) =>
			await getGeneration.call(this, generationId, itemIndex, deadline),
		pending: (generationId, fields) => ({ generationId, status: 'PENDING', ...fields }),
		finished: async (_generationId, generation, fields) => await spec.output(generation, fields),
		failedHint: spec.failedHint,
	};
}

export interface GenerationStart {
	apiVersion: 'v1' | 'v2';
	body: IDataObject;
	/** Output with the generation, after `cost`: e.g. the init image ID, warnings, the v2 model. */
	extra: IDataObject;
	images: ImageDelivery;
	upload?: GenerationUpload;
}

/** An image generation as a job: POST /generations (v1 or v2). */
export function generationJob(
	this: IExecuteFunctions,
	itemIndex: number,
	start: GenerationStart,
): Job {
	return startedGenerationJob.call(this, itemIndex, {
		request: {
			apiVersion: start.apiVersion,
			path: '/generations',
			body: start.body,
			responseKey: STARTED_JOB_KEY[start.apiVersion],
		},
		extra: start.extra,
		upload: start.upload,
		output: async (generation, fields) =>
			await generationOutput.call(
				this,
				{ ...generationJson(generation), ...fields },
				itemIndex,
				start.images,
			),
		failedHint:
			'Try another prompt, model or size; Alchemy and some models only accept certain sizes.',
		pricing:
			start.apiVersion === 'v1'
				? {
						calculator: imageGenerationPricing(generationBodyCost(start.body)),
						what: 'image generations',
					}
				: { what: `images of the newer model ${String(start.body.model)}` },
	});
}
