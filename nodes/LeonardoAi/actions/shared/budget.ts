import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { BudgetState, PriceQuote } from '../../helpers/executionState';
import { budgetState } from '../../helpers/executionState';
import { parameterLabel } from '../../helpers/labels';
import { checkBoolean, checkNumber, refuseItem } from '../../helpers/parameters';
import type { PricingRequest } from './pricing';
import { requestPrice } from './pricing';

/**
 * Options → Max Credits: a credit budget for one node in one execution — all its items and all its
 * runs (branches, loop iterations, retries, an AI agent's calls). Before each job's POST (and before
 * any upload it needs) its estimated cost is reserved — in one synchronous step after the last
 * await, so concurrent items can never both take the last credits — and a job that would go over
 * is not started. The estimate is the larger of the pricing calculator's answer (asked once per
 * distinct set of parameters) and the cost Leonardo reported for a job with the same parameters.
 * A job nothing prices starts only when allowed, one at a time, and its reported cost prices the rest.
 * The budget's state, and how long it lives: helpers/executionState.ts.
 */

export interface CreditBudget {
	maxCredits: number;
	/** Start jobs that cannot be priced (no calculator service, or the calculator failed). */
	allowUnpricedJobs: boolean;
}

/** How a job is priced for Max Credits. */
export interface JobPricing {
	/** The calculator's request for this job; undefined when it has no service for the job. */
	calculator?: PricingRequest;
	/**
	 * Where the calculator has no service: the cost Leonardo lists for the job before it starts (a
	 * Blueprint version's `cost`), taken as credits.
	 */
	listed?: number;
	/** Jobs with the same key cost the same: the endpoint and body without prompts, seeds, names or IDs. */
	sameCostKey: string;
	/** For messages: "Kling 3.0 videos", "upscales". */
	what: string;
}

/** Max Credits and Allow Unpriced Jobs from the item's Options; undefined when no budget is set. */
export function readCreditBudget(
	this: IExecuteFunctions,
	options: IDataObject,
	itemIndex: number,
): CreditBudget | undefined {
	if (options.maxCredits === undefined || options.maxCredits === '') return undefined;
	const maxCredits = checkNumber(
		this,
		parameterLabel(this, 'options.maxCredits', itemIndex),
		options.maxCredits,
		{ min: 0 },
		itemIndex,
	);
	if (maxCredits === 0) return undefined;
	return {
		maxCredits,
		allowUnpricedJobs:
			options.allowUnpricedJobs === undefined
				? false
				: checkBoolean(
						this,
						parameterLabel(this, 'options.allowUnpricedJobs', itemIndex),
						options.allowUnpricedJobs,
						itemIndex,
					),
	};
}

/**
 * Body keys that carry content (text, seeds, names, source images) rather than what a job costs. The
 * model (`modelId`, `model`) and every size, count and switch stay.
 */
const CONTENT_KEY =
	/^(prompt|negative_?prompt|seed|name|description|instance_prompt|id|datasetId|userLoraId|variationId)$|image_?id$/i;

function costShape(value: unknown): unknown {
	if (Array.isArray(value))
		return value.map((entry) => (typeof entry === 'string' ? '' : costShape(entry)));
	if (!value || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.keys(value)
			.filter((key) => !CONTENT_KEY.test(key))
			.sort()
			.map((key) => [key, costShape((value as IDataObject)[key])]),
	);
}

export function sameCostKey(path: string, body: IDataObject): string {
	return `${path} ${JSON.stringify(costShape(body))}`;
}

export interface Reservation {
	credits: number;
	key: string;
	/** What the job is, for messages: "images of the newer model gpt-image-1.5". */
	what: string;
	/** Set for an unpriced job: its cost is learnt from its answer, and the next unpriced job waits for it. */
	unpriced?: () => void;
}

/**
 * A calculator answer the budget can count on: a whole, positive number of credits. 0 is no paid
 * job's cost, and a fraction is no credit amount (pay-as-you-go accounts are billed in dollars, such
 * as 0.04): either makes the job unpriced.
 */
function checkedQuote(credits: number): PriceQuote {
	if (credits > 0 && Number.isInteger(credits)) return { credits };
	return {
		problem:
			credits === 0
				? 'the pricing calculator answered 0 credits, which no paid job costs'
				: `the pricing calculator answered ${credits}, not a whole number of credits (a dollar amount?)`,
	};
}

