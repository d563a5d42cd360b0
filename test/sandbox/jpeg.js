'use strict';
// Small real JPEGs (jpeg-js, pure JavaScript): the sandbox's Realtime results, and test masks.
const jpeg = require('jpeg-js');

/** A width × height JPEG whose pixel (x, y) is `colour(x, y)` → [r, g, b]. */
function encodeJpeg(width, height, colour, quality = 60) {
	const data = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y += 1)
		for (let x = 0; x < width; x += 1) {
			const offset = (y * width + x) * 4;
			const [r, g, b] = colour(x, y);
			data[offset] = r;
			data[offset + 1] = g;
			data[offset + 2] = b;
			data[offset + 3] = 255;
		}
	return jpeg.encode({ data, width, height }, quality).data;
}

/** An inpainting mask: white (painted anew) in the middle third, black elsewhere. */
function maskJpeg(width, height) {
	return encodeJpeg(width, height, (x, y) => {
		const inside = x > width / 3 && x < (2 * width) / 3 && y > height / 3 && y < (2 * height) / 3;
		return inside ? [255, 255, 255] : [0, 0, 0];
	});
}

module.exports = { encodeJpeg, maskJpeg };
