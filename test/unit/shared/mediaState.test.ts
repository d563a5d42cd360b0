import { mediaState } from '../../../nodes/LeonardoAi/actions/shared/uploadMedia';

/**
 * Whether an uploaded media file is ready, from its record (`GET /media/{id}`). The record's status
 * is a free string no source lists: the usual words, any case, with spaces around; else Leonardo's
 * measured duration decides.
 */
describe('mediaState: an uploaded file’s record read as ready, failed or pending', () => {
	it.each([
		[{ status: 'COMPLETE' }, 'ready'],
		[{ status: ' ready ' }, 'ready'],
		[{ status: 'Processed', duration: 0 }, 'ready'],
		[{ status: 'FAILED', duration: 5 }, 'failed'],
		[{ status: ' error' }, 'failed'],
		[{ status: 'PROCESSING', duration: 5 }, 'pending'],
		[{ status: 'queued ' }, 'pending'],
		[{ status: 'SOMETHING_NEW', duration: 5.04 }, 'ready'],
		[{ status: 'SOMETHING_NEW', duration: 0 }, 'pending'],
		[{ status: 'SOMETHING_NEW' }, 'pending'],
		[{ status: 42, duration: 3 }, 'ready'],
		[{ duration: '3' }, 'pending'],
		[undefined, 'pending'],
	])('%j → %s', (record, state) => {
		expect(mediaState(record as never)).toBe(state);
	});
});
