import { sleep } from 'n8n-workflow';

import { IMAGE_FILE, VIDEO_FILE } from '../../../nodes/LeonardoAi/helpers/fileTypes';
import {
	DOWNLOAD_LIMITS,
	downloadSignal,
} from '../../../nodes/LeonardoAi/transport/downloadLimits';
import {
	guardedReader,
	readUpTo,
	readableFrom,
} from '../../../nodes/LeonardoAi/transport/downloadStream';
import type { FakeBody } from './fakeDownload';
import { FILE_URL, downloadContext, failureOf, fakeBody, networkError } from './fakeDownload';
import { PassThrough, Readable } from './streams';

const defaults = { ...DOWNLOAD_LIMITS };
afterEach(() => {
	Object.assign(DOWNLOAD_LIMITS, defaults);
	jest.restoreAllMocks();
});

const MEGABYTE = 1024 * 1024;
const bytes = (length: number, fill = 1) => Buffer.alloc(length, fill);

/** A reader of `body` for a download of `kind`, ended by `cancel` or the download's deadline. */
function readerOf(body: FakeBody, kind = IMAGE_FILE, cancel?: AbortSignal) {
	const { context } = downloadContext([], cancel);
	return guardedReader(context, FILE_URL, 0, body, downloadSignal(context), kind);
}

/** Reads to the end; every chunk's length, in order. */
async function readAll(read: () => Promise<Buffer | undefined>): Promise<number[]> {
	const lengths: number[] = [];
	for (let chunk = await read(); chunk; chunk = await read()) lengths.push(chunk.length);
	return lengths;
}

