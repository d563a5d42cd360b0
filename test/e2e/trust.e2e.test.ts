import { RUNTIMES, useExamples } from './examples';
import { nodeOutput } from './execution';

const credentials = {
	leonardoAiApi: { id: 'leonardoSandbox1', name: 'Leonardo AI (local sandbox)' },
};

/** Manual trigger → the given Leonardo AI nodes, one after the other. */
function workflow(
	name: string,
	nodes: Array<{ name: string; parameters: Record<string, unknown>; continueOnFail?: boolean }>,
) {
	const all = [
		{
			parameters: {},
			id: 't0',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
		},
		...nodes.map((node, index) => ({
			id: `t${index + 1}`,
			name: node.name,
			type: 'n8n-nodes-leonardo-ai.leonardoAi',
			typeVersion: 1,
			position: [200 * (index + 1), 0],
			parameters: node.parameters,
			credentials,
			...(node.continueOnFail ? { onError: 'continueRegularOutput' } : {}),
		})),
	];
	const connections: Record<string, unknown> = {};
	for (let index = 0; index < all.length - 1; index++) {
		connections[all[index].name] = {
			main: [[{ node: all[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return { name, nodes: all, connections, settings: { executionOrder: 'v1' } };
}

describe.each(RUNTIMES)('trust in real n8n $n8n on Node $node', (runtime) => {
	const ctx = useExamples(runtime);

	it("a status poll redirected to another host stops the node; the key never leaves Leonardo's Base URL", async () => {
		const { sandbox } = ctx.examples;
		sandbox.reset();
		sandbox.faults.push({
			server: 'api',
			method: 'GET',
			path: /^\/generations\//,
			status: 302,
			headers: { Location: `${sandbox.elsewhereUrl}/steal` },
		});
		const result = await ctx.examples.runWorkflow(
			workflow('redirected poll', [
				{
					name: 'Generate',
					parameters: {
						resource: 'generation',
						operation: 'create',
						prompt: 'a red fox',
						downloadImages: false,
					},
				},
			]),
		);
		expect(result.execution?.status).toBe('error');
		expect(JSON.stringify(result.execution?.data.resultData.error)).toMatch(
			/with a redirect \(302\) to localhost:\d+\/steal/,
		);
		expect(sandbox.elsewhereRequests).toEqual([]);
		expect(sandbox.keyLeaks).toEqual([]);
		expect(result.stdout).not.toContain(sandbox.apiKey);
	}, 120_000);

	it('Create (Newer Models) sends quality and never mode; a retired Mode option stops before anything is sent', async () => {
		const { sandbox } = ctx.examples;
		sandbox.reset();
		const result = await ctx.examples.runWorkflow(
			workflow('v2 contract', [
				{
					name: 'GPT Image',
					parameters: {
						resource: 'generation',
						operation: 'createV2',
						prompt: 'koala with a purple hat',
						downloadImages: false,
						options: { quality: 'HIGH' },
					},
				},
				{
					name: 'Old Mode',
					parameters: {
						resource: 'generation',
						operation: 'createV2',
						prompt: 'koala',
						options: { mode: 'FAST' },
					},
					continueOnFail: true,
				},
			]),
		);
		expect(result.execution?.status).toBe('success');
		expect(nodeOutput(result.execution, 'GPT Image')[0].json).toMatchObject({
			status: 'COMPLETE',
			model: 'gpt-image-1.5',
		});
		expect(nodeOutput(result.execution, 'Old Mode')[0].json.error).toBe(
			'The option "Mode" is no longer accepted by Leonardo for this model',
		);
		const posts = sandbox.requestsTo('api', 'POST', '/v2/generations');
		expect(posts).toHaveLength(1);
		expect(posts[0].body.parameters).toEqual({
			prompt: 'koala with a purple hat',
			quantity: 1,
			width: 1024,
			height: 1024,
			quality: 'HIGH',
		});
	}, 120_000);
});
