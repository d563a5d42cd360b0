import { createHash } from 'crypto';
import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ImageFormat } from '../../helpers/image';
import { EXTENSION_BY_FORMAT, MIME_TYPE_BY_FORMAT, detectImageFormat } from '../../helpers/image';
import { redactedAnswer } from '../../transport/errors';
import { CREDENTIAL_TYPE, REQUEST_TIMEOUTS, leonardoJobRequest } from '../../transport/leonardoApi';
import { pricingRequest } from '../shared/pricing';
import { sameCostKey } from '../shared/budget';
import type { Job } from '../shared/job';
import { howToCheck } from '../shared/job';
import type { RealtimeOperation } from './endpoints';
import { REALTIME_ENDPOINTS } from './endpoints';

/**
 * A Realtime (LCM) call as a Job run by `runJob`: paid work, so started at most once per execution
 * (shared/jobLedger.ts), within Max Credits. Its POST answers with the result itself —
 * `{ lcmGenerationJob: { imageDataUrl: [JPEG data URLs], requestTimestamp, apiCreditCost, cost } }`,
 * `/lcm-upscale` also `generationId[]`, `variationId[]` (SDK 4.21.3 `createlcmgeneration.ts`,
 * `performalchemyupscalelcm.ts`; the example answer of https://docs.leonardo.ai/reference/performinstantrefine)
 * — and no job ID. So there is nothing to poll and nothing to fetch again: the images are stored as
 * n8n binary data as soon as the POST answers, and the stored files' references are what the ledger
 * keeps (`fields.images`), so n8n's Retry On Fail or Continue On Fail's re-run outputs the same
 * files again instead of paying twice. (In n8n's default binary mode a reference holds the file's
 * base64; in filesystem or S3 mode only its ID.)
 */

/** What the POST's answer gave, as kept in the ledger. */
interface RealtimeFields extends IDataObject {
	cost: IDataObject | null;
	images: IBinaryData[];
	/** Why the answer gave no usable image (the answer, redacted and short). */
	problem?: string;
}

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?(;[^,]*)?;base64,/i;

/** The image inside one data URL, or why there is none. */
function decodeDataUrl(
	value: unknown,
): { bytes: Buffer; format: ImageFormat } | { problem: string } {
	if (typeof value !== 'string') return { problem: 'an entry of imageDataUrl is not text' };
	const prefix = DATA_URL.exec(value);
	if (!prefix)
		return { problem: `an imageDataUrl entry is not a base64 data URL ("${value.slice(0, 30)}…")` };
	const bytes = Buffer.from(value.slice(prefix[0].length), 'base64');
	const format = detectImageFormat(bytes);
	if (!format) return { problem: 'an imageDataUrl entry holds no PNG, JPEG or WebP image' };
	return { bytes, format };
}

export interface RealtimeJobSpec {
	operation: RealtimeOperation;
	/** The body to send, its data URLs included. */
	body: IDataObject;
	/** The body as the job's key sees it: without the data URLs, with their bytes' hashes instead. */
	keyBody: IDataObject;
	/** Output with the job, after `cost`. */
	extra: IDataObject;
}

export function realtimeJob(
	this: IExecuteFunctions,
	itemIndex: number,
	spec: RealtimeJobSpec,
): Job {
	const endpoint = REALTIME_ENDPOINTS[spec.operation];
	const { width, height } = spec.keyBody;
	return {
		kind: 'realtimeImage',
		requestKey: `${endpoint.path} ${JSON.stringify(spec.keyBody)}`,
		pricing: {
			what: endpoint.what,
			// The calculator's LCM_GENERATION (SDK `pricingcalculator.ts`): width, height, instantRefine, refine.
			calculator: pricingRequest('LCM_GENERATION', { width, height, ...endpoint.pricingFlags }),
			// Same size, same endpoint: same price (the calculator's parameters).
			sameCostKey: sameCostKey(endpoint.path, { width, height }),
		},
		start: async () => {
			const credentials = await this.getCredentials(CREDENTIAL_TYPE);
			const secrets = [String(credentials.apiKey ?? '')];
			const sent = await leonardoJobRequest.call(
				this,
				{
					method: 'POST',
					path: endpoint.path,
					body: spec.body,
					itemIndex,
					timeoutMs: REQUEST_TIMEOUTS.syncJobMs,
				},
				// No `idOf`: the answer is the result and names no job.
				{ kind: 'Realtime image', howToCheck: howToCheck('realtimeImage') },
			);
			return { id: '', fields: await keepResult.call(this, sent.answer, spec, secrets) };
		},
		resultOf: (fields) => fields,
		// Never polled: the POST's answer is the result (`resultOf`).
		read: async () => await Promise.resolve(undefined),
		pending: (_id, fields) => fields,
		finished: async (_id, result) =>
			await output.call(this, itemIndex, spec, result as RealtimeFields),
		failedHint: '',
	};
}

