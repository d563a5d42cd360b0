import { randomBytes } from 'crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { requestError } from './errors';
import { NO_REDIRECTS, hostOf, isRedirect, redirectText } from './outbound';
import type { HttpOutcome } from './retry';
import { networkReason, sendWithRetries, triesText } from './retry';

/** A presigned S3 POST target as Leonardo returns it (`uploadInitImage`, `uploadDatasetImage`, …). */
export interface PresignedPost {
	id: string;
	url: string;
	key?: string;
	/** Form fields in the order Leonardo sent them; forwarded verbatim. */
	fields: Array<[string, string]>;
}

export interface UploadFile {
	fileName: string;
	mimeType: string;
	/** Size in bytes. */
	size: number;
	/**
	 * The bytes: a buffer, or (for binary data n8n stores on disk or in S3) a function that opens
	 * them as a fresh stream, so a large file is never held in memory whole.
	 */
	content: Buffer | (() => Promise<AsyncIterable<Buffer>>);
	/** What the file is, for messages: "image" (the default), "video", "audio file". */
	noun?: string;
}

function nounOf(file: UploadFile): string {
	return file.noun ?? 'image';
}

function capitalized(text: string): string {
	return `${text[0].toUpperCase()}${text.slice(1)}`;
}

/** Fetches fresh presigns, one per file. Called right before the uploads: the URLs expire after 2 minutes. */
export type Presign = () => Promise<PresignedPost[]>;

/**
 * `fields` arrives as a JSON string (sometimes encoded twice) or, from some proxies, as an object.
 * Returns the entries in their original order, or undefined when it is not a JSON object.
 */
