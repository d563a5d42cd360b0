import {
	resultJson,
	resultUrls,
} from '../../../../nodes/LeonardoAi/actions/generation/resultFiles';

/** A kind of result file as audio and 3D name theirs: the URL may sit in either field. */
const kind = {
	listKey: 'files',
	noun: 'file',
	expected: { toggle: 'Download File' },
	urlFields: ['fileUrl', 'url'],
} as never;

describe('resultUrls: the file URL of each generated_images entry', () => {
	it('takes the first field, in the kind’s order, that holds an http(s) URL', () => {
		expect(
			resultUrls(
				[
					{ fileUrl: 'https://cdn.example/a.mp3', url: 'https://cdn.example/other' },
					{ fileUrl: null, url: 'HTTP://cdn.example/b.mp3' },
					{ fileUrl: 'see https://cdn.example/c.mp3', url: 'https://cdn.example/c.mp3' },
				],
				kind,
			),
		).toEqual([
			'https://cdn.example/a.mp3',
			'HTTP://cdn.example/b.mp3',
			'https://cdn.example/c.mp3',
		]);
	});

	it('skips entries without a URL, and empty entries', () => {
		expect(
			resultUrls(
				[
					null as never,
					{ fileUrl: 'ftp://cdn.example/d.mp3' },
					{ url: 'https://cdn.example/e.mp3' },
				],
				kind,
			),
		).toEqual(['https://cdn.example/e.mp3']);
	});
});

describe('resultJson: a finished generation as users see it', () => {
	it('names the ID generationId and the files by the kind’s key, the other fields passed on', () => {
		expect(
			resultJson(
				{ id: 'g1', status: 'COMPLETE', generated_images: [{ url: 'u' }], prompt: 'p' },
				kind,
			),
		).toEqual({ generationId: 'g1', status: 'COMPLETE', files: [{ url: 'u' }], prompt: 'p' });
		expect(resultJson({ id: 'g2', status: 'PENDING' }, kind)).toEqual({
			generationId: 'g2',
			status: 'PENDING',
			files: [],
		});
	});
});
