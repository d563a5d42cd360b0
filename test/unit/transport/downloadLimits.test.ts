import { sleep } from 'n8n-workflow';

import { IMAGE_FILE } from '../../../nodes/LeonardoAi/helpers/fileTypes';
import {
	DOWNLOAD_LIMITS,
	abortText,
	capOf,
	downloadSignal,
	idleText,
	megabytes,
	rejectOn,
} from '../../../nodes/LeonardoAi/transport/downloadLimits';
import { FILE_URL, downloadContext } from './fakeDownload';

const defaults = { ...DOWNLOAD_LIMITS };
afterEach(() => Object.assign(DOWNLOAD_LIMITS, defaults));

describe('downloadLimits: the limits of one download', () => {
	it('are 1 GB, 30 s without a byte and 10 minutes in all', () => {
		expect(DOWNLOAD_LIMITS).toEqual({
			maxBytes: 1024 * 1024 * 1024,
			idleTimeoutMs: 30_000,
			timeoutMs: 600_000,
		});
	});

	it('caps a kind at its own size, or at the ceiling when that is lower', () => {
		expect(capOf(IMAGE_FILE)).toBe(500 * 1024 * 1024);
		DOWNLOAD_LIMITS.maxBytes = 1000;
		expect(capOf(IMAGE_FILE)).toBe(1000);
	});

	it('gives sizes in MB to one decimal', () => {
		expect(megabytes(1024 * 1024)).toBe('1');
		expect(megabytes(1.25 * 1024 * 1024)).toBe('1.3');
		expect(megabytes(64 * 1024)).toBe('0.1');
		expect(megabytes(1024)).toBe('0');
	});

	it("ends a download on the execution's cancel, or at its deadline without one", async () => {
		const cancel = new AbortController();
		const { context } = downloadContext([], cancel.signal);
		const signal = downloadSignal(context);
		expect(signal.aborted).toBe(false);
		cancel.abort();
		expect(signal.aborted).toBe(true);

		DOWNLOAD_LIMITS.timeoutMs = 50;
		const deadline = downloadSignal(downloadContext([]).context);
		await sleep(150);
		expect(deadline.aborted).toBe(true);
	});

	it('says why a download ended: cancelled, or too slow', () => {
		const cancel = new AbortController();
		const { context } = downloadContext([], cancel.signal);
		expect(abortText(context, FILE_URL)).toEqual([
			'The download from cdn.example.com took longer than 600 s',
			'The file server is too slow. Run the matching "Get" operation later to download the result again.',
		]);
		cancel.abort();
		expect(abortText(context, FILE_URL)).toEqual([
			'Stopped downloading from cdn.example.com: the execution was cancelled',
			'The job itself finished at Leonardo; fetch it again with the matching "Get" operation.',
		]);
		DOWNLOAD_LIMITS.idleTimeoutMs = 2500;
		expect(idleText(FILE_URL)).toEqual([
			'The download from cdn.example.com stalled: no data for 2.5 s',
			'The file server stopped sending. Run the matching "Get" operation later to download the result again.',
		]);
	});
});

describe('rejectOn: ends a wait when a signal fires', () => {
	/** What a wait ended with, or that it still waits after 100 ms. */
	const outcomeOf = async (waiting: Promise<never>) =>
		await Promise.race([
			waiting.catch((error: Error) => error.message),
			sleep(100).then(() => 'still waiting'),
		]);

	it('rejects at once for a signal that has fired already', async () => {
		expect(await outcomeOf(rejectOn(AbortSignal.abort(), () => new Error('ended')))).toBe('ended');
	});

	it('rejects when the signal fires later', async () => {
		const controller = new AbortController();
		const waiting = rejectOn(controller.signal, () => new Error('ended later'));
		expect(await outcomeOf(waiting)).toBe('still waiting');
		controller.abort();
		expect(await outcomeOf(waiting)).toBe('ended later');
	});

	it('leaves no unhandled rejection behind when nobody waits on it (Jest fails the test on one)', async () => {
		const controller = new AbortController();
		void rejectOn(controller.signal, () => new Error('nobody listens'));
		controller.abort();
		await sleep(20);
	});
});
