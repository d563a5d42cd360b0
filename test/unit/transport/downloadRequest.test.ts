import { sleep } from 'n8n-workflow';

import { IMAGE_FILE, VIDEO_FILE } from '../../../nodes/LeonardoAi/helpers/fileTypes';
import {
	DOWNLOAD_LIMITS,
	downloadSignal,
} from '../../../nodes/LeonardoAi/transport/downloadLimits';
import { openDownload } from '../../../nodes/LeonardoAi/transport/downloadRequest';
import type { FakeAnswer } from './fakeDownload';
import { FILE_URL, downloadContext, failureOf, fakeBody, networkError } from './fakeDownload';

const defaults = { ...DOWNLOAD_LIMITS };
afterEach(() => Object.assign(DOWNLOAD_LIMITS, defaults));

/** Opens FILE_URL as a download of `kind` through a context answered by `answers`. */
function open(answers: FakeAnswer[], kind = IMAGE_FILE, cancel?: AbortSignal) {
	const { context, sent } = downloadContext(answers, cancel);
	const opened = openDownload.call(context, FILE_URL, 0, downloadSignal(context), kind);
	return { opened, sent };
}

describe('openDownload: one GET, no credential, no redirect; only a 2xx answer within the cap is read', () => {
	it('sends a plain GET that follows no redirect and hands back the body unread', async () => {
		const body = fakeBody(Buffer.from('PNG'));
		const { opened, sent } = open([{ statusCode: 200, body }]);
		await expect(opened).resolves.toBe(body);
		expect(sent).toEqual([
			{
				method: 'GET',
				url: FILE_URL,
				encoding: 'stream',
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				headers: undefined,
				abortSignal: expect.any(AbortSignal),
				disableFollowRedirect: true,
				sendCredentialsOnCrossOriginRedirect: false,
			},
		]);
		expect(body.destroyed).toBe(0);
		expect(body.reads).toBe(0);
	});

	it('refuses a redirect, even HTTP 300 without a target, and releases its connection', async () => {
		const body = fakeBody();
		const { opened, sent } = open([{ statusCode: 300, body }]);
		expect(await failureOf(opened)).toEqual({
			message: 'The file URL at cdn.example.com answered with a redirect (300) without a target',
			description:
				'The node does not follow redirects on downloads. Turn off "Download Images" to get the URLs only.',
			httpCode: '300',
		});
		expect(body.destroyed).toBe(1);
		expect(sent).toHaveLength(1);
	});

	it('names where a refused redirect pointed, without its query', async () => {
		const { opened } = open(
			[{ statusCode: 302, headers: { location: 'https://elsewhere.example/f.mp4?token=t' } }],
			VIDEO_FILE,
		);
		expect(await failureOf(opened)).toEqual({
			message:
				'The file URL at cdn.example.com answered with a redirect (302) to elsewhere.example/f.mp4',
			description:
				'The node does not follow redirects on downloads. Turn off "Download Video" to get the URLs only.',
			httpCode: '302',
		});
	});

	it('fails on HTTP 400 and above, saying so, and releases the connection', async () => {
		const body = fakeBody(Buffer.from('<Error>AccessDenied</Error>'));
		const { opened, sent } = open([{ statusCode: 400, body }]);
		expect(await failureOf(opened)).toEqual({
			message: 'Could not download the file from cdn.example.com (HTTP 400)',
			description: 'The file URL answered 400. Turn off "Download Images" to get the URLs only.',
			httpCode: '400',
		});
		expect(body.destroyed).toBe(1);
		expect(sent).toHaveLength(1);
	});

	it('reads a file that announces exactly its cap, and refuses one byte more before reading', async () => {
		const kind = { toggle: 'Download Video', maxBytes: 2 * 1024 * 1024 };
		const atCap = fakeBody();
		const { opened } = open(
			[{ statusCode: 200, headers: { 'content-length': '2097152' }, body: atCap }],
			{ ...VIDEO_FILE, ...kind },
		);
		await expect(opened).resolves.toBe(atCap);
		expect(atCap.destroyed).toBe(0);

		const over = fakeBody();
		const refused = open(
			[{ statusCode: 200, headers: { 'content-length': '2097153' }, body: over }],
			{ ...VIDEO_FILE, ...kind },
		);
		expect(await failureOf(refused.opened)).toEqual({
			message: 'The file at cdn.example.com is larger than 2 MB',
			description: 'It announced 2097153 bytes. Turn off "Download Video" to get the URLs only.',
			httpCode: null,
		});
		expect(over.destroyed).toBe(1);
		expect(over.reads).toBe(0);
	});

	it('holds a file to the ceiling for every kind when that is lower than its own cap', async () => {
		DOWNLOAD_LIMITS.maxBytes = 1024 * 1024;
		const { opened } = open([{ statusCode: 200, headers: { 'content-length': '1048577' } }]);
		expect((await failureOf(opened)).message).toBe(
			'The file at cdn.example.com is larger than 1 MB',
		);
	});
});

