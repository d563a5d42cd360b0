import { IMAGE_FILE } from '../../../nodes/LeonardoAi/helpers/fileTypes';
import { downloadFileStream, downloadHead } from '../../../nodes/LeonardoAi/transport/download';
import { FILE_URL, downloadContext, failureOf, fakeBody } from './fakeDownload';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const imageCap = IMAGE_FILE.maxBytes;
afterEach(() => (IMAGE_FILE.maxBytes = imageCap));

async function consumed(stream: AsyncIterable<Buffer>): Promise<Buffer> {
	const parts: Buffer[] = [];
	for await (const part of stream) parts.push(part);
	return Buffer.concat(parts);
}

describe('downloadFileStream: a result file, checked by its first bytes, streamed within its cap', () => {
	it('streams every byte of a file that arrives in small pieces, typed by its first bytes', async () => {
		const pieces = [PNG_SIGNATURE.subarray(0, 3), PNG_SIGNATURE.subarray(3), Buffer.alloc(40, 9)];
		const { context } = downloadContext([{ statusCode: 200, body: fakeBody(...pieces) }]);
		const file = await downloadFileStream.call(context, FILE_URL, 0, IMAGE_FILE);
		expect({ extension: file.extension, mimeType: file.mimeType }).toEqual({
			extension: 'png',
			mimeType: 'image/png',
		});
		expect(Buffer.compare(await consumed(file.stream), Buffer.concat(pieces))).toBe(0);
	});

	it('stops a file that sends more than its Content-Length announced, at the cap', async () => {
		IMAGE_FILE.maxBytes = 1000;
		const body = fakeBody(PNG_SIGNATURE, Buffer.alloc(600), Buffer.alloc(600));
		const { context } = downloadContext([
			{ statusCode: 200, headers: { 'content-length': '100' }, body },
		]);
		const file = await downloadFileStream.call(context, FILE_URL, 0, IMAGE_FILE);
		expect(await failureOf(consumed(file.stream))).toEqual({
			message: 'The file at cdn.example.com is larger than 0 MB',
			description: 'The download was stopped. Turn off "Download Images" to get the URLs only.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
	});

	it('refuses a file whose first bytes are not the expected kind, and closes the stream', async () => {
		const body = fakeBody(Buffer.from('<html><body>Access denied</body></html>'));
		const { context } = downloadContext([{ statusCode: 200, body }]);
		expect(await failureOf(downloadFileStream.call(context, FILE_URL, 0, IMAGE_FILE))).toEqual({
			message: 'The file downloaded from cdn.example.com is HTML or XML text, not an image',
			description:
				'Nothing was stored as binary data. Turn off "Download Images" to get the URLs only, or fetch the result again later with the matching "Get" operation.',
			httpCode: null,
		});
		expect(body.destroyed).toBe(1);
	});
});

describe("downloadHead: a file's first bytes only", () => {
	it('asks for a byte range and keeps only that much when the server sends the whole file', async () => {
		const file = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(100, 5)]);
		const body = fakeBody(file.subarray(0, 20), file.subarray(20));
		const { context, sent } = downloadContext([{ statusCode: 200, body }]);
		const head = await downloadHead.call(context, FILE_URL, 0, 24);
		expect(Buffer.compare(head, file.subarray(0, 24))).toBe(0);
		expect(sent[0].headers).toEqual({ Range: 'bytes=0-23' });
		expect(body.destroyed).toBe(1);
	});
});