/**
 * Stores the answer's images as n8n binary data. Never throws: the call was paid for, so whatever
 * went wrong is kept (`problem`) and reported by `output`, and a retry does not send it again.
 */
async function keepResult(
	this: IExecuteFunctions,
	answer: IDataObject,
	spec: RealtimeJobSpec,
	secrets: string[],
): Promise<RealtimeFields> {
	const job = (answer.lcmGenerationJob ?? undefined) as IDataObject | undefined;
	const fields: RealtimeFields = {
		cost: (job?.cost as IDataObject | undefined) ?? null,
		images: [],
	};
	if (spec.operation === 'upscale') {
		// "This endpoint will return a variation image, and also returns a generationId" (the guide).
		fields.generationId = Array.isArray(job?.generationId) ? (job.generationId[0] ?? null) : null;
		fields.variationId = Array.isArray(job?.variationId) ? (job.variationId[0] ?? null) : null;
	}
	const urls = Array.isArray(job?.imageDataUrl) ? (job.imageDataUrl as unknown[]) : [];
	const base = REALTIME_ENDPOINTS[spec.operation].fileName;
	const problems: string[] = [];
	try {
		for (const url of urls) {
			const decoded = decodeDataUrl(url);
			if ('problem' in decoded) {
				problems.push(decoded.problem);
				continue;
			}
			// Named by its bytes: the answer gives the image no ID, and files written by a later node must not collide.
			const hash = createHash('sha256').update(decoded.bytes).digest('hex').slice(0, 12);
			fields.images.push(
				await this.helpers.prepareBinaryData(
					decoded.bytes,
					`${base}-${hash}.${EXTENSION_BY_FORMAT[decoded.format]}`,
					MIME_TYPE_BY_FORMAT[decoded.format],
				),
			);
		}
	} catch (error) {
		problems.push(`storing the image failed: ${(error as Error).message}`);
	}
	if (!urls.length) problems.push(`no images in the answer: ${redactedAnswer(answer, secrets)}`);
	if (problems.length) fields.problem = problems.join('; ');
	return fields;
}

/** One item: the image in binary "image" (several: "image_0", "image_1", …), the cost and warnings. */
async function output(
	this: IExecuteFunctions,
	itemIndex: number,
	spec: RealtimeJobSpec,
	result: RealtimeFields,
): Promise<INodeExecutionData[]> {
	if (!result.images.length)
		throw new NodeOperationError(this.getNode(), 'Leonardo answered without a usable image', {
			itemIndex,
			description: `The call may have been charged (cost: ${JSON.stringify(result.cost)}); the node does not send it again in this execution. What came back: ${result.problem ?? '(nothing)'}.`,
		});
	const json: IDataObject = {
		status: 'COMPLETE',
		cost: result.cost,
		...(spec.operation === 'upscale'
			? { generationId: result.generationId ?? null, variationId: result.variationId ?? null }
			: {}),
		width: spec.keyBody.width,
		height: spec.keyBody.height,
		imageCount: result.images.length,
		...spec.extra,
	};
	if (result.problem)
		json.warnings = [
			...((json.warnings as string[] | undefined) ?? []),
			`Some of Leonardo's answer could not be used: ${result.problem}.`,
		];
	const binary =
		result.images.length === 1
			? { image: result.images[0] }
			: Object.fromEntries(result.images.map((image, index) => [`image_${index}`, image]));
	return [{ json, binary, pairedItem: { item: itemIndex } }];
}
