import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { checkBoolean, checkNumber, refuseItem } from '../helpers/parameters';
import type { PricingRequest } from './cost/pricing';
import { requestPrice } from './cost/pricing';

/**
 * Options → Max Credits: a credit budget for all items of one node in one execution. Before each
 * job's POST its estimated cost is reserved against the budget — in one synchronous step after the
 * last await, so concurrent items can never both take the last credits — and a job that would go
 * over is not started. The estimate is the pricing calculator's answer for the job's parameters
 * (asked once per distinct set); for jobs it cannot price, the cost Leonardo reported for an earlier
 * job with the same parameters. Once a job's POST answers, its reported cost replaces the estimate.
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
	const maxCredits = checkNumber(this, 'Max Credits', options.maxCredits, { min: 0 }, itemIndex);
	if (maxCredits === 0) return undefined;
	return {
		maxCredits,
		allowUnpricedJobs:
			options.allowUnpricedJobs === undefined
				? false
				: checkBoolean(this, 'Allow Unpriced Jobs', options.allowUnpricedJobs, itemIndex),
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

type Quote = { credits: number } | { problem: string };

interface BudgetState {
	/** Credits reserved or reported by the jobs this node started in this execution. */
	spent: number;
	started: number;
	quotes: Map<string, Promise<Quote>>;
	/** The cost Leonardo reported for a job, by same-cost key. */
	reported: Map<string, number>;
	/** An unpriced job of this key being started: the others wait to learn its cost. */
	pioneers: Map<string, Promise<void>>;
}

const budgets = new WeakMap<object, BudgetState>();

function budgetOf(context: object): BudgetState {
	let state = budgets.get(context);
	if (!state) {
		state = { spent: 0, started: 0, quotes: new Map(), reported: new Map(), pioneers: new Map() };
		budgets.set(context, state);
	}
	return state;
}

export interface Reservation {
	credits: number;
	key: string;
	/** Set for the first unpriced job of its key: resolved once its cost is known. */
	done?: () => void;
}

function quoteFor(
	context: IExecuteFunctions,
	state: BudgetState,
	request: PricingRequest,
	itemIndex: number,
): Promise<Quote> {
	const key = JSON.stringify(request);
	let quote = state.quotes.get(key);
	if (!quote) {
		quote = requestPrice.call(context, request, itemIndex).then(
			(credits) => ({ credits }),
			(error: Error) => ({ problem: `the pricing calculator failed: ${error.message}` }),
		);
		state.quotes.set(key, quote);
	}
	return quote;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Reserves the job's estimated cost, or refuses the item (nothing started) when it would go over. */
export async function reserveCredits(
	this: IExecuteFunctions,
	itemIndex: number,
	budget: CreditBudget,
	pricing: JobPricing,
): Promise<Reservation> {
	const state = budgetOf(this);
	const key = pricing.sameCostKey;
	for (;;) {
		const quote = pricing.calculator
			? await quoteFor(this, state, pricing.calculator, itemIndex)
			: undefined;
		// From here to the reservation nothing awaits: no other item can take the same credits.
		const estimate = quote && 'credits' in quote ? quote.credits : state.reported.get(key);
		const spentText = `${state.spent} of ${budget.maxCredits} credits are already spent by this node in this execution (${plural(state.started, 'job')} started)`;
		if (estimate !== undefined) {
			if (state.spent + estimate > budget.maxCredits) {
				refuseItem(
					this,
					itemIndex,
					`Max Credits reached: this job would cost about ${plural(estimate, 'credit')}, and ${spentText}. It was not started.`,
					'Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.',
				);
			}
			state.spent += estimate;
			state.started += 1;
			return { credits: estimate, key };
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
				'Turn on Options → Allow Unpriced Jobs to start jobs the node cannot price (the cost they report still counts toward Max Credits), or remove Max Credits.',
			);
		}
		const pioneer = state.pioneers.get(key);
		if (pioneer) {
			await pioneer;
			continue;
		}
		if (state.spent >= budget.maxCredits) {
			refuseItem(
				this,
				itemIndex,
				`Max Credits reached: ${spentText}. This unpriced job was not started.`,
				'Jobs already started finish and report their cost in json.cost. Raise Options → Max Credits to let more run, or send fewer items.',
			);
		}
		let done = () => {};
		state.pioneers.set(key, new Promise<void>((resolve) => (done = resolve)));
		state.started += 1;
		return {
			credits: 0,
			key,
			done: () => {
				state.pioneers.delete(key);
				done();
			},
		};
	}
}

/**
 * A job's cost as its POST answer reports it, `cost { amount: string, unit }` (SDK `shared/cost.ts`):
 * credits only — a DOLLARS cost (pay-as-you-go accounts) is not comparable with Max Credits.
 */
function reportedCredits(cost: unknown): number | undefined {
	if (!cost || typeof cost !== 'object') return undefined;
	const { amount, unit } = cost as IDataObject;
	if (unit !== 'CREDITS') return undefined;
	const credits = Number(amount);
	return Number.isFinite(credits) ? credits : undefined;
}

/** The job's POST answered: its reported cost replaces the estimate, and prices later jobs like it. */
export function settleCredits(context: object, reservation: Reservation, cost: unknown): void {
	const state = budgetOf(context);
	const credits = reportedCredits(cost);
	if (credits !== undefined) {
		state.spent += credits - reservation.credits;
		state.reported.set(reservation.key, credits);
	}
	reservation.done?.();
}

/**
 * The job's POST failed. Leonardo refusing it (4xx) started nothing: its credits go back. Otherwise
 * (a 5xx, no answer) the job may have started and be charged: the reservation stays.
 */
export function releaseCredits(context: object, reservation: Reservation, error: unknown): void {
	const status = error instanceof NodeApiError ? Number(error.httpCode) : NaN;
	if (status >= 400 && status < 500) {
		const state = budgetOf(context);
		state.spent -= reservation.credits;
		state.started -= 1;
	}
	reservation.done?.();
}
