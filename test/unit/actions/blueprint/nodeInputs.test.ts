import { wireNodeInputs } from '../../../../nodes/LeonardoAi/actions/blueprint/nodeInputs';

/**
 * Blueprint → Execute's `nodeInputs` as sent (https://docs.leonardo.ai/reference/executeblueprint):
 * one input per row, but the text variables of one node gathered into one `textVariables` input.
 * The rows checked against a version: test/workflow/blueprint/nodeInputs.test.ts.
 */
const NODE = '2b7e1f00-0000-4000-8000-0000000000bb';
const OTHER = '16c99a94-9b47-4f2d-b3ff-7e6a82d7d891';

describe('wireNodeInputs', () => {
	it("gathers one node's text variables, and keeps its text input and another node's variable apart", () => {
		expect(
			wireNodeInputs([
				{ nodeId: NODE, settingName: 'text', value: 'ink wash' },
				{ nodeId: NODE, settingName: 'textVariables', variable: 'mood', value: 'calm' },
				{ nodeId: OTHER, settingName: 'textVariables', variable: 'language', value: 'Spanish' },
				{ nodeId: NODE, settingName: 'textVariables', variable: 'tone', value: 'dry' },
				{ nodeId: OTHER, settingName: 'imageUrl', value: 'https://cdn.leonardo.ai/x.jpg' },
			]),
		).toEqual([
			{ nodeId: NODE, settingName: 'text', value: 'ink wash' },
			{
				nodeId: NODE,
				settingName: 'textVariables',
				value: [
					{ name: 'mood', value: 'calm' },
					{ name: 'tone', value: 'dry' },
				],
			},
			{
				nodeId: OTHER,
				settingName: 'textVariables',
				value: [{ name: 'language', value: 'Spanish' }],
			},
			{ nodeId: OTHER, settingName: 'imageUrl', value: 'https://cdn.leonardo.ai/x.jpg' },
		]);
	});

	it('sends a text variable with no name as an empty name (a version that lists no inputs)', () => {
		expect(wireNodeInputs([{ nodeId: NODE, settingName: 'textVariables', value: 'calm' }])).toEqual(
			[{ nodeId: NODE, settingName: 'textVariables', value: [{ name: '', value: 'calm' }] }],
		);
	});
});
