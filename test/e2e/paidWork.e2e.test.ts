import { RUNTIMES, useExamples } from './examples';
import type { RunItem } from './execution';

const credentials = {
	leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
};
const trigger = {
	parameters: {},
	id: 'p1',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
};
/** Generation → Create with the given node settings (Retry On Fail, On Error …) and options. */
const generate = (settings: Record<string, unknown>, options: Record<string, unknown> = {}) => ({
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: '={{ $json.prompt }}',
		numImages: 1,
		downloadImages: false,
		options,
	},
	id: 'p9',
	name: 'Generate',
	type: 'n8n-nodes-leonardo-ai.leonardoAi',
	typeVersion: 1,
	position: [600, 0],
	credentials,
	...settings,
});
const to = (node: string) => ({ main: [[{ node, type: 'main', index: 0 }]] });

/** Every run of a node: its first output's items. */
function runsOf(execution: unknown, node: string): RunItem[][] {
	const runData = (execution as { data: { resultData: { runData: Record<string, unknown[]> } } })
		.data.resultData.runData;
	return (runData[node] as Array<{ data: { main: RunItem[][] } }>).map((run) => run.data.main[0]);
}

describe.each(RUNTIMES)('paid work in real n8n $n8n on Node $node', (runtime) => {
	const ctx = useExamples(runtime);

	const postedPrompts = () =>
		ctx.examples.sandbox
			.requestsTo('api', 'POST', '/generations')
			.map((post: { body: { prompt: string } }) => post.body.prompt);

	it('Retry On Fail (3 tries) + Continue On Fail, Leonardo refuses item 0: n8n runs the node three times, items 1 and 2 are POSTed once each', async () => {
		ctx.examples.sandbox.reset();
		const result = await ctx.examples.runWorkflow({
			name: 'retry on fail',
			nodes: [
				trigger,
				{
					parameters: {
						jsCode:
							"return ['gore at midnight', 'a fox', 'a cat'].map((prompt) => ({ json: { prompt } }));",
					},
					id: 'p2',
					name: 'Rows',
					type: 'n8n-nodes-base.code',
					typeVersion: 2,
					position: [300, 0],
				},
				generate({
					retryOnFail: true,
					maxTries: 3,
					waitBetweenTries: 100,
					onError: 'continueRegularOutput',
				}),
			],
			connections: { Start: to('Rows'), Rows: to('Generate') },
			settings: { executionOrder: 'v1' },
		});
		expect(result.execution?.status).toBe('success');
		const prompts = postedPrompts();
		expect(prompts.filter((prompt: string) => prompt === 'a fox')).toHaveLength(1);
		expect(prompts.filter((prompt: string) => prompt === 'a cat')).toHaveLength(1);
		// n8n re-ran the node (the refused item was sent on each of the three tries).
		expect(prompts.filter((prompt: string) => prompt === 'gore at midnight')).toHaveLength(3);
		const [output] = runsOf(result.execution, 'Generate');
		expect(output.map((item) => item.json.error ?? item.json.status)).toEqual([
			'Leonardo API error: content moderation filter: gore',
			'COMPLETE',
			'COMPLETE',
		]);
		expect(ctx.examples.sandbox.charges).toHaveLength(2);
		expect(ctx.examples.sandbox.keyLeaks).toEqual([]);
	}, 180_000);

	it('the same node reached by two branches, Max Credits = one job: one job POST in the whole execution', async () => {
		ctx.examples.sandbox.reset();
		const branch = (id: string, name: string, y: number) => ({
			parameters: {
				jsCode: `return [{ json: { prompt: 'a lighthouse from ${name}' } }];`,
			},
			id,
			name,
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [300, y],
		});
		const result = await ctx.examples.runWorkflow({
			name: 'two branches',
			nodes: [
				trigger,
				branch('p3', 'Branch A', -100),
				branch('p4', 'Branch B', 100),
				// One image at 1024×768 is 3 credits.
				generate({ onError: 'continueRegularOutput' }, { maxCredits: 3 }),
			],
			connections: {
				Start: {
					main: [
						[
							{ node: 'Branch A', type: 'main', index: 0 },
							{ node: 'Branch B', type: 'main', index: 0 },
						],
					],
				},
				'Branch A': to('Generate'),
				'Branch B': to('Generate'),
			},
			settings: { executionOrder: 'v1' },
		});
		expect(result.execution?.status).toBe('success');
		expect(ctx.examples.sandbox.requestsTo('api', 'POST', '/generations')).toHaveLength(1);
		const runs = runsOf(result.execution, 'Generate');
		expect(runs).toHaveLength(2);
		expect(runs[0][0].json.status).toBe('COMPLETE');
		expect(runs[1][0].json.error).toBe(
			'Max Credits reached: this job would cost about 3 credits, and 3 of 3 credits are already spent by this node in this execution (1 job started). It was not started.',
		);
		expect(ctx.examples.sandbox.charges).toEqual([{ path: '/generations', credits: 3 }]);
	}, 180_000);
});
