/**
 * Runs `worker` for indexes 0..count-1 with at most `limit` running at once and returns the results
 * in index order. After a failure no new index starts; the running ones finish, then the failure
 * with the lowest index is thrown.
 */
export async function mapWithConcurrency<T>(
	count: number,
	limit: number,
	worker: (index: number) => Promise<T>,
): Promise<T[]> {
	const results = new Array<T>(count);
	const failures: Array<{ index: number; error: unknown }> = [];
	let next = 0;
	const lane = async () => {
		while (next < count && failures.length === 0) {
			const index = next++;
			try {
				results[index] = await worker(index);
			} catch (error) {
				failures.push({ index, error });
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, lane));
	if (failures.length) throw failures.sort((a, b) => a.index - b.index)[0].error;
	return results;
}
