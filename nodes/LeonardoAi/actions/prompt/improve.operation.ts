import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readBoolean, readText, refuseItem } from '../../helpers/parameters';
import { promptTool } from './promptTool';

/**
 * Leonardo's limit for a prompt to improve ("Prompt is too long, please keep it under 200
 * characters", https://docs.leonardo.ai/docs/api-error-messages).
 */
const MAX_PROMPT_TO_IMPROVE = 200;

const properties: INodeProperties[] = [
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 2 },
		placeholder: 'e.g. fox in the snow',
		description: `The short prompt to improve (at most ${MAX_PROMPT_TO_IMPROVE} characters)`,
	},
	{
		displayName: 'Instructions',
		name: 'promptInstructions',
		type: 'string',
		default: '',
		placeholder: 'e.g. Make it a watercolor painting',
		description: 'Optional: how Leonardo should rewrite the prompt',
	},
	{
		displayName: 'For Video',
		name: 'isVideo',
		type: 'boolean',
		default: false,
		description: 'Whether the prompt is for a video (with motion and camera) rather than an image',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['prompt'], operation: ['improve'] } },
	properties,
);

/** POST /prompt/improve { prompt, promptInstructions?, isVideo? } (SDK `promptimprove.ts`). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const original = readText.call(this, 'prompt', itemIndex).trim();
	if (!original)
		refuseItem(
			this,
			itemIndex,
			'The prompt is empty',
			'Write a few words in "Prompt", or map them from an earlier node with an expression.',
		);
	if (original.length > MAX_PROMPT_TO_IMPROVE)
		refuseItem(
			this,
			itemIndex,
			`The prompt has ${original.length} characters; Leonardo improves prompts of at most ${MAX_PROMPT_TO_IMPROVE}`,
			'Shorten it: Prompt → Improve turns a few words into a detailed prompt. A prompt that long can go straight to Generation → Create.',
		);
	const body: IDataObject = { prompt: original };
	const instructions = readText.call(this, 'promptInstructions', itemIndex).trim();
	if (instructions) body.promptInstructions = instructions;
	if (readBoolean.call(this, 'isVideo', itemIndex)) body.isVideo = true;
	const improved = await promptTool.call(this, '/prompt/improve', body, itemIndex);
	return [
		{
			json: { prompt: improved.prompt, original, cost: improved.cost },
			pairedItem: { item: itemIndex },
		},
	];
}
