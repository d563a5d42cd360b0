import type { INodeProperties } from 'n8n-workflow';

import { additionalFieldsOption, jobOptions } from '../shared/common.descriptions';
import type { AudioModelId } from './models';
import {
	DEFAULT_DIALOGUE_VOICE,
	DEFAULT_SEED_VOICE,
	DIALOGUE_VOICES,
	SEED_VOICES,
	seedVoiceName,
} from './models';

/** The parameters of Audio → Create: the model, the prompt, each model's own fields, the options. */

/** A ten-minute song may take a while to make. */
export const AUDIO_WAIT_TIMEOUT_SECONDS = 600;

const forModels = (...model: AudioModelId[]) => ({ show: { model } });

export const audioModelParameter: INodeProperties = {
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
};

export const audioPromptParameter: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	default: '',
	required: true,
	typeOptions: { rows: 4 },
	placeholder: 'e.g. An upbeat synthwave track with a driving bassline',
	description:
		'Music and sound effects: what to hear (at most 9999 characters). Dialogue v3 (at most 5000) and Seed Audio 1.0 (at most 3000): the words to speak; Seed Audio cites its audio references as @Audio1, @Audio2, @Audio3.',
};

// Parameter names are unique in the node (durationSeconds, effectPromptInfluence): when every
// definition of a name is hidden (a model set by expression), n8n may fill it with another's default.

/** Each model's own fields, shown for that model only. */
export const modelFieldParameters: INodeProperties[] = [
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
];

export const quantityParameter: INodeProperties = {
	displayName: 'Number of Results',
	name: 'quantity',
	type: 'number',
	default: 1,
	typeOptions: { minValue: 1, maxValue: 4 },
	description: 'How many versions to make, 1 to 4. Each costs credits.',
};

export const downloadAudioParameter: INodeProperties = {
	displayName: 'Download Audio',
	name: 'downloadAudio',
	type: 'boolean',
	default: true,
	displayOptions: { show: { waitForCompletion: [true] } },
	description:
		'Whether to download the finished audio (MP3 or WAV) into the binary field "audio" (several: audio_0, audio_1, …)',
};

export const audioOptions = jobOptions(
	[
		{
			...additionalFieldsOption,
			displayName: 'Additional Parameters (JSON)',
			name: 'additionalParameters',
			hint: 'Added to "parameters", with Leonardo\'s exact field names; a field the node already sets is refused',
			description: "Extra fields from the model's page this node has no parameter for",
		},
		{
			displayName: 'Public',
			name: 'public',
			type: 'boolean',
			default: false,
			description: "Whether the audio appears in Leonardo's public community feed",
		},
	],
	{ default: AUDIO_WAIT_TIMEOUT_SECONDS },
);
