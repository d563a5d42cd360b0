import {
	AUDIO_FILE,
	IMAGE_FILE,
	MODEL_FILE,
	VIDEO_FILE,
	declaredMediaExtension,
	detectMediaFile,
} from '../../../nodes/LeonardoAi/helpers/fileTypes';
import { fixture } from '../../harness/context';

/** A GLB header: magic "glTF", version 2, total length (glTF 2.0 specification, section 4.4.2). */
const GLB_HEADER = Buffer.from([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0, 12, 0, 0, 0]);
const MP3_FRAME = Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]);
const HTML = Buffer.from('<!DOCTYPE html><html>');
const M4A = Buffer.from('\0\0\0\x20ftypM4A \0\0\0\0', 'latin1');

describe("detectMediaFile: what an item's video or audio file really is", () => {
	it.each([
		['clip-64x36.mp4', 'mp4', 'video/mp4', 'VIDEO'],
		['clip-64x36.mov', 'mov', 'video/quicktime', 'VIDEO'],
		['tone-1s.mp3', 'mp3', 'audio/mpeg', 'AUDIO'],
		['tone-1s.wav', 'wav', 'audio/wav', 'AUDIO'],
	])('reads %s as %s', (name, extension, mimeType, mediaType) => {
		expect(detectMediaFile(fixture(name).subarray(0, 32))).toEqual({
			extension,
			mimeType,
			mediaType,
		});
	});

	it('reads an MP3 without an ID3 tag by its frame header, and an old QuickTime file by its first atom', () => {
		expect(detectMediaFile(MP3_FRAME)?.extension).toBe('mp3');
		expect(detectMediaFile(Buffer.from('\0\0\0\x08wide\0\0\0\0', 'latin1'))?.extension).toBe('mov');
		expect(detectMediaFile(Buffer.from('\0\0\x02\xe3moov\0\0\0\0', 'latin1'))?.extension).toBe(
			'mov',
		);
	});

	it.each([
		['a 12-byte ftyp box', '\0\0\0\x18ftypisom', 'mp4'],
		['an 8-byte QuickTime atom header', '\0\0\0\x08wide', 'mov'],
		['the 3-byte ID3 tag start', 'ID3', 'mp3'],
		['the first 2 bytes of an MPEG frame header', '\xff\xfb', 'mp3'],
		['a 12-byte RIFF WAVE header', 'RIFF\x24\0\0\0WAVE', 'wav'],
	])('tells the format from nothing but %s', (_what, bytes, extension) => {
		expect(detectMediaFile(Buffer.from(bytes, 'latin1'))?.extension).toBe(extension);
	});

	it.each([
		['an HTML page', HTML],
		['a PNG image', fixture('photo-640x480.png').subarray(0, 32)],
		['an M4A (audio in MP4, which Leonardo does not take)', M4A],
		['an empty file', Buffer.alloc(0)],
		['MPEG frame sync with the reserved version', Buffer.from([0xff, 0xeb, 0x90, 0x64])],
		['MPEG frame sync with the reserved layer', Buffer.from([0xff, 0xf9, 0x90, 0x64])],
		['a RIFF file that is not WAVE (an AVI)', Buffer.from('RIFF\0\0\0\0AVI LIST', 'latin1')],
		['a truncated ftyp box', Buffer.from('\0\0\0\x20ftyp', 'latin1')],
		['an M4B audiobook', Buffer.from('\0\0\0\x20ftypM4B \0\0\0\0', 'latin1')],
		['protected M4P audio', Buffer.from('\0\0\0\x20ftypM4P \0\0\0\0', 'latin1')],
		['a HEIC photo', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1')],
		['a HEIF photo (mif1)', Buffer.from('\0\0\0\x18ftypmif1\0\0\0\0', 'latin1')],
		['an AVIF photo', Buffer.from('\0\0\0\x1cftypavif\0\0\0\0', 'latin1')],
		['an AVIF image sequence', Buffer.from('\0\0\0\x1cftypavis\0\0\0\0', 'latin1')],
		['MPEG frame sync that does not start at the first byte', Buffer.from([0, 0xff, 0xfb, 0x90])],
		['only 10 of the 11 MPEG frame sync bits', Buffer.from([0xff, 0xdb, 0x90, 0x64])],
		['the WAVE form type without the RIFF header', Buffer.from('\0\0\0\0\0\0\0\0WAVE', 'latin1')],
	])('refuses %s', (_what, bytes) => {
		expect(detectMediaFile(bytes)).toBeUndefined();
	});
});

describe('what a downloaded result must be', () => {
	it.each([
		['image', IMAGE_FILE, 'photo-640x480.png', 'png', 'image/png'],
		['video', VIDEO_FILE, 'clip-64x36.mp4', 'mp4', 'video/mp4'],
		['audio', AUDIO_FILE, 'tone-1s.mp3', 'mp3', 'audio/mpeg'],
		['audio', AUDIO_FILE, 'tone-1s.wav', 'wav', 'audio/wav'],
	])('an %s result: %s is accepted', (_kind, expected, name, extension, mimeType) => {
		expect(expected.detect(fixture(name).subarray(0, 32))).toEqual({ extension, mimeType });
	});

	it('a GLB 3D model by its glTF magic', () => {
		expect(MODEL_FILE.detect(GLB_HEADER)).toEqual({
			extension: 'glb',
			mimeType: 'model/gltf-binary',
		});
		expect(MODEL_FILE.detect(Buffer.from('{"asset":{"version":"2.0"}}'))).toBeUndefined();
	});

	it('a GLB 3D model from nothing but its 4-byte magic', () => {
		expect(MODEL_FILE.detect(Buffer.from('glTF', 'latin1'))).toEqual({
			extension: 'glb',
			mimeType: 'model/gltf-binary',
		});
	});

	it('a video result is an MP4, not a QuickTime or an M4A file; audio is not a video', () => {
		expect(VIDEO_FILE.detect(fixture('clip-64x36.mov').subarray(0, 32))).toBeUndefined();
		expect(VIDEO_FILE.detect(M4A)).toBeUndefined();
		expect(AUDIO_FILE.detect(fixture('clip-64x36.mp4').subarray(0, 32))).toBeUndefined();
		expect(AUDIO_FILE.detect(HTML)).toBeUndefined();
	});

	it('each kind has its own size cap: an image 500 MB, a video 1 GB, audio 300 MB, a model 500 MB', () => {
		const MB = 1024 * 1024;
		expect(
			[IMAGE_FILE, VIDEO_FILE, AUDIO_FILE, MODEL_FILE].map((kind) => kind.maxBytes / MB),
		).toEqual([500, 1024, 300, 500]);
	});
});

describe('declaredMediaExtension: what an item says its video or audio file is', () => {
	it.each([
		['video/mp4', 'a.bin', 'mp4'],
		['video/quicktime', undefined, 'mov'],
		['audio/mpeg', 'a.wav', 'mp3'],
		['audio/x-wav', undefined, 'wav'],
		['audio/wav; codecs=1', undefined, 'wav'],
		['video/mp4 ; codecs=avc1', undefined, 'mp4'],
		['application/octet-stream', 'clip.MOV', 'mov'],
		[undefined, 'song.mp3', 'mp3'],
		[undefined, 'take.m4v', 'mp4'],
		['application/octet-stream', 'noextension', undefined],
		[undefined, 'mp3', undefined],
		['audio/mp4', 'voice.m4a', undefined],
		[undefined, 'constructor', undefined],
		[undefined, 'a.toString', undefined],
	])('%s, %s → %s', (mimeType, fileName, expected) => {
		expect(declaredMediaExtension(mimeType, fileName)).toBe(expected);
	});
});
