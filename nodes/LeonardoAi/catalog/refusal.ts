import type { CatalogModel } from './types';

export interface Refusal {
	message: string;
	/** What to do about it, with the page that says so. */
	description: string;
}

/** The node's field for a wire name, so a refusal names what the user sees ("Number of Images"). */
export type FieldLabels = Partial<Record<string, string>>;

/** A v2 `parameters` object, or the v2 view of a v1 video request. */
export type Parameters = Record<string, unknown>;

/** How every check words a refusal for one model and one request. */
export interface Refuser {
	/** The refusal, its fix followed by the model's page. */
	refuse: (message: string, fix: string) => Refusal;
	/** A wire name as the user's field ("Number of Images"), or as itself, in quotes. */
	label: (wire: string) => string;
}

export function refuserFor(model: CatalogModel, labels: FieldLabels): Refuser {
	const page = `(${model.docs})`;
	const label = (wire: string) => (labels[wire] ? `"${labels[wire]}"` : `"${wire}"`);
	const refuse = (message: string, fix: string): Refusal => ({
		message,
		description: `${fix} ${page}`,
	});
	return { refuse, label };
}
