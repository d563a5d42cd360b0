'use strict';
// What the sandbox's "Leonardo" reads from an uploaded video or audio file: its format (from the
// bytes, whatever the key's extension says) and its duration and size, the way Leonardo's media
// processing reports them in GET /media/{id}. Written from the file formats' specifications, not
// from the node's code.

const ascii = (bytes, start, length) => bytes.toString('latin1', start, start + length);

/** ISO/IEC 14496-12 (MP4) and QuickTime: boxes of a 4-byte size and a 4-byte type. */
function* boxes(bytes, start = 0, end = bytes.length) {
	let offset = start;
	while (offset + 8 <= end) {
		let size = bytes.readUInt32BE(offset);
		let header = 8;
		if (size === 1) {
			if (offset + 16 > end) return;
			size = Number(bytes.readBigUInt64BE(offset + 8));
			header = 16;
		} else if (size === 0) size = end - offset;
		if (size < header || offset + size > end) return;
		yield { type: ascii(bytes, offset + 4, 4), start: offset + header, end: offset + size };
		offset += size;
	}
}

function child(bytes, box, type) {
	for (const inner of boxes(bytes, box.start, box.end)) if (inner.type === type) return inner;
	return undefined;
}

/** 'mp4', 'mov', 'mp3', 'wav', or undefined. */
function sniffMedia(bytes) {
	if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
		const brand = ascii(bytes, 8, 4);
		if (brand === 'qt  ') return 'mov';
		if (brand.startsWith('M4A') || brand.startsWith('M4B')) return undefined;
		return 'mp4';
	}
	if (bytes.length >= 8 && ['moov', 'mdat', 'wide', 'free'].includes(ascii(bytes, 4, 4)))
		return 'mov';
	if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE')
		return 'wav';
	if (bytes.length >= 3 && ascii(bytes, 0, 3) === 'ID3') return 'mp3';
	if (bytes.length >= 4 && mp3Frame(bytes, 0)) return 'mp3';
	return undefined;
}

/** Duration (mvhd) and the first video track's size (tkhd, 16.16 fixed point). */
function probeMovie(bytes) {
	const moov = [...boxes(bytes)].find((box) => box.type === 'moov');
	if (!moov) return undefined;
	const mvhd = child(bytes, moov, 'mvhd');
	if (!mvhd) return undefined;
	const v1 = bytes[mvhd.start] === 1;
	const timescale = bytes.readUInt32BE(mvhd.start + (v1 ? 20 : 12));
	const units = v1
		? Number(bytes.readBigUInt64BE(mvhd.start + 24))
		: bytes.readUInt32BE(mvhd.start + 16);
	let width = null;
	let height = null;
	for (const trak of boxes(bytes, moov.start, moov.end)) {
		if (trak.type !== 'trak') continue;
		const tkhd = child(bytes, trak, 'tkhd');
		if (!tkhd) continue;
		const at = tkhd.start + (bytes[tkhd.start] === 1 ? 88 : 76);
		const w = bytes.readUInt32BE(at) / 65536;
		const h = bytes.readUInt32BE(at + 4) / 65536;
		if (w > 0 && h > 0) {
			width = Math.round(w);
			height = Math.round(h);
			break;
		}
	}
	return timescale ? { duration: units / timescale, width, height } : undefined;
}

/** WAV: the data chunk's size over the fmt chunk's byte rate. */
function probeWav(bytes) {
	let byteRate;
	let dataBytes;
	let offset = 12;
	while (offset + 8 <= bytes.length) {
		const id = ascii(bytes, offset, 4);
		const size = bytes.readUInt32LE(offset + 4);
		if (id === 'fmt ') byteRate = bytes.readUInt32LE(offset + 16);
		if (id === 'data') dataBytes = Math.min(size, bytes.length - offset - 8);
		offset += 8 + size + (size % 2);
	}
	return byteRate && dataBytes !== undefined
		? { duration: dataBytes / byteRate, width: null, height: null }
		: undefined;
}

const MP3_BITRATES = {
	1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320], // MPEG-1 layer III
	2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160], // MPEG-2/2.5 layer III
};
const MP3_RATES = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** An MPEG audio layer III frame header at `offset`: its length and samples, or undefined. */
function mp3Frame(bytes, offset) {
	if (offset + 4 > bytes.length || bytes[offset] !== 0xff || (bytes[offset + 1] & 0xe0) !== 0xe0)
		return undefined;
	const version = (bytes[offset + 1] >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
	const layer = (bytes[offset + 1] >> 1) & 3; // 1 = layer III
	if (version === 1 || layer !== 1) return undefined;
	const bitrate = MP3_BITRATES[version === 3 ? 1 : 2][bytes[offset + 2] >> 4];
	const rate = MP3_RATES[version]?.[(bytes[offset + 2] >> 2) & 3];
	if (!bitrate || !rate) return undefined;
	const padding = (bytes[offset + 2] >> 1) & 1;
	const samples = version === 3 ? 1152 : 576;
	return { length: Math.floor(((samples / 8) * bitrate * 1000) / rate) + padding, samples, rate };
}

/** MP3: the frames counted after the ID3v2 tag (ISO/IEC 11172-3, 13818-3). */
function probeMp3(bytes) {
	let offset = 0;
	if (ascii(bytes, 0, 3) === 'ID3' && bytes.length >= 10)
		offset = 10 + ((bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9]);
	let seconds = 0;
	let frames = 0;
	for (let frame = mp3Frame(bytes, offset); frame; frame = mp3Frame(bytes, offset)) {
		seconds += frame.samples / frame.rate;
		frames += 1;
		offset += frame.length;
	}
	return frames ? { duration: seconds, width: null, height: null } : undefined;
}

/** { duration (seconds), width, height } as the sandbox's Leonardo measures a file, or undefined. */
function probeMedia(bytes, format) {
	try {
		if (format === 'mp4' || format === 'mov') return probeMovie(bytes);
		if (format === 'wav') return probeWav(bytes);
		if (format === 'mp3') return probeMp3(bytes);
	} catch {
		// A damaged file: Leonardo cannot process it either.
	}
	return undefined;
}

const MEDIA_TYPES = { mp4: 'VIDEO', mov: 'VIDEO', mp3: 'AUDIO', wav: 'AUDIO' };
const MEDIA_MIME_TYPES = {
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
};

module.exports = { MEDIA_MIME_TYPES, MEDIA_TYPES, probeMedia, sniffMedia };
