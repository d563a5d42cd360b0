import type { IExecuteFunctions } from 'n8n-workflow';

import { readInputImage, readInputMedia } from '../../../nodes/LeonardoAi/helpers/binary';
import { buildMultipartBody } from '../../../nodes/LeonardoAi/transport/presignedUpload';
import { fixture } from '../../harness/context';
import { parameterContext, refusalOf, testNode } from '../fakeContext';

const MB = 1024 * 1024;
const KB = 1024;

/**
 * An item whose binary fields n8n holds in memory (its default mode: no `id`), for the operation
 * `parameters` names (its labels are in the messages).
 */
function inlineItem(
	fields: Record<string, { bytes: Buffer; name?: string; mimeType?: string }>,
	parameters: Record<string, unknown> = { resource: 'initImage', operation: 'upload' },
) {
	const binary = Object.fromEntries(
		Object.entries(fields).map(([field, file]) => [
			field,
			{
				data: file.bytes.toString('base64'),
				mimeType: file.mimeType ?? 'application/octet-stream',
				...(file.name === undefined ? {} : { fileName: file.name }),
			},
		]),
	);
	return {
		...parameterContext(parameters),
		getInputData: () => [{ json: {}, binary }],
		helpers: {
			getBinaryDataBuffer: async (_itemIndex: number, field: string) => fields[field].bytes,
		},
	} as unknown as IExecuteFunctions;
}

const inlineFile = (bytes: Buffer, name?: string, parameters?: Record<string, unknown>) =>
	inlineItem({ data: { bytes, name } }, parameters);

const MEDIA_UPLOAD = { resource: 'media', operation: 'upload' };

/** The 640×480 PNG photo with its header claiming another size. */
function pngClaiming(width: number, height: number): Buffer {
	const bytes = Buffer.from(fixture('photo-640x480.png'));
	bytes.writeUInt32BE(width, 16);
	bytes.writeUInt32BE(height, 20);
	return bytes;
}

/**
 * An item whose file n8n keeps on disk (binary mode "filesystem": the binary has an `id`), `size`
 * bytes that begin with `head` (zeros after it): the stream is made on demand and counts what was
 * read from it. `metadata` without a `fileSize`: a store that does not give the size (then the
 * file is read whole, through getBinaryDataBuffer).
 */
