'use strict';
// Variations: upscale, unzoom, background removal, the universal upscaler, and GET /variations/{id}.
const crypto = require('crypto');

const { apiError, apiJson } = require('../common');
const { costFields } = require('./pricing');

function variationRoutes({ sandbox, state, s3Url, activeJobs, charge }) {
	const VARIATION_KEYS = {
		upscale: { response: 'sdUpscaleJob', transformType: 'UPSCALE', scale: 2 },
		unzoom: { response: 'sdUnzoomJob', transformType: 'UNZOOM', scale: 1.5 },
		nobg: { response: 'sdNobgJob', transformType: 'NOBG', scale: 1 },
		'universal-upscaler': { response: 'universalUpscaler', transformType: 'UPSCALE' },
	};

	function sourceImage(id, kind) {
		if (kind === 'variation') return state.variations.get(id);
		if (kind === 'init') {
			const init = state.initImages.get(id);
			return init && state.objects.has(init.key) ? { width: 1024, height: 768 } : undefined;
		}
		return state.generatedImages.get(id);
	}

	function startVariation(kind, body, res) {
		const spec = VARIATION_KEYS[kind];
		let source;
		let scale = spec.scale;
		if (kind === 'universal-upscaler') {
			const given = ['generatedImageId', 'initImageId', 'variationId'].filter(
				(k) => body[k] !== undefined,
			);
			if (given.length !== 1)
				return apiError(
					res,
					400,
					'exactly one of generatedImageId, initImageId or variationId is required',
					'validation-failed',
				);
			source = sourceImage(
				body[given[0]],
				{ generatedImageId: 'generated', initImageId: 'init', variationId: 'variation' }[given[0]],
			);
			if (body.upscalerStyle !== undefined && body.ultraUpscaleStyle !== undefined)
				return apiError(
					res,
					400,
					'use upscalerStyle or ultraUpscaleStyle, not both',
					'validation-failed',
				);
			if (
				body.upscaleMultiplier !== undefined &&
				(typeof body.upscaleMultiplier !== 'number' ||
					body.upscaleMultiplier < 1 ||
					body.upscaleMultiplier > 2)
			) {
				return apiError(res, 400, 'upscaleMultiplier must be between 1 and 2', 'validation-failed');
			}
			if (
				body.creativityStrength !== undefined &&
				!(
					Number.isInteger(body.creativityStrength) &&
					body.creativityStrength >= 1 &&
					body.creativityStrength <= 10
				)
			) {
				return apiError(
					res,
					400,
					'creativityStrength must be an integer from 1 to 10',
					'validation-failed',
				);
			}
			scale = body.upscaleMultiplier ?? 1.5;
		} else {
			if (typeof body?.id !== 'string')
				return apiError(
					res,
					400,
					'expecting a value for non-nullable variable: "id"',
					'validation-failed',
				);
			if (body.isVariation !== undefined && typeof body.isVariation !== 'boolean')
				return apiError(res, 400, "expected a boolean for 'isVariation'", 'validation-failed');
			if (body.isVariation) {
				source = state.variations.get(body.id);
				if (!source) return apiError(res, 400, 'failed to find init variation', 'unexpected');
			} else {
				source = state.generatedImages.get(body.id);
				if (!source && state.variations.has(body.id))
					return apiError(res, 400, 'failed to find init variation', 'unexpected');
			}
		}
		if (!source) return apiError(res, 400, "couldn't access image", 'unexpected');
		const id = crypto.randomUUID();
		state.variations.set(id, {
			transformType: spec.transformType,
			width: Math.min(4096, Math.round(source.width * scale)),
			height: Math.min(4096, Math.round(source.height * scale)),
			createdAt: new Date().toISOString(),
			readyAt: Date.now() + sandbox.generationDelayMs,
			fails: sandbox.failGenerations,
		});
		sandbox.maxActiveJobs = Math.max(sandbox.maxActiveJobs, activeJobs());
		return apiJson(res, 200, {
			[spec.response]: { id, ...costFields(charge(`/variations/${kind}`, 5)) },
		});
	}

	function variationView(id, variation) {
		const status =
			Date.now() < variation.readyAt ? 'PENDING' : variation.fails ? 'FAILED' : 'COMPLETE';
		if (status !== 'PENDING') variation.seenFinished = true;
		return {
			id,
			createdAt: variation.createdAt,
			status,
			transformType: variation.transformType,
			url: status === 'COMPLETE' ? `${s3Url()}/variations/${id}.png` : null,
		};
	}

	return [
		{
			method: 'POST',
			path: /^\/variations\/(upscale|unzoom|nobg|universal-upscaler)$/,
			handle: ({ body, params, res }) => startVariation(params[0], body, res),
		},
		{
			method: 'GET',
			path: '/variations/:id',
			handle: ({ params, res }) => {
				const variation = state.variations.get(params.id);
				return apiJson(res, 200, {
					generated_image_variation_generic: variation ? [variationView(params.id, variation)] : [],
				});
			},
		},
	];
}

module.exports = { variationRoutes };
