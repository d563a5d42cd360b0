import { NodeApiError } from 'n8n-workflow';

import { cancelSignal } from '../helpers/cancel';
import type { NodeContext } from '../helpers/context';
import type { ExpectedFile, FileType } from '../helpers/fileTypes';
import { IMAGE_FILE } from '../helpers/fileTypes';
import { requestError } from './errors';
import { NO_REDIRECTS, hostOf, isRedirect, redirectText } from './outbound';
import type { HttpOutcome } from './retry';
import { RequestTimeout, networkReason, sendWithRetries, triesText } from './retry';

/**
 * Limits for one download: each kind of file has its own size cap (`ExpectedFile.maxBytes`) under
 * the ceiling here; 30 seconds without a byte, or 10 minutes in all, means something is wrong. (An
 * object, so tests can lower them.)
 */
export const DOWNLOAD_LIMITS = {
	maxBytes: 1024 * 1024 * 1024,
	idleTimeoutMs: 30_000,
	timeoutMs: 600_000,
};

export interface DownloadedFile extends FileType {
	/** A stream n8n's binary store can take (it needs a Node Readable, not any async iterable). */
	stream: AsyncIterable<Buffer>;
}

function megabytes(bytes: number): string {
	return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/** What a download checks besides the bytes' type: the switch to name in hints, and the size cap. */
type DownloadKind = Pick<ExpectedFile, 'toggle' | 'maxBytes'>;

function capOf(kind: DownloadKind): number {
	return Math.min(kind.maxBytes, DOWNLOAD_LIMITS.maxBytes);
}

function downloadError(
	context: NodeContext,
	itemIndex: number,
	message: string,
	description: string,
	status?: number,
) {
	return requestError(context, { message, description, itemIndex, status });
}

/** The execution's cancel signal joined with a deadline for this download. */
function downloadSignal(context: NodeContext): AbortSignal {
	const deadline = AbortSignal.timeout(DOWNLOAD_LIMITS.timeoutMs);
	const cancel = cancelSignal(context);
	return cancel ? AbortSignal.any([cancel, deadline]) : deadline;
}

function abortText(context: NodeContext, url: string): [string, string] {
	if (cancelSignal(context)?.aborted)
		return [
			`Stopped downloading from ${hostOf(url)}: the execution was cancelled`,
			'The job itself finished at Leonardo; fetch it again with the matching "Get" operation.',
		];
	return [
		`The download from ${hostOf(url)} took longer than ${DOWNLOAD_LIMITS.timeoutMs / 1000} s`,
		'The file server is too slow. Run the matching "Get" operation later to download the result again.',
	];
}

function idleText(url: string): [string, string] {
	return [
		`The download from ${hostOf(url)} stalled: no data for ${DOWNLOAD_LIMITS.idleTimeoutMs / 1000} s`,
		'The file server stopped sending. Run the matching "Get" operation later to download the result again.',
	];
}

/** Rejects once the signal aborts: ends a wait even where a request helper ignores the signal. */
function rejectOn(signal: AbortSignal, reason: () => Error): Promise<never> {
	const rejection = new Promise<never>((_resolve, reject) => {
		if (signal.aborted) reject(reason());
		else signal.addEventListener('abort', () => reject(reason()), { once: true });
	});
	rejection.catch(() => undefined);
	return rejection;
}

/**
 * GETs a public file (an image on Leonardo's CDN or S3) without the credential, following no
 * redirect, with a deadline and the execution's cancel signal; transient failures are retried.
 */
async function openDownload(
	this: NodeContext,
	url: string,
	itemIndex: number,
	signal: AbortSignal,
	kind: DownloadKind,
	headers?: Record<string, string>,
) {
	const { toggle } = kind;
	const outcome = await sendWithRetries(
		this,
		async () => {
			// Ended by the download's deadline or cancel, and until the answer starts, by the idle timeout
			// (after that the reader watches for stalls: the request must not end at 30 s in all).
			const request = new AbortController();
			const stop = () => request.abort();
			signal.addEventListener('abort', stop, { once: true });
			const idle = AbortSignal.timeout(DOWNLOAD_LIMITS.idleTimeoutMs);
			idle.addEventListener('abort', stop, { once: true });
			try {
				const response = (await Promise.race([
					this.helpers.httpRequest({
						method: 'GET',
						url,
						encoding: 'stream',
						json: false,
						returnFullResponse: true,
						ignoreHttpStatusErrors: true,
						headers,
						abortSignal: request.signal,
						...NO_REDIRECTS,
					}),
					rejectOn(request.signal, () =>
						idle.aborted && !signal.aborted
							? new RequestTimeout(DOWNLOAD_LIMITS.idleTimeoutMs)
							: new Error('aborted'),
					),
				])) as HttpOutcome;
				// An error answer's stream is not read: release its connection.
				if (response.statusCode >= 300) (response.body as { destroy?: () => void }).destroy?.();
				return response;
			} finally {
				idle.removeEventListener('abort', stop);
			}
		},
		{ retry: true },
	);
	const tries = triesText(outcome.attempts);
	if ('networkError' in outcome) {
		if (signal.aborted) throw downloadError(this, itemIndex, ...abortText(this, url));
		if (outcome.networkError instanceof RequestTimeout)
			throw downloadError(this, itemIndex, ...idleText(url));
		const reason = networkReason(outcome.networkError);
		throw downloadError(
			this,
			itemIndex,
			`Could not download the file from ${hostOf(url)}`,
			`${reason}.${tries}`,
		);
	}
	const response = outcome.response;
	if (isRedirect(response)) {
		throw downloadError(
			this,
			itemIndex,
			`The file URL at ${hostOf(url)} answered with ${redirectText(response, url)}`,
			`The node does not follow redirects on downloads. Turn off "${toggle}" to get the URLs only.`,
			response.statusCode,
		);
	}
	if (response.statusCode >= 400) {
		throw downloadError(
			this,
			itemIndex,
			`Could not download the file from ${hostOf(url)} (HTTP ${response.statusCode})`,
			`The file URL answered ${response.statusCode}.${tries} Turn off "${toggle}" to get the URLs only.`,
			response.statusCode,
		);
	}
	const declared = Number(response.headers['content-length']);
	if (Number.isFinite(declared) && declared > capOf(kind)) {
		(response.body as { destroy?: () => void }).destroy?.();
		throw downloadError(
			this,
			itemIndex,
			`The file at ${hostOf(url)} is larger than ${megabytes(capOf(kind))} MB`,
			`It announced ${declared} bytes. Turn off "${toggle}" to get the URLs only.`,
		);
	}
	return response.body as AsyncIterable<Buffer> & { destroy?: () => void };
}

/** Reads chunk by chunk, stopping at the deadline, on cancel, or past the byte cap. */
function guardedReader(
	context: NodeContext,
	url: string,
	itemIndex: number,
	body: AsyncIterable<Buffer> & { destroy?: () => void },
	signal: AbortSignal,
	kind: DownloadKind,
) {
	const cap = capOf(kind);
	const iterator: AsyncIterator<Buffer> = body[Symbol.asyncIterator]();
	const aborted = new Promise<never>((_resolve, reject) => {
		const fail = () => reject(downloadError(context, itemIndex, ...abortText(context, url)));
		if (signal.aborted) fail();
		else signal.addEventListener('abort', fail, { once: true });
	});
	aborted.catch(() => undefined);
	let received = 0;
	// A stall watch, renewed at most every tenth of the idle time (not one timer per chunk): it fires
	// 90–100 % of the idle time after the last byte.
	let watch: { since: number; stalled: Promise<never> } | undefined;
	return async (): Promise<Buffer | undefined> => {
		try {
			if (!watch || Date.now() - watch.since > DOWNLOAD_LIMITS.idleTimeoutMs / 10) {
				watch = {
					since: Date.now(),
					stalled: rejectOn(AbortSignal.timeout(DOWNLOAD_LIMITS.idleTimeoutMs), () =>
						downloadError(context, itemIndex, ...idleText(url)),
					),
				};
			}
			const next = await Promise.race([iterator.next(), aborted, watch.stalled]);
			if (next.done) return undefined;
			const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
			received += chunk.length;
			if (received > cap) {
				throw downloadError(
					context,
					itemIndex,
					`The file at ${hostOf(url)} is larger than ${megabytes(cap)} MB`,
					`The download was stopped. Turn off "${kind.toggle}" to get the URLs only.`,
				);
			}
			return chunk;
		} catch (caught) {
			body.destroy?.();
			const failure =
				caught instanceof NodeApiError
					? caught
					: downloadError(
							context,
							itemIndex,
							`The download from ${hostOf(url)} broke off`,
							`${networkReason(caught)}. Fetch the result again later with the matching "Get" operation.`,
						);
			throw failure;
		}
	};
}

/** Reads until at least `bytes` have come (or the file ends); returns what was read. */
async function readUpTo(read: () => Promise<Buffer | undefined>, bytes: number): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let length = 0;
	for (
		let chunk = length < bytes ? await read() : undefined;
		chunk;
		chunk = length < bytes ? await read() : undefined
	) {
		chunks.push(chunk);
		length += chunk.length;
	}
	return Buffer.concat(chunks);
}

