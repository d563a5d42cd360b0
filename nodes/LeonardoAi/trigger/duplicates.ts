/**
 * Deliveries of the same job seen recently by this process, so a repeated callback starts no second
 * execution. Memory only (nothing survives a restart, and in queue mode each webhook process keeps
 * its own): a duplicate that reaches another process or arrives after a restart still runs.
 */
const seen = new Map<string, number>();
const KEEP_MS = 60 * 60 * 1000;
const MAX_ENTRIES = 10_000;

/** Records the delivery; true when the same key was recorded within the last hour. */
export function isDuplicate(key: string, now = Date.now()): boolean {
	for (const [entry, at] of seen) {
		if (now - at < KEEP_MS && seen.size <= MAX_ENTRIES) break;
		seen.delete(entry);
	}
	const before = seen.get(key);
	if (before !== undefined && now - before < KEEP_MS) return true;
	seen.delete(key);
	seen.set(key, now);
	return false;
}
