import {
	buildMultipartBody,
	parsePresignedFields,
} from '../../../nodes/LeonardoAi/transport/presignedUpload';
import { parseBoundary, parseMultipart } from '../../sandbox/multipart';

describe('parsePresignedFields', () => {
	const fields = {
		'Content-Type': 'image/png',
		bucket: 'b',
		key: 'k/1.png',
		Policy: 'eyJ9',
		'X-Amz-Signature': 'abc',
	};

	it('parses a JSON string and keeps the order and spelling', () => {
		expect(parsePresignedFields(JSON.stringify(fields))).toEqual(Object.entries(fields));
	});

	it('tolerates double encoding and an already-parsed object', () => {
		expect(parsePresignedFields(JSON.stringify(JSON.stringify(fields)))).toEqual(
			Object.entries(fields),
		);
		expect(parsePresignedFields(fields)).toEqual(Object.entries(fields));
	});

	it('unwraps at most three layers of encoding', () => {
		const encoded = (times: number) => {
			let value: unknown = fields;
			for (let i = 0; i < times; i++) value = JSON.stringify(value);
			return value;
		};
		expect(parsePresignedFields(encoded(3))).toEqual(Object.entries(fields));
		expect(parsePresignedFields(encoded(4))).toBeUndefined();
	});

	it('rejects what is not a JSON object', () => {
		expect(parsePresignedFields('not json')).toBeUndefined();
		expect(parsePresignedFields('[1,2]')).toBeUndefined();
		expect(parsePresignedFields(null)).toBeUndefined();
	});
});

describe('buildMultipartBody', () => {
	const fields: Array<[string, string]> = [
		['key', 'a/b.png'],
		['Policy', 'cG9saWN5'],
	];
	const data = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);

	function expectFieldsThenFile(body: Buffer, contentType: string) {
		const parsed = parseMultipart(body, parseBoundary(contentType));
		expect(parsed.error).toBeUndefined();
		expect(parsed.parts.map((p: { name: string }) => p.name)).toEqual(['key', 'Policy', 'file']);
		expect(parsed.parts[0].data.toString()).toBe('a/b.png');
		expect(parsed.parts[2]).toMatchObject({ filename: 'photo.png', contentType: 'image/png' });
		expect(Buffer.compare(parsed.parts[2].data, data)).toBe(0);
	}

	it('puts every field in order, then the file last, with its type and name', () => {
		const { body, contentType, length } = buildMultipartBody(fields, {
			content: data,
			size: data.length,
			fileName: 'photo.png',
			mimeType: 'image/png',
		});
		expect(Buffer.isBuffer(body)).toBe(true);
		expect((body as Buffer).length).toBe(length);
		expectFieldsThenFile(body as Buffer, contentType);
	});

	it('streams a file stored by ID as the same bytes, of the announced length', async () => {
		async function* chunks() {
			yield data.subarray(0, 3);
			yield data.subarray(3);
		}
		const { body, contentType, length } = buildMultipartBody(fields, {
			content: async () => chunks(),
			size: data.length,
			fileName: 'photo.png',
			mimeType: 'image/png',
		});
		expect(Buffer.isBuffer(body)).toBe(false);
		const streamed = body as { size: number; type: string; stream(): AsyncGenerator<Buffer> };
		expect(Object.prototype.toString.call(streamed)).toBe('[object Blob]');
		expect(streamed.size).toBe(length);
		expect(streamed.type).toBe(contentType);
		const parts: Buffer[] = [];
		for await (const part of streamed.stream()) parts.push(part);
		const whole = Buffer.concat(parts);
		expect(whole.length).toBe(length);
		expectFieldsThenFile(whole, contentType);
	});

	it('keeps a file name with spaces and accents as it is, and escapes quotes and line breaks in it', () => {
		const { body, contentType } = buildMultipartBody([['x-"odd"\r\nname', 'v']], {
			content: data,
			size: data.length,
			fileName: 'my "best"\r\nphoto été.png',
			mimeType: 'image/png',
		});
		const parsed = parseMultipart(body as Buffer, parseBoundary(contentType));
		expect(parsed.error).toBeUndefined();
		expect(parsed.parts.map((p: { name: string }) => p.name)).toEqual([
			'x-%22odd%22%0D%0Aname',
			'file',
		]);
		expect(parsed.parts[1].filename).toBe('my %22best%22%0D%0Aphoto été.png');
	});
});
