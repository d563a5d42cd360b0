import { LeonardoAiWebhookApi } from '../../../credentials/LeonardoAiWebhookApi.credentials';
import {
	DEFAULT_DOWNLOAD_HOSTS,
	parseDownloadHosts,
	refusedDownload,
} from '../../../nodes/LeonardoAi/trigger/downloadHosts';

const hosts = (list: string) => parseDownloadHosts(list);
const allowed = (url: string, list: string) => refusedDownload(url, hosts(list)) === undefined;

describe('Leonardo AI Trigger: which callback image URLs are downloaded', () => {
	it('the default list is cdn.leonardo.ai, also on the credential, and allows its https URLs', () => {
		expect(DEFAULT_DOWNLOAD_HOSTS).toBe('cdn.leonardo.ai');
		const field = new LeonardoAiWebhookApi().properties.find((p) => p.name === 'downloadHosts');
		expect(field).toMatchObject({
			displayName: 'Allowed Download Hosts',
			type: 'string',
			default: DEFAULT_DOWNLOAD_HOSTS,
		});
		// A credential saved before the field existed has no value: the default applies.
		expect(parseDownloadHosts(undefined)).toEqual({
			allowed: [{ hostname: 'cdn.leonardo.ai' }],
			invalid: [],
		});
		const url = 'https://cdn.leonardo.ai/users/u1/generations/g1/Leonardo_0.jpg';
		expect(refusedDownload(url, parseDownloadHosts(undefined))).toBeUndefined();
		expect(allowed('https://CDN.Leonardo.AI:443/x.png', DEFAULT_DOWNLOAD_HOSTS)).toBe(true);
	});

	it('allows https from any listed host, spaces and case ignored', () => {
		const list = ' cdn.leonardo.ai ,Images.Example.com:8443,, ';
		expect(hosts(list)).toEqual({
			allowed: [{ hostname: 'cdn.leonardo.ai' }, { hostname: 'images.example.com', port: 8443 }],
			invalid: [],
		});
		expect(allowed('https://cdn.leonardo.ai/a.png', list)).toBe(true);
		expect(allowed('https://images.example.com:8443/a.png?sig=1', list)).toBe(true);
	});

	it('refuses an unlisted host, naming the host (not the query) and the credential field to change', () => {
		expect(
			refusedDownload('https://cdn.evil.example/x.png?token=secret', hosts('cdn.leonardo.ai')),
		).toBe(
			'Not downloaded: cdn.evil.example is not in "Allowed Download Hosts" of the Leonardo AI Webhook API credential (allowed: cdn.leonardo.ai). Add the host there if Leonardo serves your images from it.',
		);
		// A look-alike host is another host.
		expect(allowed('https://cdn.leonardo.ai.evil.example/x.png', 'cdn.leonardo.ai')).toBe(false);
		expect(allowed('https://evilcdn.leonardo.ai/x.png', 'cdn.leonardo.ai')).toBe(false);
	});

	it('refuses IP literals that are not listed, private ranges included', () => {
		for (const url of [
			'https://52.73.75.186/x.png',
			'https://10.0.0.5/x.png',
			'https://192.168.1.20/x.png',
			'https://[fd00::1]/x.png',
			'https://169.254.169.254/latest/meta-data',
		]) {
			const reason = refusedDownload(url, hosts('cdn.leonardo.ai'));
			expect(reason).toMatch(/is not in "Allowed Download Hosts"/);
			expect(reason).not.toMatch(/meta-data/);
		}
		expect(refusedDownload('http://10.0.0.5:8080/admin', hosts('cdn.leonardo.ai'))).toMatch(
			/^Not downloaded: 10\.0\.0\.5:8080 is not in "Allowed Download Hosts"/,
		);
		// The same address spelled differently is still that address.
		expect(allowed('https://2130706433/x.png', 'cdn.leonardo.ai')).toBe(false);
	});

	it('refuses plain http to a listed host that is not loopback', () => {
		expect(refusedDownload('http://cdn.leonardo.ai/x.png', hosts('cdn.leonardo.ai'))).toMatch(
			/^Not downloaded: the image URL for cdn\.leonardo\.ai is plain http; only https is downloaded/,
		);
		expect(allowed('http://10.0.0.5:8080/x.png', '10.0.0.5:8080')).toBe(false);
		expect(allowed('http://192.168.1.20/x.png', '192.168.1.20')).toBe(false);
	});

	it('allows plain http to a loopback host listed with its port (the local sandbox)', () => {
		expect(allowed('http://127.0.0.1:5691/generations/g/0.png', '127.0.0.1:5691')).toBe(true);
		expect(allowed('http://localhost:5691/x.png', 'cdn.leonardo.ai, localhost:5691')).toBe(true);
		expect(allowed('http://[::1]:5691/x.png', '[::1]:5691')).toBe(true);
		expect(allowed('http://[::1]/x.png', '::1')).toBe(true);
		// Loopback is allowed only when listed.
		expect(allowed('http://127.0.0.1:5691/x.png', 'cdn.leonardo.ai')).toBe(false);
	});

	it('matches the port exactly: an entry without a port allows only the default port', () => {
		expect(allowed('http://127.0.0.1:5692/x.png', '127.0.0.1:5691')).toBe(false);
		expect(allowed('http://127.0.0.1/x.png', '127.0.0.1:5691')).toBe(false);
		expect(allowed('http://127.0.0.1:5691/x.png', '127.0.0.1')).toBe(false);
		expect(allowed('https://cdn.leonardo.ai:8443/x.png', 'cdn.leonardo.ai')).toBe(false);
		expect(allowed('https://cdn.leonardo.ai/x.png', 'cdn.leonardo.ai:8443')).toBe(false);
		expect(allowed('https://cdn.leonardo.ai/x.png', 'cdn.leonardo.ai:443')).toBe(true);
		expect(refusedDownload('http://127.0.0.1:5692/x.png', hosts('127.0.0.1:5691'))).toMatch(
			/^Not downloaded: 127\.0\.0\.1:5692 is not in "Allowed Download Hosts" .*\(allowed: 127\.0\.0\.1:5691\)/,
		);
	});

	it('refuses data:, file:, javascript: and other schemes, without repeating the URL', () => {
		for (const [url, scheme] of [
			['data:image/png;base64,iVBORw0KGgo=', 'data:'],
			['file:///etc/passwd', 'file:'],
			['javascript:alert(1)', 'javascript:'],
			['ftp://cdn.leonardo.ai/x.png', 'ftp:'],
			['blob:https://cdn.leonardo.ai/1', 'blob:'],
		]) {
			const reason = refusedDownload(url, hosts('cdn.leonardo.ai'));
			expect(reason).toBe(
				`Not downloaded: the image URL is a ${scheme} URL; only https URLs from "Allowed Download Hosts" of the Leonardo AI Webhook API credential are downloaded.`,
			);
		}
	});

	it('refuses a URL with a user name or password, even to a listed host', () => {
		for (const url of [
			'https://user:password@cdn.leonardo.ai/x.png',
			'https://user@cdn.leonardo.ai/x.png',
			'https://cdn.evil.example@cdn.leonardo.ai/x.png',
		]) {
			const reason = refusedDownload(url, hosts('cdn.leonardo.ai'));
			expect(reason).toMatch(/carries a user name or password/);
			expect(reason).not.toMatch(/password@|evil/);
		}
	});

	it('refuses what is not a URL at all', () => {
		for (const url of ['', 'not a url', '//cdn.leonardo.ai/x.png', undefined, null, 42, {}])
			expect(refusedDownload(url, hosts('cdn.leonardo.ai'))).toBe(
				'Not downloaded: the image URL in the callback is not a valid URL.',
			);
	});

	it('allows nothing from an empty list, and names entries it cannot read', () => {
		for (const list of ['', ' , ,\n'])
			expect(refusedDownload('https://cdn.leonardo.ai/x.png', hosts(list))).toBe(
				'Not downloaded: cdn.leonardo.ai is not in "Allowed Download Hosts" of the Leonardo AI Webhook API credential (allowed: none). Add the host there if Leonardo serves your images from it.',
			);
		const list = hosts(
			'https://cdn.leonardo.ai/, *.leonardo.ai, cdn.leonardo.ai:99999, ok.example',
		);
		expect(list).toEqual({
			allowed: [{ hostname: 'ok.example' }],
			invalid: ['https://cdn.leonardo.ai/', '*.leonardo.ai', 'cdn.leonardo.ai:99999'],
		});
		expect(refusedDownload('https://cdn.leonardo.ai/x.png', list)).toContain(
			'(allowed: ok.example; not understood, write host or host:port: https://cdn.leonardo.ai/, *.leonardo.ai, cdn.leonardo.ai:99999)',
		);
	});
});

describe('Leonardo AI Trigger: the refusal lists the allowed hosts', () => {
	it('separated by a comma and a space, each with its port when it has one', () => {
		expect(
			refusedDownload(
				'https://cdn.evil.example/x.png',
				hosts('cdn.leonardo.ai images.example.com:8443\n[::1]:5691'),
			),
		).toBe(
			'Not downloaded: cdn.evil.example is not in "Allowed Download Hosts" of the Leonardo AI Webhook API credential (allowed: cdn.leonardo.ai, images.example.com:8443, [::1]:5691). Add the host there if Leonardo serves your images from it.',
		);
	});
});
