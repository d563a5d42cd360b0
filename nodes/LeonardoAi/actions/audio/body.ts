import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { parameterLabel } from '../../helpers/labels';
import { checkIdList } from '../../helpers/lists';
import { checkBoolean, checkId, readNumber, readText, refuseItem } from '../../helpers/parameters';
import { readPrompt } from '../generation/body';
import type { AudioModel, AudioModelId } from './models';
import {
	AUDIO_MODELS,
	AUDIO_QUANTITY,
	DEFAULT_DIALOGUE_VOICE,
	DEFAULT_SEED_VOICE,
	DIALOGUE_VOICES,
	MUSIC_DURATION_MINUTES,
	PROMPT_INFLUENCE,
	SEED_MAX_AUDIO_REFERENCES,
	SEED_PITCH,
	SEED_SPEED,
	SEED_VOICES,
	SEED_VOLUME,
	SOUND_EFFECT_DURATION,
} from './models';

/** The v2 body of Audio → Create, read from the item and checked against the model's page and the spec. */

/** The Model parameter: one of the four audio models, or a refusal that lists them. */
export function readAudioModel(this: IExecuteFunctions, itemIndex: number): AudioModel {
	const modelId = readText.call(this, 'model', itemIndex).trim();
	const model = AUDIO_MODELS[modelId as AudioModelId] as AudioModel | undefined;
	if (!model || !Object.prototype.hasOwnProperty.call(AUDIO_MODELS, modelId))
		refuseItem(
			this,
			itemIndex,
			modelId ? `"${modelId}" is not an audio model` : 'The model is empty',
			`Pick one of ${Object.values(AUDIO_MODELS)
				.map(({ id, name }) => `${name} (${id})`)
				.join(', ')}.`,
		);
	return model;
}

/** One of a list (a spec enum), or a refusal that names the list. */
function checkListed(
	this: IExecuteFunctions,
	label: string,
	value: string,
	listed: string[],
	model: AudioModel,
	itemIndex: number,
): string {
	if (listed.includes(value)) return value;
	return refuseItem(
		this,
		itemIndex,
		`"${label}" is not one of ${model.name}'s voices: "${value}"`,
		`Pick a voice from the list; ${model.name} takes only the voices its page lists (${model.docs}).`,
	);
}

/**
 * Seed Audio 1.0's `guidances`: `audio_reference[]` of { audio: { id, type } } (≤3) or one
 * `image_reference` { image: { id, type } } — not both (spec SeedAudio1_0GenerationRequest: "Cannot
 * be combined with an image reference"). The page lists a `strength` on the image reference; the
 * spec's item is { image, order } only, so none is sent.
 */
function seedGuidances(
	this: IExecuteFunctions,
	model: AudioModel,
	itemIndex: number,
): IDataObject | undefined {
	const audioIds = checkIdList(
		this,
		parameterLabel(this, 'audioReferenceIds', itemIndex),
		this.getNodeParameter('audioReferenceIds', itemIndex, ''),
		itemIndex,
		'Use the ID of uploaded audio (json.id of "Media → Upload") or of generated audio (audio[n].id of an earlier Audio → Create).',
	);
	if (audioIds.length > SEED_MAX_AUDIO_REFERENCES)
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes at most ${SEED_MAX_AUDIO_REFERENCES} audio references, not ${audioIds.length}`,
			'Keep up to 3 IDs in "Audio Reference IDs" (the prompt cites them as @Audio1, @Audio2, @Audio3).',
		);
	const imageId = readText.call(this, 'imageReferenceId', itemIndex).trim();
	if (audioIds.length && imageId)
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes audio references or an image reference, not both`,
			'Clear "Audio Reference IDs" or "Image Reference ID": Leonardo cannot combine them.',
		);
	if (audioIds.length) {
		const type = readText.call(this, 'audioReferenceType', itemIndex, 'UPLOADED');
		return { audio_reference: audioIds.map((id) => ({ audio: { id, type } })) };
	}
	if (imageId) {
		const id = checkId(
			this,
			parameterLabel(this, 'imageReferenceId', itemIndex),
			imageId,
			itemIndex,
			'Use json.id of "Init Image → Upload" or a generated image\'s images[n].id.',
		);
		const type = readText.call(this, 'imageReferenceType', itemIndex, 'UPLOADED');
		return { image_reference: [{ image: { id, type } }] };
	}
	return undefined;
}

