import type { IExecuteFunctions } from 'n8n-workflow';

import { readInputMedia } from '../../../nodes/LeonardoAi/helpers/binary';
import { buildMultipartBody } from '../../../nodes/LeonardoAi/transport/presignedUpload';
import { fixture } from '../../harness/context';
import { testNode } from '../fakeContext';

const MB = 1024 * 1024;

/**
 * An item whose 200 MB clip n8n keeps on disk (binary mode "filesystem": the binary has an `id`):
 * the stream is made on demand and counts what was read from it.
 */
function storedClip(size: number) {
	const head = fixture('clip-64x36.mp4');
	const read = { bytes: 0, streams: 0 };
	async function* stream(chunkSize: number) {
		read.streams += 1;
		for (let offset = 0; offset < size; offset += chunkSize) {
			const length = Math.min(chunkSize, size - offset);
			const chunk = Buffer.alloc(length);
			if (offset < head.length) head.copy(chunk, 0, offset, Math.min(head.length, offset + length));
			read.bytes += length;
			yield chunk;
		}
	}
	const context = {
		getNode: () => testNode(),
		getInputData: () => [
			{
				json: {},
				binary: {
					data: {
						id: 'filesystem-v2:clip',
						data: 'filesystem-v2',
						fileName: 'long.mp4',
						mimeType: 'video/mp4',
					},
				},
			},
		],
		helpers: {
			getBinaryMetadata: async () => ({ fileSize: size }),
			getBinaryStream: async (_id: string, chunkSize: number) => stream(chunkSize),
			getBinaryDataBuffer: async () => {
				throw new Error('a stored file must not be read whole');
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, read };
}

describe('readInputMedia: a large clip stored by ID is streamed, never held whole', () => {
	it('reads only the first bytes to check it, and streams it in full at upload time', async () => {
		const size = 200 * MB;
		const { context, read } = storedClip(size);
		const media = await readInputMedia.call(context, 0, 'data');

		expect(media).toMatchObject({
			size,
			extension: 'mp4',
			mediaType: 'VIDEO',
			fileName: 'long.mp4',
		});
		expect(typeof media.content).toBe('function');
		expect(read.bytes).toBeLessThanOrEqual(MB + 64 * 1024);

		const { body, length } = buildMultipartBody([['key', 'k']], { ...media, noun: 'video' });
		const streamed = body as { size: number; stream(): AsyncGenerator<Buffer> };
		expect(streamed.size).toBe(length);
		let sent = 0;
		let largest = 0;
		for await (const part of streamed.stream()) {
			sent += part.length;
			largest = Math.max(largest, part.length);
		}
		expect(sent).toBe(length);
		expect(largest).toBeLessThanOrEqual(256 * 1024);
		expect(read.streams).toBe(2);
	});
});
