// Stryker ignorer plugins (stryker.config.mjs `ignorers`): code no behaviour depends on.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/**
 * What a catalog entry (nodes/LeonardoAi/catalog/types.ts) records for its reader only: `notes`
 * (where a page and the spec disagree, what was inferred), the `NOTE_…` constants shared between
 * entries' notes, and each flag's default.
 */
const catalogNotes = {
	shouldIgnore(path) {
		const { node } = path;
		if (node.type === 'ObjectProperty' && node.key?.name === 'notes')
			return "A catalog entry's notes are for its reader; no code reads them";
		if (node.type === 'VariableDeclarator' && node.id?.name?.startsWith('NOTE_'))
			return 'A NOTE_ constant is text for catalog notes; no code reads it';
		// flags: { motion_has_audio: true } — the name is what the node checks and offers; the
		// page's default beside it is for the reader (the node sends a flag only when it is set).
		const owner = path.parentPath?.parentPath?.node;
		if (
			node.type === 'ObjectProperty' &&
			owner?.type === 'ObjectProperty' &&
			owner.key?.name === 'flags'
		)
			return "A flag's default is for the catalog's reader; no code reads it";
		return undefined;
	},
};

export const strykerPlugins = [
	declareValuePlugin(PluginKind.Ignore, 'catalog-notes', catalogNotes),
];
