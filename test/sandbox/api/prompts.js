'use strict';
// Prompt tools: POST /prompt/improve, POST /prompt/random (SDK `promptimprove.ts`, `promptrandom.ts`).
// Both answer { promptGeneration: { prompt, apiCreditCost, cost } } and spend credits.
const { apiJson } = require('../common');
const { costFields } = require('./pricing');

/** The SDK's default `apiCreditCost` for a prompt tool. */
const PROMPT_COST = 4;

const RANDOM_PROMPTS = [
	'A lighthouse on a basalt cliff at dawn, mist rolling over the sea, golden rim light',
	'A tiny greenhouse café on a city rooftop, warm lamps at dusk, rain on the glass',
	'An origami fox in a paper forest, soft studio light, shallow depth of field',
];

function promptRoutes({ charge }) {
	let nextRandom = 0;
	return [
		{
			method: 'POST',
			path: '/prompt/improve',
			handle: ({ body, res, fail }) => {
				const prompt = body?.prompt;
				if (typeof prompt !== 'string' || !prompt.trim())
					return fail([
						400,
						'expecting a value for non-nullable variable: "prompt"',
						'validation-failed',
					]);
				// Leonardo's wording (https://docs.leonardo.ai/docs/api-error-messages).
				if (prompt.length > 200)
					return fail([
						400,
						'Prompt is too long, please keep it under 200 characters',
						'unexpected',
					]);
				const style = body.isVideo
					? 'slow dolly-in, natural motion, cinematic lighting'
					: 'highly detailed, soft natural light, sharp focus';
				const instructions = body.promptInstructions ? `, ${body.promptInstructions}` : '';
				return apiJson(res, 200, {
					promptGeneration: {
						prompt: `${prompt.trim()}, ${style}${instructions}`,
						...costFields(charge('/prompt/improve', PROMPT_COST)),
					},
				});
			},
		},
		{
			method: 'POST',
			path: '/prompt/random',
			handle: ({ res }) => {
				const prompt = RANDOM_PROMPTS[nextRandom++ % RANDOM_PROMPTS.length];
				return apiJson(res, 200, {
					promptGeneration: { prompt, ...costFields(charge('/prompt/random', PROMPT_COST)) },
				});
			},
		},
	];
}

module.exports = { promptRoutes };
