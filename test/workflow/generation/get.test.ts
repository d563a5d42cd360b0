import { sleep } from 'n8n-workflow';

import { run, useSandbox } from '../../harness/context';

describe('Generation → Get', () => {
	const ctx = useSandbox();

	it('fetches a finished generation with its images, as binary when asked', async () => {
		const { sandbox } = ctx;
		const started = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'create',
					prompt: 'a lighthouse',
					numImages: 2,
					waitForCompletion: false,
				},
			},
		]);
		const generationId = started.output[0].json.generationId as string;
		await sleep(300);

		const result = await run(sandbox, [
			{ parameters: { resource: 'generation', operation: 'get', generationId } },
		]);
		expect(result.output[0].json).toMatchObject({
			generationId,
			status: 'COMPLETE',
			prompt: 'a lighthouse',
		});
		expect(Object.keys(result.output[0].binary ?? {})).toEqual(['image_0', 'image_1']);
	});

	it('says so when the generation does not exist', async () => {
		const { sandbox } = ctx;
		const result = await run(sandbox, [
			{
				parameters: {
					resource: 'generation',
					operation: 'get',
					generationId: '00000000-0000-4000-8000-000000000000',
				},
			},
		]);
		expect(result.error.message).toBe(
			'Generation 00000000-0000-4000-8000-000000000000 was not found',
		);
	});
});
