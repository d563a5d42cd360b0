import { createHash, timingSafeEqual } from 'crypto';

/**
 * The webhook callback key as configured on the credential, surrounding spaces (a pasted key's
 * usual stowaways) removed: the callback check and the credential test both read it through here.
 */
export function webhookKey(configured: unknown): string {
	return typeof configured === 'string' ? configured.trim() : '';
}

/**
 * Leonardo calls the webhook with `authorization: Bearer <webhook callback API key>` ("Guide to the
 * Webhook Callback Feature", https://docs.leonardo.ai/docs/guide-to-the-webhook-callback-feature).
 * The scheme is matched without regard to case (RFC 9110); the key is compared in constant time
 * (both sides hashed first, so their lengths give nothing away either).
 */
export function isAuthorized(header: unknown, configuredKey: unknown): boolean {
	const webhookApiKey = webhookKey(configuredKey);
	if (!webhookApiKey) return false;
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string') return false;
	const match = /^\s*bearer\s+(.+?)\s*$/i.exec(value);
	if (!match) return false;
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(match[1]), digest(webhookApiKey));
}
