import type { IDataObject } from 'n8n-workflow';

import { requestError } from './errors';
import type { LeonardoContext, LeonardoRequest } from './leonardoApi';
import { isLoopbackHost } from './outbound';

export const DEFAULT_BASE_URL = 'https://cloud.leonardo.ai/api/rest/v1';

function baseUrlOf(credentials: IDataObject): string {
	const configured = typeof credentials.baseUrl === 'string' ? credentials.baseUrl.trim() : '';
	return (configured || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/**
 * The v2 base for the newer generation endpoint: Leonardo serves v1 and v2 side by side
 * (`https://cloud.leonardo.ai/api/rest/v1/generations`, https://docs.leonardo.ai/docs/getting-started;
 * `https://cloud.leonardo.ai/api/rest/v2/generations`, https://docs.leonardo.ai/docs/gpt-image-1-5),
 * so the Base URL's last path segment `v1` becomes `v2`. A Base URL whose path does not end in `/v1`
 * gives no v2 address: undefined.
 */
export function v2BaseUrlOf(v1BaseUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(v1BaseUrl);
	} catch {
		return undefined;
	}
	const segments = url.pathname.replace(/\/+$/, '').split('/');
	if (segments[segments.length - 1] !== 'v1') return undefined;
	segments[segments.length - 1] = 'v2';
	url.pathname = segments.join('/');
	return url.toString().replace(/\/+$/, '');
}

/** The URL of a request: the credential's Base URL (v1), or the v2 base derived from it. */
export function requestUrl(
	this: LeonardoContext,
	baseUrl: string,
	request: LeonardoRequest,
): string {
	if (request.apiVersion !== 'v2') return `${baseUrl}${request.path}`;
	const v2 = v2BaseUrlOf(baseUrl);
	if (!v2) {
		throw requestError(this, {
			message: "The Base URL gives no address for Leonardo's v2 endpoint",
			description: `Newer models use /api/rest/v2, found by replacing the final /v1 of the Base URL with /v2. "${baseUrl}" does not end in /v1: use a Base URL that ends in /api/rest/v1 (a proxy must keep Leonardo's path layout).`,
			itemIndex: request.itemIndex,
		});
	}
	return `${v2}${request.path}`;
}

/**
 * The credential's Base URL, refused unless the API key would travel safely to it: https, or plain
 * http to this machine only (the sandbox, a local proxy); never with a user name or password in it
 * (which is then not repeated in any message).
 */
export function checkedBaseUrl(
	this: LeonardoContext,
	credentials: IDataObject,
	itemIndex?: number,
): string {
	const baseUrl = baseUrlOf(credentials);
	const refuse = (message: string, description: string) =>
		requestError(this, { message, description, itemIndex });
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw refuse(
			'The Base URL in the "Leonardo AI API" credential is not a valid URL',
			`Use ${DEFAULT_BASE_URL}, or the address of your proxy or local sandbox.`,
		);
	}
	if (url.username || url.password) {
		throw refuse(
			'The Base URL in the "Leonardo AI API" credential contains a user name or password',
			'Remove them from the Base URL: the node sends the API key itself, and a password in a URL ends up in logs.',
		);
	}
	if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))
		return baseUrl;
	throw refuse(
		`The Base URL in the "Leonardo AI API" credential must use https (it is ${url.protocol}//${url.host})`,
		`The API key would travel unencrypted. Use ${DEFAULT_BASE_URL}; plain http is allowed only to this machine (localhost, 127.0.0.1, ::1), e.g. the local sandbox.`,
	);
}
