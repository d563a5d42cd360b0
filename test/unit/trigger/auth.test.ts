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
