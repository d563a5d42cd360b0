import { sizeList } from './sizes';
import { durationList } from './values';
import type { CatalogModel } from './types';

/** One line on what a model takes, for its picker entry and docs/models.md's tables. */
export function modelSummary(model: CatalogModel): string {
	const references = model.guidances?.image_reference?.max;
	const parts = [
		model.durations && `${durationList(model.durations.values)} s`,
		sizeList(model.sizes, true),
		model.quantity && model.quantity.max > 1 && `up to ${model.quantity.max} images`,
		references && `up to ${references} image reference${references > 1 ? 's' : ''}`,
		model.guidances?.start_frame &&
			(model.guidances.start_frame.required ? 'start frame required' : 'start frame'),
		model.guidances?.end_frame && 'end frame',
		model.guidances?.video_reference_base && 'video reference',
		model.flags?.motion_has_audio !== undefined && 'audio',
	];
	return parts.filter(Boolean).join('; ');
}
