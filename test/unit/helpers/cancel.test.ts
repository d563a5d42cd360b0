import type { IExecuteFunctions } from 'n8n-workflow';

import { isCancelled, sleepUnlessCancelled } from '../../../nodes/LeonardoAi/helpers/cancel';

/** An execution the user can stop (its cancel signal). */
function execution() {
	const controller = new AbortController();
	const context = {
		getExecutionCancelSignal: () => controller.signal,
	} as unknown as IExecuteFunctions;
	return { context, cancel: () => controller.abort() };
}

/** Whether the promise has settled once the pending promise callbacks have run (no fake time passes). */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
	let settled = false;
	void promise.then(() => (settled = true));
	for (let i = 0; i < 10; i++) await Promise.resolve();
	return settled;
}

describe('sleepUnlessCancelled', () => {
	beforeEach(() => jest.useFakeTimers({ now: Date.UTC(2026, 11, 2, 12, 0, 0) }));
	afterEach(() => jest.useRealTimers());

	it('waits the time asked, then returns', async () => {
		const { context } = execution();
		const wait = sleepUnlessCancelled(context, 1200);
		await jest.advanceTimersByTimeAsync(1199);
		expect(await hasSettled(wait)).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		expect(await hasSettled(wait)).toBe(true);
	});

	it('returns at once, starting no timer, when no time is left', async () => {
		const { context } = execution();
		expect(await hasSettled(sleepUnlessCancelled(context, 0))).toBe(true);
		expect(await hasSettled(sleepUnlessCancelled(context, -5))).toBe(true);
		expect(jest.getTimerCount()).toBe(0);
	});

	it('stops a long wait within half a second of the user stopping the execution', async () => {
		const { context, cancel } = execution();
		const wait = sleepUnlessCancelled(context, 60_000);
		await jest.advanceTimersByTimeAsync(1_000);
		cancel();
		expect(isCancelled(context)).toBe(true);
		await jest.advanceTimersByTimeAsync(499);
		expect(await hasSettled(wait)).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		expect(await hasSettled(wait)).toBe(true);
	});

	it('waits the whole time where the context cannot be cancelled (an editor list)', async () => {
		const editor = {} as IExecuteFunctions;
		expect(isCancelled(editor)).toBe(false);
		const wait = sleepUnlessCancelled(editor, 2_000);
		await jest.advanceTimersByTimeAsync(1_999);
		expect(await hasSettled(wait)).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		expect(await hasSettled(wait)).toBe(true);
	});
});
