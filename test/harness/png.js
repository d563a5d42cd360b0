'use strict';
// Reading PNG results in tests (kept in JS: it inflates with zlib, which n8n's lint forbids in .ts).
const { inflateSync } = require('zlib');

/** What a PNG's IHDR says (PNG spec, 11.2.2): size, bit depth and colour type (6 = RGBA, 2 = RGB, 0 = grey). */
function pngHeader(bytes) {
	if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('not a PNG: no IHDR');
	return {
		width: bytes.readUInt32BE(16),
		height: bytes.readUInt32BE(20),
		bitDepth: bytes[24],
		colourType: bytes[25],
	};
}

/**
 * The alpha value of every pixel of an 8-bit RGBA PNG whose rows all use filter 0 (as the sandbox
 * writes them), read from its inflated IDAT data.
 */
function alphaValues(bytes) {
	const { width, height, bitDepth, colourType } = pngHeader(bytes);
	if (bitDepth !== 8 || colourType !== 6)
		throw new Error(`not an 8-bit RGBA PNG (bit depth ${bitDepth}, colour type ${colourType})`);
	const idat = [];
	for (let offset = 8; offset < bytes.length; ) {
		const length = bytes.readUInt32BE(offset);
		if (bytes.subarray(offset + 4, offset + 8).toString('latin1') === 'IDAT')
			idat.push(bytes.subarray(offset + 8, offset + 8 + length));
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const row = width * 4 + 1;
	const alphas = [];
	for (let y = 0; y < height; y++) {
		if (raw[y * row] !== 0) throw new Error(`row ${y} uses PNG filter ${raw[y * row]}`);
		for (let x = 0; x < width; x++) alphas.push(raw[y * row + 1 + x * 4 + 3]);
	}
	return alphas;
}

module.exports = { alphaValues, pngHeader };
