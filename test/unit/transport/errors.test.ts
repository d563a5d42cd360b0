import { redactedAnswer } from '../../../nodes/LeonardoAi/transport/errors';

describe('redactedAnswer: an answer shown in an error, without secrets', () => {
	it('removes secret fields at any depth, the API key wherever it stands, and bearer tokens', () => {
		const answer = {
			error: 'upstream said Authorization: Bearer abc.def-123 and key sk-live-42',
			apiKey: 'sk-live-42',
			nested: { token: 't0k3n', policy: 'eyJwb2xpY3ki', count: 2 },
		};
		expect(redactedAnswer(answer, ['sk-live-42'])).toBe(
			'{"error":"upstream said Authorization: Bearer [redacted] and key [redacted]","apiKey":"[redacted]","nested":{"token":"[redacted]","policy":"[redacted]","count":2}}',
		);
	});

	it('keeps an HTML page to one line of at most 500 characters, and says when the answer was empty', () => {
		const page = `<html>\n  <body>${'x'.repeat(600)}</body>\n</html>`;
		const shown = redactedAnswer(page, []);
		expect(shown.startsWith('<html> <body>xxx')).toBe(true);
		expect(shown).toHaveLength(501);
		expect(shown.endsWith('…')).toBe(true);
		expect(redactedAnswer('', [])).toBe('(empty)');
		expect(redactedAnswer(undefined, [])).toBe('(empty)');
	});
});
