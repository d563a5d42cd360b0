import { sleep } from 'n8n-workflow';

import { run } from '../harness/context';
import {
	ALL_EVENTS_WEBHOOK_ID,
	RUNTIMES,
	WEBHOOK_KEY,
	startTriggerServer,
	triggerWorkflow,
} from './trigger';

type Server = Awaited<ReturnType<typeof startTriggerServer>>;

const without = (object: Record<string, unknown>, keys: string[]) =>
	Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

/** The generation an execution of the trigger workflow was started for. */
const generationOf = (execution: {
	data: { resultData: { runData: Record<string, Array<{ data: { main: unknown[][] } }>> } };
}) =>
	(
		execution.data.resultData.runData['Leonardo AI Trigger'][0].data.main[0][0] as {
			json: { generationId: string };
		}
	).json.generationId;

/** Waits until `check` returns something truthy (n8n runs the triggered workflow after answering). */
async function eventually<T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error('Timed out waiting');
		await sleep(250);
	}
}

// The trigger runs in real n8n; the action nodes that start generations and read them run in-process
// (test/harness/runWorkflow.js) against the same sandbox.
describe.each(RUNTIMES)(
	'Leonardo AI Trigger in real n8n $n8n on Node $node (action nodes in-process)',
	(runtime) => {
		let server: Server;

		beforeAll(
			async () => {
				server = await startTriggerServer(runtime);
			},
			20 * 60 * 1000,
		);

		afterAll(async () => await server?.stop());

		it('a generation started without waiting leads to one execution of the active trigger workflow, with the generation and its images', async () => {
			const { sandbox } = server;
			const workflowId = await server.activate(triggerWorkflow());
			sandbox.webhook = { url: server.webhookUrl(), key: WEBHOOK_KEY };

			// Workflow A: the action node starts a generation and does not wait for it.
			const started = await run(sandbox, [
				{
					parameters: {
						resource: 'generation',
						operation: 'create',
						prompt: 'a lighthouse at dusk',
						numImages: 2,
						waitForCompletion: false,
					},
				},
			]);
			const generationId = String(started.output[0].json.generationId);
			expect(started.output[0].json.status).toBe('PENDING');

			const [execution] = await eventually(async () => {
				const list = await server.executions(workflowId);
				return list.length && list[0].status === 'success' ? list : undefined;
			});
			expect(sandbox.callbacks).toEqual([
				expect.objectContaining({ generationId, type: 'image_generation.complete', status: 200 }),
			]);
			const [item] = execution.data.resultData.runData['Leonardo AI Trigger'][0].data.main[0];
			expect(item.json).toMatchObject({
				generationId,
				status: 'COMPLETE',
				event: 'image_generation.complete',
				images: [expect.objectContaining({ url: expect.any(String) }), expect.anything()],
			});
			expect(item.json.raw.data.object.apiKey).toMatchObject({
				key: '[redacted]',
				webhookCallbackApiKey: '[redacted]',
			});
			expect(JSON.stringify(item.json)).not.toContain(WEBHOOK_KEY);
			expect(JSON.stringify(item.json)).not.toContain(sandbox.apiKey);
			expect(item.binary.image_0).toMatchObject({ mimeType: 'image/png' });
			expect(item.binary.image_1).toMatchObject({ mimeType: 'image/png' });

			// A wrong or missing key gets 401; a repeat and an event not chosen get 200; none starts anything.
			expect((await sandbox.sendCallback(generationId, { key: 'not-the-key' })).status).toBe(401);
			expect((await sandbox.sendCallback(generationId, { key: null })).status).toBe(401);
			expect((await sandbox.sendCallback(generationId)).status).toBe(200);
			expect(
				(await sandbox.sendCallback(generationId, { type: 'post_processing.complete' })).status,
			).toBe(200);
			// None of those started an execution: a second generation's callback, sent after them, is the
			// second execution (no fixed wait decides it).
			const marker = await run(sandbox, [
				{
					parameters: {
						resource: 'generation',
						operation: 'create',
						prompt: 'a harbour at dawn',
						waitForCompletion: false,
					},
				},
			]);
			const markerId = String(marker.output[0].json.generationId);
			const executions = await eventually(async () => {
				const list = await server.executions(workflowId);
				return list.some((run) => run.status === 'success' && generationOf(run) === markerId)
					? list
					: undefined;
			});
			expect(executions.map(generationOf).sort()).toEqual([generationId, markerId].sort());

			// The same generation as Generation → Get outputs it: later nodes need no change.
			const got = await run(sandbox, [
				{
					parameters: {
						resource: 'generation',
						operation: 'get',
						generationId,
						downloadImages: false,
					},
				},
			]);
			// Not in Leonardo's callback, so not in the trigger's output: the elements and the images' video URL.
			const fromGet = without(got.output[0].json, ['generation_elements']);
			fromGet.images = (fromGet.images as Array<Record<string, unknown>>).map((image) =>
				without(image, ['motionMP4URL']),
			);
			expect(without(item.json, ['raw', 'event'])).toEqual(fromGet);
		}, 120_000);

		it('All Events passes on an event Leonardo does not document; a failed image download leaves the others and marks that image', async () => {
			const { sandbox } = server;
			const workflowId = await server.activate(
				triggerWorkflow({ events: ['all'] }, ALL_EVENTS_WEBHOOK_ID),
			);
			sandbox.webhook = null;
			const started = await run(sandbox, [
				{
					parameters: {
						resource: 'generation',
						operation: 'create',
						prompt: 'two foxes',
						numImages: 2,
						downloadImages: false,
					},
				},
			]);
			const generationId = String(started.output[0].json.generationId);
			// The first image's download fails at the CDN.
			sandbox.faults.push({
				server: 'cdn',
				method: 'GET',
				path: /\/0\.png$/,
				status: 404,
				body: 'gone',
			});
			const answer = await sandbox.sendCallback(generationId, {
				url: server.webhookUrl(ALL_EVENTS_WEBHOOK_ID),
				key: WEBHOOK_KEY,
				type: 'post_processing.complete',
			});
			expect(answer.status).toBe(200);
			const [execution] = await eventually(async () => {
				const list = await server.executions(workflowId);
				return list.length && list[0].status === 'success' ? list : undefined;
			});
			const [item] = execution.data.resultData.runData['Leonardo AI Trigger'][0].data.main[0];
			expect(item.json).toMatchObject({ generationId, event: 'post_processing.complete' });
			expect(item.json.images[0].downloadError).toMatch(/404/);
			expect(item.json.images[1].downloadError).toBeUndefined();
			expect(Object.keys(item.binary)).toEqual(['image_1']);
		}, 120_000);

		it('the generate-then-notify example: a prompt posted to its webhook starts a generation, Leonardo’s callback saves the image', async () => {
			const { sandbox } = server;
			sandbox.reset();
			const example = await server.activateExample('generate-then-notify.workflow.json');
			await example.start('leonardo-start', { prompt: 'a red kite over the sea' });
			const done = await eventually(async () => {
				const list = await server.executions(example.id);
				return list.length === 2 && list.every((e) => e.status === 'success') ? list : undefined;
			});
			const byNode = (node: string) =>
				done.find((e) => e.data.resultData.runData[node])?.data.resultData.runData[node][0].data
					.main[0];
			const [started] = byNode('Start Generation');
			expect(started.json).toMatchObject({ status: 'PENDING' });
			expect(sandbox.requestsTo('api', 'POST', '/generations')[0].body).toMatchObject({
				prompt: 'a red kite over the sea',
				num_images: 2,
			});
			const [finished] = byNode('Leonardo Finished');
			expect(finished.json).toMatchObject({
				generationId: started.json.generationId,
				status: 'COMPLETE',
			});
			expect(server.savedPng(`${String(started.json.generationId)}_0.png`)).toBe(true);
		}, 120_000);
	},
);
