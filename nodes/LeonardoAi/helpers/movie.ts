/**
 * A video's length and picture size, read from the first bytes of an MP4 or QuickTime file (ISO/IEC
 * 14496-12; Apple's QuickTime File Format): the movie header (`moov` → `mvhd`: time scale and
 * duration) and the first track with a picture (`trak` → `tkhd`: width and height, 16.16 fixed
 * point, turned by the track's matrix). Undefined when the `moov` box is not within the bytes (a file
 * written with its index at the end) or is damaged: the caller then waits for Leonardo's measurement.
 */

export interface MovieInfo {
	/** Seconds. */
	duration: number;
	width: number;
	height: number;
}

interface Box {
	type: string;
	start: number;
	end: number;
}

function boxesIn(bytes: Buffer, start: number, end: number): Box[] {
	const found: Box[] = [];
	let offset = start;
	while (offset + 8 <= end) {
		let size = bytes.readUInt32BE(offset);
		let header = 8;
		if (size === 1) {
			if (offset + 16 > end) break;
			size = Number(bytes.readBigUInt64BE(offset + 8));
			header = 16;
		} else if (size === 0) {
			size = end - offset;
		}
		if (size < header) break;
		// A box running past the bytes read: kept only for its start (its header is there).
		found.push({
			type: bytes.toString('latin1', offset + 4, offset + 8),
			start: offset + header,
			end: offset + size,
		});
		offset += size;
	}
	return found;
}

function pictureSize(bytes: Buffer, tkhd: Box): { width: number; height: number } | undefined {
	const version = bytes[tkhd.start];
	// version/flags 4, times and track ID (v0: 4+4+4+4+4, v1: 8+8+4+4+8), reserved 8, layer,
	// alternate group, volume, reserved (8), matrix (36), then width and height.
	const matrix = tkhd.start + (version === 1 ? 52 : 40);
	const sizeAt = matrix + 36;
	if (sizeAt + 8 > tkhd.end) return undefined;
	const width = Math.round(bytes.readUInt32BE(sizeAt) / 65536);
	const height = Math.round(bytes.readUInt32BE(sizeAt + 4) / 65536);
	if (!width || !height) return undefined;
	// A quarter turn (a phone held upright): the matrix's a and d are 0, the picture is shown turned.
	const turned = bytes.readInt32BE(matrix) === 0 && bytes.readInt32BE(matrix + 16) === 0;
	return turned ? { width: height, height: width } : { width, height };
}

export function readMovieInfo(bytes: Buffer): MovieInfo | undefined {
	try {
		const moov = boxesIn(bytes, 0, bytes.length).find((box) => box.type === 'moov');
		if (!moov || moov.end > bytes.length) return undefined;
		const inMoov = boxesIn(bytes, moov.start, moov.end);
		const mvhd = inMoov.find((box) => box.type === 'mvhd');
		if (!mvhd) return undefined;
		const v1 = bytes[mvhd.start] === 1;
		// version/flags 4, times (v0: 4+4, v1: 8+8), time scale 4, duration (v0: 4, v1: 8).
		if (mvhd.start + (v1 ? 32 : 20) > mvhd.end) return undefined;
		const timescale = bytes.readUInt32BE(mvhd.start + (v1 ? 20 : 12));
		const units = v1
			? Number(bytes.readBigUInt64BE(mvhd.start + 24))
			: bytes.readUInt32BE(mvhd.start + 16);
		if (!timescale) return undefined;
		for (const trak of inMoov.filter((box) => box.type === 'trak')) {
			const tkhd = boxesIn(bytes, trak.start, trak.end).find((box) => box.type === 'tkhd');
			const size = tkhd && pictureSize(bytes, tkhd);
			if (size) return { duration: units / timescale, ...size };
		}
		return undefined;
	} catch {
		// Cut short or damaged: not measurable here.
		return undefined;
	}
}
