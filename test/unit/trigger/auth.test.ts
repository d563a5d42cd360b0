import { isAuthorized, webhookKey } from '../../../nodes/LeonardoAi/trigger/auth';

describe('Leonardo AI Trigger: the callback check', () => {
	it('accepts exactly "Bearer <webhook callback key>", the scheme in any case, surrounding spaces ignored', () => {
		expect(isAuthorized('Bearer whk-secret', 'whk-secret')).toBe(true);
		expect(isAuthorized('bearer whk-secret', 'whk-secret')).toBe(true);
		expect(isAuthorized('  BEARER   whk-secret  ', 'whk-secret')).toBe(true);
		expect(isAuthorized(['Bearer whk-secret'], 'whk-secret')).toBe(true);
	});

	it('refuses a missing, empty, wrong, partial or differently shaped key, and any key when none is configured', () => {
		for (const header of [
			undefined,
			'',
			'Bearer',
			'Bearer ',
			'whk-secret',
			'Basic whk-secret',
			'Bearer whk-secre',
			'Bearer whk-secret2',
			'Bearer WHK-SECRET',
			42,
		])
			expect(isAuthorized(header, 'whk-secret')).toBe(false);
		expect(isAuthorized('Bearer ', '')).toBe(false);
		expect(isAuthorized('Bearer anything', '')).toBe(false);
		expect(isAuthorized('Bearer    ', '   ')).toBe(false);
		expect(isAuthorized('Bearer undefined', undefined)).toBe(false);
	});

	it('reads the configured key without its surrounding spaces, as the credential test does', () => {
		expect(webhookKey('  whk-secret\t\n')).toBe('whk-secret');
		expect(webhookKey('   ')).toBe('');
		expect(webhookKey(undefined)).toBe('');
		expect(isAuthorized('Bearer whk-secret', '  whk-secret  ')).toBe(true);
		expect(isAuthorized('Bearer whk-secret', ' whk secret ')).toBe(false);
	});
});

describe('Leonardo AI Trigger: what the callback check reads', () => {
	it('reads only a header that is a string (or the first of a list of strings), never one turned into text', () => {
		const lookalike = { toString: () => 'Bearer whk-secret' };
		for (const header of [[['Bearer whk-secret']], lookalike, [lookalike], [42], [undefined]])
			expect(isAuthorized(header, 'whk-secret')).toBe(false);
	});

	it('takes "Bearer" only at the start of the header', () => {
		for (const header of [
			'XBearer whk-secret',
			'NotBearer whk-secret',
			'Basic Bearer whk-secret',
			'Token whk-secret, Bearer whk-secret',
		])
			expect(isAuthorized(header, 'whk-secret')).toBe(false);
	});
});
