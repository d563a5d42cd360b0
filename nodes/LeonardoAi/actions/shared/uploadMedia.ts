import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InputMedia } from '../../helpers/binary';
import { readInputMedia } from '../../helpers/binary';
import { pollUntilDone } from '../../helpers/polling';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { toPresignedPost, uploadWithPresign } from '../../transport/presignedUpload';

/**
 * Video and audio uploads: `POST /v1/media` presigns an S3 POST
 * (https://docs.leonardo.ai/reference/uploadmedia), `GET /v1/media/{id}` reads the record
 * (https://docs.leonardo.ai/reference/getuploadedmediabyid), `DELETE /v1/media/{id}` removes it
 * (https://docs.leonardo.ai/reference/deleteuploadedmediabyid).
 */
export const MEDIA_COLLECTION = '/media';

/** `uploaded_media_by_pk` (SDK `getuploadedmediabyid.ts`); `null` for an unknown ID. */
export const MEDIA_RESPONSE_KEY = 'uploaded_media_by_pk';

export async function getMedia(
	this: IExecuteFunctions,
	mediaId: string,
	itemIndex: number,
	deadline?: number,
): Promise<IDataObject | undefined> {
	const response = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `${MEDIA_COLLECTION}/${encodeURIComponent(mediaId)}`,
		itemIndex,
		deadline,
	});
	const record = response[MEDIA_RESPONSE_KEY];
	return record && typeof record === 'object' ? (record as IDataObject) : undefined;
}

/**
 * The record's `status` is a free string (SDK `getuploadedmediabyid.ts`, the reference page): no
 * source lists its values. Leonardo's jobs use PENDING / COMPLETE / FAILED (SDK `jobstatus.ts`);
 * the words below cover that and the usual synonyms. An unlisted status counts as ready once
 * Leonardo has measured the file (a `duration`), else as still processing.
 */
const READY = /^(COMPLETE|COMPLETED|READY|PROCESSED|SUCCESS|SUCCEEDED|DONE|AVAILABLE)$/i;
const FAILED = /^(FAILED|FAILURE|ERROR|ERRORED|REJECTED|INVALID|CANCELLED|CANCELED|DELETED)$/i;
const PENDING = /^(PENDING|PROCESSING|UPLOADING|QUEUED|IN_PROGRESS|CREATED|WAITING|STARTED)$/i;

export type MediaState = 'ready' | 'failed' | 'pending';

export function mediaState(record: IDataObject | undefined): MediaState {
	if (!record) return 'pending';
	const status = typeof record.status === 'string' ? record.status.trim() : '';
	if (FAILED.test(status)) return 'failed';
	if (READY.test(status)) return 'ready';
	if (PENDING.test(status)) return 'pending';
	return typeof record.duration === 'number' && record.duration > 0 ? 'ready' : 'pending';
}

/** Waits until Leonardo has processed an uploaded file: its record, or an error naming the media ID. */
export async function waitUntilMediaReady(
	this: IExecuteFunctions,
	mediaId: string,
	itemIndex: number,
	timeoutSeconds: number,
): Promise<IDataObject> {
	const record = await pollUntilDone(
		this,
		async (deadline) => await getMedia.call(this, mediaId, itemIndex, deadline),
		(current) => mediaState(current) !== 'pending',
		{
			timeoutMs: timeoutSeconds * 1000,
			label: `Media ${mediaId}`,
			itemIndex,
			firstDelayMs: 500,
			notDone: 'was not ready',
			timeoutHint: `The file was uploaded, but Leonardo had not finished processing it. Raise "Wait Timeout" in the options, or look at it later with Media → Get (Media ID ${mediaId}).`,
		},
	);
	if (mediaState(record) === 'failed') {
		const reason = typeof record?.statusReason === 'string' ? record.statusReason.trim() : '';
		throw new NodeOperationError(
			this.getNode(),
			`Leonardo could not process media ${mediaId}: ${String(record?.status)}${reason ? ` – ${reason}` : ''}`,
			{
				itemIndex,
				description:
					'The file was uploaded but Leonardo refused it. Check that it plays (a damaged or unusual encoding fails), or re-encode it as H.264 MP4 / MP3 and try again.',
			},
		);
	}
	return record as IDataObject;
}

export interface UploadedMedia {
	/** The media ID (`uploadMedia.uploadId`): a video or audio reference's `id` with type UPLOADED. */
	id: string;
	/** From the bytes: VIDEO (mp4, mov) or AUDIO (mp3, wav). */
	mediaType: InputMedia['mediaType'];
	extension: InputMedia['extension'];
	/** Seconds, as Leonardo measured the file (else as the video's header says); null if neither tells. */
	duration: number | null;
	/** Pixels (videos), as Leonardo measured the file (else as the video's header says). */
	width: number | null;
	height: number | null;
	bytes: number;
	fileName: string;
	warnings: string[];
}

function numberOrNull(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * The item's video or audio file uploaded and ready to use: checked before any request (present,
 * really MP4/MOV/MP3/WAV), presigned right before its upload (the URL lives 2 minutes), POSTed to
 * S3 streamed (a large file stored by ID never sits in memory), then waited for until Leonardo has
 * processed it.
 */
export async function uploadMediaFile(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	timeoutSeconds: number,
): Promise<UploadedMedia> {
	const media = await readInputMedia.call(this, itemIndex, binaryPropertyName);
	const presign = async () => {
		const response = await leonardoApiRequest.call(this, {
			method: 'POST',
			path: MEDIA_COLLECTION,
			// `originalFilename` is required for audio and optional for video
			// (https://docs.leonardo.ai/reference/uploadmedia; the SDK's schema has only `extension`).
			body: { extension: media.extension, originalFilename: media.fileName },
			itemIndex,
			retry: true,
		});
		// `{ uploadMedia: { uploadId, url, fields } }` (SDK `uploadmedia.ts` MediaUploadOutput).
		const answer = response.uploadMedia as IDataObject | undefined;
		const target =
			answer && typeof answer === 'object'
				? { ...answer, id: answer.uploadId ?? answer.id }
				: answer;
		return [toPresignedPost.call(this, target, itemIndex)];
	};
	const noun = media.mediaType === 'VIDEO' ? 'video' : 'audio file';
	const [target] = await uploadWithPresign.call(this, presign, [{ ...media, noun }], itemIndex);
	const record = await waitUntilMediaReady.call(this, target.id, itemIndex, timeoutSeconds);
	return {
		id: target.id,
		mediaType: media.mediaType,
		extension: media.extension,
		// Leonardo's measurements; where it reports none, the node's reading of the video's header.
		duration: numberOrNull(record.duration) ?? media.movie?.duration ?? null,
		width: numberOrNull(record.width) ?? media.movie?.width ?? null,
		height: numberOrNull(record.height) ?? media.movie?.height ?? null,
		bytes: media.size,
		fileName: media.fileName,
		warnings: media.warnings,
	};
}

/** The JSON Media → Upload outputs (never the policy or signature fields). */
export function uploadedMediaJson(media: UploadedMedia): IDataObject {
	const { warnings, ...json } = media;
	return warnings.length ? { ...json, warnings } : json;
}
