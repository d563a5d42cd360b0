import { NodeApiError } from 'n8n-workflow';

import type { NodeContext } from '../helpers/context';
import type { DownloadBody } from './downloadRequest';
import type { DownloadKind } from './downloadLimits';
import {
	DOWNLOAD_LIMITS,
	abortText,
	capOf,
	downloadError,
	idleText,
	megabytes,
	rejectOn,
} from './downloadLimits';
import { hostOf } from './outbound';
import { networkReason } from './retry';

/** Reads chunk by chunk, stopping at the deadline, on cancel, or past the byte cap. */
export function guardedReader(
	context: NodeContext,
	url: string,
	itemIndex: number,
	body: DownloadBody,
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
export async function readUpTo(
	read: () => Promise<Buffer | undefined>,
	bytes: number,
): Promise<Buffer> {
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

/**
 * Node's Readable class, reached through the response stream itself: n8n's binary store needs a
 * Readable, and community nodes may not import Node's `stream` module.
 */
export function readableFrom(body: object, chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
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
