'use strict';
// The S3 side of the sandbox: presigned POST targets, the POST itself checked the way S3 checks it
// (and a little stricter), the stored objects, and the "CDN" that serves generated images and videos.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const {
	BUCKET,
	EXTENSIONS,
	MAX_FORM_BYTES_WITHOUT_FILE,
	MAX_UPLOAD_BYTES,
	MIME_BY_EXTENSION,
	readBody,
	s3Error,
	sleep,
	sniff,
} = require('./common');
const { MEDIA_MIME_TYPES, sniffMedia } = require('./mediaFiles');
const { parseBoundary, parseMultipart } = require('./multipart');
const { RESULT_FILES } = require('./api/audio3d');
const { encodePng } = require('./png');

/** Every video result is this real 1-second MP4 (made by scripts/make-fixtures.sh). */
const VIDEO = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'clip-64x36.mp4'));

function createS3Emulator({
	sandbox,
	state,
	secret,
	presignTtlMs,
	track,
	takeFault,
	applyFault,
	checkLeak,
	url,
}) {
	const issued = new Map(); // key → expected fields in order

	/**
	 * How long S3 (uploads and the CDN) takes to answer: its latency, or with `sandbox.s3Gather`
	 * ({ count, withinMs }) the first requests are held until `count` of them are in flight at once
	 * (or `withinMs` passed), and a tenth of a second more for any others the client sent with them;
	 * then every request is answered at once. A test of how many requests a client sends at once
	 * then reads `maxInFlight` without racing the clock of a busy machine.
	 */
	async function s3Delay() {
		const gather = sandbox.s3Gather;
		if (!gather) return await sleep(sandbox.latency.s3);
		const until = Date.now() + gather.withinMs;
		while (gather.reachedAt === undefined && Date.now() < until) {
			if (sandbox.inFlight.s3 >= gather.count) gather.reachedAt = Date.now();
			else await sleep(5);
		}
		const settled = (gather.reachedAt ?? Date.now()) + 100;
		if (Date.now() < settled) await sleep(settled - Date.now());
	}

	/**
	 * A presigned POST for one object; media uploads (api/media.js) name theirs `media.<ext>`, 3D
	 * models (api/uploads.js) `model.obj` with the content type they give.
	 */
	function presign(extension, name = 'image', type = undefined) {
		const id = crypto.randomUUID();
		const key = `sandbox/${id}/${name}.${extension}`;
		const expired = sandbox.expireNextPresigns > 0;
		if (expired) sandbox.expireNextPresigns -= 1;
		const date = new Date();
		const amzDate = date
			.toISOString()
			.replace(/[-:]/g, '')
			.replace(/\.\d+Z$/, 'Z');
		const credential = `SANDBOXKEY/${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request`;
		const token = crypto.randomBytes(24).toString('base64');
		const contentType = type ?? MIME_BY_EXTENSION[extension] ?? MEDIA_MIME_TYPES[extension];
		const policy = Buffer.from(
			JSON.stringify({
				expiration: new Date(date.getTime() + (expired ? -1000 : presignTtlMs)).toISOString(),
				conditions: [
					{ 'Content-Type': contentType },
					{ bucket: BUCKET },
					{ key },
					{ 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
					{ 'X-Amz-Credential': credential },
					{ 'X-Amz-Date': amzDate },
					{ 'X-Amz-Security-Token': token },
					['content-length-range', 1, MAX_UPLOAD_BYTES],
				],
			}),
		).toString('base64');
		const fields = {
			'Content-Type': contentType,
			bucket: BUCKET,
			'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
			'X-Amz-Credential': credential,
			'X-Amz-Date': amzDate,
			'X-Amz-Security-Token': token,
			key,
			Policy: policy,
			'X-Amz-Signature': crypto.createHmac('sha256', secret).update(policy).digest('hex'),
		};
		issued.set(key, fields);
		const encoded =
			sandbox.presignFields === 'object'
				? { ...fields }
				: sandbox.presignFields === 'twice'
					? JSON.stringify(JSON.stringify(fields))
					: JSON.stringify(fields);
		return { id, key, url: `${url()}/`, fields: encoded, expected: fields };
	}

	async function handleS3(req, res) {
		track('s3', res);
		const body = await readBody(req);
		checkLeak('s3', req, body);
		await s3Delay();
		const record = {
			server: 's3',
			method: req.method,
			path: req.url,
			headers: req.headers,
			bytes: body.length,
		};
		sandbox.requests.push(record);
		const fault = takeFault('s3', req, req.url);
		if (fault) return applyFault(fault, req, res);

		if (req.method === 'GET') {
			const object = state.objects.get(decodeURIComponent(req.url.slice(1).split('?')[0]));
			if (!object) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
			const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range || '');
			if (range) {
				const start = Number(range[1]);
				const end = Math.min(
					object.data.length - 1,
					range[2] ? Number(range[2]) : object.data.length - 1,
				);
				res.writeHead(206, {
					'Content-Type': object.contentType,
					'Content-Range': `bytes ${start}-${end}/${object.data.length}`,
				});
				return res.end(object.data.subarray(start, end + 1));
			}
			res.writeHead(200, {
				'Content-Type': object.contentType,
				'Content-Length': object.data.length,
			});
			return res.end(object.data);
		}
		if (req.method !== 'POST' || req.url !== '/')
			return s3Error(
				res,
				405,
				'MethodNotAllowed',
				'The specified method is not allowed against this resource.',
			);
		if (req.headers.authorization) {
			return s3Error(
				res,
				403,
				'AccessDenied',
				'Only one auth mechanism allowed; only the X-Amz-Algorithm form field or the Authorization header may be specified',
			);
		}
		if (/chunked/i.test(req.headers['transfer-encoding'] || '')) {
			return s3Error(
				res,
				501,
				'NotImplemented',
				'A header you provided implies functionality that is not implemented',
				'<Header>Transfer-Encoding</Header>',
			);
		}
		if (req.headers['content-length'] === undefined)
			return s3Error(
				res,
				411,
				'MissingContentLength',
				'You must provide the Content-Length HTTP header.',
			);
		const boundary = parseBoundary(req.headers['content-type']);
		if (!boundary)
			return s3Error(
				res,
				412,
				'PreconditionFailed',
				'Bucket POST must be of the enclosure-type multipart/form-data',
			);
		const parsed = parseMultipart(body, boundary);
		if (parsed.error)
			return s3Error(
				res,
				400,
				'MalformedPOSTRequest',
				`The body of your POST request is not well-formed multipart/form-data (${parsed.error}).`,
			);
		record.fields = parsed.parts.map((p) => p.name);

		const fileIndex = parsed.parts.findIndex((p) => p.name === 'file');
		if (fileIndex < 0)
			return s3Error(
				res,
				400,
				'InvalidArgument',
				'POST requires exactly one file upload per request.',
			);
		if (fileIndex !== parsed.parts.length - 1) {
			// Real S3 ignores everything after the file; a client that puts fields there is broken.
			return s3Error(
				res,
				400,
				'InvalidArgument',
				"Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.",
			);
		}
		const fields = parsed.parts.slice(0, fileIndex);
		const file = parsed.parts[fileIndex];
		if (body.length - file.data.length > MAX_FORM_BYTES_WITHOUT_FILE)
			return s3Error(
				res,
				400,
				'MaxPostPreDataLengthExceeded',
				'Your POST request fields preceding the upload file were too large.',
			);
		const keyField = fields.find((f) => f.name === 'key');
		if (!keyField)
			return s3Error(
				res,
				400,
				'InvalidArgument',
				"Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.",
			);
		const expected = issued.get(keyField.data.toString('utf8'));
		if (!expected)
			return s3Error(
				res,
				403,
				'AccessDenied',
				'Invalid according to Policy: Policy Condition failed: ["eq", "$key", "(unknown)"]',
			);
		const policyField = fields.find((f) => f.name === 'Policy');
		const signatureField = fields.find((f) => f.name === 'X-Amz-Signature');
		if (!policyField || !signatureField)
			return s3Error(
				res,
				403,
				'AccessDenied',
				'Invalid according to Policy: Policy Condition failed: missing Policy or X-Amz-Signature',
			);
		const signature = crypto
			.createHmac('sha256', secret)
			.update(policyField.data.toString('utf8'))
			.digest('hex');
		if (signature !== signatureField.data.toString('utf8')) {
			return s3Error(
				res,
				403,
				'SignatureDoesNotMatch',
				'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
			);
		}
		const policy = JSON.parse(
			Buffer.from(policyField.data.toString('utf8'), 'base64').toString('utf8'),
		);
		if (Date.parse(policy.expiration) < Date.now())
			return s3Error(res, 403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
		for (const field of fields) {
			if (!(field.name in expected))
				return s3Error(
					res,
					403,
					'AccessDenied',
					`Invalid according to Policy: Extra input fields: ${field.name}`,
				);
		}
		for (const [name, value] of Object.entries(expected)) {
			const field = fields.find((f) => f.name === name);
			if (!field || field.data.toString('utf8') !== value) {
				return s3Error(
					res,
					403,
					'AccessDenied',
					`Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${value.slice(0, 40)}"]`,
				);
			}
		}
		// Stricter than S3: the fields must come exactly in the order Leonardo issued them.
		const order = fields.map((f) => f.name).join(',');
		if (order !== Object.keys(expected).join(',')) {
			return s3Error(
				res,
				400,
				'InvalidArgument',
				`Sandbox: form fields out of order (${order}); send them as received`,
			);
		}
		const range = policy.conditions.find(
			(c) => Array.isArray(c) && c[0] === 'content-length-range',
		);
		if (range && file.data.length > range[2])
			return s3Error(
				res,
				400,
				'EntityTooLarge',
				'Your proposed upload exceeds the maximum allowed size',
			);
		if (range && file.data.length < range[1])
			return s3Error(
				res,
				400,
				'EntityTooSmall',
				'Your proposed upload is smaller than the minimum allowed size',
			);

		const key = keyField.data.toString('utf8');
		const extension = key.split('.').pop();
		// What the key says the file is, and what its bytes are (Leonardo trips over a mismatch later).
		const declared = EXTENSIONS[extension] ?? (MEDIA_MIME_TYPES[extension] && extension);
		state.objects.set(key, {
			// `keepUploads: false` (the benchmark's thousand files): only the size is kept.
			data: sandbox.keepUploads === false ? Buffer.alloc(0) : Buffer.from(file.data),
			bytes: file.data.length,
			contentType: expected['Content-Type'],
			declared,
			actual: sniff(file.data) ?? sniffMedia(file.data),
			storedAt: Date.now(),
		});
		issued.delete(key);
		record.uploadedKey = key;
		res.writeHead(204);
		res.end();
	}

	// Generated images are served from the "CDN" (the S3 server): no credential there.
	const pngCache = new Map();
	function handle(req, res) {
		const m =
			/^\/generations\/([^/]+)\/(\d+)\.(png|mp4|jpg|webp|mp3|wav|glb)$/.exec(req.url) ??
			/^\/variations\/([^/]+)\.png$/.exec(req.url);
		if (req.method === 'GET' && m) {
			track('s3', res);
			return readBody(req).then(async () => {
				checkLeak('cdn', req);
				await s3Delay();
				sandbox.requests.push({
					server: 'cdn',
					method: 'GET',
					path: req.url,
					headers: req.headers,
				});
				const fault = takeFault('cdn', req, req.url);
				if (fault && !fault.trickleMs) return applyFault(fault, req, res);
				// A slow but steady server: the real file in eight pieces, `trickleMs` apart.
				const send = async (data) => {
					if (!fault) return res.end(data);
					const piece = Math.ceil(data.length / 8);
					for (let start = 0; start < data.length; start += piece) {
						res.write(data.subarray(start, start + piece));
						await sleep(fault.trickleMs);
					}
					res.end();
				};
				const job = m[2] === undefined ? state.variations.get(m[1]) : state.generations.get(m[1]);
				const result = RESULT_FILES[m[3]];
				if (!job || (m[3] === 'mp4' && !job.video) || (result && job.result !== m[3])) {
					return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
				}
				// A result with its own file (api/imageTools.js: a cut-out, an upscale's stand-in).
				if (job.file) {
					res.writeHead(200, { 'Content-Type': job.fileType, 'Content-Length': job.file.length });
					return send(job.file);
				}
				// An audio or 3D generation's file (api/audio3d.js).
				if (result) {
					res.writeHead(200, {
						'Content-Type': result.contentType,
						'Content-Length': result.data.length,
					});
					return send(result.data);
				}
				if (m[3] === 'mp4') {
					res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': VIDEO.length });
					return send(VIDEO);
				}
				const sizeKey = `${job.width}x${job.height}`;
				if (!pngCache.has(sizeKey)) pngCache.set(sizeKey, encodePng(job.width, job.height));
				const data = pngCache.get(sizeKey);
				res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': data.length });
				return send(data);
			});
		}
		handleS3(req, res).catch((error) => s3Error(res, 500, 'InternalError', String(error)));
	}
	return { presign, handle };
}

module.exports = { createS3Emulator };
