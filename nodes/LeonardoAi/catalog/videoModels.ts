import type { CatalogModel } from './types';

// STUB (replaced by the video catalog branch)
export const VIDEO_MODELS: CatalogModel[] = [];
