import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ExpectedFile } from '../../helpers/fileTypes';
import { redactedAnswer } from '../../transport/errors';
import type { Job } from '../shared/job';
import { downloadResult } from '../shared/job';
import type { GenerationUpload } from './api';
import { STARTED_JOB_KEY, startedGenerationJob } from './api';

/**
 * The files of a v2 generation that makes neither images nor videos (audio, 3D models), read back
 * with v1 GET /generations/{id} like every v2 job. Where that answer puts such a file: **no source
 * found**. The v1 reference (https://docs.leonardo.ai/reference/getgenerationbyid, updatedAt
 * 2026-06-03) and the SDK's `getgenerationbyid.ts` know only `generated_images[]` with `url` (images)
 * and `motionMP4URL` (videos); the pages of Music v1, Sound Effects v2, Dialogue v3, Seed Audio 1.0
 * and Rodin V2 (https://docs.leonardo.ai/docs/music-v1 …/rodin-v2) and the v2 spec show only the
 * request. Assumed: one `generated_images[]` entry per file, the file's URL in the first of the
 * kind's `urlFields` that holds an http(s) URL (`url` — the documented field — or a more specific
 * name Leonardo may use); the bytes then decide whether it is the file (downloads check the type by
 * its first bytes). When no entry has such a URL the node stops with Leonardo's answer (redacted),
 * so that the field can be found and added.
 */
export interface ResultFileKind {
	/** The binary field: "audio" (several: audio_0, audio_1, …), "model". */
	binaryName: string;
	/** The output's list of the generation's `generated_images`: "audio", "assets". */
	listKey: string;
	/** For messages: "audio file", "3D model". */
	noun: string;
	expected: ExpectedFile;
	/** The fields of a `generated_images[]` entry tried for the file's URL, in this order. */
	urlFields: string[];
}

/** A finished generation as users see it: its ID, status and files (Leonardo's `generated_images`). */
export function resultJson(generation: IDataObject, kind: ResultFileKind): IDataObject {
	const { id, status, generated_images: files, ...rest } = generation;
	return {
		generationId: id,
		status,
		[kind.listKey]: (files as IDataObject[] | undefined) ?? [],
		...rest,
	};
}

function isHttpUrl(value: unknown): value is string {
	return typeof value === 'string' && /^https?:\/\//i.test(value);
}

/** The URL of each file: the first of the kind's fields holding an http(s) URL, per entry. */
export function resultUrls(files: IDataObject[], kind: ResultFileKind): string[] {
	return files
		.map((file) => kind.urlFields.map((field) => file?.[field]).find(isHttpUrl))
		.filter(isHttpUrl);
}

/**
 * The output item; with downloads on, each file checked by its first bytes into the kind's binary
 * field. `generation` is Leonardo's answer as read, shown (redacted) when it holds no file URL.
 */
export async function resultFilesOutput(
	this: IExecuteFunctions,
	generation: IDataObject,
	fields: IDataObject,
	itemIndex: number,
	download: boolean,
	kind: ResultFileKind,
): Promise<INodeExecutionData[]> {
	const json = { ...resultJson(generation, kind), ...fields };
	const pairedItem = { item: itemIndex };
	if (!download || json.status !== 'COMPLETE') return [{ json, pairedItem }];
	const entries = json[kind.listKey] as IDataObject[];
	const answer = redactedAnswer(generation, []);
	if (!entries.length) {
		throw new NodeOperationError(
			this.getNode(),
			`Generation ${String(json.generationId)} is complete but has no ${kind.noun}`,
			{
				itemIndex,
				description: `Leonardo's answer lists no result (generated_images is empty), so there is nothing to download: try again, or with another prompt or other images. Leonardo's answer: ${answer}.`,
			},
		);
	}
	const urls = resultUrls(entries, kind);
	if (!urls.length) {
		const where = kind.urlFields.map((field) => `generated_images[].${field}`).join(', ');
		throw new NodeOperationError(
			this.getNode(),
			`Generation ${String(json.generationId)} is complete but its answer has no ${kind.noun} URL`,
			{
				itemIndex,
				description: `Leonardo does not document where GET /generations/{id} puts the ${kind.noun}; the node looked in ${where}. Leonardo's answer: ${answer}. Turn off "${kind.expected.toggle}" to output the generation as it is, and report the field that holds the file.`,
			},
		);
	}
	const files = await Promise.all(
		urls.map(
			async (url, index) =>
				await downloadResult.call(
					this,
					url,
					`${String(json.generationId)}${urls.length > 1 ? `_${index}` : ''}`,
					itemIndex,
					kind.expected,
				),
		),
	);
	const binary: IBinaryKeyData = {};
	files.forEach(
		(file, index) =>
			(binary[urls.length > 1 ? `${kind.binaryName}_${index}` : kind.binaryName] = file),
	);
	return [{ json, binary, pairedItem }];
}

/** A v2 generation whose results are files of one kind (Audio → Create, 3D → Create), as a job. */
export interface ResultFilesJobSpec {
	body: IDataObject;
	kind: ResultFileKind;
	download: boolean;
	/** Output with the job, after `cost`. */
	extra: IDataObject;
	upload?: GenerationUpload;
	failedHint: string;
	/** What the jobs are, for Max Credits' messages: "Music v1 audio". */
	what: string;
}

/** POSTs the body to /v2/generations (once), reads the generation back, outputs its files. */
export function resultFilesJob(
	this: IExecuteFunctions,
	itemIndex: number,
	spec: ResultFilesJobSpec,
): Job {
	return startedGenerationJob.call(this, itemIndex, {
		request: {
			apiVersion: 'v2',
			path: '/generations',
			body: spec.body,
			responseKey: STARTED_JOB_KEY.v2,
		},
		extra: spec.extra,
		upload: spec.upload,
		output: async (generation, fields) =>
			await resultFilesOutput.call(this, generation, fields, itemIndex, spec.download, spec.kind),
		failedHint: spec.failedHint,
		// v2 models have no pricing-calculator service: with Max Credits such a job needs Allow Unpriced Jobs.
		pricing: { what: spec.what },
	});
}
