import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { withAdditionalFields } from '../../helpers/additionalFields';
import { AUDIO_FILE } from '../../helpers/fileTypes';
import type { NumberRule } from '../../helpers/parameters';
import {
	checkBoolean,
	checkId,
	readNumber,
	readOptionValues,
	readText,
	refuseItem,
} from '../../helpers/parameters';
import {
	additionalFieldsOption,
	allowUnpricedJobsOption,
	concurrencyOption,
	maxCreditsOption,
	waitForCompletionParameter,
	waitTimeoutOption,
} from '../common.descriptions';
import { STARTED_JOB_KEY, startedGenerationJob } from '../generation/api';
import { readPrompt } from '../generation/body';
import type { ResultFileKind } from '../generation/resultFiles';
import { resultFilesOutput } from '../generation/resultFiles';
import type { JobSettings } from '../job';
import { readJobSettings, runJob } from '../job';
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
	seedVoiceName,
} from './models';

/** A ten-minute song may take a while to make. */
export const AUDIO_WAIT_TIMEOUT_SECONDS = 600;

const forModels = (...model: AudioModelId[]) => ({ show: { model } });

// Parameter names are unique in the node (durationSeconds, effectPromptInfluence): when every
// definition of a name is hidden (a model set by expression), n8n may fill it with another's default.

