import { EXTENSION_BY_FORMAT, MIME_TYPE_BY_FORMAT, detectImageFormat } from './image';

export interface FileType {
	extension: string;
	mimeType: string;
}

/** What a download must be, told by its first bytes (never by the server's Content-Type). */
export interface ExpectedFile {
	/** For messages: "an image", and exactly: "a PNG, JPEG or WebP image". */
	noun: string;
	description: string;
	detect(first: Buffer): FileType | undefined;
	/** The parameter that turns the download off, for hints: "Download Images". */
	toggle: string;
}

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
};

/** An MP4 starts with its `ftyp` box: a 4-byte size, then "ftyp" (ISO/IEC 14496-12). */
export const VIDEO_FILE: ExpectedFile = {
	noun: 'a video',
	description: 'an MP4 video',
	detect: (first) =>
		first.length >= 12 && first.subarray(4, 8).toString('latin1') === 'ftyp'
			? { extension: 'mp4', mimeType: 'video/mp4' }
			: undefined,
	toggle: 'Download Video',
};
