import { sleep } from 'n8n-workflow';

import {
	allStartedJobs,
	describeJobs,
	itemLimit,
	recordStartedJob,
	setLimits,
	slowDown,
	speedUp,
	withDownloadSlot,
} from '../../../nodes/LeonardoAi/helpers/batch';

/** What the items of one call share is keyed by the call's context: any object stands in for it. */
const newCall = () => ({});

describe('helpers/batch.ts: the item limit of one call', () => {
	let now = 1_000_000;
	beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
	afterEach(() => jest.restoreAllMocks());

	it('is at least 1, whatever the limit asked for', () => {
		const call = newCall();
		setLimits(call, { items: 0, adaptive: false, downloads: 4 });
		expect(itemLimit(call)).toBe(1);
	});

	it('automatic: halves on a 429, at most once a second, then grows by one per answer after a quiet second, up to where it started', () => {
		const call = newCall();
		setLimits(call, { items: 50, adaptive: true, downloads: 10 });
		slowDown(call);
		expect(itemLimit(call)).toBe(25);
		now += 999; // the same burst
		slowDown(call);
		expect(itemLimit(call)).toBe(25);
		speedUp(call); // not a second yet since the 429
		expect(itemLimit(call)).toBe(25);
		now += 1; // a second after the 429: still one burst's second for slowing down
		slowDown(call);
		expect(itemLimit(call)).toBe(12);
		now += 1000;
		for (let answer = 0; answer < 100; answer++) speedUp(call);
		expect(itemLimit(call)).toBe(50);
	});

	it('a number the user set is kept: neither 429s nor answers change it', () => {
		const call = newCall();
		setLimits(call, { items: 10, adaptive: false, downloads: 10 });
		slowDown(call);
		expect(itemLimit(call)).toBe(10);
		now += 5000;
		speedUp(call);
		expect(itemLimit(call)).toBe(10);
	});
});

describe('helpers/batch.ts: downloads and started jobs', () => {
	it('runs downloads one at a time when the limit asked for is 0', async () => {
		const call = newCall();
		setLimits(call, { items: 5, adaptive: false, downloads: 0 });
		let running = 0;
		let most = 0;
		const download = () =>
			withDownloadSlot(call, async () => {
				running += 1;
				most = Math.max(most, running);
				await sleep(5);
				running -= 1;
			});
		await Promise.all([download(), download(), download()]);
		expect(most).toBe(1);
	});

	it('runs as many downloads at once as the limit asked for, and no more', async () => {
		const call = newCall();
		setLimits(call, { items: 5, adaptive: false, downloads: 2 });
		const started: number[] = [];
		const finish: Array<() => void> = [];
		const download = (index: number) =>
			withDownloadSlot(call, async () => {
				started.push(index);
				await new Promise<void>((resolve) => finish.push(resolve));
			});
		const all = Promise.all([download(0), download(1), download(2)]);
		await sleep(0);
		expect(started).toEqual([0, 1]);
		finish[0]();
		await sleep(0);
		expect(started).toEqual([0, 1, 2]);
		finish[1]();
		finish[2]();
		await all;
	});

	it('lists the started jobs by item, in item order, and names them for messages', () => {
		const call = newCall();
		recordStartedJob(call, 2, { kind: 'generation', id: 'g2' });
		recordStartedJob(call, 0, { kind: 'variation', id: 'v0' });
		recordStartedJob(call, 2, { kind: 'generation', id: 'g2b' });
		expect(allStartedJobs(call)).toEqual([
			[0, [{ kind: 'variation', id: 'v0' }]],
			[
				2,
				[
					{ kind: 'generation', id: 'g2' },
					{ kind: 'generation', id: 'g2b' },
				],
			],
		]);
		expect(describeJobs(allStartedJobs(call)[1][1])).toBe('generation g2, generation g2b');
	});
});
