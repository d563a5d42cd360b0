import { isDuplicate } from '../../../nodes/LeonardoAi/trigger/duplicates';

describe('Leonardo AI Trigger: duplicate deliveries', () => {
	it('drops the same delivery within an hour, lets it through again after that', () => {
		const now = Date.now();
		expect(isDuplicate('wf:node:image_generation.complete:g1', now)).toBe(false);
		expect(isDuplicate('wf:node:image_generation.complete:g1', now + 1000)).toBe(true);
		expect(isDuplicate('wf:node:image_generation.complete:g2', now + 1000)).toBe(false);
		expect(isDuplicate('wf:node:image_generation.complete:g1', now + 61 * 60 * 1000)).toBe(false);
	});
});
