'use strict';
// Video and audio uploads: POST /media presigns an S3 POST (../s3.js), GET /media/{id} reports the
// record, DELETE /media/{id} removes it. From https://docs.leonardo.ai/reference/uploadmedia,
// …/getuploadedmediabyid and …/deleteuploadedmediabyid (2026-04-21) and the SDK's schemas (the body
// is checked by ../contract.js). What no page says, the sandbox assumes (docs/media.md lists it):
// - `status` is PENDING until the file is uploaded and processed, then COMPLETE, or FAILED with a
//   `statusReason` (Leonardo's job statuses, SDK jobstatus.ts); processing takes `media.processingMs`
//   after the S3 upload;
// - `mediaType` is VIDEO or AUDIO; duration, width and height are read from the file's bytes;
// - a file whose bytes are not the format the presign named ends FAILED, as an unreadable one.
const { apiError, apiJson } = require('../common');
const { MEDIA_TYPES, probeMedia } = require('../mediaFiles');

/** Per test (reset with the sandbox): how long processing takes, and the status words used. */
function mediaSettings() {
	return {
		/** After the S3 upload; Infinity = never ready. */
		processingMs: 150,
		pendingStatus: 'PENDING',
		readyStatus: 'COMPLETE',
		/** What "Leonardo" reports instead of what it reads from the file ({ duration, width, height }). */
		measured: {},
	};
}

const round = (seconds) => Math.round(seconds * 1000) / 1000;

function mediaRoutes({ sandbox, state, presign, s3Url }) {
	const view = (id, media) => {
		const object = state.objects.get(media.key);
		const base = {
			id,
			createdAt: media.createdAt,
			url: null,
			thumbnailUrl: null,
			status: sandbox.media.pendingStatus,
			statusReason: null,
			mediaType: MEDIA_TYPES[media.extension],
			duration: null,
			width: null,
			height: null,
			video_fps: null,
		};
		if (!object || Date.now() < object.storedAt + sandbox.media.processingMs) return base;
		const probe = object.actual === media.extension && probeMedia(object.data, media.extension);
		if (!probe)
			return {
				...base,
				status: 'FAILED',
				statusReason: `the file is not a valid ${media.extension.toUpperCase()} file`,
			};
		return {
			...base,
			url: `${s3Url()}/${media.key}`,
			status: sandbox.media.readyStatus,
			duration: round(probe.duration),
			width: probe.width,
			height: probe.height,
			...sandbox.media.measured,
		};
	};
	return [
		{
			method: 'POST',
			path: '/media',
			handle: ({ body, res }) => {
				const { extension, originalFilename, teamId } = body ?? {};
				if (!Object.hasOwn(MEDIA_TYPES, extension ?? ''))
					return apiError(
						res,
						400,
						`invalid file extension ${JSON.stringify(extension)}: expected mp4, mov, mp3 or wav`,
						'unexpected',
					);
				// Nullable strings (the page's schema); the SDK's schema, which lacks them, cannot check them.
				for (const [name, value] of Object.entries({ originalFilename, teamId }))
					if (value !== undefined && value !== null && typeof value !== 'string')
						return apiError(
							res,
							400,
							`expected a string for '${name}', but found a ${typeof value}`,
							'validation-failed',
							`$.selectionSet.args.${name}`,
						);
				// "Required for audio uploads (mp3, wav). Optional for video."
				if (
					MEDIA_TYPES[extension] === 'AUDIO' &&
					(typeof originalFilename !== 'string' || !originalFilename.trim())
				)
					return apiError(res, 400, 'originalFilename is required for audio uploads', 'unexpected');
				// "the caller must be a member": the sandbox's user belongs to no team.
				if (teamId !== undefined && teamId !== null)
					return apiError(res, 403, 'not a member of this team', 'access-denied');
				const target = presign(extension, 'media');
				state.media.set(target.id, {
					key: target.key,
					extension,
					originalFilename: originalFilename ?? null,
					createdAt: new Date().toISOString(),
				});
				// MediaUploadOutput: uploadId, url, fields (a JSON string); no key.
				return apiJson(res, 200, {
					uploadMedia: { uploadId: target.id, url: target.url, fields: target.fields },
				});
			},
		},
		{
			method: 'GET',
			path: '/media/:id',
			handle: ({ params, res }) => {
				const media = state.media.get(params.id);
				return apiJson(res, 200, { uploaded_media_by_pk: media ? view(params.id, media) : null });
			},
		},
		{
			method: 'DELETE',
			path: '/media/:id',
			handle: ({ params, res }) => {
				const media = state.media.get(params.id);
				if (media) {
					state.media.delete(params.id);
					state.objects.delete(media.key);
				}
				return apiJson(res, 200, {
					delete_uploaded_media_by_pk: media ? { id: params.id } : null,
				});
			},
		},
	];
}

/**
 * VIDEO or AUDIO for a media ID whose file reached S3 and is a readable file of its presigned
 * format; undefined for any other ID (an unknown, never uploaded or unreadable one): what a
 * video_reference_base / audio_reference of type UPLOADED may name (api/v2models.js).
 */
function uploadedMediaKind(state, id) {
	const media = state.media?.get(id);
	const object = media && state.objects.get(media.key);
	if (!object || object.actual !== media.extension) return undefined;
	return probeMedia(object.data, media.extension) ? MEDIA_TYPES[media.extension] : undefined;
}

module.exports = { mediaRoutes, mediaSettings, uploadedMediaKind };
