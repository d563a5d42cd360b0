'use strict';
// Minimal PNG encoder (RGB, 8 bit) for generated images and test fixtures.
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(buffer) {
	let crc = 0xffffffff;
	for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** A width×height PNG with a diagonal gradient between two colours. */
function encodePng(width, height, from = [139, 92, 246], to = [236, 72, 153]) {
	const row = width * 3 + 1;
	const raw = Buffer.alloc(row * height);
	for (let y = 0; y < height; y++) {
		raw[y * row] = 0;
		for (let x = 0; x < width; x++) {
			const t = (x / Math.max(1, width - 1) + y / Math.max(1, height - 1)) / 2;
			const offset = y * row + 1 + x * 3;
			for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(from[c] + (to[c] - from[c]) * t);
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // RGB
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

module.exports = { encodePng, chunk };
