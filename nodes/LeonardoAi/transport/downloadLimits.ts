import { cancelSignal } from '../helpers/cancel';
import type { NodeContext } from '../helpers/context';
import type { ExpectedFile } from '../helpers/fileTypes';
import { requestError } from './errors';
import { hostOf } from './outbound';

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

/** What a download checks besides the bytes' type: the switch to name in hints, and the size cap. */
export type DownloadKind = Pick<ExpectedFile, 'toggle' | 'maxBytes'>;

export function megabytes(bytes: number): string {
	return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}

/** The most bytes a download of this kind may bring: its own cap, never above the ceiling. */
export function capOf(kind: DownloadKind): number {
	return Math.min(kind.maxBytes, DOWNLOAD_LIMITS.maxBytes);
}

export function downloadError(
	context: NodeContext,
	itemIndex: number,
	message: string,
	description: string,
	status?: number,
) {
	return requestError(context, { message, description, itemIndex, status });
}

/** The execution's cancel signal joined with a deadline for this download. */
export function downloadSignal(context: NodeContext): AbortSignal {
	const deadline = AbortSignal.timeout(DOWNLOAD_LIMITS.timeoutMs);
	const cancel = cancelSignal(context);
	return cancel ? AbortSignal.any([cancel, deadline]) : deadline;
}

/** Why the download's signal ended it: the execution was cancelled, or the deadline passed. */
export function abortText(context: NodeContext, url: string): [string, string] {
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

export function idleText(url: string): [string, string] {
	return [
		`The download from ${hostOf(url)} stalled: no data for ${DOWNLOAD_LIMITS.idleTimeoutMs / 1000} s`,
		'The file server stopped sending. Run the matching "Get" operation later to download the result again.',
	];
}

/** Rejects once the signal aborts: ends a wait even where a request helper ignores the signal. */
export function rejectOn(signal: AbortSignal, reason: () => Error): Promise<never> {
	const rejection = new Promise<never>((_resolve, reject) => {
		if (signal.aborted) reject(reason());
		else signal.addEventListener('abort', () => reject(reason()), { once: true });
	});
	rejection.catch(() => undefined);
	return rejection;
}
