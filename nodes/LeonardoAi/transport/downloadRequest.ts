import type { NodeContext } from '../helpers/context';
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
import { NO_REDIRECTS, hostOf, isRedirect, redirectText } from './outbound';
import type { HttpOutcome } from './retry';
import { RequestTimeout, networkReason, sendWithRetries, triesText } from './retry';

/** A download's body as n8n's request helper hands it over: a stream that can be closed early. */
export type DownloadBody = AsyncIterable<Buffer> & { destroy?: () => void };

/**
 * GETs a public file (a result on Leonardo's CDN, cdn.leonardo.ai — the image URLs of
 * https://docs.leonardo.ai/docs/guide-to-the-webhook-callback-feature — or S3) without the
 * credential, following no redirect, with a deadline and the execution's cancel signal; transient
 * failures are retried.
 * Returns the body of a 2xx answer whose announced length is within the kind's cap.
 */
export async function openDownload(
	this: NodeContext,
	url: string,
	itemIndex: number,
	signal: AbortSignal,
	kind: DownloadKind,
	headers?: Record<string, string>,
): Promise<DownloadBody> {
	const { toggle } = kind;
	const outcome = await sendWithRetries(
		this,
		async () => {
			// A try after cancel or the deadline (a Retry-After wait cut short) is not sent: the signal
			// has fired already, so it would not end the request.
			if (signal.aborted) throw new Error('aborted');
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
	return response.body as DownloadBody;
}
