import type { INodeProperties } from 'n8n-workflow';

export const modelIdParameter: INodeProperties = {
	displayName: 'Model ID',
	name: 'modelId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 6bef9f1b-29cb-40c7-b9df-32b51c1f67d3',
	hint: 'The modelId output by "Model → Train", or a custom model\'s id from "Model → Get Many"',
	description: 'The ID of one of your custom models',
};
