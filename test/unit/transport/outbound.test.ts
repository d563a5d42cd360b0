import {
	NO_REDIRECTS,
	hostOf,
	isLoopbackHost,
	isRedirect,
	redirectText,
} from '../../../nodes/LeonardoAi/transport/outbound';

const answer = (statusCode: number, location?: string | string[]) => ({
	statusCode,
	headers: location === undefined ? {} : { location },
	body: '',
});

describe('outbound: no redirect is followed, and one is reported by where it pointed', () => {
	it('asks n8n to follow none and to send credentials across origins never', () => {
		expect(NO_REDIRECTS).toEqual({
			disableFollowRedirect: true,
			sendCredentialsOnCrossOriginRedirect: false,
		});
	});

	it.each([
		[299, false],
		[300, true],
		[302, true],
		[399, true],
		[400, false],
	])('HTTP %i is a redirect: %s', (status, expected) => {
		expect(isRedirect(answer(status))).toBe(expected);
	});

	it('names the target without its query, relative targets read against the request URL', () => {
		const url = 'https://cdn.example.com/generations/g1/0.png';
		expect(redirectText(answer(302, 'https://other.example.net/x/y.png?token=secret'), url)).toBe(
			'a redirect (302) to other.example.net/x/y.png',
		);
		expect(redirectText(answer(307, ['/moved/0.png?sig=1', '/second']), url)).toBe(
			'a redirect (307) to cdn.example.com/moved/0.png',
		);
	});

	it('says when a redirect has no target, or one that is no URL', () => {
		const url = 'https://cdn.example.com/0.png';
		expect(redirectText(answer(301), url)).toBe('a redirect (301) without a target');
		expect(redirectText(answer(301, ''), url)).toBe('a redirect (301) without a target');
		expect(redirectText(answer(302, 'http://[not-a-host/x'), url)).toBe('a redirect (302)');
	});

	it('names a host with its port, or the text itself when it is no URL', () => {
		expect(hostOf('http://127.0.0.1:5691/a.png')).toBe('127.0.0.1:5691');
		expect(hostOf('https://cdn.leonardo.ai/a.png')).toBe('cdn.leonardo.ai');
		expect(hostOf('not a url')).toBe('not a url');
	});
});

describe('isLoopbackHost: plain http is allowed only to this machine', () => {
	it.each([
		'localhost',
		'LocalHost',
		'127.0.0.1',
		'127.10.200.3',
		'127.255.255.255',
		'::1',
		'[::1]',
		new URL('http://[::1]:5690/').hostname,
	])('%s is this machine', (host) => expect(isLoopbackHost(host)).toBe(true));

	it.each([
		// Look-alikes that a URL parser gives as hostnames, each another machine.
		'127.0.0.1.evil.example',
		new URL('http://127.0.0.1.evil.example/').hostname,
		'evil127.0.0.1',
		'localhost.evil.example',
		'128.0.0.1',
		'127.0.0',
		'127.0.0.1000',
		'::2',
		'[::2]',
		'::[1',
		'::]1',
		'10.0.0.1',
		'',
	])('%s is not', (host) => expect(isLoopbackHost(host)).toBe(false));
});
