import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { LeonardoAi } from '../../../nodes/LeonardoAi/LeonardoAi.node';
import { toolAction } from '../../../nodes/LeonardoAi/actions/toolDescriptions';

const description = new LeonardoAi().description;
const operations = (properties: INodeProperties[]) =>
	properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.options as INodePropertyOptions[]).map((option) => ({
				resource: String(property.displayOptions?.show?.resource?.[0]),
				value: String(option.value),
				action: option.action,
			})),
		);

describe("the tool variant's descriptions (usableAsTool.replacements)", () => {
	const replacements = (
		description.usableAsTool as {
			replacements: { properties: INodeProperties[]; skipNameGeneration: boolean };
		}
	).replacements;

	it('every operation tells the agent what it costs and what it returns', () => {
		const tool = operations(replacements.properties);
		expect(tool).toHaveLength(operations(description.properties).length);
		for (const { action } of tool)
			expect(action).toMatch(
				/ \((costs Leonardo credits, capped by Max Credits|free); returns .+\)$/,
			);
	});

	it('reads e.g. for Generation → Create and Cost → Estimate', () => {
		expect(toolAction('generation', 'create', 'Create a generation')).toBe(
			'Create a generation (costs Leonardo credits, capped by Max Credits; returns generationId, status, cost and images (id, url, width, height))',
		);
		expect(toolAction('cost', 'estimate', 'Estimate the credits of a job')).toBe(
			'Estimate the credits of a job (free; returns the credits the job would cost; nothing is started)',
		);
		expect(toolAction('nothing', 'here', 'Keep me')).toBe('Keep me');
	});

	it("the node's own operations keep their short actions; only the operation pickers differ", () => {
		expect(
			operations(description.properties).find(
				(op) => op.value === 'create' && op.resource === 'generation',
			)?.action,
		).toBe('Create a generation');
		const changed = replacements.properties.filter(
			(property, index) => property !== description.properties[index],
		);
		expect(new Set(changed.map((property) => property.name))).toEqual(new Set(['operation']));
		expect(replacements.skipNameGeneration).toBe(true);
	});
});
