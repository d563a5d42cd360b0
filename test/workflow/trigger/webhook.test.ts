import type { ICredentialTestFunctions } from 'n8n-workflow';

import { LeonardoAiTrigger } from '../../../nodes/LeonardoAi/LeonardoAiTrigger.node';
import { generated, useSandbox } from '../../harness/context';
import { callTrigger } from '../../harness/runWebhook';

const KEY = 'whk-secret';
const signed = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const PNG_1X1 =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let sequence = 0;
/** A fresh generation id per test: the trigger remembers the ids it has seen within the process. */
const newId = () => `0b7e2a1c-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** Leonardo's documented callback body ("Guide to the Webhook Callback Feature"), trimmed. */
function callbackBody(object: Record<string, unknown>) {
	return {
		type: 'image_generation.complete',
		object: 'generation',
		timestamp: 1699490546932,
		api_version: 'v1',
		data: { object: { status: 'COMPLETE', prompt: 'a fox', ...object } },
	};
}

const images = (...urls: string[]) => urls.map((url, n) => ({ id: `img-${n}`, url, nsfw: false }));

describe('Leonardo AI Trigger: what a callback may make n8n download', () => {
	const ctx = useSandbox();

	it('downloads from a listed loopback host and port over http (the sandbox), as binary image_0', async () => {
		const { sandbox } = ctx;
		const generation = await generated(sandbox);
		sandbox.reset();
		const id = String(generation.generationId);
		const { status, items } = await callTrigger({
			credentials: {
				webhookApiKey: KEY,
				downloadHosts: `cdn.leonardo.ai, ${new URL(sandbox.s3Url).host}`,
			},
			headers: signed,
			body: callbackBody({ id, images: images(`${sandbox.s3Url}/generations/${id}/0.png`) }),
		});
		expect(status).toBe(200);
		expect(items![0].json.images).toEqual([
			expect.not.objectContaining({ downloadError: expect.anything() }),
		]);
		expect(items![0].binary!.image_0).toMatchObject({ mimeType: 'image/png' });
		expect(sandbox.requestsTo('cdn', 'GET')).toHaveLength(1);
	});

	it('fetches nothing from an unlisted host (http://127.0.0.1:<port>/internal-admin): the image keeps its JSON and gets a downloadError', async () => {
		const { sandbox } = ctx;
		const port = new URL(sandbox.s3Url).port;
		const url = `${sandbox.s3Url}/internal-admin?token=secret`;
		for (const downloadHosts of [undefined, 'cdn.leonardo.ai', `127.0.0.1:${Number(port) + 1}`]) {
			const { status, items } = await callTrigger({
				credentials: { webhookApiKey: KEY, downloadHosts },
				headers: signed,
				body: callbackBody({ id: newId(), images: images(url) }),
			});
			expect(status).toBe(200);
			const [image] = items![0].json.images as Array<Record<string, unknown>>;
			expect(image).toMatchObject({ id: 'img-0', url });
			expect(image.downloadError).toMatch(
				new RegExp(
					`^Not downloaded: 127\\.0\\.0\\.1:${port} is not in "Allowed Download Hosts" of the Leonardo AI Webhook API credential`,
				),
			);
			expect(image.downloadError).not.toMatch(/internal-admin|secret/);
			expect(items![0].binary).toBeUndefined();
		}
		// The stand-in server saw no request at all.
		expect(sandbox.requests).toEqual([]);
		expect(sandbox.elsewhereRequests).toEqual([]);
	});

	it('refuses a data: URL', async () => {
		const { status, items } = await callTrigger({
			credentials: { webhookApiKey: KEY, downloadHosts: 'cdn.leonardo.ai' },
			headers: signed,
			body: callbackBody({ id: newId(), images: images(`data:image/png;base64,${PNG_1X1}`) }),
		});
		expect(status).toBe(200);
		expect(items![0].binary).toBeUndefined();
		expect((items![0].json.images as Array<Record<string, unknown>>)[0].downloadError).toBe(
			'Not downloaded: the image URL is a data: URL; only https URLs from "Allowed Download Hosts" of the Leonardo AI Webhook API credential are downloaded.',
		);
	});

	it('of 60 images downloads exactly the first 16, never more than 4 at once; the other 44 carry a downloadError', async () => {
		const { sandbox } = ctx;
		const generation = await generated(sandbox);
		sandbox.reset();
		const id = String(generation.generationId);
		const urls = Array.from(
			{ length: 60 },
			(_, n) => `${sandbox.s3Url}/generations/${id}/${n}.png`,
		);
		sandbox.latency.s3 = 60;
		try {
			const { status, items } = await callTrigger({
				credentials: { webhookApiKey: KEY, downloadHosts: new URL(sandbox.s3Url).host },
				headers: signed,
				body: callbackBody({ id, images: images(...urls) }),
			});
			expect(status).toBe(200);
			const got = items![0].json.images as Array<Record<string, unknown>>;
			expect(got).toHaveLength(60);
			expect(sandbox.requestsTo('cdn', 'GET')).toHaveLength(16);
			expect(sandbox.requestsTo('cdn', 'GET').map((r) => r.path)).toEqual(
				urls.slice(0, 16).map((url) => new URL(url).pathname),
			);
			expect(sandbox.maxInFlight.s3).toBe(4);
			expect(Object.keys(items![0].binary!).sort()).toEqual(
				Array.from({ length: 16 }, (_, n) => `image_${n}`).sort(),
			);
			expect(got.slice(0, 16).filter((image) => image.downloadError)).toEqual([]);
			const skipped = got.slice(16);
			expect(skipped).toHaveLength(44);
			for (const image of skipped)
				expect(image.downloadError).toBe(
					'Not downloaded: the trigger downloads at most 16 images per callback. Fetch this one with Generation → Get.',
				);
		} finally {
			sandbox.latency.s3 = 0;
		}
	});
});

describe('Leonardo AI Trigger: malformed callbacks never crash, Leonardo still gets its 200', () => {
	const credentials = { webhookApiKey: KEY, downloadHosts: 'cdn.leonardo.ai' };

	it('"images" that is not a list: the workflow starts without images, and says why in the log', async () => {
		for (const value of ['nope', { 0: { url: 'https://cdn.leonardo.ai/a.png' } }, 42, null]) {
			const { status, items, warnings } = await callTrigger({
				credentials,
				headers: signed,
				body: callbackBody({ id: newId(), images: value }),
			});
			expect(status).toBe(200);
			expect(items).toHaveLength(1);
			expect(items![0].json).toMatchObject({ status: 'COMPLETE', images: [] });
			expect(items![0].binary).toBeUndefined();
			expect(warnings).toEqual([expect.stringContaining('"images" is not a list')]);
		}
	});

	it('entries that are not objects are left out; one without a URL gets a downloadError', async () => {
		const { status, items } = await callTrigger({
			credentials,
			headers: signed,
			body: callbackBody({ id: newId(), images: [null, 'x', 7, [], { id: 'no-url' }] }),
		});
		expect(status).toBe(200);
		expect(items![0].json.images).toEqual([
			{
				id: 'no-url',
				generated_image_variation_generics: [],
				downloadError: 'Not downloaded: the image URL in the callback is not a valid URL.',
			},
		]);
	});

	it('a body without "data.object", or no JSON object at all, is answered 200 and ignored with a log line', async () => {
		for (const body of [
			{ type: 'image_generation.complete', data: {} },
			{ type: 'image_generation.complete', data: { object: 'generation' } },
			{ type: 'image_generation.complete' },
			'not json',
			[],
			undefined,
		]) {
			const { status, answer, items, warnings } = await callTrigger({
				credentials,
				headers: signed,
				body,
			});
			expect(status).toBe(200);
			expect(answer).toEqual({ received: true });
			expect(items).toBeUndefined();
			expect(warnings).toEqual([expect.stringMatching(/^Leonardo AI Trigger: ignored a callback/)]);
		}
	});

	it('anything that still goes wrong after the 200 is logged, never thrown (n8n would answer a second time)', async () => {
		const body = callbackBody({ id: newId() });
		Object.defineProperty(body.data.object, 'images', {
			enumerable: true,
			get: () => {
				throw new Error('unreadable images');
			},
		});
		const call = callTrigger({ credentials, headers: signed, body });
		await expect(call).resolves.toMatchObject({ status: 200, items: undefined });
		expect((await call).warnings).toEqual([
			expect.stringMatching(/could not be read: unreadable images$/),
		]);
	});

	it('a callback without an id is never taken for a duplicate; one with an id is, the second time', async () => {
		for (const object of [{}, { id: null }, { id: '' }, { id: { nested: true } }]) {
			for (let n = 0; n < 2; n++) {
				const { status, items } = await callTrigger({
					credentials,
					headers: signed,
					body: callbackBody({ ...object, images: [] }),
				});
				expect(status).toBe(200);
				expect(items).toHaveLength(1);
			}
		}
		const id = newId();
		const first = await callTrigger({ credentials, headers: signed, body: callbackBody({ id }) });
		const second = await callTrigger({ credentials, headers: signed, body: callbackBody({ id }) });
		expect(first.items).toHaveLength(1);
		expect(second.status).toBe(200);
		expect(second.items).toBeUndefined();
	});
});

describe('Leonardo AI Trigger: the webhook key, trimmed alike by the check and the credential test', () => {
	const test = new LeonardoAiTrigger().methods.credentialTest.webhookKeyIsSet;
	const credentialTest = async (webhookApiKey: string) =>
		await test.call({} as ICredentialTestFunctions, {
			id: '1',
			name: 'Leonardo AI Webhook',
			type: 'leonardoAiWebhookApi',
			data: { webhookApiKey },
		});

	it('a key saved with surrounding spaces passes the credential test and accepts the callback', async () => {
		expect(await credentialTest(`  ${KEY}\t `)).toMatchObject({ status: 'OK' });
		const { status, items } = await callTrigger({
			credentials: { webhookApiKey: `  ${KEY}\t `, downloadHosts: 'cdn.leonardo.ai' },
			headers: signed,
			body: callbackBody({ id: newId(), images: [] }),
		});
		expect(status).toBe(200);
		expect(items).toHaveLength(1);
	});

	it('a key of spaces only fails the credential test and refuses every callback', async () => {
		expect(await credentialTest('   ')).toMatchObject({ status: 'Error' });
		for (const authorization of ['Bearer    ', 'Bearer  ', `Bearer ${KEY}`]) {
			const { status, items } = await callTrigger({
				credentials: { webhookApiKey: '   ' },
				headers: { authorization },
				body: callbackBody({ id: newId() }),
			});
			expect(status).toBe(401);
			expect(items).toBeUndefined();
		}
	});
});