export function parsePresignedFields(raw: unknown): Array<[string, string]> | undefined {
	let value = raw;
	for (let depth = 0; typeof value === 'string' && depth < 3; depth++) {
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
	return Object.entries(value as IDataObject).map(([name, fieldValue]) => [
		name,
		typeof fieldValue === 'string' ? fieldValue : JSON.stringify(fieldValue),
	]);
}

/** Reads `{ id, url, fields, key }` out of a presign response, whatever wrapper key it uses. */
export function toPresignedPost(
	this: IExecuteFunctions,
	raw: IDataObject | undefined,
	itemIndex: number,
): PresignedPost {
	const { id, url, key, fields } = raw ?? {};
	const parsedFields = parsePresignedFields(fields);
	if (typeof id === 'string' && id && typeof url === 'string' && url && parsedFields) {
		return { id, url, key: typeof key === 'string' ? key : undefined, fields: parsedFields };
	}
	throw new NodeOperationError(
		this.getNode(),
		"Leonardo's answer to the upload request was not in the expected shape",
		{
			itemIndex,
			description: `It should hold an upload id, a URL and form fields (a JSON object); ${!parsedFields ? 'the fields were not a JSON object' : 'the id or URL was missing'}. Try again; if it persists, the API may have changed.`,
		},
	);
}

function quoted(value: string): string {
	return value.replace(/[\r\n"]/g, (char) => encodeURIComponent(char));
}

/**
 * A streamed body that axios sends with an exact Content-Length: it treats a Blob-like object as a
 * stream of known size. (Node's `stream` module is off limits to community nodes.)
 */
interface StreamingBody {
	readonly [Symbol.toStringTag]: 'Blob';
	size: number;
	type: string;
	stream(): AsyncGenerator<Buffer>;
}

/**
 * The multipart body: each field in order, then `file` last (S3 ignores anything after the file),
 * always with an exact Content-Length, never chunked. A buffer for inline files, a stream of
 * known size for files stored by ID.
 */
export function buildMultipartBody(
	fields: Array<[string, string]>,
	file: UploadFile,
): { body: Buffer | StreamingBody; contentType: string; length: number } {
	const boundary = `----n8nLeonardo${randomBytes(12).toString('hex')}`;
	const head = fields
		.map(
			([name, value]) =>
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
		)
		.join('');
	const fileHeader =
		`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(file.fileName)}"\r\n` +
		`Content-Type: ${file.mimeType}\r\n\r\n`;
	const prefix = Buffer.from(head + fileHeader, 'utf8');
	const suffix = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
	const contentType = `multipart/form-data; boundary=${boundary}`;
	const length = prefix.length + file.size + suffix.length;
	const content = file.content;
	if (Buffer.isBuffer(content))
		return { body: Buffer.concat([prefix, content, suffix]), contentType, length };
	const body: StreamingBody = {
		[Symbol.toStringTag]: 'Blob',
		size: length,
		type: contentType,
		async *stream() {
			yield prefix;
			for await (const chunk of await content()) yield chunk;
			yield suffix;
		},
	};
	return { body, contentType, length };
}

function xmlTag(xml: string, tag: string): string | undefined {
	const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
	return match ? match[1].trim() : undefined;
}

function s3Hint(
	code: string | undefined,
	message: string | undefined,
	status: number,
	noun = 'image',
): string {
	const text = `${code ?? ''} ${message ?? ''}`;
	if (/expired/i.test(text))
		return "The upload URL expired (it lives 2 minutes). A fresh one was requested and also expired: check that this machine's clock is right.";
	if (/EntityTooLarge/i.test(text))
		return noun === 'image'
			? 'The image is larger than Leonardo accepts: resize or compress it first (e.g. with the Edit Image node).'
			: `The ${noun} is larger than Leonardo accepts: trim or compress it first.`;
	if (/EntityTooSmall/i.test(text)) return `The ${noun} file is too small or empty.`;
	if (/SignatureDoesNotMatch|Policy Condition failed|Extra input fields/i.test(text))
		return 'The upload form did not match what Leonardo signed. This is a bug in the node: please report it with this message.';
	if (status === 403)
		return 'Storage refused the upload. Make sure no proxy adds an Authorization header to requests to the upload URL.';
	return 'Try again; if it persists, check the network between n8n and the upload URL.';
}

/** How long one upload to the presigned URL may take (an object, so tests can lower it). */
export const UPLOAD_TIMEOUT = { ms: 600_000 };

/** S3's refusal of a presign used too late: its words for the message, and the HTTP status. */
interface Expired {
	said: string;
	status: number;
}

/**
 * POSTs the file to the presigned URL. No credential: S3 answers 403 to an Authorization header.
 * Resolves with S3's words when the presign was used too late, so the caller can presign again.
 */
async function postToPresignedUrl(
	this: IExecuteFunctions,
	target: PresignedPost,
	file: UploadFile,
	itemIndex: number,
): Promise<'uploaded' | Expired> {
	// A fresh body per try: a streamed one can be read only once. 5xx and dropped connections are retried.
	const outcome = await sendWithRetries(
		this,
		async (abortSignal, timeout) => {
			const { body, contentType, length } = buildMultipartBody(target.fields, file);
			return (await this.helpers.httpRequest({
				method: 'POST',
				url: target.url,
				body: body as unknown as Buffer,
				headers: { 'Content-Type': contentType, 'Content-Length': String(length) },
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				encoding: 'text',
				json: false,
				abortSignal,
				timeout,
				...NO_REDIRECTS,
			})) as HttpOutcome;
		},
		{ retry: true, attemptTimeoutMs: UPLOAD_TIMEOUT.ms },
	);
	const tries = triesText(outcome.attempts);
	if ('networkError' in outcome) {
		const message = `Could not send the ${nounOf(file)} to Leonardo's upload URL`;
		const description = `${networkReason(outcome.networkError)}. Check the network between n8n and ${hostOf(target.url)}.${tries}`;
		throw requestError(this, { message, description, itemIndex });
	}
	const response = outcome.response;
	if (response.statusCode >= 200 && response.statusCode < 300) return 'uploaded';
	if (isRedirect(response)) {
		// Following it would re-send (or drop) the body elsewhere, and a 2xx there is no upload at S3.
		throw requestError(this, {
			message: `The ${nounOf(file)} upload URL answered with ${redirectText(response, target.url)}`,
			description: `The node does not follow redirects on uploads: the ${nounOf(file)} was not stored. Leonardo's upload URL (${hostOf(target.url)}) should accept the upload itself; if a proxy sits between n8n and it, let it pass such requests through.`,
			status: response.statusCode,
			itemIndex,
		});
	}

	const xml = typeof response.body === 'string' ? response.body : String(response.body ?? '');
	const code = xmlTag(xml, 'Code');
	const s3Message = xmlTag(xml, 'Message');
	const said = `${code ?? `HTTP ${response.statusCode}`}${s3Message ? ` – ${s3Message}` : ''}`;
	// Too late: the policy expired ("Policy expired"), or the session token among the fields did
	// (ExpiredToken, https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). A fresh presign cures both.
	if (/expired/i.test(`${code ?? ''} ${s3Message ?? ''}`)) {
		const policy = /policy expired/i.test(s3Message ?? '');
		return { said: policy ? 'AccessDenied – Policy expired' : said, status: response.statusCode };
	}
	throw requestError(this, {
		message: `${capitalized(nounOf(file))} upload rejected by storage: ${said}`,
		description: `${s3Hint(code, s3Message, response.statusCode, nounOf(file))}${tries}`,
		status: response.statusCode,
		itemIndex,
	});
}

/**
 * Presign, then upload each file to its target at once (one presign may cover several files: a
 * canvas image and its mask). When S3 says the presign expired (a slow queue, clock skew) one fresh
 * presign and one more try.
 */
export async function uploadWithPresign(
	this: IExecuteFunctions,
	presign: Presign,
	files: UploadFile[],
	itemIndex: number,
): Promise<PresignedPost[]> {
	for (let attempt = 1; ; attempt++) {
		const targets = await presign();
		const results = await Promise.all(
			files.map(
				async (file, index) => await postToPresignedUrl.call(this, targets[index], file, itemIndex),
			),
		);
		const expired = results.find((result): result is Expired => result !== 'uploaded');
		if (!expired) return targets;
		if (attempt >= 2) {
			// A fresh presign expired as well: the clock is the likely culprit.
			throw requestError(this, {
				message: `${capitalized(nounOf(files[0]))} upload rejected by storage: ${expired.said}`,
				description: `${s3Hint('AccessDenied', 'Policy expired', 403)}${triesText(attempt)}`,
				status: expired.status,
				itemIndex,
			});
		}
	}
}
