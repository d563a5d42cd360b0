import { isLoopbackHost } from '../transport/outbound';

/**
 * Which image URLs of a callback the trigger may fetch. The callback comes from outside, so its URLs
 * are not trusted: only https from a host the user listed on the credential (Leonardo serves images
 * from cdn.leonardo.ai, "Guide to the Webhook Callback Feature", docs.leonardo.ai), and plain http
 * only for a loopback host listed by name (the local sandbox and dev setup).
 */

export const DEFAULT_DOWNLOAD_HOSTS = 'cdn.leonardo.ai';

/** Where the list lives, as the user sees it in the credential form. */
const FIELD = '"Allowed Download Hosts" of the Leonardo AI Webhook API credential';

export interface AllowedHost {
	/** As `URL.hostname` gives it: lower case, IPv6 in brackets. */
	hostname: string;
	/** Only this port; without one, only the scheme's default port. */
	port?: number;
}

export interface DownloadHosts {
	allowed: AllowedHost[];
	/** Entries that are not `host` or `host:port` (they allow nothing). */
	invalid: string[];
}

/** `host` or `host:port` (IPv6 as `[::1]:5691`, or bare `::1` without a port), normalised as URLs are. */
function parseEntry(entry: string): AllowedHost | undefined {
	if (/[/\\@?#*\s]/.test(entry)) return undefined;
	// A bare IPv6 address (more than one colon, no brackets) has no port.
	const host = !entry.startsWith('[') && entry.split(':').length > 2 ? `[${entry}]` : entry;
	let url: URL;
	try {
		url = new URL(`https://${host}`);
	} catch {
		return undefined;
	}
	if (!url.hostname) return undefined;
	// Written out, 443 is the default port: the same as no port.
	return url.port ? { hostname: url.hostname, port: Number(url.port) } : { hostname: url.hostname };
}

/** The credential's comma-separated list (spaces and line breaks also separate entries). */
export function parseDownloadHosts(text: unknown): DownloadHosts {
	const list = typeof text === 'string' ? text : DEFAULT_DOWNLOAD_HOSTS;
	const hosts: DownloadHosts = { allowed: [], invalid: [] };
	for (const entry of list.split(/[\s,]+/).filter(Boolean)) {
		const parsed = parseEntry(entry);
		if (parsed) hosts.allowed.push(parsed);
		else hosts.invalid.push(entry);
	}
	return hosts;
}

function hostText(host: AllowedHost): string {
	return host.port === undefined ? host.hostname : `${host.hostname}:${host.port}`;
}

function listText(hosts: DownloadHosts): string {
	const allowed = hosts.allowed.map(hostText).join(', ') || 'none';
	const invalid = hosts.invalid.length
		? `; not understood, write host or host:port: ${hosts.invalid.join(', ')}`
		: '';
	return `(allowed: ${allowed}${invalid})`;
}

/**
 * Why an image URL from a callback is not to be fetched, or undefined when it may be. The reason
 * names the host and the credential field, never the URL's path or query (which may carry tokens).
 */
export function refusedDownload(url: unknown, hosts: DownloadHosts): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(String(url));
	} catch {
		return 'Not downloaded: the image URL in the callback is not a valid URL.';
	}
	const { protocol, hostname, host, port } = parsed;
	if (protocol !== 'https:' && protocol !== 'http:')
		return `Not downloaded: the image URL is a ${protocol} URL; only https URLs from ${FIELD} are downloaded.`;
	if (parsed.username || parsed.password)
		return `Not downloaded: the image URL for ${hostname} carries a user name or password; Leonardo's image URLs never do.`;
	const listed = hosts.allowed.some(
		(entry) =>
			entry.hostname === hostname &&
			(entry.port === undefined ? port === '' : Number(port) === entry.port),
	);
	if (!listed)
		return `Not downloaded: ${host} is not in ${FIELD} ${listText(hosts)}. Add the host there if Leonardo serves your images from it.`;
	if (protocol === 'http:' && !isLoopbackHost(hostname))
		return `Not downloaded: the image URL for ${host} is plain http; only https is downloaded (http only from a loopback host listed in ${FIELD}: 127.0.0.1, ::1 or localhost).`;
	return undefined;
}
