import { isDuplicate } from '../../../nodes/LeonardoAi/trigger/duplicates';

describe('Leonardo AI Trigger: duplicate deliveries', () => {
	it('drops the same delivery within an hour, lets it through again after that', () => {
		const now = Date.now();
		expect(isDuplicate('wf:node:image_generation.complete:g1', now)).toBe(false);
		expect(isDuplicate('wf:node:image_generation.complete:g1', now + 1000)).toBe(true);
		expect(isDuplicate('wf:node:image_generation.complete:g2', now + 1000)).toBe(false);
		expect(isDuplicate('wf:node:image_generation.complete:g1', now + 61 * 60 * 1000)).toBe(false);
	});
});

describe('Leonardo AI Trigger: the duplicate window and the memory cap', () => {
	/** A fresh copy of the module: its memory of deliveries is empty. */
	async function freshMemory(): Promise<typeof isDuplicate> {
		let fresh: typeof isDuplicate | undefined;
		await jest.isolateModulesAsync(async () => {
			({ isDuplicate: fresh } = await import('../../../nodes/LeonardoAi/trigger/duplicates'));
		});
		return fresh!;
	}
	const HOUR = 60 * 60 * 1000;
	const T = Date.UTC(2026, 11, 2, 12);

	it('is a duplicate up to just under an hour after the first delivery, not at the hour', async () => {
		const seen = await freshMemory();
		expect(seen('k', T)).toBe(false);
		expect(seen('k', T + HOUR - 1)).toBe(true);
		const later = await freshMemory();
		expect(later('k', T)).toBe(false);
		expect(later('k', T + HOUR)).toBe(false);
		// Let through, it is recorded anew: its hour starts again.
		expect(later('k', T + HOUR + 1)).toBe(true);
	});

	it('with the clock set back meanwhile, a delivery an hour or more older than now is no duplicate', async () => {
		const seen = await freshMemory();
		// Recorded while the clock ran ahead, then the clock is set back by two hours.
		expect(seen('ahead', T + 2 * HOUR)).toBe(false);
		expect(seen('k', T)).toBe(false);
		expect(seen('k', T + 2 * HOUR + 1)).toBe(false);
		const boundary = await freshMemory();
		expect(boundary('ahead', T + HOUR)).toBe(false);
		expect(boundary('k', T)).toBe(false);
		expect(boundary('k', T + HOUR)).toBe(false);
		// Within the hour of its own time, it still is one.
		const within = await freshMemory();
		expect(within('ahead', T + 2 * HOUR)).toBe(false);
		expect(within('k', T)).toBe(false);
		expect(within('k', T + HOUR - 1)).toBe(true);
	});

	it('remembers the last 10,000 deliveries: one followed by 9,999 others is still a duplicate', async () => {
		const seen = await freshMemory();
		expect(seen('k', T)).toBe(false);
		for (let n = 1; n < 10_000; n++) seen(`other-${n}`, T + 1);
		expect(seen('k', T + 2)).toBe(true);
	});

	it('forgets the oldest beyond that, within the hour: one followed by 10,000 others runs again', async () => {
		const seen = await freshMemory();
		expect(seen('k', T)).toBe(false);
		for (let n = 1; n <= 10_000; n++) seen(`other-${n}`, T + 1);
		expect(seen('k', T + 2)).toBe(false);
		// The newest are still remembered.
		expect(seen('other-10000', T + 3)).toBe(true);
	});
});
