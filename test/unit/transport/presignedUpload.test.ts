import { buildMultipartBody, parsePresignedFields } from '../../../nodes/LeonardoAi/transport/presignedUpload';
import { parseBoundary, parseMultipart } from '../../sandbox/multipart';

describe('parsePresignedFields', () => {
	const fields = { 'Content-Type': 'image/png', bucket: 'b', key: 'k/1.png', Policy: 'eyJ9', 'X-Amz-Signature': 'abc' };

	it('parses a JSON string and keeps the order and spelling', () => {
		expect(parsePresignedFields(JSON.stringify(fields))).toEqual(Object.entries(fields));
	});

	it('tolerates double encoding and an already-parsed object', () => {
		expect(parsePresignedFields(JSON.stringify(JSON.stringify(fields)))).toEqual(Object.entries(fields));
		expect(parsePresignedFields(fields)).toEqual(Object.entries(fields));
	});

	it('rejects what is not a JSON object', () => {
		expect(parsePresignedFields('not json')).toBeUndefined();
		expect(parsePresignedFields('[1,2]')).toBeUndefined();
		expect(parsePresignedFields(null)).toBeUndefined();
	});
});

describe('buildMultipartBody', () => {
	it('puts every field in order, then the file last, with its type and name', () => {
		const data = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
		const { body, contentType } = buildMultipartBody(
			[
				['key', 'a/b.png'],
				['Policy', 'cG9saWN5'],
			],
			{ data, fileName: 'photo.png', mimeType: 'image/png' },
		);
		const parsed = parseMultipart(body, parseBoundary(contentType));
		expect(parsed.error).toBeUndefined();
		expect(parsed.parts.map((p: { name: string }) => p.name)).toEqual(['key', 'Policy', 'file']);
		expect(parsed.parts[0].data.toString()).toBe('a/b.png');
		expect(parsed.parts[2]).toMatchObject({ filename: 'photo.png', contentType: 'image/png' });
		expect(Buffer.compare(parsed.parts[2].data, data)).toBe(0);
	});
});
