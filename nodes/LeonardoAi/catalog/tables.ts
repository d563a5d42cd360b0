import { sizeList } from './sizes';
import { durationList } from './values';
import { IMAGE_MODELS, RETIRED_MODELS, VIDEO_MODELS, findModel } from './index';
import type { CatalogModel } from './types';

/** docs/models.md's tables, made from the catalog (`npm run models` writes them; a test compares). */

const cell = (text: string) => text.replace(/\|/g, '\\|');

function page(model: CatalogModel): string {
	return `[page](${model.docs}) (${model.updated})`;
}

function references(model: CatalogModel): string {
	const kinds = Object.entries(model.guidances ?? {}).map(
		([kind, rule]) => `${kind} ×${rule.max}${rule.strength ? ' (strength)' : ''}`,
	);
	return kinds.join(', ') || '—';
}

function byName(models: CatalogModel[]): CatalogModel[] {
	return [...models].sort((a, b) => a.name.localeCompare(b.name));
}

export function imageModelTable(): string {
	const rows = byName(IMAGE_MODELS).map((model) =>
		[
			model.name,
			`\`${model.id}\``,
			cell(sizeList(model.sizes, true)),
			model.quantity ? `${model.quantity.min}–${model.quantity.max}` : '1',
			cell(references(model)),
			page(model),
		].join(' | '),
	);
	return [
		'| Model | `model` | Sizes (px) | Images | Guidances (max) | Docs (updated) |',
		'|---|---|---|---|---|---|',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

export function videoModelTable(): string {
	const rows = byName(VIDEO_MODELS).map((model) =>
		[
			model.name + (model.unlisted ? ' (not in the picker)' : ''),
			`\`${model.id}\`${model.endpoint === 'v1' ? ' (v1)' : ''}`,
			model.durations ? `${durationList(model.durations.values)} s` : 'its own length',
			cell(sizeList(model.sizes, true)),
			cell(references(model)),
			model.flags?.motion_has_audio !== undefined ? 'yes' : '—',
			page(model),
		].join(' | '),
	);
	return [
		'| Model | `model` | Duration | Sizes (px) | Guidances (max) | Audio | Docs (updated) |',
		'|---|---|---|---|---|---|---|',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

export function retiredModelTable(): string {
	const rows = RETIRED_MODELS.map((model) =>
		[
			model.name,
			`\`${model.id}\``,
			model.retired,
			findModel(model.replacement)?.name ?? model.replacement,
			`[source](${model.source})`,
		].join(' | '),
	);
	return [
		'| Model | `model` | Retired on | Use instead | Source |',
		'|---|---|---|---|---|',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

/** The docs/models.md section between its `<!-- models:start -->` and `<!-- models:end -->` markers. */
export function modelTables(): string {
	return [
		`### Image models (${IMAGE_MODELS.length})`,
		'',
		imageModelTable(),
		'',
		`### Video models (${VIDEO_MODELS.length})`,
		'',
		videoModelTable(),
		'',
		'### Retired',
		'',
		'A saved workflow that still names one of these stops before sending anything and says what to use instead.',
		'',
		retiredModelTable(),
	].join('\n');
}