const properties: INodeProperties[] = [
	{
		displayName: 'Model',
		name: 'model',
		type: 'options',
		default: 'music-v1',
		options: [
			{
				name: 'Dialogue V3',
				value: 'dialogue-v3',
				description: 'Speech from a script, in one of 21 voices',
			},
			{
				name: 'Music V1',
				value: 'music-v1',
				description: 'A song or an instrumental track of 1 to 10 minutes',
			},
			{
				name: 'Seed Audio 1.0',
				value: 'seed-audio-1.0',
				description: 'Speech in a preset voice, or in a voice cloned from up to 3 audio clips',
			},
			{
				name: 'Sound Effects V2',
				value: 'sound-effects-v2',
				description: 'A sound effect of 1 to 22 seconds, optionally looping',
			},
		],
		description: 'The audio model',
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 4 },
		placeholder: 'e.g. An upbeat synthwave track with a driving bassline',
		description:
			'Music and sound effects: what to hear (at most 9999 characters). Dialogue v3 (at most 5000) and Seed Audio 1.0 (at most 3000): the words to speak; Seed Audio cites its audio references as @Audio1, @Audio2, @Audio3.',
	},
	{
		displayName: 'Duration (Minutes)',
		name: 'durationMinutes',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: 10 },
		displayOptions: forModels('music-v1'),
		description: 'Length of the track in whole minutes, 1 to 10',
	},
	{
		displayName: 'Force Instrumental',
		name: 'forceInstrumental',
		type: 'boolean',
		default: false,
		displayOptions: forModels('music-v1'),
		description: 'Whether the track must have no vocals',
	},
	{
		displayName: 'Duration (Seconds)',
		name: 'durationSeconds',
		type: 'number',
		default: 2,
		typeOptions: { minValue: 1, maxValue: 22 },
		displayOptions: forModels('sound-effects-v2'),
		description: 'Length of the sound effect in whole seconds, 1 to 22',
	},
	{
		displayName: 'Loop',
		name: 'loop',
		type: 'boolean',
		default: false,
		displayOptions: forModels('sound-effects-v2'),
		description: 'Whether the sound effect loops seamlessly',
	},
	{
		displayName: 'Voice',
		name: 'voiceId',
		type: 'options',
		default: DEFAULT_DIALOGUE_VOICE,
		options: DIALOGUE_VOICES.map(({ name, id }) => ({ name, value: id })),
		displayOptions: forModels('dialogue-v3'),
		description: 'The preset voice that speaks the script',
	},
	{
		displayName: 'Language Code',
		name: 'languageCode',
		type: 'string',
		default: 'en',
		placeholder: 'e.g. en',
		displayOptions: forModels('dialogue-v3'),
		description: 'The language of the speech, as an ISO 639-1 code (en, de, fr, …)',
	},
	{
		displayName: 'Prompt Influence',
		name: 'effectPromptInfluence',
		type: 'number',
		default: 0.7,
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		displayOptions: forModels('sound-effects-v2'),
		description: 'How closely the result follows the prompt, 0 to 1',
	},
	{
		displayName: 'Prompt Influence',
		name: 'promptInfluence',
		type: 'number',
		default: 0.5,
		typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
		displayOptions: forModels('dialogue-v3'),
		description:
			'How closely the voice follows the script, 0 to 1; lower reacts more to audio tags such as [whispers]',
	},
	{
		displayName: 'Voice',
		name: 'seedVoiceId',
		type: 'options',
		default: DEFAULT_SEED_VOICE,
		options: SEED_VOICES.map((id) => ({ name: seedVoiceName(id), value: id })),
		displayOptions: forModels('seed-audio-1.0'),
		description: 'The preset voice; Leonardo ignores it when an audio or image reference is set',
	},
	{
		displayName: 'Speed',
		name: 'speed',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 0.5, maxValue: 2, numberPrecision: 2 },
		displayOptions: forModels('seed-audio-1.0'),
		description: 'Speaking speed, 0.5 to 2',
	},
	{
		displayName: 'Pitch',
		name: 'pitch',
		type: 'number',
		default: 0,
		typeOptions: { minValue: -12, maxValue: 12 },
		displayOptions: forModels('seed-audio-1.0'),
		description: 'Pitch shift, a whole number from -12 to 12',
	},
	{
		displayName: 'Volume',
		name: 'volume',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 0.5, maxValue: 2, numberPrecision: 2 },
		displayOptions: forModels('seed-audio-1.0'),
		description: 'Volume, 0.5 to 2',
	},
	{
		displayName: 'Audio Reference IDs',
		name: 'audioReferenceIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2b1c3d4e-…, 9f3e…',
		hint: 'Comma-separated, at most 3: the voice to clone. Cited in the prompt as @Audio1, @Audio2, @Audio3.',
		displayOptions: forModels('seed-audio-1.0'),
		description:
			'Audio clips of the voice to clone (each at most 30 seconds and under 10 MB): IDs of uploaded audio (Media → Upload) or of generated audio',
	},
	{
		displayName: 'Audio Reference Type',
		name: 'audioReferenceType',
		type: 'options',
		default: 'UPLOADED',
		options: [
			{ name: 'Uploaded Audio', value: 'UPLOADED' },
			{ name: 'Generated Audio', value: 'GENERATED' },
		],
		displayOptions: forModels('seed-audio-1.0'),
		description: 'Whether the audio reference IDs are of uploaded media or of generated audio',
	},
	{
		displayName: 'Image Reference ID',
		name: 'imageReferenceId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4f6d1a2b-9c3e-4d5f-8a7b-1c2d3e4f5a6b',
		hint: 'Optional, instead of audio references: an image whose subject the voice should suit',
		displayOptions: forModels('seed-audio-1.0'),
		description:
			'An image (under 10 MB) that guides the voice; cannot be combined with audio references',
	},
	{
		displayName: 'Image Reference Type',
		name: 'imageReferenceType',
		type: 'options',
		default: 'UPLOADED',
		options: [
			{ name: 'Uploaded Init Image', value: 'UPLOADED' },
			{ name: 'Generated Image', value: 'GENERATED' },
			{ name: 'Variation', value: 'VARIATION' },
		],
		displayOptions: forModels('seed-audio-1.0'),
		description:
			'Whether the image reference ID is of an uploaded init image, a generated image or a variation',
	},
	{
		displayName: 'Number of Results',
		name: 'quantity',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: 4 },
		description: 'How many versions to make, 1 to 4. Each costs credits.',
	},
	waitForCompletionParameter,
	{
		displayName: 'Download Audio',
		name: 'downloadAudio',
		type: 'boolean',
		default: true,
		displayOptions: { show: { waitForCompletion: [true] } },
		description:
			'Whether to download the finished audio (MP3 or WAV) into the binary field "audio" (several: audio_0, audio_1, …)',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				...additionalFieldsOption,
				displayName: 'Additional Parameters (JSON)',
				name: 'additionalParameters',
				hint: 'Added to "parameters", with Leonardo\'s exact field names; a field the node already sets is refused',
				description: "Extra fields from the model's page this node has no parameter for",
			},
			allowUnpricedJobsOption,
			concurrencyOption,
			maxCreditsOption,
			{
				displayName: 'Public',
				name: 'public',
				type: 'boolean',
				default: false,
				description: "Whether the audio appears in Leonardo's public community feed",
			},
			{ ...waitTimeoutOption, default: AUDIO_WAIT_TIMEOUT_SECONDS },
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['audio'], operation: ['create'] } },
	properties,
);

