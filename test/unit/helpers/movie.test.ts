import { readMovieInfo } from '../../../nodes/LeonardoAi/helpers/movie';
import { fixture } from '../../harness/context';

describe("readMovieInfo: a clip's length and picture size from its first bytes", () => {
	it.each([
		['clip-64x36.mp4', { duration: 1, width: 64, height: 36 }],
		// QuickTime with its index (moov) after the picture data (mdat).
		['clip-64x36.mov', { duration: 1, width: 64, height: 36 }],
		['clip-640x480-12s.mp4', { duration: 12, width: 640, height: 480 }],
	])('%s', (name, info) => {
		expect(readMovieInfo(fixture(name))).toEqual(info);
	});

	it('shows a clip recorded upright (a quarter turn in its track matrix) as it is seen', () => {
		const clip = Buffer.from(fixture('clip-64x36.mp4'));
		const tkhd = clip.indexOf('tkhd', 0, 'latin1') + 4;
		const matrix = tkhd + 40; // version 0: after the times, track ID, duration, layer and volume
		clip.writeInt32BE(0, matrix);
		clip.writeInt32BE(0x10000, matrix + 4);
		clip.writeInt32BE(-0x10000, matrix + 12);
		clip.writeInt32BE(0, matrix + 16);
		expect(readMovieInfo(clip)).toEqual({ duration: 1, width: 36, height: 64 });
	});

	it.each([
		['an index that is not within the bytes read', fixture('clip-64x36.mov').subarray(0, 800)],
		['a file cut after its first box', fixture('clip-64x36.mp4').subarray(0, 40)],
		['audio', fixture('tone-1s.wav')],
		['nothing', Buffer.alloc(0)],
	])('undefined for %s', (_what, bytes) => {
		expect(readMovieInfo(bytes)).toBeUndefined();
	});
});
