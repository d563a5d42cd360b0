import { encodePng } from '../../sandbox/png';
import { S3_FORM_ORDER, fileItem, fixture, run, useSandbox } from '../../harness/context';

const upload = { parameters: { resource: 'initImage', operation: 'upload' } };
const uploadCanvas = { parameters: { resource: 'initImage', operation: 'uploadCanvas' } };
const uploadMedia = { parameters: { resource: 'media', operation: 'upload' } };
const photo = () => fileItem('photo-640x480.png');

const BUG_HINT =
	'The upload form did not match what Leonardo signed. This is a bug in the node: please report it with this message.';
const PROXY_HINT =
	'Storage refused the upload. Make sure no proxy adds an Authorization header to requests to the upload URL.';
const TRY_AGAIN_HINT =
	'Try again; if it persists, check the network between n8n and the upload URL.';
const CLOCK_HINT =
	"The upload URL expired (it lives 2 minutes). A fresh one was requested and also expired: check that this machine's clock is right.";

const s3Answer = (status: number, body: string) => ({
	server: 's3',
	method: 'POST',
	status,
	headers: { 'Content-Type': 'application/xml' },
	body,
});
const s3Error = (code: string, message: string) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>`;

/** A presign answer put together by hand (the sandbox's own presigns are real ones). */
const presignAnswer = (uploadInitImage: Record<string, unknown> | undefined) => ({
	server: 'api',
	method: 'POST',
	path: '/init-image',
	status: 200,
	body: uploadInitImage === undefined ? {} : { uploadInitImage },
});

describe('the presigned S3 upload', () => {
	const ctx = useSandbox();

	describe('the form', () => {
		it.each([
			['a JSON string', 'json'],
			['an object', 'object'],
			['JSON encoded twice', 'twice'],
		])(
			'sends the fields (as %s) verbatim in their order, the file last, with an exact Content-Length and no Authorization',
			async (_name, encoding) => {
				const { sandbox } = ctx;
				sandbox.presignFields = encoding;
				const result = await run(sandbox, [upload], [photo()]);

				expect(result.error?.message).toBeUndefined();
				const [post] = sandbox.requestsTo('s3', 'POST');
				expect(post.fields).toEqual(S3_FORM_ORDER);
				expect(post.headers['content-length']).toBe(String(post.bytes));
				expect(post.headers['transfer-encoding']).toBeUndefined();
				expect(post.headers.authorization).toBeUndefined();
				expect(post.uploadedKey).toBe(result.output[0].json.key);
				expect(
					sandbox.state.objects.get(post.uploadedKey).data.equals(fixture('photo-640x480.png')),
				).toBe(true);
			},
		);
	});

	describe("Leonardo's presign answer", () => {
		it.each([
			[
				'fields that are not JSON',
				{ id: 'up-1', url: 'http://127.0.0.1:9/', fields: '{not json' },
				'the fields were not a JSON object',
			],
			[
				'fields that are a JSON list',
				{ id: 'up-1', url: 'http://127.0.0.1:9/', fields: '[["key","k"]]' },
				'the fields were not a JSON object',
			],
			['no answer object at all', undefined, 'the fields were not a JSON object'],
			[
				'no upload id',
				{ url: 'http://127.0.0.1:9/', fields: '{"key":"k"}' },
				'the id or URL was missing',
			],
			['no URL', { id: 'up-1', url: '', fields: '{"key":"k"}' }, 'the id or URL was missing'],
		])('with %s is refused before any upload', async (_name, answer, what) => {
			const { sandbox } = ctx;
			sandbox.faults.push(presignAnswer(answer));
			const result = await run(sandbox, [upload], [photo()]);

			expect(result.error.message).toBe(
				"Leonardo's answer to the upload request was not in the expected shape",
			);
			expect(result.error.description).toBe(
				`It should hold an upload id, a URL and form fields (a JSON object); ${what}. Try again; if it persists, the API may have changed.`,
			);
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
			expect(sandbox.requestsTo('s3')).toEqual([]);
		});
	});

	describe("S3's answer", () => {
		it('counts a 200 (success_action_status 200) as uploaded, like the usual 204', async () => {
			const { sandbox } = ctx;
			sandbox.faults.push({ server: 's3', method: 'POST', status: 200, body: '' });
			const result = await run(sandbox, [upload], [photo()]);
			expect(result.error?.message).toBeUndefined();
			const { id, key } = result.output[0].json;
			expect(key).toBe(`sandbox/${id}/image.png`);
			expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(1);
		});

		it('does not count a 300 as uploaded: it is a redirect, not followed', async () => {
			const { sandbox } = ctx;
			sandbox.faults.push({ server: 's3', method: 'POST', status: 300, body: '' });
			const result = await run(sandbox, [upload], [photo()]);
			const host = new URL(sandbox.s3Url).host;
			expect(result.error.message).toBe(
				'The image upload URL answered with a redirect (300) without a target',
			);
			expect(result.error.description).toBe(
				`The node does not follow redirects on uploads: the image was not stored. Leonardo's upload URL (${host}) should accept the upload itself; if a proxy sits between n8n and it, let it pass such requests through.`,
			);
			expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(1);
		});

		it.each([
			[
				'EntityTooSmall',
				s3Answer(
					400,
					s3Error(
						'EntityTooSmall',
						'Your proposed upload is smaller than the minimum allowed size',
					),
				),
				'Image upload rejected by storage: EntityTooSmall – Your proposed upload is smaller than the minimum allowed size',
				'The image file is too small or empty.',
			],
			[
				'EntityTooLarge',
				s3Answer(
					400,
					s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'),
				),
				'Image upload rejected by storage: EntityTooLarge – Your proposed upload exceeds the maximum allowed size',
				'The image is larger than Leonardo accepts: resize or compress it first (e.g. with the Edit Image node).',
			],
			[
				'SignatureDoesNotMatch',
				s3Answer(
					403,
					s3Error(
						'SignatureDoesNotMatch',
						'The request signature we calculated does not match the signature you provided.',
					),
				),
				'Image upload rejected by storage: SignatureDoesNotMatch – The request signature we calculated does not match the signature you provided.',
				BUG_HINT,
			],
			[
				'a failed policy condition',
				s3Answer(
					403,
					s3Error(
						'AccessDenied',
						'Invalid according to Policy: Policy Condition failed: ["eq", "$key", "a.png"]',
					),
				),
				'Image upload rejected by storage: AccessDenied – Invalid according to Policy: Policy Condition failed: ["eq", "$key", "a.png"]',
				BUG_HINT,
			],
			[
				'an extra field',
				s3Answer(
					403,
					s3Error('AccessDenied', 'Invalid according to Policy: Extra input fields: acl'),
				),
				'Image upload rejected by storage: AccessDenied – Invalid according to Policy: Extra input fields: acl',
				BUG_HINT,
			],
			[
				'a plain 403',
				s3Answer(403, s3Error('AccessDenied', 'Access Denied')),
				'Image upload rejected by storage: AccessDenied – Access Denied',
				PROXY_HINT,
			],
			[
				'another refusal',
				s3Answer(
					400,
					s3Error('InvalidArgument', 'POST requires exactly one file upload per request.'),
				),
				'Image upload rejected by storage: InvalidArgument – POST requires exactly one file upload per request.',
				TRY_AGAIN_HINT,
			],
			[
				'indented XML',
				s3Answer(
					403,
					'<Error>\n  <Code>\n    AccessDenied\n  </Code>\n  <Message>  Access Denied  </Message>\n</Error>',
				),
				'Image upload rejected by storage: AccessDenied – Access Denied',
				PROXY_HINT,
			],
			[
				'a code without a message',
				s3Answer(403, '<Error><Code>AccessDenied</Code></Error>'),
				'Image upload rejected by storage: AccessDenied',
				PROXY_HINT,
			],
			['an empty 403', s3Answer(403, ''), 'Image upload rejected by storage: HTTP 403', PROXY_HINT],
			[
				"a proxy's HTML page",
				{ ...s3Answer(400, '<html><body>Bad Request</body></html>'), headers: {} },
				'Image upload rejected by storage: HTTP 400',
				TRY_AGAIN_HINT,
			],
		])('turns %s into a message and a hint', async (_name, fault, message, description) => {
			const { sandbox } = ctx;
			sandbox.faults.push(fault);
			const result = await run(sandbox, [upload], [photo()]);

			expect(result.error.message).toBe(message);
			// Sent once: the hint stands alone, without a count of tries.
			expect(result.error.description).toBe(description);
			expect(result.error.httpCode).toBe(String(fault.status));
			expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(1);
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		});

		it('names the kind of file it uploads: a video', async () => {
			const { sandbox } = ctx;
			sandbox.faults.push(
				s3Answer(
					400,
					s3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size'),
				),
			);
			const result = await run(sandbox, [uploadMedia], [fileItem('clip-64x36.mp4')]);
			expect(result.error.message).toBe(
				'Video upload rejected by storage: EntityTooLarge – Your proposed upload exceeds the maximum allowed size',
			);
			expect(result.error.description).toBe(
				'The video is larger than Leonardo accepts: trim or compress it first.',
			);
		});
	});

	describe('network failures', () => {
		it('reports a refused connection at once, naming the upload host', async () => {
			const { sandbox } = ctx;
			sandbox.faults.push(
				presignAnswer({ id: 'up-1', url: 'http://127.0.0.1:9/', fields: '{"key":"k"}' }),
			);
			const result = await run(sandbox, [upload], [photo()]);
			expect(result.error.message).toBe("Could not send the image to Leonardo's upload URL");
			expect(result.error.description).toBe(
				'ECONNREFUSED. Check the network between n8n and 127.0.0.1:9.',
			);
		});

		it('tries a reset connection 4 times, then says so', async () => {
			const { sandbox } = ctx;
			for (let i = 0; i < 4; i++)
				sandbox.faults.push({ server: 's3', method: 'POST', reset: true });
			const result = await run(sandbox, [upload], [photo()]);
			const host = new URL(sandbox.s3Url).host;
			expect(result.error.message).toBe("Could not send the image to Leonardo's upload URL");
			expect(result.error.description).toBe(
				`ECONNRESET. Check the network between n8n and ${host}. Tried 4 times.`,
			);
			expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(4);
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(1);
		});
	});

	describe('"Policy expired": one fresh presign', () => {
		it('presigns again once and uploads to the fresh target', async () => {
			const { sandbox } = ctx;
			sandbox.expireNextPresigns = 1;
			const result = await run(sandbox, [upload], [photo()]);
			expect(result.error?.message).toBeUndefined();
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(2);
			const posts = sandbox.requestsTo('s3', 'POST');
			expect(posts).toHaveLength(2);
			expect(posts[0].uploadedKey).toBeUndefined();
			expect(result.output[0].json.key).toBe(posts[1].uploadedKey);
		});

		it('gives up when the fresh one expired too, pointing at the clock', async () => {
			const { sandbox } = ctx;
			sandbox.expireNextPresigns = 2;
			const result = await run(sandbox, [upload], [photo()]);
			expect(result.error.message).toBe(
				'Image upload rejected by storage: AccessDenied – Policy expired',
			);
			expect(result.error.description).toBe(`${CLOCK_HINT} Tried 2 times.`);
			expect(result.error.httpCode).toBe('403');
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(2);
			expect(sandbox.requestsTo('s3', 'POST')).toHaveLength(2);
		});

		it('presigns again once when S3 says the session token among the fields expired', async () => {
			const { sandbox } = ctx;
			sandbox.faults.push(
				s3Answer(400, s3Error('ExpiredToken', 'The provided token has expired.')),
			);
			const result = await run(sandbox, [upload], [photo()]);
			expect(result.error?.message).toBeUndefined();
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(2);
			const posts = sandbox.requestsTo('s3', 'POST');
			expect(posts).toHaveLength(2);
			expect(result.output[0].json.key).toBe(posts[1].uploadedKey);
		});

		it("gives up when the fresh token expired too, in S3's words", async () => {
			const { sandbox } = ctx;
			for (let i = 0; i < 2; i++)
				sandbox.faults.push(
					s3Answer(400, s3Error('ExpiredToken', 'The provided token has expired.')),
				);
			const result = await run(sandbox, [upload], [photo()]);
			expect(result.error.message).toBe(
				'Image upload rejected by storage: ExpiredToken – The provided token has expired.',
			);
			expect(result.error.description).toBe(`${CLOCK_HINT} Tried 2 times.`);
			expect(result.error.httpCode).toBe('400');
			expect(sandbox.requestsTo('api', 'POST', '/init-image')).toHaveLength(2);
		});

		it('presigns both files again when only one of them expired (image and mask)', async () => {
			const { sandbox } = ctx;
			// The canvas presign issues the image's target first: only that one is expired.
			sandbox.expireNextPresigns = 1;
			const png64 = encodePng(64, 64).toString('base64');
			const result = await run(
				sandbox,
				[uploadCanvas],
				[
					{
						json: {},
						binary: {
							data: { data: png64, mimeType: 'image/png', fileName: 'init.png' },
							mask: { data: png64, mimeType: 'image/png', fileName: 'mask.png' },
						},
					},
				],
			);
			expect(result.error?.message).toBeUndefined();
			expect(sandbox.requestsTo('api', 'POST', '/canvas-init-image')).toHaveLength(2);
			const stored = sandbox
				.requestsTo('s3', 'POST')
				.map((post) => post.uploadedKey)
				.filter(Boolean);
			// The mask's first upload, then both fresh ones: the output names the fresh ones.
			expect(stored).toHaveLength(3);
			expect(stored.slice(1).map((key) => key.split('/')[1])).toEqual([
				result.output[0].json.initImageId,
				result.output[0].json.maskImageId,
			]);
		});
	});
});
