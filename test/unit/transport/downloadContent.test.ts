import { AUDIO_FILE, IMAGE_FILE, VIDEO_FILE } from '../../../nodes/LeonardoAi/helpers/fileTypes';
import { wrongContentError } from '../../../nodes/LeonardoAi/transport/downloadContent';
import { FILE_URL, downloadContext } from './fakeDownload';

const { context } = downloadContext([]);
const IMAGE_HINT =
	'Nothing was stored as binary data. Turn off "Download Images" to get the URLs only, or fetch the result again later with the matching "Get" operation.';

describe('wrongContentError: says what came instead of the expected file', () => {
	it.each([
		['nothing', Buffer.alloc(0), 'is empty'],
		['an HTML page', Buffer.from('<html><body>Access denied'), 'is HTML or XML text, not an image'],
		[
			'an HTML page after blank lines',
			Buffer.from('\r\n  \t<!DOCTYPE html>'),
			'is HTML or XML text, not an image',
		],
		['a GIF', Buffer.from('GIF89a\x01\x00<\x00', 'latin1'), 'is not a PNG, JPEG or WebP image'],
		['text with a "<" inside', Buffer.from('Access <denied>'), 'is not a PNG, JPEG or WebP image'],
		[
			'text starting with "<" past byte 16',
			Buffer.from(`${' '.repeat(16)}<html>`),
			'is not a PNG, JPEG or WebP image',
		],
	])('an image that is %s', (_what, first, what) => {
		const error = wrongContentError(context, FILE_URL, 0, IMAGE_FILE, first);
		expect(error.message).toBe(`The file downloaded from cdn.example.com ${what}`);
		expect(error.description).toBe(IMAGE_HINT);
	});

	it('names the kind of file expected and the switch that turns its download off', () => {
		const xml = Buffer.from('<?xml version="1.0"?><Error><Code>NoSuchKey</Code>');
		const video = wrongContentError(context, FILE_URL, 0, VIDEO_FILE, xml);
		expect(video.message).toBe(
			'The file downloaded from cdn.example.com is HTML or XML text, not a video',
		);
		expect(video.description).toBe(
			'Nothing was stored as binary data. Turn off "Download Video" to get the URLs only, or fetch the result again later with the matching "Get" operation.',
		);
		const audio = wrongContentError(context, FILE_URL, 0, AUDIO_FILE, Buffer.from('ID4 junk'));
		expect(audio.message).toBe(
			'The file downloaded from cdn.example.com is not an MP3 or WAV audio file',
		);
	});
});