/**
 * Where an audio file is in GET /generations/{id}: no source found (see resultFiles.ts). Tried in
 * this order: `audioUrl` / `audioURL` (assumed names, used only if Leonardo sends them),
 * `motionMP4URL` (where the v1 reference puts a file that is not a still, the video), and last
 * `url`, the documented field of every `generated_images[]` entry — the likeliest carrier. An
 * entry's first http(s) URL is downloaded and must be MP3 or WAV by its first bytes.
 */
const AUDIO_RESULT: ResultFileKind = {
	binaryName: 'audio',
	listKey: 'audio',
	noun: 'audio file',
	expected: AUDIO_FILE,
	urlFields: ['audioUrl', 'audioURL', 'motionMP4URL', 'url'],
};

interface CreateAudioRequest extends JobSettings {
	body: IDataObject;
	model: AudioModel;
	download: boolean;
}

function readChecked(
	this: IExecuteFunctions,
	name: string,
	label: string,
	rule: NumberRule,
	itemIndex: number,
	fallback: number,
): number {
	return readNumber.call(this, name, label, rule, itemIndex, fallback);
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

/** Comma-separated IDs (empty entries skipped), each checked as a Leonardo ID. */
function readIds(
	this: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
): string[] {
	return readText
		.call(this, name, label, itemIndex)
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean)
		.map((id) =>
			checkId(
				this,
				label,
				id,
				itemIndex,
				'Use the ID of uploaded audio (json.id of "Media → Upload") or of generated audio (audio[n].id of an earlier Audio → Create).',
			),
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
	const audioIds = readIds.call(this, 'audioReferenceIds', 'Audio Reference IDs', itemIndex);
	if (audioIds.length > SEED_MAX_AUDIO_REFERENCES)
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes at most ${SEED_MAX_AUDIO_REFERENCES} audio references, not ${audioIds.length}`,
			'Keep up to 3 IDs in "Audio Reference IDs" (the prompt cites them as @Audio1, @Audio2, @Audio3).',
		);
	const imageId = readText.call(this, 'imageReferenceId', 'Image Reference ID', itemIndex).trim();
	if (audioIds.length && imageId)
		refuseItem(
			this,
			itemIndex,
			`${model.name} takes audio references or an image reference, not both`,
			'Clear "Audio Reference IDs" or "Image Reference ID": Leonardo cannot combine them.',
		);
	if (audioIds.length) {
		const type = readText.call(
			this,
			'audioReferenceType',
			'Audio Reference Type',
			itemIndex,
			'UPLOADED',
		);
		return { audio_reference: audioIds.map((id) => ({ audio: { id, type } })) };
	}
	if (imageId) {
		const id = checkId(
			this,
			'Image Reference ID',
			imageId,
			itemIndex,
			'Use json.id of "Init Image → Upload" or a generated image\'s images[n].id.',
		);
		const type = readText.call(
			this,
			'imageReferenceType',
			'Image Reference Type',
			itemIndex,
			'UPLOADED',
		);
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
				duration_minutes: readChecked.call(
					this,
					'durationMinutes',
					'Duration (Minutes)',
					MUSIC_DURATION_MINUTES,
					itemIndex,
					1,
				),
				force_instrumental: checkBoolean(
					this,
					'Force Instrumental',
					this.getNodeParameter('forceInstrumental', itemIndex, false),
					itemIndex,
				),
			};
		case 'sound-effects-v2':
			return {
				duration: readChecked.call(
					this,
					'durationSeconds',
					'Duration (Seconds)',
					SOUND_EFFECT_DURATION,
					itemIndex,
					2,
				),
				loop: checkBoolean(
					this,
					'Loop',
					this.getNodeParameter('loop', itemIndex, false),
					itemIndex,
				),
				prompt_influence: readChecked.call(
					this,
					'effectPromptInfluence',
					'Prompt Influence',
					PROMPT_INFLUENCE,
					itemIndex,
					0.7,
				),
			};
		case 'dialogue-v3': {
			const voice = readText
				.call(this, 'voiceId', 'Voice', itemIndex, DEFAULT_DIALOGUE_VOICE)
				.trim();
			const languageCode = readText
				.call(this, 'languageCode', 'Language Code', itemIndex, 'en')
				.trim();
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
				prompt_influence: readChecked.call(
					this,
					'promptInfluence',
					'Prompt Influence',
					PROMPT_INFLUENCE,
					itemIndex,
					0.5,
				),
			};
		}
		case 'seed-audio-1.0': {
			const voice = readText
				.call(this, 'seedVoiceId', 'Voice', itemIndex, DEFAULT_SEED_VOICE)
				.trim();
			const guidances = seedGuidances.call(this, model, itemIndex);
			return {
				voice_id: checkListed.call(this, 'Voice', voice, SEED_VOICES, model, itemIndex),
				speed: readChecked.call(this, 'speed', 'Speed', SEED_SPEED, itemIndex, 1),
				pitch: readChecked.call(this, 'pitch', 'Pitch', SEED_PITCH, itemIndex, 0),
				volume: readChecked.call(this, 'volume', 'Volume', SEED_VOLUME, itemIndex, 1),
				...(guidances ? { guidances } : {}),
			};
		}
	}
}

/**
 * The v2 body `{ model, parameters, public? }` (https://docs.leonardo.ai/reference/creategeneration):
 * `parameters.prompt` and `quantity` (1–4) on every audio model, then the model's own fields; every
 * value checked against its page and the spec before anything is sent (and paid).
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateAudioRequest> {
	const modelId = readText.call(this, 'model', 'Model', itemIndex).trim();
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
	const options = readOptionValues.call(this, itemIndex);
	const parameters: IDataObject = {
		prompt: readPrompt.call(this, itemIndex, model.promptMax),
		quantity: readNumber.call(this, 'quantity', 'Number of Results', AUDIO_QUANTITY, itemIndex, 1),
		...modelParameters.call(this, model, itemIndex),
	};
	const body: IDataObject = {
		model: model.id,
		parameters: withAdditionalFields.call(
			this,
			parameters,
			options.additionalParameters,
			itemIndex,
			'Additional Parameters (JSON)',
		),
	};
	if (options.public !== undefined)
		body.public = checkBoolean(this, 'Public', options.public, itemIndex);
	const wait = readJobSettings.call(
		this,
		itemIndex,
		options,
		{ name: 'downloadAudio', label: 'Download Audio' },
		AUDIO_WAIT_TIMEOUT_SECONDS,
	);
	return {
		body,
		model,
		download: wait.download,
		waitForCompletion: wait.waitForCompletion,
		timeoutSeconds: wait.timeoutSeconds,
		budget: wait.budget,
	};
}

/** Makes the audio with POST /v2/generations (once), waits, and downloads it into binary "audio". */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateAudioRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const job = startedGenerationJob.call(this, itemIndex, {
		request: {
			apiVersion: 'v2',
			path: '/generations',
			body: request.body,
			responseKey: STARTED_JOB_KEY.v2,
		},
		extra: { model: request.model.id },
		output: async (generation, fields) =>
			await resultFilesOutput.call(
				this,
				generation,
				fields,
				itemIndex,
				request.download,
				AUDIO_RESULT,
			),
		failedHint: `Try another prompt or settings; ${request.model.name}'s page lists what it accepts (${request.model.docs}).`,
		// v2 models have no pricing-calculator service: with Max Credits such a job needs Allow Unpriced Jobs.
		pricing: { what: `${request.model.name} audio` },
	});
	return await runJob.call(this, itemIndex, job, request);
}