/** Downloads the first `maxBytes` of a file (enough for an image header). */
export async function downloadHead(
	this: NodeContext,
	url: string,
	itemIndex: number,
	maxBytes: number,
): Promise<Buffer> {
	const signal = downloadSignal(this);
	const body = await openDownload.call(this, url, itemIndex, signal, IMAGE_FILE, {
		Range: `bytes=0-${maxBytes - 1}`,
	});
	const head = await readUpTo(
		guardedReader(this, url, itemIndex, body, signal, IMAGE_FILE),
		maxBytes,
	);
	body.destroy?.();
	return head.subarray(0, maxBytes);
}

/**
 * Node's Readable class, reached through the response stream itself: n8n's binary store needs a
 * Readable, and community nodes may not import Node's `stream` module.
 */
function readableFrom(body: object, chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
	for (let proto = Object.getPrototypeOf(body); proto; proto = Object.getPrototypeOf(proto)) {
		const candidate = proto.constructor as {
			name?: string;
			from?: (source: AsyncIterable<Buffer>) => AsyncIterable<Buffer>;
		};
		if (candidate?.name === 'Readable' && typeof candidate.from === 'function')
			return candidate.from(chunks);
	}
	return chunks;
}

/**
 * Opens a result file as a stream for n8n's binary store, after checking from its first bytes that
 * it is what was expected: an error page or any other file never becomes "an image" or "a video".
 */
