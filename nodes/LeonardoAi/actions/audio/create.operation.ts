import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { AUDIO_FILE } from '../../helpers/fileTypes';
import { readOptionValues } from '../../helpers/parameters';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import type { ResultFileKind } from '../generation/resultFiles';
import { resultFilesJob } from '../generation/resultFiles';
import type { JobSettings } from '../shared/job';
import { readJobSettings, runJob } from '../shared/job';
import { audioBody, readAudioModel } from './body';
import {
	AUDIO_WAIT_TIMEOUT_SECONDS,
	audioModelParameter,
	audioOptions,
	audioPromptParameter,
	downloadAudioParameter,
	modelFieldParameters,
	quantityParameter,
} from './descriptions';
import type { AudioModel } from './models';

const properties: INodeProperties[] = [
	audioModelParameter,
	audioPromptParameter,
	...modelFieldParameters,
	quantityParameter,
	waitForCompletionParameter,
	downloadAudioParameter,
	audioOptions,
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

/** Reads and checks the item against the model's page and the spec, with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<CreateAudioRequest> {
	const model = readAudioModel.call(this, itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	const body = audioBody.call(this, model, options, itemIndex);
	const wait = readJobSettings.call(
		this,
		itemIndex,
		options,
		'downloadAudio',
		AUDIO_WAIT_TIMEOUT_SECONDS,
	);
	return { body, model, ...wait };
}

/** Makes the audio with POST /v2/generations (once), waits, and downloads it into binary "audio". */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: CreateAudioRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const job = resultFilesJob.call(this, itemIndex, {
		body: request.body,
		kind: AUDIO_RESULT,
		download: request.download,
		extra: { model: request.model.id },
		failedHint: `Try another prompt or settings; ${request.model.name}'s page lists what it accepts (${request.model.docs}).`,
		what: `${request.model.name} audio`,
	});
	return await runJob.call(this, itemIndex, job, request);
}
