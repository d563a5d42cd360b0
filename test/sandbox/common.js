'use strict';
// Constants and small HTTP helpers shared by the sandbox's Leonardo API and S3 emulators.
const API_PREFIX = '/api/rest/v1';
const API_V2_PREFIX = '/api/rest/v2';
const BUCKET = 'leonardo-sandbox-bucket';
const MAX_FORM_BYTES_WITHOUT_FILE = 20 * 1024;
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
const EXTENSIONS = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp' };
const MIME_BY_EXTENSION = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
};

const SANDBOX_USER = { id: 'a1b2c3d4-0000-4000-8000-000000000001', username: 'sandbox' };

const PLATFORM_MODELS = [
	{
		id: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
		name: 'Leonardo Lightning XL',
		description: 'Fast, general purpose.',
		nsfw: false,
		featured: true,
		generated_image: null,
	},
	{
		id: 'de7d3faf-762f-48e0-b3b7-9d0ac3a3fcf3',
		name: 'Leonardo Phoenix 1.0',
		description: 'Prompt adherence and text rendering.',
		nsfw: false,
		featured: true,
		generated_image: null,
	},
	{
		id: 'aa77f04e-3eec-4034-9c07-d0f619684628',
		name: 'Leonardo Kino XL',
		description: 'Cinematic photography.',
		nsfw: false,
		featured: false,
		generated_image: null,
	},
];

function sniff(bytes) {
	if (
		bytes.length >= 8 &&
		bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
	)
		return 'png';
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
		return 'jpeg';
	if (
		bytes.length >= 12 &&
		bytes.toString('latin1', 0, 4) === 'RIFF' &&
		bytes.toString('latin1', 8, 12) === 'WEBP'
	)
		return 'webp';
	return undefined;
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function sleep(ms) {
	return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

function s3Error(res, status, code, message, extra = '') {
	res.writeHead(status, { 'Content-Type': 'application/xml' });
	res.end(
		`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>SANDBOX</RequestId><HostId>sandbox</HostId></Error>`,
	);
}

function apiJson(res, status, body) {
	res.writeHead(status, { 'Content-Type': 'application/json' });
	res.end(JSON.stringify(body));
}

function apiError(res, status, error, code = 'unexpected', path = '$') {
	apiJson(res, status, { error, path, code });
}

function listen(server, port) {
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => resolve(server.address().port)),
	);
}

module.exports = {
	API_PREFIX,
	API_V2_PREFIX,
	BUCKET,
	MAX_FORM_BYTES_WITHOUT_FILE,
	MAX_UPLOAD_BYTES,
	EXTENSIONS,
	MIME_BY_EXTENSION,
	SANDBOX_USER,
	PLATFORM_MODELS,
	sniff,
	readBody,
	sleep,
	s3Error,
	apiJson,
	apiError,
	listen,
};
