import { fileItem } from '../../harness/context';
import { binaryItem } from '../../harness/runWorkflow';
import { maskJpeg } from '../../sandbox/jpeg';

/** A binary output as the tests read it (runWorkflow's `decoded`). */
export type Binary = { buffer: Buffer; mimeType: string; fileName: string };

export const GENERATE = '/generations-lcm';
export const retryOnFail = { retryOnFail: true, maxTries: 3, waitBetweenTries: 10 };

/** The Realtime node: `operation` with a prompt, the rest of its parameters and node settings as given. */
export function realtime(
	operation: string,
	parameters: Record<string, unknown> = {},
	settings: Record<string, unknown> = {},
) {
	return {
		name: 'Realtime',
		parameters: {
			resource: 'realtime',
			operation,
			prompt: 'a lighthouse at dusk',
			...parameters,
		},
		...settings,
	};
}

/** The sandbox answers a Generate POST with this status and body (after letting `after` through). */
export function answerGenerate(
	sandbox: { faults: unknown[] },
	status: number,
	body: unknown,
	after = 0,
) {
	sandbox.faults.push({ server: 'api', method: 'POST', path: GENERATE, status, body, after });
}

export const jpegDataUrl = (bytes: Buffer) => `data:image/jpeg;base64,${bytes.toString('base64')}`;

/** An item with the photo in "data" and a mask of the given size in "mask". */
export function photoWithMask(width: number, height: number, maskLabel = { fileName: 'mask.jpg' }) {
	const item = fileItem('photo-640x480.jpg');
	const mask = binaryItem(maskJpeg(width, height), {
		fileName: maskLabel.fileName,
		mimeType: 'image/jpeg',
		property: 'mask',
	});
	return { ...item, binary: { ...item.binary, ...mask.binary } };
}