function quoteFor(
	context: IExecuteFunctions,
	state: BudgetState,
	request: PricingRequest,
	itemIndex: number,
): Promise<PriceQuote> {
	const key = JSON.stringify(request);
	let quote = state.quotes.get(key);
	if (!quote) {
		quote = requestPrice.call(context, request, itemIndex).then(checkedQuote, (error: Error) => ({
			problem: `the pricing calculator failed: ${error.message}`,
		}));
		state.quotes.set(key, quote);
	}
	return quote;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const OVER_BUDGET_HINT =
	'Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.';

/**
 * Reserves the job's estimated cost, or refuses the item (nothing started) when it would go over.
 * The estimate is the larger of the calculator's answer and the highest cost Leonardo reported for a
 * job with the same parameters in this execution.
 */
export async function reserveCredits(
	this: IExecuteFunctions,
	itemIndex: number,
	budget: CreditBudget,
	pricing: JobPricing,
): Promise<Reservation> {
	const state = budgetState(this);
	const key = pricing.sameCostKey;
	for (;;) {
		const quote = pricing.calculator
			? await quoteFor(this, state, pricing.calculator, itemIndex)
			: undefined;
		// From here to the reservation nothing awaits: no other item can take the same credits.
		const quoted = quote && 'credits' in quote ? quote.credits : pricing.listed;
		const reported = state.reported.get(key);
		const estimate =
			quoted === undefined
				? reported
				: reported === undefined
					? quoted
					: Math.max(quoted, reported);
		const spentText = `${state.spent} of ${budget.maxCredits} credits are already spent by this node in this execution (${plural(state.started, 'job')} started)`;
		if (estimate !== undefined) {
			if (state.spent + estimate > budget.maxCredits) {
				refuseItem(
					this,
					itemIndex,
					`Max Credits reached: this job would cost about ${plural(estimate, 'credit')}, and ${spentText}. It was not started.`,
					OVER_BUDGET_HINT,
				);
			}
			state.spent += estimate;
			state.started += 1;
			return { credits: estimate, key, what: pricing.what };
		}
		const reason =
			quote && 'problem' in quote
				? quote.problem
				: `Leonardo's pricing calculator has no service for ${pricing.what}, and no earlier job with these parameters reported its cost in this execution`;
		if (!budget.allowUnpricedJobs) {
			refuseItem(
				this,
				itemIndex,
				`Max Credits cannot price this job: ${reason}. It was not started.`,
				'Turn on Options → Allow Unpriced Jobs to start jobs the node cannot price (one at a time; the cost each reports counts toward Max Credits), or remove Max Credits.',
			);
		}
		if (state.blind) {
			refuseItem(
				this,
				itemIndex,
				`Max Credits cannot price this job: ${reason}, and ${state.blind}. It was not started.`,
				'The node cannot tell what further unpriced jobs would cost, so none starts. Remove Max Credits to run them anyway.',
			);
		}
		if (state.pioneer) {
			await state.pioneer;
			continue;
		}
		if (state.spent >= budget.maxCredits) {
			refuseItem(
				this,
				itemIndex,
				`Max Credits reached: ${spentText}. This unpriced job was not started.`,
				OVER_BUDGET_HINT,
			);
		}
		let learnt = () => {};
		state.pioneer = new Promise<void>((resolve) => (learnt = resolve));
		state.started += 1;
		return {
			credits: 0,
			key,
			what: pricing.what,
			unpriced: () => {
				state.pioneer = undefined;
				learnt();
			},
		};
	}
}

/**
 * A job's cost as its POST answer reports it, `cost { amount: string, unit }` (SDK `shared/cost.ts`):
 * credits only, and more than 0 — a DOLLARS cost (pay-as-you-go accounts) is not comparable with
 * Max Credits, and 0 is no paid job's cost.
 */
function reportedCredits(cost: unknown): number | undefined {
	const reported = cost as IDataObject | null | undefined;
	if (reported?.unit !== 'CREDITS') return undefined;
	const credits = Number(reported.amount);
	return Number.isFinite(credits) && credits > 0 ? credits : undefined;
}

/**
 * The job's POST answered: a reported cost above the estimate is charged to the budget at once (a
 * lower one leaves the estimate standing: the budget never trusts a job to have cost less than it
 * was priced), and prices later jobs like it.
 */
export function settleCredits(
	this: IExecuteFunctions,
	reservation: Reservation,
	cost: unknown,
): void {
	const state = budgetState(this);
	const credits = reportedCredits(cost);
	if (credits !== undefined) {
		state.spent += Math.max(0, credits - reservation.credits);
		state.reported.set(
			reservation.key,
			Math.max(credits, state.reported.get(reservation.key) ?? 0),
		);
	} else if (reservation.unpriced) {
		state.blind = `an earlier unpriced job (${reservation.what}) reported no cost in credits`;
	}
	reservation.unpriced?.();
}

/** The job was certainly not started (refused, or its upload failed): its credits go back. */
export function releaseCredits(this: IExecuteFunctions, reservation: Reservation): void {
	const state = budgetState(this);
	state.spent -= reservation.credits;
	state.started -= 1;
	reservation.unpriced?.();
}

/** The job may have started (its POST's outcome is unknown): its credits stay spent. */
export function holdCredits(this: IExecuteFunctions, reservation: Reservation): void {
	if (reservation.unpriced)
		budgetState(this).blind =
			`an earlier unpriced job (${reservation.what}) may have started, at an unknown cost`;
	reservation.unpriced?.();
}
