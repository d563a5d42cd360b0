import {
	aspectRatioDifference,
	declaredImageFormat,
	detectImageFormat,
	fitGenerationSize,
	readImageSize,
} from '../../../nodes/LeonardoAi/helpers/image';
import { fixture } from '../../harness/context';

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
});

describe('declaredImageFormat', () => {
	it('prefers the MIME type, then the file extension', () => {
		expect(declaredImageFormat('image/png', 'a.jpg')).toBe('png');
		expect(declaredImageFormat('application/octet-stream', 'a.JPEG')).toBe('jpeg');
		expect(declaredImageFormat(undefined, 'a.webp')).toBe('webp');
		expect(declaredImageFormat('image/jpeg; charset=binary')).toBe('jpeg');
		expect(declaredImageFormat('application/octet-stream', 'noextension')).toBeUndefined();
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
