import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { promptTool } from './promptTool';

export const description: INodeProperties[] = [];

/** POST /prompt/random, no body (SDK `promptrandom.ts`). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const random = await promptTool.call(this, '/prompt/random', undefined, itemIndex);
	return [{ json: { prompt: random.prompt, cost: random.cost }, pairedItem: { item: itemIndex } }];
}
