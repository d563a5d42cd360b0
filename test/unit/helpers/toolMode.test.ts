import { agentErrorText, agentJson, isToolMode } from '../../../nodes/LeonardoAi/helpers/toolMode';

const node = (type: string) => ({ getNode: () => ({ type }) }) as never;

describe('isToolMode', () => {
	it("is the tool type n8n makes from usableAsTool (the node's name + Tool), not the node itself", () => {
		expect(isToolMode(node('n8n-nodes-leonardo-ai.leonardoAiTool'))).toBe(true);
		expect(isToolMode(node('n8n-nodes-leonardo-ai.leonardoAi'))).toBe(false);
		expect(isToolMode(node('n8n-nodes-leonardo-ai.leonardoAiTrigger'))).toBe(false);
	});
});

describe('agentErrorText', () => {
	it('joins the message and the description into sentences', () => {
		expect(agentErrorText('Leonardo rejected the API key', 'Check the credential.')).toBe(
			'Leonardo rejected the API key. Check the credential.',
		);
		expect(agentErrorText('It was not started.', 'Raise Max Credits.')).toBe(
			'It was not started. Raise Max Credits.',
		);
		expect(agentErrorText('Is it there?', ' Look. ')).toBe('Is it there? Look.');
		expect(agentErrorText('Done!', 'Next.')).toBe('Done! Next.');
	});

	it('ends the message with a full stop when its only stop is inside it', () => {
		expect(agentErrorText('Model v2.1 is not available', 'Pick another model.')).toBe(
			'Model v2.1 is not available. Pick another model.',
		);
	});

	it('is the message alone when there is no description', () => {
		expect(agentErrorText(' Timed out ', undefined)).toBe('Timed out');
		expect(agentErrorText('Timed out', null)).toBe('Timed out');
		expect(agentErrorText('Timed out', '  ')).toBe('Timed out');
	});
});

describe('agentJson', () => {
	it("keeps IDs, status, cost, warnings and each file's id, url and size; drops Leonardo's raw fields", () => {
		expect(
			agentJson({
				generationId: 'g1',
				status: 'COMPLETE',
				images: [
					{ id: 'i1', url: 'https://cdn.leonardo.ai/1.png', nsfw: false, likeCount: 0 },
					{ id: 'i2', motionMP4URL: 'https://cdn.leonardo.ai/2.mp4', url: null },
				],
				imageWidth: 1024,
				imageHeight: 768,
				modelId: 'm',
				guidanceScale: 7,
				cost: { amount: '3', unit: 'CREDITS' },
				warnings: ['one'],
				initImage: { width: 640 },
				prompt: 'a fox',
			}),
		).toStrictEqual({
			generationId: 'g1',
			status: 'COMPLETE',
			prompt: 'a fox',
			// Every ID the item names is kept: the agent's next call may need it.
			modelId: 'm',
			cost: { amount: '3', unit: 'CREDITS' },
			warnings: ['one'],
			images: [
				{ id: 'i1', url: 'https://cdn.leonardo.ai/1.png', width: 1024, height: 768 },
				{ id: 'i2', url: 'https://cdn.leonardo.ai/2.mp4', width: 1024, height: 768 },
			],
		});
	});

	it('promotes only string fields whose names end in "Id"', () => {
		expect(
			agentJson({ generationId: 'g1', userIdea: 'a fox', Identity: 'x', jobId: 7, flagId: true }),
		).toStrictEqual({ generationId: 'g1' });
	});

	it("a file's own size wins; no URL is null; no warnings, no null fields", () => {
		expect(
			agentJson({
				generationId: 'g1',
				status: 'PENDING',
				warnings: [],
				url: null,
				width: 10,
				height: 20,
				videos: [{ id: 'v1', width: 1920, height: 1080 }, null, { id: 'v2', url: 'ftp://x' }],
			}),
		).toStrictEqual({
			generationId: 'g1',
			status: 'PENDING',
			width: 10,
			height: 20,
			videos: [
				{ id: 'v1', url: null, width: 1920, height: 1080 },
				{ id: 'v2', url: null, width: 10, height: 20 },
			],
		});
	});

	it("keeps only http(s) addresses as a file's URL, and a size only where one is a number", () => {
		expect(
			agentJson({
				generationId: 'g1',
				imageWidth: '1024',
				images: [
					{
						id: 'i1',
						url: 'see https://cdn.leonardo.ai/1.png',
						videoUrl: 'HTTP://cdn.leonardo.ai/1.mp4',
					},
					{ id: 'i2', url: 'data:image/png;base64,https://x' },
				],
			}),
		).toStrictEqual({
			generationId: 'g1',
			images: [
				{ id: 'i1', url: 'HTTP://cdn.leonardo.ai/1.mp4' },
				{ id: 'i2', url: null },
			],
		});
	});

	it('drops a null cost, raw objects under kept names and file entries that are not objects', () => {
		expect(
			agentJson({
				id: 'g1',
				cost: null,
				status: { code: 'COMPLETE' },
				prompt: ['a', 'fox'],
				images: ['https://cdn.leonardo.ai/1.png', 7, true, { id: 'i1', width: 8, height: 8 }],
			}),
		).toStrictEqual({ id: 'g1', images: [{ id: 'i1', url: null, width: 8, height: 8 }] });
	});

	it('keeps the few fields of reads: a model, the account, an estimate', () => {
		expect(
			agentJson({
				id: 'm1',
				name: 'Phoenix',
				source: 'platform',
				description: 'long',
				nsfw: false,
			}),
		).toStrictEqual({ id: 'm1', name: 'Phoenix', source: 'platform' });
		expect(
			agentJson({
				userId: 'u',
				username: 'me',
				totalCredits: 10,
				apiPaidTokens: 4,
				apiConcurrencySlots: 5,
			}),
		).toStrictEqual({ userId: 'u', username: 'me', totalCredits: 10 });
		expect(agentJson({ credits: 3, service: 'IMAGE_GENERATION', request: { a: 1 } })).toStrictEqual(
			{
				credits: 3,
				service: 'IMAGE_GENERATION',
			},
		);
	});
});
