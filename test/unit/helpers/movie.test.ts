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

/*
 * Small files built by hand from the box layout of ISO/IEC 14496-12 (§4.2 box header, §8.2.2 mvhd,
 * §8.3.2 tkhd): every box is a 32-bit size (its header included), a four-letter type and its payload.
 */
/** 32-bit fields, big-endian (a matrix's negative entries as two's complement). */
const u32 = (...values: number[]) => {
	const bytes = Buffer.alloc(4 * values.length);
	values.forEach((value, i) => bytes.writeInt32BE(value | 0, 4 * i));
	return bytes;
};
const u64 = (value: number) => {
	const bytes = Buffer.alloc(8);
	bytes.writeBigUInt64BE(BigInt(value));
	return bytes;
};
const latin1 = (text: string) => Buffer.from(text, 'latin1');

function box(type: string, ...payload: Buffer[]): Buffer {
	const body = Buffer.concat(payload);
	return Buffer.concat([u32(8 + body.length), latin1(type), body]);
}
/** Size 1: the real size follows the type as 64 bits (the header is 16 bytes). */
function largeBox(type: string, ...payload: Buffer[]): Buffer {
	const body = Buffer.concat(payload);
	return Buffer.concat([u32(1), latin1(type), u64(16 + body.length), body]);
}
/** Size 0: the box runs to the end of the file. */
function boxToEnd(type: string, ...payload: Buffer[]): Buffer {
	return Buffer.concat([u32(0), latin1(type), ...payload]);
}