function storedFile(
	size: number,
	file: { name?: string; head: Buffer; mimeType: string },
	metadata: { fileSize?: number } = { fileSize: size },
) {
	const { head } = file;
	const read = { bytes: 0, streams: 0, wholeBuffers: 0 };
	async function* stream(chunkSize: number) {
		read.streams += 1;
		for (let offset = 0; offset < size; offset += chunkSize) {
			const length = Math.min(chunkSize, size - offset);
			const chunk = Buffer.alloc(length);
			if (offset < head.length) head.copy(chunk, 0, offset, Math.min(head.length, offset + length));
			read.bytes += length;
			yield chunk;
		}
	}
	const context = {
		getNode: () => testNode(),
		getInputData: () => [
			{
				json: {},
				binary: {
					data: {
						id: 'filesystem-v2:file',
						data: 'filesystem-v2',
						...(file.name === undefined ? {} : { fileName: file.name }),
						mimeType: file.mimeType,
					},
				},
			},
		],
		helpers: {
			getBinaryMetadata: async () => metadata,
			getBinaryStream: async (_id: string, chunkSize: number) => stream(chunkSize),
			getBinaryDataBuffer: async () => {
				if (metadata.fileSize !== undefined)
					throw new Error('a stored file must not be read whole');
				read.wholeBuffers += 1;
				return head;
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, read };
}

/** An item whose clip n8n keeps on disk: a 64×36 MP4 at its start (by default). */
function storedClip(
	size: number,
	file = { name: 'long.mp4', fixture: 'clip-64x36.mp4', mimeType: 'video/mp4' },
) {
	return storedFile(size, {
		name: file.name,
		head: fixture(file.fixture),
		mimeType: file.mimeType,
	});
}

describe('readInputMedia: a large clip stored by ID is streamed, never held whole', () => {
	it('reads only the first bytes to check it, and streams it in full at upload time', async () => {
		const size = 200 * MB;
		const { context, read } = storedClip(size);
		const media = await readInputMedia.call(context, 0, 'data');

		expect(media).toMatchObject({
			size,
			extension: 'mp4',
			mediaType: 'VIDEO',
			fileName: 'long.mp4',
		});
		expect(typeof media.content).toBe('function');
		expect(read.bytes).toBeLessThanOrEqual(MB + 64 * 1024);

		const { body, length } = buildMultipartBody([['key', 'k']], { ...media, noun: 'video' });
		const streamed = body as { size: number; stream(): AsyncGenerator<Buffer> };
		expect(streamed.size).toBe(length);
		let sent = 0;
		let largest = 0;
		for await (const part of streamed.stream()) {
			sent += part.length;
			largest = Math.max(largest, part.length);
		}
		expect(sent).toBe(length);
		expect(largest).toBeLessThanOrEqual(256 * 1024);
		expect(read.streams).toBe(2);
	});
});

describe('readInputImage: a large photo stored by ID', () => {
	it('reads only as far as its header for the checks, and streams it in 16 KB pieces', async () => {
		const size = 5 * MB;
		const { context, read } = storedClip(size, {
			name: 'photo.png',
			fixture: 'photo-640x480.png',
			mimeType: 'image/png',
		});
		const image = await readInputImage.call(context, 0, 'data');

		expect(image).toMatchObject({ size, format: 'png', dimensions: { width: 640, height: 480 } });
		// The PNG header is in the first piece: not the 1 MB a long JPEG header may need.
		expect(read.bytes).toBeLessThanOrEqual(64 * 1024);

		const { body } = buildMultipartBody([['key', 'k']], { ...image, noun: 'image' });
		let largest = 0;
		for await (const part of (body as { stream(): AsyncGenerator<Buffer> }).stream())
			largest = Math.max(largest, part.length);
		expect(largest).toBeLessThanOrEqual(16 * 1024);
	});
});

describe('readInputImage: a file that is no PNG, JPEG or WebP is refused, saying what it is', () => {
	const latin1 = (text: string) => Buffer.from(text, 'latin1');
	it.each([
		{ name: 'scan.pdf', what: 'a PDF', bytes: latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj') },
		{
			name: 'error.png',
			what: 'HTML or XML text (often an error page saved as the file)',
			bytes: latin1('\r\n  <!DOCTYPE html><html>'),
		},
		{ name: 'old.bmp', what: 'a BMP', bytes: latin1('BM6\x0c\0\0\0\0\0\x006\0\0\0') },
		{ name: 'phone.heic', what: 'HEIC/AVIF', bytes: latin1('\0\0\0\x18ftypheic\0\0\0\0') },
		{ name: 'phone.heif', what: 'HEIC/AVIF', bytes: latin1('\0\0\0\x18ftypmif1\0\0\0\0') },
		{ name: 'web.avif', what: 'HEIC/AVIF', bytes: latin1('\0\0\0\x1cftypavif\0\0\0\0') },
		{ name: 'burst.heics', what: 'HEIC/AVIF', bytes: latin1('\0\0\0\x18ftypmsf1\0\0\0\0') },
		{ name: 'loop.avifs', what: 'HEIC/AVIF', bytes: latin1('\0\0\0\x1cftypavis\0\0\0\0') },
		{
			name: 'song.m4a',
			what: 'M4A audio (AAC in MP4)',
			bytes: latin1('\0\0\0\x20ftypM4A \0\0\0\0'),
		},
		{
			name: 'book.m4b',
			what: 'M4A audio (AAC in MP4)',
			bytes: latin1('\0\0\0\x20ftypM4B \0\0\0\0'),
		},
		{
			name: 'bought.m4p',
			what: 'M4A audio (AAC in MP4)',
			bytes: latin1('\0\0\0\x20ftypM4P \0\0\0\0'),
		},
		// A "<" further on is no HTML page.
		{
			name: 'table.csv',
			what: 'bytes starting with 69643b3c',
			bytes: latin1('id;<name>;size\n1;a;2'),
		},
		{
			name: 'noise.bin',
			what: 'bytes starting with 00010203',
			bytes: Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
		},
	])('$name: "contains $what"', async ({ name, what, bytes }) => {
		expect(await refusalOf(readInputImage.call(inlineFile(bytes, name), 0, 'data'))).toEqual({
			message: 'The file in "data" is not a PNG, JPEG or WebP image',
			description: `${name} contains ${what}. Leonardo accepts PNG, JPEG and WebP: convert it first, e.g. with the Edit Image node.`,
		});
	});

	it('a file without a name is called "The file"', async () => {
		expect(
			await refusalOf(readInputImage.call(inlineFile(latin1('%PDF-1.4\n')), 0, 'data')),
		).toEqual({
			message: 'The file in "data" is not a PNG, JPEG or WebP image',
			description:
				'The file contains a PDF. Leonardo accepts PNG, JPEG and WebP: convert it first, e.g. with the Edit Image node.',
		});
	});
});

describe('readInputMedia: a file that is no MP4, MOV, MP3 or WAV is refused, saying what it is', () => {
	it('an M4A song, named', async () => {
		const song = Buffer.from('\0\0\0\x20ftypM4A \0\0\0\0isomM4A ', 'latin1');
		expect(
			await refusalOf(readInputMedia.call(inlineFile(song, 'song.m4a', MEDIA_UPLOAD), 0, 'data')),
		).toEqual({
			message: 'The file in "data" is not an MP4, MOV, MP3 or WAV file',
			description:
				"song.m4a contains M4A audio (AAC in MP4). Leonardo's media upload takes MP4 and MOV videos and MP3 and WAV audio: convert it first.",
		});
	});

	it('a PDF without a name is called "The file"', async () => {
		const pdf = Buffer.from('%PDF-1.7\n', 'latin1');
		expect(
			await refusalOf(readInputMedia.call(inlineFile(pdf, undefined, MEDIA_UPLOAD), 0, 'data')),
		).toEqual({
			message: 'The file in "data" is not an MP4, MOV, MP3 or WAV file',
			description:
				"The file contains a PDF. Leonardo's media upload takes MP4 and MOV videos and MP3 and WAV audio: convert it first.",
		});
	});
});

describe('readInputImage: an item without the binary field asked for', () => {
	it('names the binary fields the item has and the parameter to set', async () => {
		const photo = { bytes: fixture('photo-640x480.png'), name: 'photo.png' };
		const context = inlineItem({ image: photo, mask: photo });
		expect(await refusalOf(readInputImage.call(context, 0, 'data'))).toEqual({
			message: 'Item 0 has no binary field "data"',
			description: 'Its binary fields are: image, mask. Set "Input Binary Field" to one of them.',
		});
	});
});

describe('readInputImage: an empty file is refused', () => {
	it.each([
		['photo.png', 'photo.png', 'photo.png has 0 bytes. Check the node that produced it.'],
		['without a name', undefined, 'The file has 0 bytes. Check the node that produced it.'],
	])('%s', async (_file, name, description) => {
		expect(
			await refusalOf(readInputImage.call(inlineFile(Buffer.alloc(0), name), 0, 'data')),
		).toEqual({ message: 'The file in "data" is empty', description });
	});
});

describe('readInputImage: a file over 100 MB is refused before any request', () => {
	const png = { head: fixture('photo-640x480.png'), mimeType: 'image/png' };

	it('takes a photo of exactly 100 MB', async () => {
		const { context } = storedFile(100 * MB, { ...png, name: 'photo.png' });
		expect(await readInputImage.call(context, 0, 'data')).toMatchObject({
			size: 104857600,
			dimensions: { width: 640, height: 480 },
		});
	});

	it.each([
		['photo.png', 'photo.png', 'photo.png has 104857601 bytes.'],
		['a photo without a name', undefined, 'The file has 104857601 bytes.'],
	])('refuses one byte more: %s', async (_file, name, says) => {
		const { context } = storedFile(100 * MB + 1, { ...png, name });
		expect(await refusalOf(readInputImage.call(context, 0, 'data'))).toEqual({
			message: 'The file in "data" is larger than 100 MB',
			description: `${says} Leonardo downsizes init images anyway: make it smaller first, e.g. with the Edit Image node (Resize).`,
		});
	});
});

describe('readInputMedia: a file over 1 GB is refused before any request', () => {
	it('says how large it is and what to do', async () => {
		const { context } = storedClip(1024 * MB + 1);
		expect(await refusalOf(readInputMedia.call(context, 0, 'data'))).toEqual({
			message: 'The file in "data" is larger than 1024 MB',
			description:
				'long.mp4 has 1073741825 bytes. Models take short clips (most at most 10–15 seconds, FLUX 3 Video under 50 MB): trim or compress it first.',
		});
	});
});

describe('readInputImage: a PNG whose header is cut short is refused', () => {
	const cut = fixture('photo-640x480.png').subarray(0, 20);
	it.each([
		['cut.png', 'cut.png', 'cut.png looks like a PNG'],
		['without a name', undefined, 'The file looks like a PNG'],
	])('%s', async (_file, name, looks) => {
		expect(await refusalOf(readInputImage.call(inlineFile(cut, name), 0, 'data'))).toEqual({
			message: 'Could not read the size of the PNG image in "data"',
			description: `${looks} but its header is damaged or cut short. Re-export the image and try again.`,
		});
	});
});

describe('readInputImage: at most 16384 pixels per side', () => {
	it('takes an image of 16384×16384', async () => {
		const image = await readInputImage.call(
			inlineFile(pngClaiming(16384, 16384), 'big.png'),
			0,
			'data',
		);
		expect(image.dimensions).toEqual({ width: 16384, height: 16384 });
	});

	it.each([
		[16385, 1],
		[1, 16385],
	])('refuses %i×%i', async (width, height) => {
		const context = inlineFile(pngClaiming(width, height), 'big.png');
		expect(await refusalOf(readInputImage.call(context, 0, 'data'))).toEqual({
			message: `The image in "data" claims ${width}×${height} pixels`,
			description:
				'The node takes images up to 16384 pixels per side (Leonardo generates at most 1536). If the size is real, resize the image first (Edit Image node → Resize); otherwise its header is damaged.',
		});
	});
});

describe('the file name sent to Leonardo: the name given, with the extension of the real format', () => {
	it.each([
		{ name: 'holiday.2024.jpeg', file: 'photo-640x480.jpg', sent: 'holiday.2024.jpg' },
		{ name: 'scan', file: 'photo-640x480.png', sent: 'scan.png' },
		{ name: undefined, file: 'photo-640x480.png', sent: 'image.png' },
	])('image $file named $name: $sent', async ({ name, file, sent }) => {
		const image = await readInputImage.call(inlineFile(fixture(file), name), 0, 'data');
		expect(image.fileName).toBe(sent);
	});

	it.each([
		{ name: 'clip.final.mov', file: 'clip-64x36.mov', sent: 'clip.final.mov' },
		{ name: undefined, file: 'clip-64x36.mp4', sent: 'video.mp4' },
		{ name: undefined, file: 'tone-1s.mp3', sent: 'audio.mp3' },
	])('media $file named $name: $sent', async ({ name, file, sent }) => {
		const media = await readInputMedia.call(
			inlineFile(fixture(file), name, MEDIA_UPLOAD),
			0,
			'data',
		);
		expect(media.fileName).toBe(sent);
	});
});

describe('a file stored by ID: read only as far as the checks need', () => {
	it("a clip: its first 1 MB, where a long header still gives the movie's length and size", async () => {
		// ftyp, then 1,000,000 bytes of padding, then the index (moov): it ends past 64 KB, within 1 MB.
		const clip = fixture('clip-64x36.mp4');
		const padding = Buffer.alloc(1_000_000);
		padding.writeUInt32BE(1_000_000, 0);
		padding.write('free', 4, 'latin1');
		const head = Buffer.concat([clip.subarray(0, 32), padding, clip.subarray(32)]);
		const { context, read } = storedFile(200 * MB, {
			name: 'long.mp4',
			head,
			mimeType: 'video/mp4',
		});
		const media = await readInputMedia.call(context, 0, 'data');
		expect(media.movie).toEqual({ duration: 1, width: 64, height: 36 });
		expect(read.bytes).toBe(1 * MB);
	});

	it('a JPEG with 192 KB of metadata before its size: read on until the size, no further', async () => {
		// Three full APP1 segments (2 + 65535 bytes each), then the frame header with the size.
		const app1 = Buffer.alloc(2 + 65535);
		app1.writeUInt16BE(0xffe1, 0);
		app1.writeUInt16BE(65535, 2);
		const sof0 = Buffer.from([0xff, 0xc0, 0, 17, 8, 0x01, 0xe0, 0x02, 0x80, 3]);
		const head = Buffer.concat([Buffer.from([0xff, 0xd8]), app1, app1, app1, sof0]);
		const { context, read } = storedFile(5 * MB, {
			name: 'camera.jpg',
			head,
			mimeType: 'image/jpeg',
		});
		const image = await readInputImage.call(context, 0, 'data');
		expect(image).toMatchObject({
			size: 5 * MB,
			format: 'jpeg',
			dimensions: { width: 640, height: 480 },
		});
		// The size is in bytes 196,618 to 196,621: past three 64 KB pieces, within four.
		expect(read.bytes).toBe(256 * KB);
	});

	it('a file that is no image: its first piece, enough to say what it is', async () => {
		const head = Buffer.from('%PDF-1.7\n', 'latin1');
		const { context, read } = storedFile(5 * MB, {
			name: 'scan.pdf',
			head,
			mimeType: 'application/pdf',
		});
		expect((await refusalOf(readInputImage.call(context, 0, 'data'))).message).toBe(
			'The file in "data" is not a PNG, JPEG or WebP image',
		);
		expect(read.bytes).toBe(64 * KB);
	});

	it('a small file read whole in its first piece is kept, not read again at upload time', async () => {
		const photo = fixture('photo-640x480.png');
		const { context, read } = storedFile(photo.length, {
			name: 'photo.png',
			head: photo,
			mimeType: 'image/png',
		});
		const image = await readInputImage.call(context, 0, 'data');
		expect(image.size).toBe(3756);
		expect(image.content).toEqual(photo);
		expect(read.streams).toBe(1);
	});

	it("a store that does not give the file's size: the file is read whole", async () => {
		const photo = fixture('photo-640x480.png');
		const { context, read } = storedFile(
			photo.length,
			{ name: 'photo.png', head: photo, mimeType: 'image/png' },
			{},
		);
		const image = await readInputImage.call(context, 0, 'data');
		expect(image.size).toBe(3756);
		expect(image.content).toEqual(photo);
		expect(read).toEqual({ bytes: 0, streams: 0, wholeBuffers: 1 });
	});
});
