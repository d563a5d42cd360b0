import type { NodeContext } from '../helpers/context';
import type { ExpectedFile, FileType } from '../helpers/fileTypes';
import { IMAGE_FILE } from '../helpers/fileTypes';
import { SNIFF_BYTES, wrongContentError } from './downloadContent';
import { downloadSignal } from './downloadLimits';
import { openDownload } from './downloadRequest';
import { guardedReader, readUpTo, readableFrom } from './downloadStream';

// A download's parts, one module each: its limits and their errors (downloadLimits.ts), the GET and
// the checks of its answer (downloadRequest.ts), reading the body within the limits
// (downloadStream.ts), and the error for bytes that are not the expected kind of file
// (downloadContent.ts).
export { DOWNLOAD_LIMITS } from './downloadLimits';

export interface DownloadedFile extends FileType {
	/** A stream n8n's binary store can take (it needs a Node Readable, not any async iterable). */
	stream: AsyncIterable<Buffer>;
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
	const first = await readUpTo(read, SNIFF_BYTES);
	const type = expected.detect(first);
	if (!type) {
		body.destroy?.();
		throw wrongContentError(this, url, itemIndex, expected, first);
	}
	async function* rest(): AsyncGenerator<Buffer> {
		yield first;
		for (let chunk = await read(); chunk; chunk = await read()) yield chunk;
	}
	return { stream: readableFrom(body, rest()), ...type };
}
