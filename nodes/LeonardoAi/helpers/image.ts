export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageSize {
	width: number;
	height: number;
}

export const MIME_TYPE_BY_FORMAT: Record<ImageFormat, string> = {
	png: 'image/png',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
};

/** The `extension` value Leonardo's presign endpoints accept for each format. */
export const EXTENSION_BY_FORMAT: Record<ImageFormat, string> = {
	png: 'png',
	jpeg: 'jpg',
	webp: 'webp',
};

/**
 * Leonardo's limits for generation width and height: "between 32 and 1536 and be a multiple of 8"
 * (SDK `creategeneration.ts`, `width`/`height`).
 */
export const MIN_SIDE = 32;
export const MAX_SIDE = 1536;
export const SIDE_STEP = 8;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
	if (bytes.length < offset + signature.length) return false;
	return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
	return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** Identifies PNG, JPEG and WebP from their first bytes; anything else is undefined. */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | undefined {
	if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
		return 'webp';
	}
	return undefined;
}

/** Maps a MIME type or file name to the format it claims, if it names one we know. */
export function declaredImageFormat(mimeType?: string, fileName?: string): ImageFormat | undefined {
	const mime = (mimeType ?? '').toLowerCase().split(';')[0].trim();
	if (mime === 'image/png') return 'png';
	if (mime === 'image/jpeg' || mime === 'image/jpg' || mime === 'image/pjpeg') return 'jpeg';
	if (mime === 'image/webp') return 'webp';
	const extension = (fileName ?? '').toLowerCase().split('.').pop();
	if (!fileName || !fileName.includes('.')) return undefined;
	if (extension === 'png') return 'png';
	if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
	if (extension === 'webp') return 'webp';
	return undefined;
}

function readPngSize(bytes: Uint8Array): ImageSize | undefined {
	// The IHDR chunk always comes first: width and height are big-endian at offsets 16 and 20.
	if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); C4, C8 and CC are not frames. */
function isStartOfFrame(marker: number): boolean {
	return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpegSize(bytes: Uint8Array): ImageSize | undefined {
	let offset = 2;
	while (offset + 4 <= bytes.length) {
		if (bytes[offset] !== 0xff) return undefined;
		const marker = bytes[offset + 1];
		if (marker === 0xff) {
			offset += 1; // fill byte
			continue;
		}
		if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			offset += 2; // markers without a length
			continue;
		}
		const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
		if (isStartOfFrame(marker)) {
			if (offset + 9 > bytes.length) return undefined;
			const height = (bytes[offset + 5] << 8) | bytes[offset + 6];
			const width = (bytes[offset + 7] << 8) | bytes[offset + 8];
			return { width, height };
		}
		if (marker === 0xd9 || marker === 0xda || length < 2) return undefined;
		offset += 2 + length;
	}
	return undefined;
}

function readWebpSize(bytes: Uint8Array): ImageSize | undefined {
	if (bytes.length < 30) return undefined;
	const chunk = ascii(bytes, 12, 4);
	if (chunk === 'VP8 ') {
		// Lossy: 14-bit width and height after the 3-byte frame tag and the 9D 01 2A start code.
		if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined;
		return {
			width: (bytes[26] | (bytes[27] << 8)) & 0x3fff,
			height: (bytes[28] | (bytes[29] << 8)) & 0x3fff,
		};
	}
	if (chunk === 'VP8L') {
		// Lossless: signature 0x2F, then width-1 and height-1 as two 14-bit fields.
		if (bytes[20] !== 0x2f) return undefined;
		const bits = bytes[21] | (bytes[22] << 8) | (bytes[23] << 16) | (bytes[24] << 24);
		return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
	}
	if (chunk === 'VP8X') {
		// Extended: canvas width-1 and height-1 as 24-bit little-endian values.
		const width = (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16)) + 1;
		const height = (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16)) + 1;
		return { width, height };
	}
	return undefined;
}

/** Reads the pixel size from the image header; undefined when the header is cut short or malformed. */
export function readImageSize(bytes: Uint8Array, format: ImageFormat): ImageSize | undefined {
	const size =
		format === 'png'
			? readPngSize(bytes)
			: format === 'jpeg'
				? readJpegSize(bytes)
				: readWebpSize(bytes);
	if (!size || size.width <= 0 || size.height <= 0) return undefined;
	return size;
}

function toStep(value: number): number {
	const stepped = Math.round(value / SIDE_STEP) * SIDE_STEP;
	return Math.min(MAX_SIDE, Math.max(MIN_SIDE, stepped));
}

/**
 * A generation size with the image's aspect ratio: the longer side becomes `maxSide`, both sides
 * are multiples of 8 within Leonardo's 32–1536 range.
 */
export function fitGenerationSize(image: ImageSize, maxSide: number): ImageSize {
	const longest = toStep(Math.min(Math.max(maxSide, MIN_SIDE), MAX_SIDE));
	const scale = longest / Math.max(image.width, image.height);
	if (image.width >= image.height) {
		return { width: longest, height: toStep(image.height * scale) };
	}
	return { width: toStep(image.width * scale), height: longest };
}

/** Above this an image visibly stretches or is cropped when made into another aspect ratio (2%). */
export const MAX_ASPECT_DIFFERENCE = 0.02;

/** How far two aspect ratios differ, as a fraction (0.02 = 2%). */
export function aspectRatioDifference(a: ImageSize, b: ImageSize): number {
	const ratioA = a.width / a.height;
	const ratioB = b.width / b.height;
	return Math.abs(ratioA / ratioB - 1);
}
