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
 *
 * An account with lower limits is learned from its 429 answers (AIMD): the window Leonardo found
 * full gets as its limit the requests it counted in it (half the limit if that is no lower), the
 * endpoint family waits out the Retry-After, and the limit grows back by one for each window's worth
 * of accepted requests once a window has passed without a 429. Which window was full: the minute,
 * unless the Retry-After is a second or less while the minute's count is young (under half a minute
 * old) — then a one-second window (requests per second), so that a moment's overload does not set a
 * limit for the whole minute. Leonardo's limits page does not say it sends a Retry-After; without one
 * the minute is taken (the only limits it publishes are per minute).
 *
 * The windows carry a margin for the time a request takes to reach Leonardo. An object, so tests
 * can run the minute faster (`shortRetryAfterMs` scales with it: a Retry-After that short says the
 * window frees within a sixtieth of it).
 */
export const PACING_WINDOWS = { minuteMs: 61_000, secondMs: 1_100, shortRetryAfterMs: 1_000 };

/** 429s less than this apart are one burst: one signal to slow down, however many requests it refused. */
const BURST_MS = 1000;

/** One sliding window: the requests it counts, the limit it allows, what it learned from 429s. */
class Window {
	/**
	 * Starts of the requests sent in the last minute that were not refused (Leonardo counts them):
	 * kept a minute whatever the window, since a refusal can come back after its request left it.
	 */
	private starts: number[] = [];
	limit: number;
	private lastBurstAt = -Infinity;
	private grown = 0;

	constructor(
		private readonly length: 'minuteMs' | 'secondMs',
		public ceiling: number,
	) {
		this.limit = ceiling;
	}

	private get lengthMs(): number {
		return PACING_WINDOWS[this.length];
	}

	/** The requests Leonardo counts that were sent after `from`. */
	private countedAfter(from: number, now: number): number {
		const kept = now - PACING_WINDOWS.minuteMs;
		while (this.starts.length && this.starts[0] <= kept) this.starts.shift();
		let counted = 0;
		for (let i = this.starts.length - 1; i >= 0 && this.starts[i] > from; i--) counted++;
		return counted;
	}

	private counted(now: number): number {
		return this.countedAfter(now - this.lengthMs, now);
	}

	/** How long ago the oldest request in the window started (0: none). */
	ageMs(now: number): number {
		const counted = this.counted(now);
		return counted ? now - this.starts[this.starts.length - counted] : 0;
	}

	/** How long until one more request fits (0: now). */
	waitMs(now: number): number {
		return this.counted(now) < this.limit
			? 0
			: this.starts[this.starts.length - this.limit] + this.lengthMs - now;
	}

	sent(start: number): void {
		this.starts.push(start);
	}

	/** A refused request: Leonardo did not count it. */
	forget(start: number): void {
		const index = this.starts.lastIndexOf(start);
		if (index >= 0) this.starts.splice(index, 1);
	}

	/** A request went through: once a window has passed since the last 429, the limit grows back. */
	answered(now: number): void {
		if (this.limit >= this.ceiling || now - this.lastBurstAt < this.lengthMs) return;
		this.grown += 1;
		if (this.grown < this.limit) return;
		this.grown = 0;
		this.limit += 1;
	}

	/** Leonardo found this window full when the request sent at `start` reached it: its limit is what it counted. */
	full(start: number, now: number): void {
		// What Leonardo counted when the refused request reached it: the window before it, and the
		// requests sent since (accepted, or still on their way). Counting back from the answer
		// instead would miss them when answers are slow.
		const counted = this.countedAfter(start - this.lengthMs, now);
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

class Family {
	readonly minute: Window;
	/** No published per-second limit: it starts at the minute's, which never binds, until learned. */
	readonly second: Window;
	pausedUntil = 0;

	constructor(
		readonly name: string,
		ceiling: number,
		/** A generation endpoint: its limit follows the account's concurrency slots. */
		readonly perSlot: boolean,
	) {
		this.minute = new Window('minuteMs', ceiling);
		this.second = new Window('secondMs', ceiling);
	}

	/** How long until one more request fits this family's windows (0: now). */
	waitMs(now: number): number {
		return Math.max(this.pausedUntil - now, this.minute.waitMs(now), this.second.waitMs(now));
	}

	sent(start: number): void {
		this.minute.sent(start);
		this.second.sent(start);
	}

	answered(now: number): void {
		this.minute.answered(now);
		this.second.answered(now);
	}

	forget(start: number): void {
		this.minute.forget(start);
		this.second.forget(start);
	}

	/** Leonardo answered 429: wait out Retry-After, and learn the limit of the window it found full. */
	refused(start: number, now: number, retryAfterMs: number | undefined): void {
		this.forget(start);
		if (retryAfterMs !== undefined)
			this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
		const momentary =
			retryAfterMs !== undefined &&
			retryAfterMs <= PACING_WINDOWS.shortRetryAfterMs &&
			this.minute.ageMs(now) < PACING_WINDOWS.minuteMs / 2;
		(momentary ? this.second : this.minute).full(start, now);
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
		for (const window of [family.minute, family.second]) {
			// Not learned lower: the new ceiling; learned: kept, under the new ceiling.
			window.limit = window.limit === window.ceiling ? ceiling : Math.min(window.limit, ceiling);
			window.ceiling = ceiling;
		}
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

function longestWait(families: Family[], now: number): number {
	return Math.max(0, ...families.map((family) => family.waitMs(now)));
}

/** How long the request would wait for its turn now (0: it goes at once). */
export function turnWaitMs(request: PacedRequest, now = Date.now()): number {
	return longestWait(familiesFor(request), now);
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
		const waitMs = longestWait(families, now);
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
