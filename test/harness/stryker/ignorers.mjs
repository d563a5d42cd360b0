// Stryker ignorer plugins (stryker.config.mjs `ignorers`): code no behaviour depends on.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/**
 * `notes` of a catalog entry (nodes/LeonardoAi/catalog/types.ts): where a page and the spec
 * disagree, what was inferred — for the maintainer who reads the entry; no code reads them.
 */
const catalogNotes = {
	shouldIgnore(path) {
		const { node } = path;
		if (node.type === 'ObjectProperty' && node.key?.name === 'notes')
			return 'A catalog entry\'s notes are for its reader; no code reads them';
		return undefined;
	},
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'catalog-notes', catalogNotes)];
