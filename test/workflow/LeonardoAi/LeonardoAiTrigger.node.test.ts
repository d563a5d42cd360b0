import { callTrigger } from '../../harness/runWebhook';

// The trigger's webhook as n8n and Leonardo see it: the answer Leonardo gets, whether n8n is told the
// answer was already sent (`noWebhookResponse: true` — otherwise n8n would answer a second time), and
// which callbacks start the workflow. No image is downloaded here (test/workflow/trigger/webhook.test.ts).

const KEY = 'whk-secret';
const signed = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const credentials = { webhookApiKey: KEY, downloadHosts: 'cdn.leonardo.ai' };
/** n8n's answer to the webhook was sent by the trigger itself, and nothing starts. */
const answeredOnly = { noWebhookResponse: true };

let sequence = 0;
/** A fresh job id per callback: the trigger remembers the ids it has seen within the process. */
const newId = () => `5c0ffee0-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

function callback(type: string, object: Record<string, unknown>) {
	return { type, object: 'generation', data: { object: { status: 'COMPLETE', ...object } } };
}
const complete = (object: Record<string, unknown>) => callback('image_generation.complete', object);

describe('Leonardo AI Trigger: a callback without the webhook key', () => {
	it('is answered 401 {"message":"Unauthorized"}, and n8n neither answers again nor starts the workflow', async () => {
		for (const authorization of [undefined, '', 'Bearer wrong', `Basic ${KEY}`, KEY]) {
			const call = await callTrigger({
				credentials,
				headers: authorization === undefined ? {} : { authorization },
				body: complete({ id: newId(), images: [] }),
			});
			expect(call.status).toBe(401);
			expect(call.answer).toStrictEqual({ message: 'Unauthorized' });
			expect(call.result).toStrictEqual(answeredOnly);
			expect(call.warnings).toEqual([]);
		}
	});
});

describe('Leonardo AI Trigger: a callback that starts the workflow', () => {
	it('is answered 200 {"received":true}; the item is the generation, the event and the raw body without secrets', async () => {
		const id = newId();
		const body = {
			type: 'image_generation.complete',
			object: 'generation',
			timestamp: 1699490546932,
			api_version: 'v1',
			data: {
				object: {
					id,
					status: 'COMPLETE',
					prompt: 'a fox',
					imageWidth: 1024,
					imageHeight: 768,
					seed: '905778432',
					tokenCost: 0,
					images: [
						{ id: 'c1', url: 'https://cdn.leonardo.ai/c1.png', nsfw: false, generationId: id },
					],
					apiKey: { id: 'k1', key: 'the-api-key', webhookCallbackApiKey: KEY },
				},
			},
		};
		const call = await callTrigger({
			parameters: { downloadImages: false },
			credentials,
			headers: signed,
			body,
		});
		expect(call.status).toBe(200);
		expect(call.answer).toStrictEqual({ received: true });
		expect(call.result).toStrictEqual({
			noWebhookResponse: true,
			workflowData: [
				[
					{
						json: {
							generationId: id,
							status: 'COMPLETE',
							images: [
								{
									id: 'c1',
									url: 'https://cdn.leonardo.ai/c1.png',
									nsfw: false,
									generated_image_variation_generics: [],
								},
							],
							prompt: 'a fox',
							imageWidth: 1024,
							imageHeight: 768,
							seed: 905778432,
							event: 'image_generation.complete',
							raw: {
								type: 'image_generation.complete',
								object: 'generation',
								timestamp: 1699490546932,
								api_version: 'v1',
								data: {
									object: {
										id,
										status: 'COMPLETE',
										prompt: 'a fox',
										imageWidth: 1024,
										imageHeight: 768,
										seed: '905778432',
										tokenCost: 0,
										images: [
											{
												id: 'c1',
												url: 'https://cdn.leonardo.ai/c1.png',
												nsfw: false,
												generationId: id,
											},
										],
										apiKey: { id: 'k1', key: '[redacted]', webhookCallbackApiKey: '[redacted]' },
									},
								},
							},
						},
					},
				],
			],
		});
		expect(call.warnings).toEqual([]);
	});

	it('with Download Images on and no images, the item has no binary', async () => {
		const id = newId();
		const call = await callTrigger({
			credentials,
			headers: signed,
			body: complete({ id, images: [] }),
		});
		expect(call.status).toBe(200);
		expect(call.result.noWebhookResponse).toBe(true);
		expect(call.result.workflowData).toStrictEqual([
			[
				{
					json: {
						generationId: id,
						status: 'COMPLETE',
						images: [],
						event: 'image_generation.complete',
						raw: complete({ id, images: [] }),
					},
				},
			],
		]);
	});
});

describe('Leonardo AI Trigger: which events start the workflow', () => {
	it('by default only image_generation.complete: another event is answered 200 and ignored, silently', async () => {
		for (const parameters of [{}, { events: ['image_generation.complete'] }]) {
			const call = await callTrigger({
				parameters,
				credentials,
				headers: signed,
				body: callback('post_processing.complete', { id: newId() }),
			});
			expect(call.status).toBe(200);
			expect(call.answer).toStrictEqual({ received: true });
			expect(call.result).toStrictEqual(answeredOnly);
			expect(call.warnings).toEqual([]);
		}
	});

	it('with no event chosen, nothing starts', async () => {
		const call = await callTrigger({
			parameters: { events: [] },
			credentials,
			headers: signed,
			body: complete({ id: newId(), images: [] }),
		});
		expect(call.status).toBe(200);
		expect(call.result).toStrictEqual(answeredOnly);
	});

	it('All Events: an event type Leonardo does not document starts it too, named in "event"', async () => {
		for (const events of [['all'], ['image_generation.complete', 'all']]) {
			const id = newId();
			const call = await callTrigger({
				parameters: { events },
				credentials,
				headers: signed,
				body: callback('post_processing.complete', { id }),
			});
			expect(call.status).toBe(200);
			expect(call.result).toStrictEqual({
				noWebhookResponse: true,
				workflowData: [
					[
						{
							json: {
								generationId: id,
								status: 'COMPLETE',
								images: [],
								event: 'post_processing.complete',
								raw: callback('post_processing.complete', { id }),
							},
						},
					],
				],
			});
		}
	});
});

describe('Leonardo AI Trigger: a repeated delivery', () => {
	const run = async (options: {
		body: unknown;
		workflowId?: string;
		nodeId?: string;
		events?: string[];
	}) =>
		await callTrigger({
			parameters: { events: options.events ?? ['all'] },
			credentials,
			headers: signed,
			body: options.body,
			workflowId: options.workflowId,
			nodeId: options.nodeId,
		});

	it('of the same job to the same trigger is answered 200 and starts nothing', async () => {
		const id = newId();
		expect((await run({ body: complete({ id }) })).result.workflowData).toHaveLength(1);
		const again = await run({ body: complete({ id }) });
		expect(again.status).toBe(200);
		expect(again.answer).toStrictEqual({ received: true });
		expect(again.result).toStrictEqual(answeredOnly);
		expect(again.warnings).toEqual([]);
	});

	it('is told apart by workflow, trigger node, event and job: any one differing starts the workflow', async () => {
		const id = newId();
		expect((await run({ body: complete({ id }) })).result.workflowData).toHaveLength(1);
		for (const other of [
			{ body: complete({ id }), workflowId: 'another-workflow' },
			{ body: complete({ id }), nodeId: 'another-trigger' },
			{ body: callback('post_processing.complete', { id }) },
			{ body: complete({ id: newId() }) },
		])
			expect((await run(other)).result.workflowData).toHaveLength(1);
	});

	it('of a job whose callback was ignored as an unwanted event starts the workflow once the event is chosen', async () => {
		const id = newId();
		const body = callback('post_processing.complete', { id });
		const ignored = await run({ body, events: ['image_generation.complete'] });
		expect(ignored.result).toStrictEqual(answeredOnly);
		const wanted = await run({ body, events: ['all'] });
		expect(wanted.result.workflowData).toHaveLength(1);
		expect((await run({ body, events: ['all'] })).result).toStrictEqual(answeredOnly);
	});
});

describe('Leonardo AI Trigger: a callback it cannot use is answered 200, n8n is not asked to answer', () => {
	it('a body not shaped like a callback: ignored, with a log line', async () => {
		const call = await callTrigger({
			credentials,
			headers: signed,
			body: { type: 'image_generation.complete', data: {} },
		});
		expect(call.status).toBe(200);
		expect(call.answer).toStrictEqual({ received: true });
		expect(call.result).toStrictEqual(answeredOnly);
		expect(call.warnings).toEqual([
			'Leonardo AI Trigger: ignored a callback without a "type" and a "data.object" (not shaped like Leonardo\'s webhook callback)',
		]);
	});

	it('a callback that fails to read after the answer: ignored, with a log line naming the error', async () => {
		const body = complete({ id: newId() });
		Object.defineProperty(body.data.object, 'images', {
			enumerable: true,
			get: () => {
				throw new Error('unreadable images');
			},
		});
		const call = await callTrigger({ credentials, headers: signed, body });
		expect(call.status).toBe(200);
		expect(call.answer).toStrictEqual({ received: true });
		expect(call.result).toStrictEqual(answeredOnly);
		expect(call.warnings).toEqual([
			'Leonardo AI Trigger: ignored a callback of type image_generation.complete that could not be read: unreadable images',
		]);
	});
});
