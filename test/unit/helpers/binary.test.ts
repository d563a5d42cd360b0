import type { IExecuteFunctions } from 'n8n-workflow';

import { readInputImage, readInputMedia } from '../../../nodes/LeonardoAi/helpers/binary';
import { buildMultipartBody } from '../../../nodes/LeonardoAi/transport/presignedUpload';
import { fixture } from '../../harness/context';
import { testNode } from '../fakeContext';

const MB = 1024 * 1024;

/**
 * An item whose 200 MB clip n8n keeps on disk (binary mode "filesystem": the binary has an `id`):
 * the stream is made on demand and counts what was read from it.
 */
function storedClip(
	size: number,
	file = { name: 'long.mp4', fixture: 'clip-64x36.mp4', mimeType: 'video/mp4' },
) {
	const head = fixture(file.fixture);
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
						fileName: file.name,
						mimeType: file.mimeType,
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

describe('readInputImage: a large photo stored by ID', () => {
	it('reads only as far as its header for the checks, and streams it in 16 KB pieces', async () => {
		const size = 5 * MB;
		const { context, read } = storedClip(size, {
			name: 'photo.png',
			fixture: 'photo-640x480.png',
			mimeType: 'image/png',
		});
		const image = await readInputImage.call(context, 0, 'data');

		expect(image).toMatchObject({ size, format: 'png', dimensions: { width: 640, height: 480 } });
		// The PNG header is in the first piece: not the 1 MB a long JPEG header may need.
		expect(read.bytes).toBeLessThanOrEqual(64 * 1024);

		const { body } = buildMultipartBody([['key', 'k']], { ...image, noun: 'image' });
		let largest = 0;
		for await (const part of (body as { stream(): AsyncGenerator<Buffer> }).stream())
			largest = Math.max(largest, part.length);
		expect(largest).toBeLessThanOrEqual(16 * 1024);
	});
});
