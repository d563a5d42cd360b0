import { EXTENSION_BY_FORMAT, MIME_TYPE_BY_FORMAT, detectImageFormat } from './image';

export interface FileType {
	extension: string;
	mimeType: string;
}

const MEGABYTE = 1024 * 1024;

/** What a download must be, told by its first bytes (never by the server's Content-Type). */
export interface ExpectedFile {
	/** For messages: "an image", and exactly: "a PNG, JPEG or WebP image". */
	noun: string;
	description: string;
	detect(first: Buffer): FileType | undefined;
	/** The parameter that turns the download off, for hints: "Download Images". */
	toggle: string;
	/** Larger than this, something is wrong: the download stops. */
	maxBytes: number;
}

/** Images: an 8× upscale of a large image is a few hundred MB as PNG. */
export const IMAGE_FILE: ExpectedFile = {
	noun: 'an image',
	description: 'a PNG, JPEG or WebP image',
	detect: (first) => {
		const format = detectImageFormat(first);
		return (
			format && { extension: EXTENSION_BY_FORMAT[format], mimeType: MIME_TYPE_BY_FORMAT[format] }
		);
	},
	toggle: 'Download Images',
	maxBytes: 500 * MEGABYTE,
};

/** The "ftyp" box that opens an MP4 or a QuickTime file: a 4-byte size, then "ftyp" (ISO/IEC 14496-12). */
function ftypBrand(first: Buffer): string | undefined {
	return first.length >= 12 && first.subarray(4, 8).toString('latin1') === 'ftyp'
		? first.subarray(8, 12).toString('latin1')
		: undefined;
}

/** ftyp brands of HEIF/HEIC photos and image sequences (ISO/IEC 23008-12) and of AVIF (avif, avis). */
const PHOTO_BRANDS = /^(heic|heix|heim|heis|hevc|hevx|mif1|msf1|avif|avis)/;
/** ftyp brands of audio in MP4: M4A, M4B (audiobooks), M4P (protected). */
const AUDIO_BRANDS = /^(M4A|M4B|M4P)/;

/** What an ftyp file that is no video is, in words (undefined: no ftyp file, or a video). */
export function notVideoKind(first: Buffer): string | undefined {
	const brand = ftypBrand(first);
	if (brand === undefined) return undefined;
	if (PHOTO_BRANDS.test(brand)) return 'HEIC/AVIF';
	if (AUDIO_BRANDS.test(brand)) return 'M4A audio (AAC in MP4)';
	return undefined;
}

/** MP4 files: any ftyp brand but QuickTime's and those that are no video. */
function isMp4(first: Buffer): boolean {
	const brand = ftypBrand(first);
	return brand !== undefined && brand !== 'qt  ' && notVideoKind(first) === undefined;
}

/** Videos: a 15-second 4K clip is a few hundred MB at most. */
export const VIDEO_FILE: ExpectedFile = {
	noun: 'a video',
	description: 'an MP4 video',
	detect: (first) => (isMp4(first) ? { extension: 'mp4', mimeType: 'video/mp4' } : undefined),
	toggle: 'Download Video',
	maxBytes: 1024 * MEGABYTE,
};

/**
 * MP3: an ID3v2 tag ("ID3"), or straight away an MPEG audio frame: 11 sync bits, then a version
 * other than "reserved" (01) and a layer other than "reserved" (00) (ISO/IEC 11172-3).
 */
function isMp3(first: Buffer): boolean {
	if (first.length >= 3 && first.subarray(0, 3).toString('latin1') === 'ID3') return true;
	return (
		first.length >= 2 &&
		first[0] === 0xff &&
		(first[1] & 0xe0) === 0xe0 &&
		(first[1] & 0x18) !== 0x08 &&
		(first[1] & 0x06) !== 0x00
	);
}

/** WAV: a RIFF file of form type "WAVE". */
function isWav(first: Buffer): boolean {
	return (
		first.length >= 12 &&
		first.subarray(0, 4).toString('latin1') === 'RIFF' &&
		first.subarray(8, 12).toString('latin1') === 'WAVE'
	);
}

function detectAudio(first: Buffer): FileType | undefined {
	if (isMp3(first)) return { extension: 'mp3', mimeType: 'audio/mpeg' };
	if (isWav(first)) return { extension: 'wav', mimeType: 'audio/wav' };
	return undefined;
}

/** Audio: a 10-minute song is about 100 MB as WAV. */
export const AUDIO_FILE: ExpectedFile = {
	noun: 'an audio file',
	description: 'an MP3 or WAV audio file',
	detect: detectAudio,
	toggle: 'Download Audio',
	maxBytes: 300 * MEGABYTE,
};

