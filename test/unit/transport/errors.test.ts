import { NodeApiError } from 'n8n-workflow';

import {
	isOutcomeUnknown,
	isTimedOut,
	markTimedOut,
	outcomeUnknownError,
	redactedAnswer,
	requestError,
} from '../../../nodes/LeonardoAi/transport/errors';
import { nodeOnlyContext } from '../fakeContext';

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

describe('redactedAnswer: the edges', () => {
	it('hides whatever a secret key holds: a list or an object as well as text, and null', () => {
		expect(
			redactedAnswer(
				{
					signature: ['c2lnbmF0dXJl', 'bW9yZQ=='],
					token: { value: 't0k3n', expiresAt: 1767225600 },
					password: null,
					id: 'job-1',
				},
				[],
			),
		).toBe('{"signature":"[redacted]","token":"[redacted]","password":"[redacted]","id":"job-1"}');
	});

	it('says "(empty)" for a null answer too', () => {
		expect(redactedAnswer(null, [])).toBe('(empty)');
	});

	it('ignores an empty secret (a credential without a key), rather than marking every character', () => {
		expect(redactedAnswer('Bad gateway', ['', 'sk-1'])).toBe('Bad gateway');
	});

	it('redacts a bearer token after any run of spaces, and trims the line', () => {
		expect(redactedAnswer('\n  proxy saw Authorization: Bearer   abc.def  \n', [])).toBe(
			'proxy saw Authorization: Bearer [redacted]',
		);
	});

	it('keeps an answer of exactly 500 characters whole', () => {
		const answer = 'y'.repeat(500);
		expect(redactedAnswer(answer, [])).toBe(answer);
	});
});

describe('requestError: our own words, with the HTTP status when there was an answer', () => {
	it('carries the status as n8n shows it, or none', () => {
		const answered = requestError(nodeOnlyContext, {
			message: 'Leonardo API error: bad',
			description: 'Check it.',
			status: 404,
			itemIndex: 2,
		});
		expect(answered).toBeInstanceOf(NodeApiError);
		expect([answered.message, answered.description, answered.httpCode]).toEqual([
			'Leonardo API error: bad',
			'Check it.',
			'404',
		]);
		expect(answered.context.itemIndex).toBe(2);
		const unanswered = requestError(nodeOnlyContext, { message: 'No answer', description: 'd' });
		expect(unanswered.httpCode).toBeNull();
	});
});

describe('outcomeUnknownError: a job POST that may have started', () => {
	it("says why, what the node does, how to check, and Leonardo's answer when there was one", () => {
		const error = outcomeUnknownError(nodeOnlyContext, {
			what: 'Leonardo answered POST /generations with HTTP 502, not JSON',
			howToCheck: 'Look for it with Generation → Get Many.',
			answer: '<html>Bad gateway</html>',
			itemIndex: 1,
		});
		expect(error.message).toBe(
			'Leonardo answered POST /generations with HTTP 502, not JSON: the job may have started and been charged',
		);
		expect(error.description).toBe(
			"The node does not send it again (a second POST would be a second paid job) and starts no further job in this run. Look for it with Generation → Get Many. Leonardo's answer: <html>Bad gateway</html>",
		);
		expect(isOutcomeUnknown(error)).toBe(true);
		expect(isTimedOut(error)).toBe(false);
	});

	it('puts the reason first and no answer when none came', () => {
		const error = outcomeUnknownError(nodeOnlyContext, {
			what: 'POST /generations got no complete answer',
			reason: 'ECONNRESET',
			howToCheck: 'Look for it with Generation → Get Many.',
		});
		expect(error.description).toBe(
			'ECONNRESET. The node does not send it again (a second POST would be a second paid job) and starts no further job in this run. Look for it with Generation → Get Many.',
		);
	});
});

describe('markTimedOut / isTimedOut / isOutcomeUnknown', () => {
	it('marks only when told, and reads only NodeApiErrors', () => {
		const plain = requestError(nodeOnlyContext, { message: 'm', description: 'd' });
		expect(isTimedOut(markTimedOut(plain, false))).toBe(false);
		expect(isTimedOut(markTimedOut(plain, true))).toBe(true);
		expect(isOutcomeUnknown(plain)).toBe(false);
		const lookalike = Object.assign(new Error('m'), {
			context: { timedOut: true, jobOutcome: 'unknown' },
		});
		expect(isTimedOut(lookalike)).toBe(false);
		expect(isOutcomeUnknown(lookalike)).toBe(false);
	});
});
