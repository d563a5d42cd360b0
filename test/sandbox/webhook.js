'use strict';
// Leonardo's webhook callback: when a generation made with an API key that has a callback URL
// completes, Leonardo POSTs the generation there with `authorization: Bearer <webhook callback API key>`
// ("Guide to the Webhook Callback Feature", which also gives the payload's fields:
// https://docs.leonardo.ai/docs/guide-to-the-webhook-callback-feature).
const http = require('http');

const { SANDBOX_USER } = require('./common');

/** The documented `image_generation.complete` body for a generation (as GET shows it) and the key. */
function callbackBody(generation, { apiKey, url, key, type = 'image_generation.complete' }) {
	return {
		type,
		object: 'generation',
		timestamp: Date.now(),
		api_version: 'v1',
		data: {
			object: {
				id: generation.id,
				status: generation.status,
				userId: SANDBOX_USER.id,
				createdAt: generation.createdAt,
				updatedAt: generation.createdAt,
				prompt: generation.prompt,
				negativePrompt: generation.negativePrompt,
				modelId: generation.modelId,
				imageWidth: generation.imageWidth,
				imageHeight: generation.imageHeight,
				quantity: generation.generated_images.length,
				inferenceSteps: generation.inferenceSteps,
				guidanceScale: generation.guidanceScale,
				seed: String(generation.seed),
				initImageId: null,
				initGeneratedImageId: null,
				initStrength: generation.initStrength,
				initType: null,
				scheduler: generation.scheduler,
				presetStyle: generation.presetStyle,
				sdVersion: generation.sdVersion,
				alchemy: false,
				photoReal: generation.photoReal,
				promptMagic: generation.promptMagic,
				public: generation.public,
				nsfw: false,
				flagged: false,
				api: true,
				tokenCost: 0,
				apiDollarCost: '9',
				apiKeyId: 'a1b2c3d4-0000-4000-8000-00000000a11e',
				imageToImage: false,
				controlnetsUsed: false,
				model: {
					id: generation.modelId,
					name: 'Leonardo Lightning XL',
					sdVersion: 'SDXL_LIGHTNING',
				},
				images: generation.generated_images.map((image) => ({
					id: image.id,
					url: image.url,
					generationId: generation.id,
					nsfw: image.nsfw,
					likeCount: image.likeCount,
					trendingScore: 0,
					public: generation.public,
					nobgId: null,
					userId: SANDBOX_USER.id,
					createdAt: generation.createdAt,
					updatedAt: generation.createdAt,
				})),
				apiKey: {
					id: 'a1b2c3d4-0000-4000-8000-00000000a11e',
					name: 'n8n',
					type: 'PRODUCTION',
					key: apiKey,
					webhookCallbackUrl: url,
					webhookCallbackApiKey: key,
				},
			},
		},
	};
}

/** POSTs a body to the callback URL; resolves with the status code and the answer's text. */
function post(url, headers, body) {
	const data = Buffer.from(JSON.stringify(body));
	return new Promise((resolve, reject) => {
		const request = http.request(
			url,
			{
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-length': data.length,
					'user-agent': 'axios/1.4.0',
					...headers,
				},
			},
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
				);
			},
		);
		request.on('error', reject);
		request.end(data);
	});
}

module.exports = { callbackBody, post };
