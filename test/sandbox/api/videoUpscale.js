'use strict';
// Video upscales: v1 `POST /generations-video-upscale` (body shape checked by contract.js against the
// SDK's `createvideoupscale.ts`; semantics here) and `GET /motion-variations/{id}` (SDK
// `getmotionvariationbyid.ts`, https://docs.leonardo.ai/reference/getmotionvariationbyid). What the
// live API answers for a source that is not a finished video, and which ID the answer's
// `generationId` holds: no source found (the sandbox: a 400, and the source generation's ID).
const crypto = require('crypto');

const { apiJson } = require('../common');
const { costFields } = require('./pricing');

function videoUpscaleRoutes({ sandbox, state, s3Url, charge }) {
	const upscales = () => (state.motionVariations ??= new Map());

	function view(id, upscale) {
		const status = Date.now() < upscale.readyAt ? 'PENDING' : upscale.fails ? 'FAILED' : 'COMPLETE';
		return {
			id,
			createdAt: upscale.createdAt,
			status,
			motionTransformType: 'UPSCALE',
			resolution: upscale.resolution,
			// The source clip (served for every video generation) stands in for the upscaled one.
			url: status === 'COMPLETE' ? `${s3Url()}/generations/${upscale.sourceId}/0.mp4` : null,
		};
	}

	return [
		{
			method: 'POST',
			path: '/generations-video-upscale',
			handle: ({ body, res, fail }) => {
				const source = state.generations.get(body.sourceGenerationId);
				if (!source || !source.video)
					return fail([400, 'sourceGenerationId is not a video generation', 'unexpected']);
				if (Date.now() < source.readyAt || source.fails)
					return fail([400, 'the source video generation is not complete', 'unexpected']);
				const id = crypto.randomUUID();
				upscales().set(id, {
					sourceId: source.id,
					resolution: body.resolution,
					createdAt: new Date().toISOString(),
					readyAt: Date.now() + sandbox.generationDelayMs,
					fails: sandbox.failGenerations,
				});
				const cost = charge('/generations-video-upscale', 10);
				return apiJson(res, 200, {
					motionVideoGenerationJob: {
						generationId: source.id,
						variationId: id,
						...costFields(cost),
					},
				});
			},
		},
		{
			method: 'GET',
			path: '/motion-variations/:id',
			handle: ({ params, res }) => {
				const upscale = upscales().get(params.id);
				return apiJson(res, 200, {
					generated_image_variation_motion: upscale ? [view(params.id, upscale)] : [],
				});
			},
		},
	];
}

module.exports = { videoUpscaleRoutes };
