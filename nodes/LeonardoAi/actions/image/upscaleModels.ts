/**
 * Image → Upscale: Leonardo's Pro Upscalers, `aurora-upscaler-precise`
 * (https://docs.leonardo.ai/docs/pro-upscaler-precise, updatedAt 2026-06-29) and
 * `aurora-upscaler-creative` (https://docs.leonardo.ai/docs/pro-upscaler-creative, updatedAt
 * 2026-06-29), async `POST /v2/generations`. Where the pages and the v2 API reference's schemas
 * (AuroraUpscalerPreciseGenerationRequest, AuroraUpscalerCreativeGenerationRequest in
 * https://docs.leonardo.ai/reference/creategeneration, updatedAt 2026-09-01, "the spec") disagree,
 * the node sends what the spec accepts.
 */

export const PRECISE = 'aurora-upscaler-precise';
export const CREATIVE = 'aurora-upscaler-creative';

/**
 * The spec's `upscale_factor` enum is 2, 3, 4, 6, 8; the pages list 5 as well ("Set to 2, 3, 4, 5, 6,
 * or 8"). The spec is what the server validates: 5 is not offered.
 */
export const UPSCALE_FACTORS = [2, 3, 4, 6, 8];
/** The spec's `width` / `height` minimum ("Width of the input image in pixels", minimum 128); no maximum is given. */
export const MIN_INPUT_SIDE = 128;
/** The spec's `seed` range. */
export const SEED = { min: 0, max: 2147483647, integer: true };
/** The spec's `upscale_mode` (Precise) and `creativity` (Creative) enums. */
export const UPSCALE_MODES = ['clean', 'detailed'];
export const CREATIVITY_LEVELS = ['low', 'mid', 'high'];