describe('openDownload: network failures, the idle time, the deadline and cancel', () => {
	it('reports a refused connection with its reason, tried once', async () => {
		const { opened, sent } = open([networkError('ECONNREFUSED')]);
		expect(await failureOf(opened)).toEqual({
			message: 'Could not download the file from cdn.example.com',
			description: 'ECONNREFUSED.',
			httpCode: null,
		});
		expect(sent).toHaveLength(1);
	});

	it('tries a dropped connection four times, then says so', async () => {
		const reset = () => networkError('ECONNRESET');
		const { opened, sent } = open([reset(), reset(), reset(), reset()]);
		expect(await failureOf(opened)).toEqual({
			message: 'Could not download the file from cdn.example.com',
			description: 'ECONNRESET. Tried 4 times.',
			httpCode: null,
		});
		expect(sent).toHaveLength(4);
	});

	it('gives up on a server that never starts answering after the idle time of each of four tries', async () => {
		DOWNLOAD_LIMITS.idleTimeoutMs = 100;
		const { opened, sent } = open(['hang', 'hang', 'hang', 'hang']);
		expect(await failureOf(opened)).toEqual({
			message: 'The download from cdn.example.com stalled: no data for 0.1 s',
			description:
				'The file server stopped sending. Run the matching "Get" operation later to download the result again.',
			httpCode: null,
		});
		expect(sent).toHaveLength(4);
	});

	it('ends at the deadline while the server has not answered', async () => {
		DOWNLOAD_LIMITS.timeoutMs = 200;
		const { opened, sent } = open(['hang']);
		expect(await failureOf(opened)).toEqual({
			message: 'The download from cdn.example.com took longer than 0.2 s',
			description:
				'The file server is too slow. Run the matching "Get" operation later to download the result again.',
			httpCode: null,
		});
		expect(sent).toHaveLength(1);
	});

	it('ends at once when the execution is cancelled while the server has not answered', async () => {
		const cancel = new AbortController();
		const { opened, sent } = open(['hang'], IMAGE_FILE, cancel.signal);
		await sleep(50);
		cancel.abort();
		expect(await failureOf(opened)).toEqual({
			message: 'Stopped downloading from cdn.example.com: the execution was cancelled',
			description:
				'The job itself finished at Leonardo; fetch it again with the matching "Get" operation.',
			httpCode: null,
		});
		expect(sent).toHaveLength(1);
	});

	it('sends nothing more once cancelled during a Retry-After wait', async () => {
		DOWNLOAD_LIMITS.idleTimeoutMs = 2000;
		const cancel = new AbortController();
		const { opened, sent } = open(
			[{ statusCode: 503, headers: { 'retry-after': '60' } }, 'hang'],
			IMAGE_FILE,
			cancel.signal,
		);
		await sleep(100);
		cancel.abort();
		const started = Date.now();
		expect((await failureOf(opened)).message).toBe(
			'Stopped downloading from cdn.example.com: the execution was cancelled',
		);
		expect(Date.now() - started).toBeLessThan(1500);
		expect(sent).toHaveLength(1);
	});
});
