import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';

import type { MediaFileType } from './fileTypes';
import {
	declaredMediaExtension,
	detectMediaFile,
	isObjModel,
	notVideoKind,
	other3dFormat,
} from './fileTypes';
import type { ImageFormat, ImageSize } from './image';
import { parameterLabel } from './labels';
import type { MovieInfo } from './movie';
import { readMovieInfo } from './movie';
import { refuseItem } from './parameters';
import { isToolMode, noFileForAgent } from './toolMode';
import {
	EXTENSION_BY_FORMAT,
	MIME_TYPE_BY_FORMAT,
	declaredImageFormat,
	detectImageFormat,
	readImageSize,
} from './image';

export interface InputImage {
	/** Size in bytes. */
	size: number;
	/** The whole file, or (stored by ID) a function that opens it as a stream. */
	content: Buffer | (() => Promise<AsyncIterable<Buffer>>);
	format: ImageFormat;
	/** The extension Leonardo's presign endpoints expect (`png`, `jpg`, `webp`). */
	extension: string;
	mimeType: string;
	fileName: string;
	dimensions: ImageSize;
	/** Things the user should know, e.g. a file labelled PNG that is really a JPEG. */
	warnings: string[];
}

function describeBytes(bytes: Buffer): string {
	const head = bytes.subarray(0, 12);
	const text = head.toString('latin1');
	if (text.startsWith('GIF8')) return 'a GIF';
	if (text.startsWith('%PDF')) return 'a PDF';
	if (/^\s*</.test(text)) return 'HTML or XML text (often an error page saved as the file)';
	if (text.startsWith('BM')) return 'a BMP';
	const notVideo = notVideoKind(head);
	if (notVideo) return notVideo;
	return `bytes starting with ${head.subarray(0, 4).toString('hex')}`;
}

/**
 * Leonardo publishes no upload limit; past these a file is a mistake (a wrong field, a corrupt or
 * crafted header) rather than a photo, and is refused before any request.
 */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 16384;

/** Enough of the file to read any PNG, JPEG or WebP header (JPEG metadata can run long). */
const HEAD_BYTES = 1024 * 1024;
/**
 * The pieces an upload streams a stored file in. Small, because up to 50 uploads run at once and
 * each holds a few pieces ahead of its socket (axios reads the body through Readable.from, which
 * buffers up to 16): 16 KB each keeps a batch's memory flat whatever the files weigh.
 */
const STREAM_CHUNK_BYTES = 16 * 1024;

/**
 * Opens an item's binary data. Stored by ID (n8n's filesystem or S3 mode): only the first bytes are
 * read now and the upload streams the rest. Inline: the buffer n8n already holds.
 */
async function openBinary(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	binary: IBinaryData,
	enough: (head: Buffer) => boolean,
): Promise<{ head: Buffer; size: number; content: InputImage['content'] }> {
	const inMemory = async () => {
		const data = await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
		return { head: data, size: data.length, content: data };
	};
	const id = binary.id;
	if (!id) return await inMemory();
	const { fileSize } = await this.helpers.getBinaryMetadata(id);
	if (typeof fileSize !== 'number') return await inMemory();
	const chunks: Buffer[] = [];
	let read = 0;
	const stream = await this.helpers.getBinaryStream(id, 64 * 1024);
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		chunks.push(chunk);
		read += chunk.length;
		if (read >= HEAD_BYTES || enough(Buffer.concat(chunks))) break;
	}
	(stream as { destroy?: () => void }).destroy?.();
	const head = Buffer.concat(chunks);
	// Small files are simply kept; large ones are streamed again at upload time.
	if (read >= fileSize) return { head, size: head.length, content: head };
	return {
		head,
		size: fileSize,
		content: async () =>
			(await this.helpers.getBinaryStream(id, STREAM_CHUNK_BYTES)) as AsyncIterable<Buffer>,
	};
}

/** The item's binary field, or an error naming the fields it has (and `parameter`, which names it). */
function requireBinary(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	parameter: string,
): IBinaryData {
	const item = this.getInputData()[itemIndex];
	const binary: IBinaryData | undefined = item?.binary?.[binaryPropertyName];
	if (binary) return binary;
	const available = Object.keys(item?.binary ?? {});
	if (isToolMode(this) && !available.length)
		return refuseItem(
			this,
			itemIndex,
			`This operation needs a file in binary field "${binaryPropertyName}", and an AI agent's tool call carries none`,
			noFileForAgent(
				String(this.getNodeParameter('resource', itemIndex)),
				String(this.getNodeParameter('operation', itemIndex)),
			),
		);
	return refuseItem(
		this,
		itemIndex,
		`Item ${itemIndex} has no binary field "${binaryPropertyName}"`,
		available.length
			? `Its binary fields are: ${available.join(', ')}. Set "${parameterLabel(this, parameter, itemIndex)}" to one of them.`
			: 'The item carries no binary data at all. Put a node that outputs a file (Read Files from Disk, HTTP Request with Response Format "File", Form Trigger, Google Drive → Download …) before this one.',
	);
}

