'use strict';
// The generations store shared by image and video endpoints: every job is read back with
// GET /generations/{id}; a video job's images carry motionMP4URL.
const crypto = require('crypto');

const { PLATFORM_MODELS, sleep } = require('../common');

function generationStore({ sandbox, state, s3Url, activeJobs }) {
	function generationView(job) {
		const done = Date.now() >= job.readyAt;
		const status = !done ? 'PENDING' : job.fails ? 'FAILED' : 'COMPLETE';
		if (done) job.seenFinished = true;
		const images =
			status === 'COMPLETE'
				? Array.from({ length: job.count }, (_, n) => ({
						id: job.imageIds[n],
						url: `${s3Url()}/generations/${job.id}/${n}.${job.result ?? 'png'}`,
						nsfw: false,
						likeCount: 0,
						motionMP4URL: job.video ? `${s3Url()}/generations/${job.id}/${n}.mp4` : null,
						generated_image_variation_generics: [],
					}))
				: [];
		return {
			id: job.id,
			status,
			createdAt: job.createdAt,
			prompt: job.body.prompt,
			negativePrompt: job.body.negative_prompt ?? null,
			modelId: job.body.modelId ?? PLATFORM_MODELS[0].id,
			imageWidth: job.width,
			imageHeight: job.height,
			inferenceSteps: job.body.num_inference_steps ?? 15,
			guidanceScale: job.body.guidance_scale ?? 7,
			seed: job.body.seed ?? 123456789,
			initStrength: job.body.init_strength ?? null,
			presetStyle: job.body.presetStyle ?? 'DYNAMIC',
			scheduler: job.body.scheduler ?? 'EULER_DISCRETE',
			sdVersion: job.body.sd_version ?? 'SDXL_LIGHTNING',
			public: job.body.public ?? false,
			photoReal: job.body.photoReal ?? false,
			promptMagic: job.body.promptMagic ?? false,
			generated_images: images,
			generation_elements: [
				...(job.body.elements ?? []).map((e) => ({
					id: null,
					weightApplied: e.weight ?? 1,
					lora: { akUUID: e.akUUID },
				})),
				...(job.body.userElements ?? []).map((e) => ({
					id: e.userLoraId,
					weightApplied: e.weight ?? 1,
					lora: null,
				})),
			],
		};
	}

	/** A generation (images, or with `video` a clip) that completes after the sandbox's delay. */
	function createJob(body, width, height, count, fails, video = false) {
		const job = {
			id: crypto.randomUUID(),
			body,
			width,
			height,
			count,
			createdAt: new Date().toISOString(),
			readyAt: Date.now() + sandbox.generationDelayMs,
			fails: sandbox.failGenerations || fails,
			video,
			imageIds: Array.from({ length: count }, () => crypto.randomUUID()),
		};
		job.imageIds.forEach((imageId, index) =>
			state.generatedImages.set(imageId, { generationId: job.id, index, width, height }),
		);
		state.generations.set(job.id, job);
		sandbox.maxActiveJobs = Math.max(sandbox.maxActiveJobs, activeJobs());
		// With a webhook set on the API key, Leonardo calls it once the job is done.
		if (sandbox.webhook)
			sleep(job.readyAt - Date.now() + 20)
				.then(() => sandbox.webhook && sandbox.sendCallback(job.id))
				.catch(() => undefined);
		return job;
	}

	return { createJob, generationView };
}

module.exports = { generationStore };