/** The matrix {a, b, u, c, d, v, x, y, w}: a, b, c, d in 16.16, u, v, w in 2.30. */
const IDENTITY = [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
const TURNED_90 = [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000];
const TURNED_180 = [-0x10000, 0, 0, 0, -0x10000, 0, 0, 0, 0x40000000];
const TURNED_270 = [0, -0x10000, 0, 0x10000, 0, 0, 0, 0, 0x40000000];

/** Movie header: time scale (units a second) and duration (in those units). */
function mvhd(timescale: number, duration: number, version = 0): Buffer {
	const times =
		version === 1
			? [u64(0), u64(0), u32(timescale), u64(duration)]
			: [u32(0, 0, timescale, duration)];
	// rate 1.0, volume 1.0 + reserved, reserved ×2, matrix, pre_defined ×6, next_track_ID
	const rest = [u32(0x10000, 0x01000000, 0, 0), u32(...IDENTITY), u32(0, 0, 0, 0, 0, 0, 2)];
	return box('mvhd', u32(version << 24), ...times, ...rest);
}

/** Track header: width and height in pixels (stored 16.16), turned by `matrix`. */
function tkhd(width: number, height: number, matrix = IDENTITY, version = 0): Buffer {
	const times =
		version === 1
			? [u64(0), u64(0), u32(1, 0), u64(1000)] // creation, modification, track_ID, reserved, duration
			: [u32(0, 0, 1, 0, 1000)];
	// reserved ×2, layer + alternate_group, volume + reserved, matrix, width, height
	const rest = [u32(0, 0, 0, 0), u32(...matrix), u32(width * 0x10000, height * 0x10000)];
	return box('tkhd', u32((version << 24) | 7), ...times, ...rest);
}

const FTYP = box('ftyp', latin1('isom'), u32(0x200), latin1('isomiso2mp41'));
const trak = (...children: Buffer[]) => box('trak', ...children);
/** ftyp, then moov with a movie header of 1 second (time scale 1000) and these children. */
const movie = (...children: Buffer[]) =>
	Buffer.concat([FTYP, box('moov', mvhd(1000, 1000), ...children)]);

describe('readMovieInfo: files built box by box', () => {
	it('reads a movie of 12.5 s, 1280 × 720, from its boxes', () => {
		const file = Buffer.concat([FTYP, box('moov', mvhd(600, 7500), trak(tkhd(1280, 720)))]);
		expect(readMovieInfo(file)).toEqual({ duration: 12.5, width: 1280, height: 720 });
	});

	it('reads version 1 headers, whose times and duration are 64-bit', () => {
		const file = Buffer.concat([
			FTYP,
			box('moov', mvhd(1000, 12_500, 1), trak(tkhd(1280, 720, IDENTITY, 1))),
		]);
		expect(readMovieInfo(file)).toEqual({ duration: 12.5, width: 1280, height: 720 });
	});

	it('reads a box whose size is given in 64 bits (size 1)', () => {
		const file = Buffer.concat([FTYP, largeBox('moov', mvhd(1000, 3000), trak(tkhd(64, 36)))]);
		expect(readMovieInfo(file)).toEqual({ duration: 3, width: 64, height: 36 });
	});

	it('reads an index that runs to the end of the file (size 0)', () => {
		const file = Buffer.concat([FTYP, boxToEnd('moov', mvhd(1000, 3000), trak(tkhd(64, 36)))]);
		expect(readMovieInfo(file)).toEqual({ duration: 3, width: 64, height: 36 });
	});

	it('reads the boxes before a 64-bit box header cut short at the end of the index', () => {
		const file = movie(trak(tkhd(64, 36)), u32(1), latin1('free'));
		expect(readMovieInfo(file)).toEqual({ duration: 1, width: 64, height: 36 });
	});

	it('is undefined for an index damaged by a box smaller than its own header', () => {
		expect(readMovieInfo(movie(u32(4), trak(tkhd(64, 36))))).toBeUndefined();
	});

	it('is undefined for an index that runs past the bytes read, even when its boxes start there', () => {
		// A file cut inside the track's media box: the track header is there, the rest is not.
		const whole = movie(trak(tkhd(64, 36), box('mdia', Buffer.alloc(400))));
		expect(readMovieInfo(whole)).toEqual({ duration: 1, width: 64, height: 36 });
		expect(readMovieInfo(whole.subarray(0, whole.length - 200))).toBeUndefined();
	});

	it('is undefined when the movie header gives no time scale', () => {
		const file = Buffer.concat([FTYP, box('moov', mvhd(0, 1000), trak(tkhd(64, 36)))]);
		expect(readMovieInfo(file)).toBeUndefined();
	});

	it.each([
		['empty (8 bytes)', 0],
		['with only its version and flags', 4],
		['cut inside its duration (version 0)', 19],
	])('is undefined for a movie header %s, reading nothing after its end', (_what, payload) => {
		const cut = box('mvhd', mvhd(1000, 3000).subarray(8, 8 + payload));
		const after = box('mdat', u32(0, 600, 1200));
		expect(
			readMovieInfo(Buffer.concat([FTYP, box('moov', trak(tkhd(64, 36)), cut), after])),
		).toBeUndefined();
		expect(
			readMovieInfo(Buffer.concat([FTYP, box('moov', cut, trak(tkhd(64, 36))), after])),
		).toBeUndefined();
	});

	it('is undefined for a version 1 movie header cut inside its 64-bit duration', () => {
		const cut = box('mvhd', mvhd(1000, 3000, 1).subarray(8, 8 + 31));
		expect(
			readMovieInfo(Buffer.concat([FTYP, box('moov', cut, trak(tkhd(64, 36)))])),
		).toBeUndefined();
	});

	it('reads a movie header that ends right after its duration', () => {
		const short0 = box('mvhd', mvhd(1000, 3000).subarray(8, 8 + 20));
		const short1 = box('mvhd', mvhd(1000, 3000, 1).subarray(8, 8 + 32));
		for (const header of [short0, short1])
			expect(readMovieInfo(Buffer.concat([FTYP, box('moov', header, trak(tkhd(64, 36)))]))).toEqual(
				{
					duration: 3,
					width: 64,
					height: 36,
				},
			);
	});

	it('finds the movie header and the track header after other boxes', () => {
		const edts = box('edts', box('elst', u32(0, 1, 1000, 0, 0x10000)));
		expect(
			readMovieInfo(Buffer.concat([FTYP, box('moov', trak(edts, tkhd(64, 36)), mvhd(1000, 2000))])),
		).toEqual({ duration: 2, width: 64, height: 36 });
	});

	it('skips tracks without a picture (sound: 0 × 0; a width but no height) for the video track', () => {
		expect(readMovieInfo(movie(trak(tkhd(0, 0)), trak(tkhd(64, 0)), trak(tkhd(64, 36))))).toEqual({
			duration: 1,
			width: 64,
			height: 36,
		});
	});

	it('takes the picture size from a track only, not from a box of that name elsewhere', () => {
		const udta = box('udta', tkhd(8, 8));
		expect(readMovieInfo(movie(udta, trak(tkhd(64, 36))))).toEqual({
			duration: 1,
			width: 64,
			height: 36,
		});
	});

	it('skips a track header too short for width and height, reading nothing after its end', () => {
		const cut = box('tkhd', tkhd(64, 36).subarray(8, 8 + 68));
		const after = box('free', Buffer.alloc(16, 1));
		expect(readMovieInfo(movie(trak(cut, after), trak(tkhd(64, 36))))).toEqual({
			duration: 1,
			width: 64,
			height: 36,
		});
	});

	describe('swaps width and height only for a quarter turn: a and d of the matrix both 0', () => {
		it.each([
			['a quarter turn', TURNED_90, { width: 36, height: 64 }],
			['three quarter turns', TURNED_270, { width: 36, height: 64 }],
			['a half turn', TURNED_180, { width: 64, height: 36 }],
			// Not turns: a and d are both 0 only in a quarter turn.
			[
				'a matrix with only a = 0',
				[0, 0x10000, 0, 0, 0x10000, 0, 0, 0, 0x40000000],
				{ width: 64, height: 36 },
			],
			[
				'a matrix with only d = 0',
				[0x10000, 0, 0, 0x10000, 0, 0, 0, 0, 0x40000000],
				{ width: 64, height: 36 },
			],
		])('%s', (_what, matrix, size) => {
			expect(readMovieInfo(movie(trak(tkhd(64, 36, matrix))))).toEqual({ duration: 1, ...size });
			expect(
				readMovieInfo(
					Buffer.concat([FTYP, box('moov', mvhd(1000, 1000), trak(tkhd(64, 36, matrix, 1)))]),
				),
			).toEqual({ duration: 1, ...size });
		});
	});
});
