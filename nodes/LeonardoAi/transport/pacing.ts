import { createHash } from 'crypto';
import type { IHttpRequestMethods } from 'n8n-workflow';

import type { NodeContext } from '../helpers/context';
import { isCancelled, sleepUnlessCancelled } from '../helpers/cancel';
import {
	ALL_REQUESTS_PER_MINUTE,
	GENERATION_REQUESTS_PER_SLOT,
	limitedEndpoint,
} from './rateLimits';

/**
 * Pacing of requests to Leonardo, shared by every run of the node in this n8n process: each API key
 * gets a sliding one-minute window for all its requests and one for each endpoint with its own
 * limit (rateLimits.ts), so a batch that fits Leonardo's published limits is never answered 429.
 * An account with lower limits is learned from its 429 answers (AIMD): a 429 whose Retry-After is
 * over a second means a window is full, so the window's limit drops to the requests Leonardo counted
 * in it (halves if that is no lower), the endpoint family waits out the Retry-After, and the limit
 * grows back by one for each window's worth of accepted requests once a window has passed without
 * a 429. A shorter (or no) Retry-After teaches no limit: the retry waits it out, and the router's
 * batch halves its concurrency (helpers/batch.ts).
 *
 * The window carries a margin for the time a request takes to reach Leonardo. An object, so tests
 * can shorten it.
 */
export const PACING_WINDOWS = { minuteMs: 61_000 };

/** 429s less than this apart are one burst: one signal to slow down, however many requests it refused. */
const BURST_MS = 1000;
/** A Retry-After over this says a window is full, not a moment's overload. */
const WINDOW_FULL_RETRY_AFTER_MS = 1000;

class Family {
	/** Starts of the requests sent in the last window that were not refused (Leonardo counts them). */
	private starts: number[] = [];
	limit: number;
	pausedUntil = 0;
	private lastBurstAt = -Infinity;
	private grown = 0;

	constructor(
		readonly name: string,
		public ceiling: number,
		/** A generation endpoint: its limit follows the account's concurrency slots. */
		readonly perSlot: boolean,
	) {
		this.limit = ceiling;
	}

	private counted(now: number): number {
		const oldest = now - PACING_WINDOWS.minuteMs;
		while (this.starts.length && this.starts[0] <= oldest) this.starts.shift();
		return this.starts.length;
	}

	/** How long until one more request fits this family's window (0: now). */
	waitMs(now: number): number {
		const counted = this.counted(now);
		const windowWait =
			counted < this.limit ? 0 : this.starts[counted - this.limit] + PACING_WINDOWS.minuteMs - now;
		return Math.max(this.pausedUntil - now, windowWait);
	}

	sent(start: number): void {
		this.starts.push(start);
	}

	/** A request went through: once a window has passed since the last 429, the limit grows back. */
	answered(now: number): void {
		if (this.limit >= this.ceiling || now - this.lastBurstAt < PACING_WINDOWS.minuteMs) return;
		this.grown += 1;
		if (this.grown < this.limit) return;
		this.grown = 0;
		this.limit += 1;
	}

	/** A refused request: Leonardo did not count it. */
	forget(start: number): void {
		const index = this.starts.lastIndexOf(start);
		if (index >= 0) this.starts.splice(index, 1);
	}

	/** Leonardo answered 429: wait out Retry-After; a full window teaches its limit. */
	refused(start: number, now: number, retryAfterMs: number | undefined): void {
		this.forget(start);
		if (retryAfterMs === undefined) return;
		this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
		if (retryAfterMs <= WINDOW_FULL_RETRY_AFTER_MS) return;
		const counted = this.counted(now);
		if (now - this.lastBurstAt >= BURST_MS) {
			this.limit = Math.max(1, counted < this.limit ? counted : Math.floor(this.limit / 2));
		} else {
			// Later answers of one burst: each refused request leaves the count, which comes down to
			// what Leonardo accepted.
			this.limit = Math.max(1, Math.min(this.limit, counted));
		}
		this.lastBurstAt = now;
		this.grown = 0;
	}
}