export async function downloadFileStream(
	this: NodeContext,
	url: string,
	itemIndex: number,
	expected: ExpectedFile,
): Promise<DownloadedFile> {
	const signal = downloadSignal(this);
	const body = await openDownload.call(this, url, itemIndex, signal, expected);
	const read = guardedReader(this, url, itemIndex, body, signal, expected);
	// Enough bytes to tell PNG, JPEG, WebP, MP4, MP3, WAV and GLB apart.
	const first = await readUpTo(read, 32);
	const type = expected.detect(first);
	if (!type) {
		body.destroy?.();
		const what =
			first.length === 0
				? 'is empty'
				: /^\s*</.test(first.subarray(0, 16).toString('latin1'))
					? `is HTML or XML text, not ${expected.noun}`
					: `is not ${expected.description}`;
		throw downloadError(
			this,
			itemIndex,
			`The file downloaded from ${hostOf(url)} ${what}`,
			`Nothing was stored as binary data. Turn off "${expected.toggle}" to get the URLs only, or fetch the result again later with the matching "Get" operation.`,
		);
	}
	async function* rest(): AsyncGenerator<Buffer> {
		yield first;
		for (let chunk = await read(); chunk; chunk = await read()) yield chunk;
	}
	return { stream: readableFrom(body, rest()), ...type };
}