describe('guardedReader: the byte cap counts what arrives, whatever was announced', () => {
	const video = { ...VIDEO_FILE, maxBytes: 1.5 * MEGABYTE };

	it('reads a file of exactly the cap to its end', async () => {
		const body = fakeBody(bytes(1_000_000), bytes(572_864));
		expect(await readAll(readerOf(body, video))).toEqual([1_000_000, 572_864]);
		expect(body.destroyed).toBe(0);
	});

	it('stops at the chunk that goes one byte past the cap, and closes the stream', async () => {
		const body = fakeBody(bytes(1_000_000), bytes(572_865), bytes(10));
		const read = readerOf(body, video);
		expect((await read())?.length).toBe(1_000_000);
		expect(await failureOf(read())).toEqual({
			message: 'The file at cdn.example.com is larger than 1.5 MB',
			description: 'The download was stopped. Turn off "Download Video" to get the URLs only.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
		expect(body.reads).toBe(2);
	});

	it('hands on chunks as Buffers', async () => {
		const body = fakeBody(new Uint8Array([1, 2, 3]) as Buffer);
		const chunk = await readerOf(body)();
		expect(Buffer.isBuffer(chunk)).toBe(true);
		expect([...(chunk as Buffer)]).toEqual([1, 2, 3]);
	});
});

describe('guardedReader: a slow, stalled, broken or cancelled body', () => {
	it('keeps reading a slow body that never pauses as long as the idle time', async () => {
		DOWNLOAD_LIMITS.idleTimeoutMs = 300;
		const body = fakeBody(bytes(5), 100, bytes(5), 100, bytes(5), 100, bytes(5), 100, bytes(5));
		expect(await readAll(readerOf(body))).toEqual([5, 5, 5, 5, 5]);
	});

	it('fails a body that stops sending after the idle time', async () => {
		DOWNLOAD_LIMITS.idleTimeoutMs = 200;
		const body = fakeBody(bytes(5), 'stall');
		const read = readerOf(body);
		await read();
		expect(await failureOf(read())).toEqual({
			message: 'The download from cdn.example.com stalled: no data for 0.2 s',
			description:
				'The file server stopped sending. Run the matching "Get" operation later to download the result again.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
	});

	it('fails a body still trickling at the deadline', async () => {
		DOWNLOAD_LIMITS.timeoutMs = 300;
		const body = fakeBody(...Array.from({ length: 10 }, () => [bytes(5), 100]).flat());
		expect(await failureOf(readAll(readerOf(body)))).toEqual({
			message: 'The download from cdn.example.com took longer than 0.3 s',
			description:
				'The file server is too slow. Run the matching "Get" operation later to download the result again.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
	});

	it('says the download broke off when the connection drops mid-file', async () => {
		const body = fakeBody(bytes(5), networkError('ECONNRESET'));
		const read = readerOf(body);
		await read();
		expect(await failureOf(read())).toEqual({
			message: 'The download from cdn.example.com broke off',
			description: 'ECONNRESET. Fetch the result again later with the matching "Get" operation.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
	});

	it('stops at once when the execution is cancelled mid-file', async () => {
		const cancel = new AbortController();
		const body = fakeBody(bytes(5), 'stall');
		const read = readerOf(body, IMAGE_FILE, cancel.signal);
		await read();
		const waiting = read();
		await sleep(20);
		cancel.abort();
		expect(await failureOf(waiting)).toEqual({
			message: 'Stopped downloading from cdn.example.com: the execution was cancelled',
			description:
				'The job itself finished at Leonardo; fetch it again with the matching "Get" operation.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
	});

	it('hands on nothing when the execution was cancelled before the first read', async () => {
		const cancel = new AbortController();
		cancel.abort();
		const body = fakeBody(bytes(5));
		expect((await failureOf(readerOf(body, IMAGE_FILE, cancel.signal)())).message).toBe(
			'Stopped downloading from cdn.example.com: the execution was cancelled',
		);
		expect(body.destroyed).toBe(1);
	});

	it('leaves no unhandled rejection behind when cancelled before anything was read (Jest fails the test on one)', async () => {
		const cancel = new AbortController();
		readerOf(fakeBody(bytes(5)), IMAGE_FILE, cancel.signal);
		cancel.abort();
		await sleep(20);
	});

	it('watches for a stall with a timer per tenth of the idle time, not one per chunk', async () => {
		DOWNLOAD_LIMITS.idleTimeoutMs = 10_000;
		const timers = jest.spyOn(AbortSignal, 'timeout');
		const now = jest.spyOn(Date, 'now');
		const read = readerOf(fakeBody(bytes(1), bytes(1), bytes(1), bytes(1)));
		timers.mockClear();
		now.mockReturnValue(50_000);
		await read();
		now.mockReturnValue(51_000);
		await read();
		expect(timers.mock.calls).toEqual([[10_000]]);
		now.mockReturnValue(51_001);
		await read();
		expect(timers.mock.calls).toEqual([[10_000], [10_000]]);
	});
});

describe('readUpTo: reads until enough has come, and no further', () => {
	/** A read function over `lengths`-sized chunks that counts its calls. */
	function chunks(...lengths: number[]) {
		const counted = { calls: 0 };
		const queue = lengths.map((length) => bytes(length));
		const read = async () => {
			counted.calls += 1;
			return queue.shift();
		};
		return { read, counted };
	}

	it.each([
		// chunk lengths, bytes wanted, bytes returned, reads
		[[16, 16, 16, 16], 32, 32, 2],
		[[10, 10, 10, 10, 10], 32, 40, 4],
		[[40, 40], 32, 40, 1],
		[[10, 10], 32, 20, 3],
		[[16, 16], 0, 0, 0],
	])('chunks %j, %i wanted: %i bytes in %i reads', async (lengths, wanted, length, reads) => {
		const { read, counted } = chunks(...lengths);
		expect((await readUpTo(read, wanted)).length).toBe(length);
		expect(counted.calls).toBe(reads);
	});

	it('returns the bytes in order', async () => {
		const parts = [Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef')];
		const read = async () => parts.shift();
		expect((await readUpTo(read, 3)).toString()).toBe('abcd');
	});
});

describe("readableFrom: a Node Readable for n8n's binary store, taken from the response stream", () => {
	async function* chunks() {
		yield Buffer.from('ab');
		yield Buffer.from('cd');
	}
	async function collected(stream: AsyncIterable<Buffer>) {
		const parts: string[] = [];
		for await (const part of stream) parts.push(part.toString());
		return parts;
	}

	it.each([
		['a Readable', () => Readable.from([])],
		['a subclass of it (a decompressing stream, an IncomingMessage)', () => new PassThrough()],
	])('makes a plain Readable when the body is %s', async (_what, makeBody) => {
		const stream = readableFrom(makeBody(), chunks());
		expect(Object.getPrototypeOf(stream)).toBe(Readable.prototype);
		expect(await collected(stream)).toEqual(['ab', 'cd']);
	});

	it('hands back the chunks themselves when the body is no stream', async () => {
		const own = chunks();
		expect(readableFrom(fakeBody(), own)).toBe(own);
		const classless = Object.create(Object.create(null)) as object;
		expect(readableFrom(classless, own)).toBe(own);
		expect(await collected(own)).toEqual(['ab', 'cd']);
	});
});