interface OpenedFile {
	binary: IBinaryData;
	/** The file's name as the item has it ('' when none). */
	fileName: string;
	head: Buffer;
	size: number;
	content: InputImage['content'];
}

/**
 * Opens the item's binary field: present, not empty and at most `limit.bytes` (else refused, with
 * `limit.hint` on what to do), its first bytes read.
 */
async function openInputFile(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	parameter: string,
	limit: { bytes: number; hint: string; enough?: (head: Buffer) => boolean },
): Promise<OpenedFile> {
	const binary = requireBinary.call(this, itemIndex, binaryPropertyName, parameter);
	const opened = await openBinary.call(
		this,
		itemIndex,
		binaryPropertyName,
		binary,
		limit.enough ?? (() => false),
	);
	if (opened.size === 0)
		refuseItem(
			this,
			itemIndex,
			`The file in "${binaryPropertyName}" is empty`,
			`${binary.fileName || 'The file'} has 0 bytes. Check the node that produced it.`,
		);
	const fileName = binary.fileName ?? '';
	if (opened.size > limit.bytes)
		refuseItem(
			this,
			itemIndex,
			`The file in "${binaryPropertyName}" is larger than ${Math.round(limit.bytes / 1024 / 1024)} MB`,
			`${fileName || 'The file'} has ${opened.size} bytes. ${limit.hint}`,
		);
	return { binary, fileName, ...opened };
}

/** The file's label (MIME type or extension) names another format than its bytes: say so. */
function mislabelled(binary: IBinaryData, fileName: string, declared: string, real: string) {
	return `The file is labelled ${declared.toUpperCase()} (${binary.mimeType || fileName}) but its bytes are ${real.toUpperCase()}; it was uploaded as ${real.toUpperCase()}.`;
}

/**
 * Reads an image from an input item's binary property and checks it before any request is
 * made: present, not empty, really PNG/JPEG/WebP, with a readable size.
 */
export async function readInputImage(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	parameter = 'binaryPropertyName',
): Promise<InputImage> {
	const { binary, fileName, head, size, content } = await openInputFile.call(
		this,
		itemIndex,
		binaryPropertyName,
		parameter,
		{
			bytes: MAX_UPLOAD_BYTES,
			hint: 'Leonardo downsizes init images anyway: make it smaller first, e.g. with the Edit Image node (Resize).',
			// Read no further than the checks need: the format, and the size in its header.
			enough: (head) => {
				const format = detectImageFormat(head);
				return !format || readImageSize(head, format) !== undefined;
			},
		},
	);

	const format = detectImageFormat(head);
	if (!format)
		refuseItem(
			this,
			itemIndex,
			`The file in "${binaryPropertyName}" is not a PNG, JPEG or WebP image`,
			`${fileName || 'The file'} contains ${describeBytes(head)}. Leonardo accepts PNG, JPEG and WebP: convert it first, e.g. with the Edit Image node.`,
		);

	const dimensions = readImageSize(head, format);
	if (!dimensions)
		refuseItem(
			this,
			itemIndex,
			`Could not read the size of the ${format.toUpperCase()} image in "${binaryPropertyName}"`,
			`${fileName || 'The file'} looks like a ${format.toUpperCase()} but its header is damaged or cut short. Re-export the image and try again.`,
		);

	if (dimensions.width > MAX_IMAGE_SIDE || dimensions.height > MAX_IMAGE_SIDE)
		refuseItem(
			this,
			itemIndex,
			`The image in "${binaryPropertyName}" claims ${dimensions.width}×${dimensions.height} pixels`,
			`The node takes images up to ${MAX_IMAGE_SIDE} pixels per side (Leonardo generates at most 1536). If the size is real, resize the image first (Edit Image node → Resize); otherwise its header is damaged.`,
		);

	const warnings: string[] = [];
	const declared = declaredImageFormat(binary.mimeType, fileName);
	if (declared && declared !== format)
		warnings.push(mislabelled(binary, fileName, declared, format));

	const extension = EXTENSION_BY_FORMAT[format];
	const baseName = fileName.replace(/\.[^.]*$/, '') || 'image';
	return {
		size,
		content,
		format,
		extension,
		mimeType: MIME_TYPE_BY_FORMAT[format],
		fileName: `${baseName}.${extension}`,
		dimensions,
		warnings,
	};
}