/** A binary glTF (GLB) starts with the magic "glTF" (glTF 2.0 specification, section 4.4.2). */
export const MODEL_FILE: ExpectedFile = {
	noun: 'a 3D model',
	description: 'a GLB (binary glTF) 3D model',
	detect: (first) =>
		first.length >= 4 && first.subarray(0, 4).toString('latin1') === 'glTF'
			? { extension: 'glb', mimeType: 'model/gltf-binary' }
			: undefined,
	toggle: 'Download Model',
	maxBytes: 500 * MEGABYTE,
};

/** A video or audio file Leonardo's media upload takes (POST /v1/media: mp4, mov, mp3, wav). */
export interface MediaFileType extends FileType {
	extension: 'mp4' | 'mov' | 'mp3' | 'wav';
	mediaType: 'VIDEO' | 'AUDIO';
}

/** QuickTime: the "qt  " ftyp brand, or (older files) a first atom of one of these types. */
const QUICKTIME_ATOMS = ['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'];

function isQuickTime(first: Buffer): boolean {
	if (ftypBrand(first) === 'qt  ') return true;
	return first.length >= 8 && QUICKTIME_ATOMS.includes(first.subarray(4, 8).toString('latin1'));
}

/**
 * The format of an item's video or audio file, read from its first bytes (the file name and the
 * MIME type n8n stored can be wrong): one of the four Leonardo takes, or undefined.
 */
export function detectMediaFile(first: Buffer): MediaFileType | undefined {
	if (isQuickTime(first))
		return { extension: 'mov', mimeType: 'video/quicktime', mediaType: 'VIDEO' };
	if (isMp4(first)) return { extension: 'mp4', mimeType: 'video/mp4', mediaType: 'VIDEO' };
	if (isMp3(first)) return { extension: 'mp3', mimeType: 'audio/mpeg', mediaType: 'AUDIO' };
	if (isWav(first)) return { extension: 'wav', mimeType: 'audio/wav', mediaType: 'AUDIO' };
	return undefined;
}

const MEDIA_BY_MIME_TYPE: Record<string, MediaFileType['extension']> = {
	'video/mp4': 'mp4',
	'video/quicktime': 'mov',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/wave': 'wav',
	'audio/vnd.wave': 'wav',
};

const MEDIA_BY_FILE_EXTENSION: Record<string, MediaFileType['extension']> = {
	mp4: 'mp4',
	m4v: 'mp4',
	mov: 'mov',
	qt: 'mov',
	mp3: 'mp3',
	wav: 'wav',
	wave: 'wav',
};

/** The media format an item's MIME type (or else its file name) claims, to compare with its bytes. */
export function declaredMediaExtension(
	mimeType?: string,
	fileName?: string,
): MediaFileType['extension'] | undefined {
	const mime = (mimeType ?? '').toLowerCase().split(';')[0].trim();
	if (Object.prototype.hasOwnProperty.call(MEDIA_BY_MIME_TYPE, mime))
		return MEDIA_BY_MIME_TYPE[mime];
	if (!fileName || !fileName.includes('.')) return undefined;
	const extension = fileName.toLowerCase().split('.').pop() ?? '';
	return Object.prototype.hasOwnProperty.call(MEDIA_BY_FILE_EXTENSION, extension)
		? MEDIA_BY_FILE_EXTENSION[extension]
		: undefined;
}

/**
 * A Wavefront OBJ 3D model, the one kind Leonardo's 3D model upload takes ("Only 3D models in .OBJ
 * format can be accepted", https://docs.leonardo.ai/docs/3d-texture-generation). The format is plain
 * text with no magic number: text without NUL bytes, whose first bytes hold a vertex statement
 * `v x y z` (every mesh has vertices, and exporters write them before the faces).
 */
export function isObjModel(first: Buffer): boolean {
	if (first.includes(0)) return false;
	return /^[ \t]*v[ \t]+[-+.\deE]+[ \t]+[-+.\deE]+[ \t]+[-+.\deE]+/m.test(first.toString('latin1'));
}

/** Other 3D model formats, by their first bytes, to say what a refused file is. */
export function other3dFormat(first: Buffer): string | undefined {
	if (first.subarray(0, 4).toString('latin1') === 'glTF') return 'a GLB (binary glTF) model';
	if (first.subarray(0, 18).toString('latin1') === 'Kaydara FBX Binary') return 'an FBX model';
	return undefined;
}
