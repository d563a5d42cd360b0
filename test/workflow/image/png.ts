import { chunk, encodePng } from '../../sandbox/png';

export { alphaValues, pngHeader } from '../../harness/png';

/** A real PNG of the given size. */
export function png(width: number, height: number): Buffer {
	return encodePng(width, height) as Buffer;
}

/** A valid 640×480 PNG made `bytes` larger by a text chunk (a big file with a small picture). */
export function paddedPng(bytes: number): Buffer {
	const small = png(640, 480);
	const iend = small.length - 12;
	const text = Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(bytes, 0x61)]);
	return Buffer.concat([
		small.subarray(0, iend),
		chunk('tEXt', text) as Buffer,
		small.subarray(iend),
	]);
}