export interface InputMedia {
	/** Size in bytes. */
	size: number;
	/** The whole file, or (stored by ID) a function that opens it as a stream. */
	content: InputImage['content'];
	/** The extension POST /v1/media takes (`mp4`, `mov`, `mp3`, `wav`), from the bytes. */
	extension: MediaFileType['extension'];
	mimeType: string;
	mediaType: MediaFileType['mediaType'];
	/** The file's name with the extension of its real format. */
	fileName: string;
	/** Things the user should know, e.g. a file labelled MP4 that is really a QuickTime movie. */
	warnings: string[];
	/** A video's length and size, where its index is within the first bytes (helpers/movie.ts). */
	movie?: MovieInfo;
}

/**
 * Leonardo publishes no size limit for media uploads (https://docs.leonardo.ai/reference/uploadmedia);
 * past this a file is a mistake (a wrong field, a whole film) and is refused before any request. An
 * object, so tests can lower it.
 */
export const MEDIA_UPLOAD_LIMIT = { bytes: 1024 * 1024 * 1024 };

/**
 * Reads a video (MP4, MOV) or audio file (MP3, WAV) from an input item's binary property and checks
 * it before any request: present, not empty, within the size cap, really one of the four formats.
 * A file stored by ID is not read whole: its upload streams it.
 */
export async function readInputMedia(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	parameter = 'binaryPropertyName',
): Promise<InputMedia> {
	const { binary, fileName, head, size, content } = await openInputFile.call(
		this,
		itemIndex,
		binaryPropertyName,
		parameter,
		{
			bytes: MEDIA_UPLOAD_LIMIT.bytes,
			hint: 'Models take short clips (most at most 10–15 seconds, FLUX 3 Video under 50 MB): trim or compress it first.',
		},
	);
	const format = detectMediaFile(head);
	if (!format)
		refuseItem(
			this,
			itemIndex,
			`The file in "${binaryPropertyName}" is not an MP4, MOV, MP3 or WAV file`,
			`${fileName || 'The file'} contains ${describeBytes(head)}. Leonardo's media upload takes MP4 and MOV videos and MP3 and WAV audio: convert it first.`,
		);
	const warnings: string[] = [];
	const declared = declaredMediaExtension(binary.mimeType, fileName);
	if (declared && declared !== format.extension)
		warnings.push(mislabelled(binary, fileName, declared, format.extension));
	const baseName =
		fileName.replace(/\.[^.]*$/, '') || (format.mediaType === 'VIDEO' ? 'video' : 'audio');
	return {
		size,
		content,
		extension: format.extension,
		mimeType: format.mimeType,
		mediaType: format.mediaType,
		fileName: `${baseName}.${format.extension}`,
		warnings,
		...(format.mediaType === 'VIDEO' ? { movie: readMovieInfo(head) } : {}),
	};
}

/**
 * Leonardo publishes no size limit for 3D model uploads (SDK `uploadmodelasset.ts`,
 * https://docs.leonardo.ai/docs/3d-texture-generation); as for media, past this a file is a mistake
 * and is refused before any request. An object, so tests can lower it.
 */
export const MODEL_ASSET_UPLOAD_LIMIT = { bytes: 1024 * 1024 * 1024 };

export interface InputModelAsset {
	size: number;
	content: InputImage['content'];
	extension: 'obj';
	mimeType: string;
	/** The file's name with the extension `.obj`. */
	fileName: string;
	warnings: string[];
}

/**
 * Reads a 3D model from an input item's binary property and checks it before any request: present,
 * not empty, within the size cap, really a Wavefront OBJ (the only format Leonardo takes).
 */
export async function readInputModelAsset(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
): Promise<InputModelAsset> {
	const { fileName, head, size, content } = await openInputFile.call(
		this,
		itemIndex,
		binaryPropertyName,
		'binaryPropertyName',
		{ bytes: MODEL_ASSET_UPLOAD_LIMIT.bytes, hint: 'Simplify the mesh or split it first.' },
	);
	if (!isObjModel(head)) {
		const other = other3dFormat(head);
		refuseItem(
			this,
			itemIndex,
			`The file in "${binaryPropertyName}" is not an OBJ 3D model`,
			`${fileName || 'The file'} ${other ? `is ${other}` : `contains ${describeBytes(head)}`}. Leonardo's 3D model upload takes Wavefront OBJ only ("Only 3D models in .OBJ format can be accepted", https://docs.leonardo.ai/docs/3d-texture-generation): export it as OBJ first (e.g. Blender → File → Export → Wavefront (.obj)).`,
		);
	}
	const warnings: string[] = [];
	const extension = fileName.includes('.') ? fileName.toLowerCase().split('.').pop() : undefined;
	if (extension && extension !== 'obj')
		warnings.push(
			`The file is named ${fileName} but its content is an OBJ model; it was uploaded as OBJ.`,
		);
	return {
		size,
		content,
		extension: 'obj',
		// The IANA media type of OBJ files (https://www.iana.org/assignments/media-types/model/obj).
		mimeType: 'model/obj',
		fileName: `${fileName.replace(/\.[^.]*$/, '') || 'model'}.obj`,
		warnings,
	};
}
