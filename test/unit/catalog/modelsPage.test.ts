import { modelTables } from '../../../nodes/LeonardoAi/catalog/tables';
import { markedSection } from '../../harness/markdown';

it("docs/models.md has the catalog's model tables (run `npm run models` after changing it)", () => {
	expect(markedSection('docs/models.md', 'models')).toBe(modelTables());
});

it('the tables name every model with its docs page, and the retired ones with their replacement', () => {
	const tables = modelTables();
	// Read off the pages, not the catalog: one image, one video and one retired row.
	expect(tables).toContain('| Nano Banana Pro | `gemini-image-2` |');
	expect(tables).toMatch(/\| Veo 3\.1 Fast \| `veo-3\.1-fast-generate-001` \| 4, 6 or 8 s \|/);
	expect(tables).toContain(
		'| Kling 2.1 Pro | `KLING2_1` | 2026-09-15 | Kling 3.0 | [source](https://docs.leonardo.ai/docs/kling-2-1-pro) |',
	);
});
