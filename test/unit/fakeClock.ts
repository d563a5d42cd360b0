/**
 * Runs Jest's fake clock until the promise settles, 250 ms at a time; fails when it still runs after
 * `maxMs` of fake time (a wait that never ends is a failing test, not a hanging one).
 */
export async function settled<T>(promise: Promise<T>, maxMs = 300_000): Promise<T> {
	let done = false;
	promise.then(
		() => (done = true),
		() => (done = true),
	);
	for (let waited = 0; !done && waited < maxMs; waited += 250)
		await jest.advanceTimersByTimeAsync(250);
	if (!done) throw new Error(`still running after ${maxMs} ms of fake time`);
	return await promise;
}
