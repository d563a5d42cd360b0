import { mediaState } from '../../../../nodes/LeonardoAi/actions/shared/uploadMedia';

/**
 * Whether Leonardo has processed an uploaded video or audio file, from its record's free-text
 * `status` (no page lists the values: SDK `getuploadedmediabyid.ts`) and, for a word no list knows,
 * whether Leonardo has measured a `duration`. The upload and the wait: test/workflow/media/upload.test.ts.
 */
describe('mediaState', () => {
	it.each<[string, Record<string, unknown> | undefined, string]>([
		['no record yet', undefined, 'pending'],
		['COMPLETE with spaces around it', { status: ' COMPLETE ' }, 'ready'],
		['READY before Leonardo reports a duration', { status: 'READY' }, 'ready'],
		['failed, even with a duration', { status: 'failed', duration: 4 }, 'failed'],
		['PROCESSING, even with a duration', { status: 'PROCESSING', duration: 4 }, 'pending'],
		['an unknown word with a duration', { status: 'UPLOADED', duration: 4 }, 'ready'],
		['an unknown word with a duration of 0', { status: 'UPLOADED', duration: 0 }, 'pending'],
		['an unknown word without a duration', { status: 'UPLOADED' }, 'pending'],
		['a duration that is text', { status: 'UPLOADED', duration: '4' }, 'pending'],
		['a status that is no text, with a duration', { status: 7, duration: 4 }, 'ready'],
	])('%s: %j is %s', (_name, record, state) => {
		expect(mediaState(record)).toBe(state);
	});
});
