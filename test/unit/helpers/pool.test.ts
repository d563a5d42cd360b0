import { itemLimit, setLimits, slowDown, speedUp } from '../../../nodes/LeonardoAi/helpers/batch';
import { mapWithConcurrency } from '../../../nodes/LeonardoAi/helpers/pool';

const tick = async () => await Promise.resolve();

describe('mapWithConcurrency', () => {
	it('keeps the index order and never runs more than the limit', async () => {
		let running = 0;
		let most = 0;
		const results = await mapWithConcurrency(
			20,
			() => 4,
			async (index) => {
				running += 1;
				most = Math.max(most, running);
				await tick();
				running -= 1;
				return index * 2;
			},
		);
		expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
		expect(most).toBe(4);
	});

	it('follows a limit that drops and rises while it runs', async () => {
		let limit = 8;
		let running = 0;
		const widths: number[] = [];
		await mapWithConcurrency(
			60,
			() => limit,
			async (index) => {
				running += 1;
				widths[index] = running;
				if (index === 10) limit = 2;
				if (index === 40) limit = 6;
				await tick();
				await tick();
				running -= 1;
			},
		);
		expect(Math.max(...widths.slice(0, 10))).toBe(8);
		expect(Math.max(...widths.slice(20, 40))).toBe(2);
		expect(Math.max(...widths.slice(45))).toBe(6);
	});

	it('throws the failure with the lowest index after the running items finish, starting no new ones', async () => {
		const started: number[] = [];
		const run = mapWithConcurrency(
			10,
			() => 3,
			async (index) => {
				started.push(index);
				// Item 1 fails first, item 2 then succeeds, item 0 fails last.
				for (let i = 0; i < [3, 1, 2][index]; i++) await tick();
				if (index !== 2) throw new Error(`item ${index}`);
			},
		);
		await expect(run).rejects.toThrow('item 0');
		expect(started).toEqual([0, 1, 2]);
	});
});

describe('the automatic item limit (helpers/batch)', () => {
	afterEach(() => jest.useRealTimers());

	it('halves on a 429 at most once a second, and grows back by one per request after a quiet second', () => {
		jest.useFakeTimers({ now: 1_000_000 });
		const context = {};
		setLimits(context, { items: 40, adaptive: true, downloads: 10 });
		slowDown(context);
		slowDown(context);
		expect(itemLimit(context)).toBe(20);
		speedUp(context);
		expect(itemLimit(context)).toBe(20);
		jest.setSystemTime(1_001_000);
		slowDown(context);
		expect(itemLimit(context)).toBe(10);
		jest.setSystemTime(1_002_500);
		speedUp(context);
		speedUp(context);
		expect(itemLimit(context)).toBe(12);
	});

	it('leaves a Concurrency the user chose alone', () => {
		const context = {};
		setLimits(context, { items: 8, adaptive: false, downloads: 8 });
		slowDown(context);
		expect(itemLimit(context)).toBe(8);
	});
});