interface Account {
	families: Map<string, Family>;
	slots?: number;
}

const accounts = new Map<string, Account>();

/** Forgets every account's pacing (tests: each starts from Leonardo's published limits). */
export function forgetPacing(): void {
	accounts.clear();
}

function accountOf(baseUrl: string, apiKey: string): Account {
	// The key itself is not kept, only enough of its hash to tell accounts apart.
	const id = `${baseUrl} ${createHash('sha256').update(apiKey).digest('hex').slice(0, 16)}`;
	let account = accounts.get(id);
	if (!account) accounts.set(id, (account = { families: new Map() }));
	return account;
}

function familyOf(account: Account, name: string, perMinute: number, perSlot: boolean): Family {
	const ceiling =
		perSlot && account.slots !== undefined
			? account.slots * GENERATION_REQUESTS_PER_SLOT
			: perMinute;
	let family = account.families.get(name);
	if (!family) account.families.set(name, (family = new Family(name, ceiling, perSlot)));
	return family;
}

/** GET /me told the account's concurrency slots: the generation endpoints' limit follows them. */
export function noteConcurrencySlots(baseUrl: string, apiKey: string, slots: unknown): void {
	if (typeof slots !== 'number' || !Number.isInteger(slots) || slots < 1) return;
	const account = accountOf(baseUrl, apiKey);
	account.slots = slots;
	for (const family of account.families.values()) {
		if (!family.perSlot) continue;
		const ceiling = slots * GENERATION_REQUESTS_PER_SLOT;
		// Not learned lower: the new ceiling; learned: kept, under the new ceiling.
		family.limit = family.limit === family.ceiling ? ceiling : Math.min(family.limit, ceiling);
		family.ceiling = ceiling;
	}
}

export interface PacedRequest {
	baseUrl: string;
	apiKey: string;
	method: IHttpRequestMethods;
	apiVersion: 'v1' | 'v2';
	path: string;
}

/** A request's place in its windows: handed back with its answer. */
export interface Ticket {
	start: number;
	families: Family[];
}

/** The families a request counts in: all requests, and its endpoint's own limit if it has one. */
function familiesFor(request: PacedRequest): Family[] {
	const account = accountOf(request.baseUrl, request.apiKey);
	const families = [familyOf(account, 'all', ALL_REQUESTS_PER_MINUTE, false)];
	const endpoint = limitedEndpoint(request.method, request.apiVersion, request.path);
	if (endpoint)
		families.push(familyOf(account, endpoint.name, endpoint.perMinute, endpoint.perSlot));
	return families;
}

/**
 * Waits until the request fits its windows (or the time left runs out, or the execution is
 * cancelled: the send then fails as it would have), and counts it in them.
 */
export async function takeTurn(
	context: NodeContext,
	request: PacedRequest,
	timeLeftMs: () => number,
): Promise<Ticket> {
	const families = familiesFor(request);
	for (;;) {
		const now = Date.now();
		const waitMs = Math.max(0, ...families.map((family) => family.waitMs(now)));
		if (waitMs === 0 || timeLeftMs() <= 0 || isCancelled(context)) {
			for (const family of families) family.sent(now);
			return { start: now, families };
		}
		await sleepUnlessCancelled(context, Math.min(waitMs, Math.max(0, timeLeftMs())));
	}
}

/** Hands back a request's answer: a 429 teaches the most specific family its limit. */
export function settleTurn(ticket: Ticket, statusCode: number, retryAfterMs?: number): void {
	const now = Date.now();
	if (statusCode === 429) {
		// The endpoint's own limit is the likelier one it met; the request counts nowhere.
		const learner = ticket.families[ticket.families.length - 1];
		for (const family of ticket.families)
			if (family === learner) family.refused(ticket.start, now, retryAfterMs);
			else family.forget(ticket.start);
		return;
	}
	for (const family of ticket.families) family.answered(now);
}
