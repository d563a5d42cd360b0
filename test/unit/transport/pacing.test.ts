import type { NodeContext } from '../../../nodes/LeonardoAi/helpers/context';
import {
	PACING_WINDOWS,
	forgetPacing,
	noteConcurrencySlots,
	settleTurn,
	takeTurn,
	turnWaitMs,
	type PacedRequest,
	type Ticket,
} from '../../../nodes/LeonardoAi/transport/pacing';

/**
 * The pacing's arithmetic on a clock the test moves. Limits written out from
 * https://docs.leonardo.ai/v1.0/reference/limits (2,000 requests a minute in all; 100 a minute for
 * POST /generations, 10 per concurrency slot), not from the node's table.
 */
const MINUTE = 61_000; // the node's minute: Leonardo's plus a second's margin
const SECOND = 1_100;

let now = 1_000_000;
beforeEach(() => {
	forgetPacing();
	now = 1_000_000;
	jest.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

const presign: PacedRequest = {
	baseUrl: 'https://cloud.leonardo.ai/api/rest',
	apiKey: 'key-1',
	method: 'POST',
	apiVersion: 'v1',
	path: '/init-image',
};
const generation: PacedRequest = { ...presign, path: '/generations' };
const context = {} as NodeContext;

/** Takes `count` turns now (each must go at once). */
async function send(request: PacedRequest, count: number): Promise<Ticket[]> {
	const tickets: Ticket[] = [];
	for (let i = 0; i < count; i++) {
		expect(turnWaitMs(request)).toBe(0);
		tickets.push(await takeTurn(context, request, () => Infinity));
	}
	return tickets;
}
const accept = (tickets: Ticket[]) => tickets.forEach((ticket) => settleTurn(ticket, 200));
const refuse = (tickets: Ticket[], retryAfterMs?: number) =>
	tickets.forEach((ticket) => settleTurn(ticket, 429, retryAfterMs));

describe('published limits', () => {
	it('2,000 requests a minute in all: the 2,001st waits until the first leaves the window', async () => {
		accept(await send(presign, 2000));
		expect(turnWaitMs(presign)).toBe(MINUTE);
		now += 60_000;
		expect(turnWaitMs(presign)).toBe(1000);
		now += 1000;
		expect(turnWaitMs(presign)).toBe(0);
	});

	it('100 POST /generations a minute; other requests go on meanwhile', async () => {
		accept(await send(generation, 100));
		expect(turnWaitMs(generation)).toBe(MINUTE);
		expect(turnWaitMs({ ...generation, method: 'GET' })).toBe(0);
		expect(turnWaitMs(presign)).toBe(0);
	});

	it("POST /generations follows the account's concurrency slots (10 each)", async () => {
		noteConcurrencySlots(presign.baseUrl, presign.apiKey, 3);
		accept(await send(generation, 30));
		expect(turnWaitMs(generation)).toBe(MINUTE);
	});

	it.each([0, 2.5, '3', undefined])('ignores a slot count of %p', async (slots) => {
		noteConcurrencySlots(presign.baseUrl, presign.apiKey, slots);
		accept(await send(generation, 100));
		expect(turnWaitMs(generation)).toBe(MINUTE);
	});

	it('each API key (and Base URL) has its own windows', async () => {
		accept(await send(generation, 100));
		expect(turnWaitMs({ ...generation, apiKey: 'key-2' })).toBe(0);
		expect(turnWaitMs({ ...generation, baseUrl: 'http://127.0.0.1:1/api/rest' })).toBe(0);
	});

	it('a refused request does not count in the window', async () => {
		accept(await send(presign, 1990));
		refuse(await send(generation, 10), 30_000);
		expect(turnWaitMs(presign)).toBe(0);
		accept(await send(presign, 10));
		expect(turnWaitMs(presign)).toBe(MINUTE);
	});
});

describe('an account with lower limits, learned from 429s', () => {
	it('a 429 with a long Retry-After: the family waits it out, and the minute allows what Leonardo accepted', async () => {
		const tickets = await send(presign, 50);
		accept(tickets.slice(0, 20));
		refuse(tickets.slice(20), 30_000);
		expect(turnWaitMs(presign)).toBe(MINUTE); // the 20 accepted fill the learned minute
		now += 30_000;
		expect(turnWaitMs(presign)).toBe(MINUTE - 30_000);
		now += MINUTE - 30_000;
		accept(await send(presign, 20));
	});

	it('a 429 without Retry-After teaches the minute too (the only limits Leonardo publishes)', async () => {
		const tickets = await send(presign, 50);
		accept(tickets.slice(0, 20));
		refuse(tickets.slice(20));
		expect(turnWaitMs(presign)).toBe(MINUTE);
	});

	it('a short Retry-After early in the minute teaches requests per second, not the minute', async () => {
		const tickets = await send(presign, 50);
		accept(tickets.slice(0, 10));
		refuse(tickets.slice(10), 1000);
		expect(turnWaitMs(presign)).toBe(SECOND);
		now += SECOND; // a minute learned at 10 would hold these back for a minute
		accept(await send(presign, 10));
	});

	it('a slow 429 counts what Leonardo counted when the request reached it, not what is left when the answer came', async () => {
		const tickets = await send(presign, 50);
		now += 1200; // the answers take longer than the one-second window
		accept(tickets.slice(1));
		refuse(tickets.slice(0, 1), 0);
		accept(await send(presign, 49));
		expect(turnWaitMs(presign)).toBe(SECOND);
	});

	it('a short Retry-After once the minute counts half a minute back teaches the minute', async () => {
		accept(await send(presign, 10));
		now += MINUTE / 2;
		const tickets = await send(presign, 30);
		accept(tickets.slice(0, 10));
		refuse(tickets.slice(10), 1000);
		expect(turnWaitMs(presign)).toBe(MINUTE / 2);
	});

	it('a 429 on POST /generations lowers that endpoint, not all requests', async () => {
		const tickets = await send(generation, 30);
		accept(tickets.slice(0, 10));
		refuse(tickets.slice(10), 30_000);
		now += 30_000;
		expect(turnWaitMs(generation)).toBe(MINUTE - 30_000);
		expect(turnWaitMs(presign)).toBe(0);
	});

	it('a 429 when the window already holds its limit halves it', async () => {
		accept(await send(generation, 99));
		const [inFlight] = await send(generation, 1);
		noteConcurrencySlots(presign.baseUrl, presign.apiKey, 2); // now 20 a minute; 99 counted
		refuse([inFlight], 30_000);
		now += MINUTE;
		await send(generation, 10); // in flight, so not yet grown back
		expect(turnWaitMs(generation)).toBe(MINUTE);
	});

	it('the limit grows back by one per window’s worth of accepted requests, once a window has passed since the 429', async () => {
		const tickets = await send(presign, 30);
		accept(tickets.slice(0, 10));
		refuse(tickets.slice(10), 30_000);
		now += MINUTE;
		accept(await send(presign, 10)); // a window's worth: the limit is now 11
		accept(await send(presign, 1));
		expect(turnWaitMs(presign)).toBe(MINUTE);
	});

	it('forgetPacing starts every account again from the published limits', async () => {
		const tickets = await send(presign, 30);
		accept(tickets.slice(0, 10));
		refuse(tickets.slice(10), 30_000);
		forgetPacing();
		expect(turnWaitMs(presign)).toBe(0);
		accept(await send(presign, 2000));
	});
});

describe('PACING_WINDOWS', () => {
	it("the node's minute is Leonardo's with a second's margin; a second's Retry-After is short", () => {
		expect(PACING_WINDOWS).toEqual({ minuteMs: 61_000, secondMs: 1_100, shortRetryAfterMs: 1000 });
	});
});
