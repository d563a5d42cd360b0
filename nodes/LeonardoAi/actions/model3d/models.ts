/**
 * Rodin V2, as https://docs.leonardo.ai/docs/rodin-v2 (updatedAt 2026-06-23) and the v2 spec's
 * RodinV2GenerationRequest (https://docs.leonardo.ai/reference/creategeneration, updatedAt
 * 2026-09-01) describe it: no prompt; `guidances.image_reference` 1–5 items (required); `quantity`
 * enum [1] and `output_format` enum ["glb"], both required; `quality` extra_low|low|medium|high
 * (default high); `mesh_mode` Quad|Triangle (default Triangle); `material` PBR|Shaded|All (default
 * All); `seed` integer 0–65535; `ta_pose`, `use_original_alpha` booleans (default false);
 * `bounding_box` exactly 3 integers [width, height, length]; `additionalProperties: false`.
 */
export const RODIN = {
	model: 'rodin-v2',
	name: 'Rodin V2',
	docs: 'https://docs.leonardo.ai/docs/rodin-v2',
	minImages: 1,
	maxImages: 5,
	seed: { min: 0, max: 65535, integer: true },
};
