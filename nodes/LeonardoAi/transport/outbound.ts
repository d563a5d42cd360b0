import type { IHttpRequestOptions } from 'n8n-workflow';

import type { HttpOutcome } from './retry';

/**
 * The rule every request of this node follows: no redirect is ever followed. A 3xx from Leonardo's
 * API could hand the API key to another host (n8n re-attaches credentials across origins unless told
 * not to); a followed S3 POST is buffered whole and may turn into a GET; a redirected download may
 * point anywhere. A 3xx is reported as an error that says where it pointed.
 */
export const NO_REDIRECTS: Pick<
	IHttpRequestOptions,
	'disableFollowRedirect' | 'sendCredentialsOnCrossOriginRedirect'
> = {
	disableFollowRedirect: true,
	sendCredentialsOnCrossOriginRedirect: false,
};

export function hostOf(url: string): string {
	try {
		return new URL(url).host;
	} catch {
		return url;
	}
}

export function isRedirect(response: HttpOutcome): boolean {
	return response.statusCode >= 300 && response.statusCode < 400;
}

/** "a redirect (302) to other.example.com/path" — the target without its query, which may hold tokens. */
export function redirectText(response: HttpOutcome, requestUrl: string): string {
	const raw = response.headers.location;
	const location = Array.isArray(raw) ? raw[0] : raw;
	if (!location) return `a redirect (${response.statusCode}) without a target`;
	try {
		const target = new URL(location, requestUrl);
		return `a redirect (${response.statusCode}) to ${target.host}${target.pathname}`;
	} catch {
		return `a redirect (${response.statusCode})`;
	}
}

/** This machine: `localhost`, 127.0.0.0/8 or ::1 (a URL's hostname, IPv6 in brackets or not). */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
	return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
