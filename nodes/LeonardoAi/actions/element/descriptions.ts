import type { INodeProperties } from 'n8n-workflow';

export const elementIdParameter: INodeProperties = {
	displayName: 'Element ID',
	name: 'elementId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 123456',
	hint: 'The elementId output by "Element → Train" (a whole number)',
	description: 'The ID of one of your trained elements',
};
