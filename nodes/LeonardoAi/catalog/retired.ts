import type { RetiredModel } from './types';

// STUB (replaced by the video catalog branch)
export const RETIRED_MODELS: RetiredModel[] = [];
