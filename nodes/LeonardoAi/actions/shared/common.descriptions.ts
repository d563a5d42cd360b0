import type { INodeProperties } from 'n8n-workflow';

import { WAIT_TIMEOUT_RULE } from '../../helpers/parameters';

export const binaryPropertyName: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	placeholder: 'e.g. data',
	hint: 'The name of the input binary field that holds the image (PNG, JPEG or WebP)',
	description: 'The binary field of the incoming item that holds the image to upload',
};

export const datasetId: INodeProperties = {
	displayName: 'Dataset ID',
	name: 'datasetId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 5a1f3c2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b',
	hint: 'The ID output by "Dataset → Create" (json.id)',
	description: 'The ID of the dataset to add the image to',
};

export const initImageId: INodeProperties = {
	displayName: 'Init Image ID',
	name: 'initImageId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
	hint: 'The ID output by "Init Image → Upload" (json.id)',
	description: 'The ID of an uploaded init image',
};

export const MAX_CONCURRENCY = 50;
/** Image downloads at once, across all items, when Concurrency is automatic. */
export const DEFAULT_DOWNLOADS = 10;

/**
 * Items processed at once. 0 = automatic: uploads and reads start all items at once (up to 50; S3
 * does not limit uploads) and halve on each 429 from Leonardo; jobs use the account's concurrency
 * slots (the router decides).
 */
export const concurrencyOption: INodeProperties = {
	displayName: 'Concurrency',
	name: 'concurrency',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0, maxValue: MAX_CONCURRENCY },
	description: `How many input items are processed at once (1–50). 0 = automatic: uploads and reads run up to ${MAX_CONCURRENCY} at once and slow down when Leonardo rate-limits; jobs use your account's concurrency slots (from GET /me). Image downloads: ${DEFAULT_DOWNLOADS} at once. Output order always follows the input.`,
};

/** The Options collection of operations whose only option is Concurrency. */
export const concurrencyOnlyOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [concurrencyOption],
};

/** Shared by every operation that starts a Leonardo job (generations, variations). */
export const waitForCompletionParameter: INodeProperties = {
	displayName: 'Wait for Completion',
	name: 'waitForCompletion',
	type: 'boolean',
	default: true,
	description:
		'Whether to wait until the job is finished. Off: output the job ID at once and fetch the result later with the matching "Get" operation.',
};

export const additionalFieldsOption: INodeProperties = {
	displayName: 'Additional Body Fields (JSON)',
	name: 'additionalFields',
	type: 'json',
	default: '{}',
	hint: "Added to the request body, with Leonardo's exact field names; a field the node already sets is refused",
	description: 'Extra request body fields for Leonardo features this node has no parameter for yet',
};

export const waitTimeoutOption: INodeProperties = {
	displayName: 'Wait Timeout (Seconds)',
	name: 'waitTimeout',
	type: 'number',
	default: 300,
	typeOptions: { minValue: WAIT_TIMEOUT_RULE.min, maxValue: WAIT_TIMEOUT_RULE.max },
	description:
		'How long to wait for the job to finish before the node gives up with an error (1–7200 seconds)',
};

/** Options → Max Credits and Allow Unpriced Jobs, on every operation that starts a job (budget.ts). */
export const maxCreditsOption: INodeProperties = {
	displayName: 'Max Credits (per Execution)',
	name: 'maxCredits',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 0 },
	hint: 'A job that would go over is not started: its item fails with the budget, the credits spent and the estimate',
	description:
		"A credit budget for all items of this node in one execution. Before each job starts, its cost from Leonardo's pricing calculator (or, where the calculator cannot price it, the cost an earlier job with the same parameters reported) is added to the credits already used. 0 = no budget.",
};

export const allowUnpricedJobsOption: INodeProperties = {
	displayName: 'Allow Unpriced Jobs',
	name: 'allowUnpricedJobs',
	type: 'boolean',
	default: false,
	description:
		'Whether to start jobs Max Credits cannot price beforehand (a model the pricing calculator does not cover, or the calculator failing); the cost they report still counts toward Max Credits. Only used with Max Credits.',
};

/**
 * The Options collection of an operation that starts a job: Allow Unpriced Jobs, Concurrency, Max
 * Credits and Wait Timeout (its fields overridden by `waitTimeout`, or left out with `false`), with
 * the operation's own options; alphabetical by display name, as n8n's linter orders a collection.
 */
export function jobOptions(
	own: INodeProperties[],
	waitTimeout: Partial<INodeProperties> | false = {},
): INodeProperties {
	const shared = [allowUnpricedJobsOption, concurrencyOption, maxCreditsOption];
	if (waitTimeout) shared.push({ ...waitTimeoutOption, ...waitTimeout });
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...shared, ...own].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en')),
	};
}