/** Each model's own `parameters`, as its page and the spec name them (see models.ts). */
function modelParameters(
	this: IExecuteFunctions,
	model: AudioModel,
	itemIndex: number,
): IDataObject {
	switch (model.id) {
		case 'music-v1':
			return {
				duration_minutes: readNumber.call(
					this,
					'durationMinutes',
					MUSIC_DURATION_MINUTES,
					itemIndex,
					1,
				),
				force_instrumental: checkBoolean(
					this,
					parameterLabel(this, 'forceInstrumental', itemIndex),
					this.getNodeParameter('forceInstrumental', itemIndex, false),
					itemIndex,
				),
			};
		case 'sound-effects-v2':
			return {
				duration: readNumber.call(this, 'durationSeconds', SOUND_EFFECT_DURATION, itemIndex, 2),
				loop: checkBoolean(
					this,
					parameterLabel(this, 'loop', itemIndex),
					this.getNodeParameter('loop', itemIndex, false),
					itemIndex,
				),
				prompt_influence: readNumber.call(
					this,
					'effectPromptInfluence',
					PROMPT_INFLUENCE,
					itemIndex,
					0.7,
				),
			};
		case 'dialogue-v3': {
			const voice = readText.call(this, 'voiceId', itemIndex, DEFAULT_DIALOGUE_VOICE).trim();
			const languageCode = readText.call(this, 'languageCode', itemIndex, 'en').trim();
			if (!languageCode)
				refuseItem(
					this,
					itemIndex,
					'"Language Code" is empty',
					'Enter the language of the speech as an ISO 639-1 code, e.g. en.',
				);
			return {
				voice_id: checkListed.call(
					this,
					'Voice',
					voice,
					DIALOGUE_VOICES.map(({ id }) => id),
					model,
					itemIndex,
				),
				language_code: languageCode,
				prompt_influence: readNumber.call(
					this,
					'promptInfluence',
					PROMPT_INFLUENCE,
					itemIndex,
					0.5,
				),
			};
		}
		case 'seed-audio-1.0': {
			const voice = readText.call(this, 'seedVoiceId', itemIndex, DEFAULT_SEED_VOICE).trim();
			const guidances = seedGuidances.call(this, model, itemIndex);
			return {
				voice_id: checkListed.call(this, 'Voice', voice, SEED_VOICES, model, itemIndex),
				speed: readNumber.call(this, 'speed', SEED_SPEED, itemIndex, 1),
				pitch: readNumber.call(this, 'pitch', SEED_PITCH, itemIndex, 0),
				volume: readNumber.call(this, 'volume', SEED_VOLUME, itemIndex, 1),
				...(guidances ? { guidances } : {}),
			};
		}
	}
}

/**
 * The v2 body `{ model, parameters, public? }` (https://docs.leonardo.ai/reference/creategeneration):
 * `parameters.prompt` and `quantity` (1–4) on every audio model, then the model's own fields, then
 * Additional Parameters (JSON); every value checked before anything is sent (and paid).
 */
export function audioBody(
	this: IExecuteFunctions,
	model: AudioModel,
	options: IDataObject,
	itemIndex: number,
): IDataObject {
	const parameters: IDataObject = {
		prompt: readPrompt.call(this, itemIndex, model.promptMax),
		quantity: readNumber.call(this, 'quantity', AUDIO_QUANTITY, itemIndex, 1),
		...modelParameters.call(this, model, itemIndex),
	};
	const body: IDataObject = {
		model: model.id,
		parameters: withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			'options.additionalParameters',
		),
	};
	if (options.public !== undefined)
		body.public = checkBoolean(
			this,
			parameterLabel(this, 'options.public', itemIndex),
			options.public,
			itemIndex,
		);
	return body;
}
