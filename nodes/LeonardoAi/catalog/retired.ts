import type { RetiredModel } from './types';

const DEPRECATIONS = 'https://docs.leonardo.ai/docs/deprecations-changes';

/**
 * Models Leonardo took away. Sources: the Deprecations & Changes page (updatedAt 2026-07-09) and the
 * Kling 2.1 Pro page callout (updatedAt 2026-09-15). Every `replacement` is an id in VIDEO_MODELS.
 */
export const RETIRED_MODELS: RetiredModel[] = [
	// https://docs.leonardo.ai/docs/deprecations-changes (2026-07-09): "July 9, 2026 — Sora 2 and Sora 2 Pro retired"
	{
		id: 'sora-2',
		name: 'Sora 2',
		kind: 'video',
		retired: '2026-07-09',
		replacement: 'veo-3.1-fast-generate-001',
		source: DEPRECATIONS,
	},
	{
		id: 'sora-2-pro',
		name: 'Sora 2 Pro',
		kind: 'video',
		retired: '2026-07-09',
		replacement: 'veo-3.1-generate-001',
		source: DEPRECATIONS,
	},
	// same page: "Motion 1.0 (svd) … after Wednesday, June 17, 2026 at 9:30 AM AEST" → hailuo-2_3
	{
		id: 'svd',
		name: 'Motion 1.0',
		kind: 'video',
		retired: '2026-06-17',
		replacement: 'hailuo-2_3',
		source: DEPRECATIONS,
	},
	// same page: "Veo 3 and Veo 3 Fast retiring June 29, 2026" → Veo 3.1 / Veo 3.1 Fast
	{
		id: 'veo-3.0-generate-001',
		name: 'Veo 3',
		kind: 'video',
		retired: '2026-06-29',
		replacement: 'veo-3.1-generate-001',
		source: DEPRECATIONS,
	},
	{
		id: 'veo-3.0-fast-generate-001',
		name: 'Veo 3 Fast',
		kind: 'video',
		retired: '2026-06-29',
		replacement: 'veo-3.1-fast-generate-001',
		source: DEPRECATIONS,
	},
	// same page: "Veo preview aliases retiring May 13, 2026". The page names veo-3.0-*-001 as the
	// replacement of the 3.0 aliases; those were themselves retired on 2026-06-29, so the 3.1 ids are given.
	{
		id: 'veo-3.0-generate-preview',
		name: 'Veo 3 (preview alias)',
		kind: 'video',
		retired: '2026-05-13',
		replacement: 'veo-3.1-generate-001',
		source: DEPRECATIONS,
	},
	{
		id: 'veo-3.0-fast-generate-preview',
		name: 'Veo 3 Fast (preview alias)',
		kind: 'video',
		retired: '2026-05-13',
		replacement: 'veo-3.1-fast-generate-001',
		source: DEPRECATIONS,
	},
	{
		id: 'veo-3.1-generate-preview',
		name: 'Veo 3.1 (preview alias)',
		kind: 'video',
		retired: '2026-05-13',
		replacement: 'veo-3.1-generate-001',
		source: DEPRECATIONS,
	},
	{
		id: 'veo-3.1-fast-generate-preview',
		name: 'Veo 3.1 Fast (preview alias)',
		kind: 'video',
		retired: '2026-05-13',
		replacement: 'veo-3.1-fast-generate-001',
		source: DEPRECATIONS,
	},
	// same page: "Seedance 1.0 Lite retiring May 13, 2026" → seedance-1.0-pro-fast (or seedance-2.0)
	{
		id: 'seedance-1.0-lite',
		name: 'Seedance 1.0 Lite',
		kind: 'video',
		retired: '2026-05-13',
		replacement: 'seedance-1.0-pro-fast',
		source: DEPRECATIONS,
	},
	// https://docs.leonardo.ai/docs/kling-2-1-pro (2026-09-15) callout: "being retired on Tuesday, September 15,
	// 2026 at 9:30 AM AEST … switching to Kling Video 3.0 Pro (v3/pro)" = kling-3.0 (Pro tier = 1080p sizes).
	{
		id: 'KLING2_1',
		name: 'Kling 2.1 Pro',
		kind: 'video',
		retired: '2026-09-15',
		replacement: 'kling-3.0',
		source: 'https://docs.leonardo.ai/docs/kling-2-1-pro',
	},
];
