'use strict';
// A strict multipart/form-data parser: parts in order, each with its name, filename and bytes.

function parseBoundary(contentType) {
	const match = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(
		contentType || '',
	);
	return match ? match[1] || match[2] : undefined;
}

function parseHeaders(text) {
	const headers = {};
	for (const line of text.split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

/** Returns { parts: [{ name, filename, contentType, data }] } or { error }. */
function parseMultipart(body, boundary) {
	const delimiter = Buffer.from(`--${boundary}`);
	if (!body.subarray(0, delimiter.length).equals(delimiter))
		return { error: 'body does not start with the boundary' };
	const parts = [];
	let position = delimiter.length;
	for (;;) {
		const after = body.subarray(position, position + 2).toString('latin1');
		if (after === '--') return { parts };
		if (after !== '\r\n') return { error: 'malformed boundary line' };
		const headerEnd = body.indexOf('\r\n\r\n', position + 2);
		if (headerEnd < 0) return { error: 'part headers not terminated' };
		const headers = parseHeaders(body.subarray(position + 2, headerEnd).toString('utf8'));
		const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
		if (next < 0) return { error: 'closing boundary missing' };
		const disposition = headers['content-disposition'] || '';
		const name = /\bname="([^"]*)"/.exec(disposition);
		const filename = /\bfilename="([^"]*)"/.exec(disposition);
		if (!/^form-data/i.test(disposition) || !name)
			return { error: 'part without a form-data name' };
		parts.push({
			name: name[1],
			filename: filename ? filename[1] : undefined,
			contentType: headers['content-type'],
			data: body.subarray(headerEnd + 4, next),
		});
		position = next + 2 + delimiter.length;
	}
}

module.exports = { parseBoundary, parseMultipart };
