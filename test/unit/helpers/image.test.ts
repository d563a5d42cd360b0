import {
	aspectRatioDifference,
	declaredImageFormat,
	detectImageFormat,
	fitGenerationSize,
	readImageSize,
} from '../../../nodes/LeonardoAi/helpers/image';
import { fixture } from '../../harness/context';

/** The PNG signature, then the IHDR chunk's length (13), type, width and height (PNG spec 5.2, 11.2.2). */
function pngHeader(width: number, height: number, firstChunk = 'IHDR'): Buffer {
	const bytes = Buffer.alloc(24);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
	bytes.writeUInt32BE(13, 8);
	bytes.write(firstChunk, 12, 'latin1');
	bytes.writeUInt32BE(width, 16);
	bytes.writeUInt32BE(height, 20);
	return bytes;
}

/** JPEG markers without a length (ITU T.81 B.1.1.3, table B.1). */
const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];

/** A marker segment: 0xFF, the marker, a length that counts itself, then the payload (T.81 B.1.1.4). */
function segment(marker: number, payload: number[]): number[] {
	const length = payload.length + 2;
	return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** A frame header: precision 8, height, width, then 3 components (T.81 B.2.2). */
function frameHeader(width: number, height: number, marker = 0xc0): number[] {
	return segment(marker, [
		8,
		height >> 8,
		height & 0xff,
		width >> 8,
		width & 0xff,
		3,
		...[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1],
	]);
}

const jpeg = (...parts: number[][]) => Buffer.from(parts.flat());

/** A copy of a fixture with one byte changed. */
function withByte(name: string, offset: number, value: number): Buffer {
	const bytes = Buffer.from(fixture(name));
	bytes[offset] = value;
	return bytes;
}

describe('detectImageFormat', () => {
	it.each([
		['photo-640x480.png', 'png'],
		['photo-640x480.jpg', 'jpeg'],
		['progressive-800x600.jpg', 'jpeg'],
		['lossy-640x480.webp', 'webp'],
		['lossless-512x384.webp', 'webp'],
		['extended-333x222.webp', 'webp'],
	])('recognises %s as %s', (name, format) => {
		expect(detectImageFormat(fixture(name))).toBe(format);
	});

	it('rejects GIF, text, empty and truncated input', () => {
		expect(detectImageFormat(Buffer.from('GIF89a....'))).toBeUndefined();
		expect(detectImageFormat(Buffer.from('<html>error</html>'))).toBeUndefined();
		expect(detectImageFormat(Buffer.alloc(0))).toBeUndefined();
		expect(detectImageFormat(fixture('photo-640x480.png').subarray(0, 4))).toBeUndefined();
		expect(detectImageFormat(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeUndefined();
	});

	it('recognises a file that holds nothing but the signature', () => {
		expect(detectImageFormat(fixture('photo-640x480.png').subarray(0, 8))).toBe('png');
		expect(detectImageFormat(fixture('photo-640x480.jpg').subarray(0, 3))).toBe('jpeg');
		expect(detectImageFormat(fixture('lossy-640x480.webp').subarray(0, 12))).toBe('webp');
	});

	it('rejects the WEBP form type without the RIFF header before it', () => {
		expect(detectImageFormat(Buffer.from('RIFX\0\0\0\0WEBP', 'latin1'))).toBeUndefined();
	});
});

describe('readImageSize', () => {
	it.each([
		['photo-640x480.png', 'png', 640, 480],
		['wide-1200x400.png', 'png', 1200, 400],
		['photo-640x480.jpg', 'jpeg', 640, 480],
		['progressive-800x600.jpg', 'jpeg', 800, 600],
		['portrait-300x500.jpg', 'jpeg', 300, 500],
		['lossy-640x480.webp', 'webp', 640, 480],
		['lossless-512x384.webp', 'webp', 512, 384],
		['extended-333x222.webp', 'webp', 333, 222],
	] as const)('reads %s as %s %i×%i', (name, format, width, height) => {
		expect(readImageSize(fixture(name), format)).toEqual({ width, height });
	});

	it('returns undefined for a header cut short', () => {
		expect(readImageSize(fixture('photo-640x480.png').subarray(0, 20), 'png')).toBeUndefined();
		expect(readImageSize(fixture('portrait-300x500.jpg').subarray(0, 200), 'jpeg')).toBeUndefined();
		expect(readImageSize(fixture('lossy-640x480.webp').subarray(0, 20), 'webp')).toBeUndefined();
	});

	it('reads a PNG cut right after the IHDR width and height', () => {
		expect(readImageSize(fixture('photo-640x480.png').subarray(0, 24), 'png')).toEqual({
			width: 640,
			height: 480,
		});
	});

	it('returns undefined for a PNG whose first chunk is not IHDR', () => {
		expect(readImageSize(pngHeader(640, 480, 'IDAT'), 'png')).toBeUndefined();
	});

	it('returns undefined for an image with a zero width or height', () => {
		expect(readImageSize(pngHeader(0, 480), 'png')).toBeUndefined();
		expect(readImageSize(pngHeader(640, 0), 'png')).toBeUndefined();
	});

	it('reads a JPEG frame header of the last start-of-frame type, SOF15', () => {
		expect(readImageSize(jpeg(SOI, frameHeader(640, 480, 0xcf)), 'jpeg')).toEqual({
			width: 640,
			height: 480,
		});
	});

	it.each([
		// The luminance DC table of T.81 table K.3: class and id, 16 code counts, 12 values.
		[
			'a Huffman table (DHT)',
			0xc4,
			[
				0,
				...[0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
				...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
			],
		],
		['an arithmetic conditioning table (DAC)', 0xcc, [0x10, 0x05]],
		['a JPEG extension segment (JPG)', 0xc8, [1, 2, 3, 4, 5, 6]],
		['a segment with a reserved marker (FFBF)', 0xbf, [1, 2, 3, 4, 5, 6]],
		['an empty comment (length 2)', 0xfe, []],
	])('skips %s before the JPEG frame header', (_what, marker, payload) => {
		expect(
			readImageSize(jpeg(SOI, segment(marker, payload), frameHeader(640, 480)), 'jpeg'),
		).toEqual({ width: 640, height: 480 });
	});

	it.each([
		['a second SOI', [0xff, 0xd8]],
		['TEM', [0xff, 0x01]],
		['RST0', [0xff, 0xd0]],
		['RST7', [0xff, 0xd7]],
	])('steps over %s (a marker without a length) before the JPEG frame header', (_what, bytes) => {
		expect(readImageSize(jpeg(SOI, bytes, frameHeader(640, 480)), 'jpeg')).toEqual({
			width: 640,
			height: 480,
		});
	});

	it('steps over a fill byte 0xFF before a JPEG marker', () => {
		expect(readImageSize(jpeg(SOI, [0xff], frameHeader(640, 480)), 'jpeg')).toEqual({
			width: 640,
			height: 480,
		});
	});

	it('returns undefined when a JPEG segment does not start with 0xFF', () => {
		const bytes = jpeg(SOI, frameHeader(640, 480));
		bytes[2] = 0x00;
		expect(readImageSize(bytes, 'jpeg')).toBeUndefined();
	});

	it('returns undefined when the scan (SOS) starts before any JPEG frame header', () => {
		const startOfScan = segment(0xda, [1, 1, 0x00, 0, 0x3f, 0]);
		expect(readImageSize(jpeg(SOI, startOfScan, frameHeader(640, 480)), 'jpeg')).toBeUndefined();
	});

	it('does not read bytes after the JPEG end-of-image marker as headers', () => {
		const trailer = [0x00, 0x02, ...frameHeader(640, 480)];
		expect(readImageSize(jpeg(SOI, EOI, trailer), 'jpeg')).toBeUndefined();
	});

	it('reads a JPEG frame header cut right after the width, and not one cut inside it', () => {
		// SOI (2 bytes), then FF C0, length, precision, height and width end at byte 11.
		const bytes = jpeg(SOI, frameHeader(640, 480));
		expect(readImageSize(bytes.subarray(0, 11), 'jpeg')).toEqual({ width: 640, height: 480 });
		expect(readImageSize(bytes.subarray(0, 10), 'jpeg')).toBeUndefined();
	});

	it.each([
		['lossy-640x480.webp', 640, 480],
		['lossless-512x384.webp', 512, 384],
		['extended-333x222.webp', 333, 222],
	])('reads %s from its first 30 bytes', (name, width, height) => {
		expect(readImageSize(fixture(name).subarray(0, 30), 'webp')).toEqual({ width, height });
	});

	it('returns undefined for an extended WebP header cut one byte short', () => {
		expect(readImageSize(fixture('extended-333x222.webp').subarray(0, 29), 'webp')).toBeUndefined();
	});

	it.each([23, 24, 25])(
		'returns undefined for a lossy WebP whose start code 9D 01 2A is broken at byte %i',
		(offset) => {
			expect(readImageSize(withByte('lossy-640x480.webp', offset, 0x00), 'webp')).toBeUndefined();
		},
	);

	it('returns undefined for a lossless WebP without its 0x2F signature', () => {
		expect(readImageSize(withByte('lossless-512x384.webp', 20, 0x00), 'webp')).toBeUndefined();
	});

	it('returns undefined for a WebP whose first chunk is not VP8, VP8L or VP8X', () => {
		const bytes = Buffer.from(fixture('extended-333x222.webp'));
		bytes.write('ALPH', 12, 'latin1');
		expect(readImageSize(bytes, 'webp')).toBeUndefined();
	});
});

describe('declaredImageFormat', () => {
	it('prefers the MIME type, then the file extension', () => {
		expect(declaredImageFormat('image/png', 'a.jpg')).toBe('png');
		expect(declaredImageFormat('application/octet-stream', 'a.JPEG')).toBe('jpeg');
		expect(declaredImageFormat(undefined, 'a.webp')).toBe('webp');
		expect(declaredImageFormat('image/jpeg; charset=binary')).toBe('jpeg');
		expect(declaredImageFormat('application/octet-stream', 'noextension')).toBeUndefined();
	});
	it.each([
		['image/jpg', 'jpeg'],
		['image/pjpeg', 'jpeg'],
		['image/webp', 'webp'],
		['image/webp ; charset=binary', 'webp'],
	])('reads the MIME type %s as %s', (mimeType, format) => {
		expect(declaredImageFormat(mimeType)).toBe(format);
	});

	it.each([
		['a.png', 'png'],
		['a.jpg', 'jpeg'],
		['a.gif', undefined],
		['png', undefined],
	])('reads the file name %s as %s', (fileName, format) => {
		expect(declaredImageFormat(undefined, fileName)).toBe(format);
	});
});

describe('fitGenerationSize', () => {
	it('keeps 4:3 for a 640×480 image', () => {
		expect(fitGenerationSize({ width: 640, height: 480 }, 1024)).toEqual({
			width: 1024,
			height: 768,
		});
	});

	it('keeps portrait images portrait', () => {
		expect(fitGenerationSize({ width: 300, height: 500 }, 1024)).toEqual({
			width: 616,
			height: 1024,
		});
	});

	it('rounds both sides to multiples of 8 within 32–1536', () => {
		for (const [w, h, max] of [
			[333, 222, 1024],
			[4000, 3000, 1536],
			[1000, 10, 768],
			[7, 5000, 2000],
			[1920, 1080, 50],
		]) {
			const size = fitGenerationSize({ width: w, height: h }, max);
			for (const side of [size.width, size.height]) {
				expect(side % 8).toBe(0);
				expect(side).toBeGreaterThanOrEqual(32);
				expect(side).toBeLessThanOrEqual(1536);
			}
			expect(Math.max(size.width, size.height)).toBe(
				Math.min(1536, Math.max(32, Math.round(max / 8) * 8)),
			);
		}
	});

	it('stays within 2% of the aspect ratio for ordinary photos', () => {
		for (const [w, h] of [
			[640, 480],
			[1920, 1080],
			[1080, 1350],
			[3024, 4032],
			[1200, 400],
		]) {
			const size = fitGenerationSize({ width: w, height: h }, 1024);
			expect(aspectRatioDifference({ width: w, height: h }, size)).toBeLessThan(0.02);
		}
	});
});

describe('aspectRatioDifference', () => {
	it('is 0 for equal ratios and 1/3 for 4:3 against 1:1', () => {
		expect(
			aspectRatioDifference({ width: 640, height: 480 }, { width: 1024, height: 768 }),
		).toBeCloseTo(0);
		expect(
			aspectRatioDifference({ width: 640, height: 480 }, { width: 1024, height: 1024 }),
		).toBeCloseTo(1 / 3);
	});
});
