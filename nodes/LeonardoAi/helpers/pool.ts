/**
 * Runs `worker` for indexes 0..count-1 with at most `limit()` running at once and returns the results
 * in index order. The limit is read again after each item: lanes above it stop taking items, and
 * new lanes open when it rises. After a failure no new index starts; the running ones finish, then
 * the failure with the lowest index is thrown.
 */
export async function mapWithConcurrency<T>(
	count: number,
	limit: () => number,
	worker: (index: number) => Promise<T>,
): Promise<T[]> {
	const results = new Array<T>(count);
	const failures: Array<{ index: number; error: unknown }> = [];
	const running: Array<Promise<void>> = [];
	let next = 0;
	let lanes = 0;
	const widen = () => {
		while (next < count && failures.length === 0 && lanes < Math.max(1, limit())) {
			lanes += 1;
			running.push(lane());
		}
	};
	const lane = async (): Promise<void> => {
		while (next < count && failures.length === 0 && lanes <= Math.max(1, limit())) {
			const index = next++;
			try {
				results[index] = await worker(index);
			} catch (error) {
				failures.push({ index, error });
			}
			widen();
		}
		lanes -= 1;
	};
	widen();
	for (let i = 0; i < running.length; i++) await running[i];
	if (failures.length) throw failures.sort((a, b) => a.index - b.index)[0].error;
	return results;
}
