import { fileItem, run, useSandbox } from '../../harness/context';

const uploadMedia = { name: 'Upload', parameters: { resource: 'media', operation: 'upload' } };

const create = (model: string, options: Record<string, unknown>) => ({
	name: 'Video',
	parameters: {
		resource: 'video',
		operation: 'create',
		model,
		prompt: 'the same street at night',
		duration: model === 'seedance-2.0' ? 4 : 5,
		downloadVideo: false,
		options,
	},
});

const UNKNOWN_ID = '0b5e2c1d-3f4a-4b6c-8d7e-9f0a1b2c3d4e';

/**
 * Video → Create with media uploaded by Media → Upload as its video and audio references (type
 * UPLOADED). The sandbox takes a media ID whose file reached S3 as a readable file of that kind and
 * refuses any other (assumed of Leonardo: no page says which IDs it takes).
 */
describe('Video → Create with uploaded media as references', () => {
	const ctx = useSandbox();
	const posts = () => ctx.sandbox.requestsTo('api', 'POST', '/v2/generations');

	it('Media → Upload → Video → Create: the upload’s ID and duration map into the video reference', async () => {
		const { sandbox } = ctx;
		const result = await run(
			sandbox,
			[
				uploadMedia,
				create('bfl/flux-3-video', {
					videoReferenceId: '={{ $json.id }}',
					videoReferenceType: 'UPLOADED',
					videoReferenceDuration: '={{ $json.duration }}',
				}),
			],
			[fileItem('clip-640x480-12s.mp4')],
		);
		expect(result.error?.message ?? result.status).toBe('success');
		const mediaId = result.outputs.Upload[0].json.id;
		expect(posts()[0].body.parameters.guidances).toEqual({
			video_reference_base: [{ video: { id: mediaId, type: 'UPLOADED', duration: 12 } }],
		});
		expect(result.output[0].json.status).toBe('COMPLETE');
	});

	it('an uploaded clip and an uploaded voice-over together (Seedance 2.0)', async () => {
		const { sandbox } = ctx;
		const uploaded = await run(
			sandbox,
			[uploadMedia],
			[fileItem('clip-64x36.mp4'), fileItem('tone-1s.mp3')],
		);
		const [videoId, audioId] = uploaded.output.map((item) => item.json.id as string);
		const result = await run(sandbox, [
			create('seedance-2.0', {
				videoReferenceId: videoId,
				videoReferenceType: 'UPLOADED',
				audioReferenceIds: audioId,
			}),
		]);
		expect(result.error?.message ?? result.status).toBe('success');
		expect(posts()[0].body.parameters.guidances).toEqual({
			video_reference_base: [{ video: { id: videoId, type: 'UPLOADED' } }],
			audio_reference: [{ audio: { id: audioId, type: 'UPLOADED' } }],
		});
	});

	it.each([
		['an unknown media ID', () => UNKNOWN_ID, `invalid video_reference_base video ${UNKNOWN_ID}`],
		[
			'an audio file as the video reference',
			(audioId: string) => audioId,
			'invalid video_reference_base video',
		],
	])('Leonardo refuses %s', async (_case, idOf, error) => {
		const { sandbox } = ctx;
		const uploaded = await run(sandbox, [uploadMedia], [fileItem('tone-1s.wav')]);
		const id = idOf(uploaded.output[0].json.id as string);
		const result = await run(sandbox, [
			create('seedance-2.0', { videoReferenceId: id, videoReferenceType: 'UPLOADED' }),
		]);
		expect(result.status).toBe('error');
		expect(result.error.message).toContain(error);
		expect(sandbox.charges).toEqual([]);
	});
});
