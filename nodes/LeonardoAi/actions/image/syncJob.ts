import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { isTimedOut, redactedAnswer } from '../../transport/errors';
import { CREDENTIAL_TYPE, REQUEST_TIMEOUTS, leonardoJobRequest } from '../../transport/leonardoApi';
import { sameCostKey } from '../shared/budget';
import type { GenerationUpload } from '../generation/api';
import type { Job } from '../shared/job';
import { howToCheck } from '../shared/job';

/**
 * A sync generation (`POST /v2/generationssync`, https://docs.leonardo.ai/reference/createsyncgeneration):
 * one POST that answers with the finished result, `{ id, cost { amount (a string), unit }, blockedCount,
 * results[] { url, dataB64, contentType, width, height } }` (the spec's SyncGenerationResponse).
 *
 * It is paid work, so it is a Job run by `runJob` like every other: started at most once per
 * execution (shared/jobLedger.ts — n8n's Retry On Fail and Continue On Fail's re-run output the stored
 * result again, never POST twice), within Max Credits, recorded as started (and charged) for the
 * item. Its `start` is the POST; what the POST answered is kept in the ledger's fields and handed to
 * `finished` at once (`resultOf`): there is nothing to wait for. The body never asks for `base64`,
 * so the fields hold a URL, not megabytes of image.
 */
export interface SyncJobSpec {
	body: IDataObject;
	/** What the job is, for Max Credits' messages: "background removals (remove-bg)". */
	what: string;
	/** Output with the job, after `cost`. */
	extra: IDataObject;
	/** Uploads the input (no credits) once the job may start; returns the body with its ID. */
	upload?: GenerationUpload;
	output: (id: string, result: SyncResult, fields: IDataObject) => Promise<INodeExecutionData[]>;
}

/** The first result of a sync answer, as kept in the ledger; `url` undefined when there was none. */
export interface SyncResult {
	url?: string;
	contentType?: string;
	width?: number;
	height?: number;
	/** Outputs withheld by content moderation. */
	blockedCount: number;
	/** How many results came; undefined when the answer had no `results` list. */
	resultCount?: number;
	/** The answer (redacted, short) when it held no image URL, for the error. */
	answer?: string;
}

const SYNC_PATH = '/generationssync';

/** Leonardo's own limit for a sync call (https://docs.leonardo.ai/docs/remove-bg: "up to ~27 seconds"). */
const SYNC_LIMIT_TEXT =
	"Leonardo's sync endpoint gives up after about 27 seconds (https://docs.leonardo.ai/docs/remove-bg)";

/** What the sync answer's first result says (the spec's SyncGenerationResult; `dataB64` is never asked for). */
function firstResult(answer: IDataObject, apiKey: string[]): SyncResult {
	const results = Array.isArray(answer.results) ? (answer.results as IDataObject[]) : undefined;
	const first = results?.[0];
	const blockedCount = typeof answer.blockedCount === 'number' ? answer.blockedCount : 0;
	const resultCount = results?.length;
	if (!first || typeof first.url !== 'string' || !first.url)
		return { blockedCount, resultCount, answer: redactedAnswer(answer, apiKey) };
	return {
		url: first.url,
		contentType: typeof first.contentType === 'string' ? first.contentType : undefined,
		width: typeof first.width === 'number' ? first.width : undefined,
		height: typeof first.height === 'number' ? first.height : undefined,
		blockedCount,
		resultCount,
	};
}

/** The POST ran out of time (ours or Leonardo's): the same error, said plainly, still marked for the ledger. */
function timedOutError(this: IExecuteFunctions, error: NodeApiError, itemIndex: number) {
	const unknown = error.context.jobOutcome === 'unknown';
	const what = error.message.replace(/: the job may have started and been charged$/, '');
	const replaced = new NodeApiError(
		this.getNode(),
		{ message: error.message },
		{
			message: "Background removal did not finish within the sync call's time limit",
			description: [
				`${SYNC_LIMIT_TEXT}; this call got no result in time (${what}).`,
				unknown
					? 'It may have been charged all the same: the node does not send it again in this execution.'
					: '',
				'Large images take longest: use Options → Size "Preview", or a smaller image (Edit Image node → Resize), and run the item again.',
				unknown ? howToCheck('generation') : '',
			]
				.filter(Boolean)
				.join(' '),
			itemIndex,
		},
	);
	Object.assign(replaced.context, error.context);
	return replaced;
}

export function syncGenerationJob(
	this: IExecuteFunctions,
	itemIndex: number,
	spec: SyncJobSpec,
): Job {
	let body = spec.body;
	let extra = spec.extra;
	return {
		kind: 'generation',
		requestKey: `v2${SYNC_PATH} ${JSON.stringify(spec.body)}`,
		// No pricing calculator service prices a sync job (SDK `pricingcalculatorservices.ts`), and its
		// cost comes in DOLLARS (https://docs.leonardo.ai/docs/remove-bg): with Max Credits it is unpriced.
		pricing: { what: spec.what, sameCostKey: sameCostKey(`v2${SYNC_PATH}`, spec.body) },
		beforeStart: spec.upload
			? async () => {
					const uploaded = await spec.upload!();
					body = uploaded.body;
					extra = { ...extra, ...uploaded.extra };
				}
			: undefined,
		start: async () => {
			const credentials = await this.getCredentials(CREDENTIAL_TYPE);
			const secrets = [String(credentials.apiKey ?? '')];
			const sent = await leonardoJobRequest
				.call(
					this,
					{
						method: 'POST',
						path: SYNC_PATH,
						apiVersion: 'v2',
						body,
						itemIndex,
						timeoutMs: REQUEST_TIMEOUTS.syncJobMs,
					},
					{
						kind: 'generation',
						idOf: (answer) => answer.id,
						howToCheck: howToCheck('generation'),
					},
				)
				.catch(async (error: unknown) => {
					if (isTimedOut(error)) throw timedOutError.call(this, error, itemIndex);
					return await Promise.reject(error);
				});
			const result = firstResult(sent.answer, secrets);
			return { id: sent.id, fields: { cost: sent.answer.cost ?? null, ...extra, result } };
		},
		resultOf: (fields) => (fields.result ?? { blockedCount: 0 }) as IDataObject,
		// Never polled: the POST's answer is the result (`resultOf`).
		read: async () => await Promise.resolve(undefined),
		pending: (id, fields) => ({ generationId: id, status: 'COMPLETE', ...fields }),
		finished: async (id, result, fields) => {
			const shown = { ...fields };
			delete shown.result;
			return await spec.output(id, result as unknown as SyncResult, shown);
		},
		failedHint: '',
	};
}
