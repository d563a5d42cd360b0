import type { NodeContext } from '../helpers/context';
import type { ExpectedFile } from '../helpers/fileTypes';
import { downloadError } from './downloadLimits';
import { hostOf } from './outbound';

/** Enough bytes to tell PNG, JPEG, WebP, MP4, MP3, WAV and GLB apart. */
export const SNIFF_BYTES = 32;

/**
 * The error for a download whose first bytes are not the expected kind of file, whatever the
 * server's Content-Type claimed: it says what came instead (nothing, an HTML or XML page, another file).
 */
export function wrongContentError(
	context: NodeContext,
	url: string,
	itemIndex: number,
	expected: ExpectedFile,
	first: Buffer,
) {
	const what =
		first.length === 0
			? 'is empty'
			: /^\s*</.test(first.subarray(0, 16).toString('latin1'))
				? `is HTML or XML text, not ${expected.noun}`
				: `is not ${expected.description}`;
	return downloadError(
		context,
		itemIndex,
		`The file downloaded from ${hostOf(url)} ${what}`,
		`Nothing was stored as binary data. Turn off "${expected.toggle}" to get the URLs only, or fetch the result again later with the matching "Get" operation.`,
	);
}
