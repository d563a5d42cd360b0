import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { IMAGE_FILE } from '../../helpers/fileTypes';
import { readOptionValues } from '../../helpers/parameters';
import { isToolMode } from '../../helpers/toolMode';
import type { CreditBudget } from '../shared/budget';
import { readCreditBudget } from '../shared/budget';
import { downloadResult, runJob } from '../shared/job';
import type { Transfer } from './removeBgBody';
import { fileTransfer, removeBgBody } from './removeBgBody';
import { outputFormatParameter, removeBgOptions } from './removeBgDescriptions';
import { readRemoveBgParameters } from './removeBgParameters';
import type { ImageSource } from './source';
import {
	imageBytes,
	readImageSource,
	sourceParameters,
	sourceUpload,
	withImageReference,
} from './source';
import type { SyncResult } from './syncJob';
import { syncGenerationJob } from './syncJob';

/** Image → Remove Background: Leonardo's `remove-bg` model on the sync endpoint (removeBgDescriptions.ts). */

const properties: INodeProperties[] = [
	...sourceParameters('cut out'),
	outputFormatParameter,
	removeBgOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['image'], operation: ['removeBackground'] } },
	properties,
);

interface RemoveBackgroundRequest {
	source: ImageSource;
	transfer: Transfer;
	/** The body, its image reference still to be filled in for a binary source. */
	body: IDataObject;
	warnings: string[];
	input?: IDataObject;
	budget?: CreditBudget;
}

/** Checks the item (the image from its bytes, every option) with no request: every item before any job. */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<RemoveBackgroundRequest> {
	const source = await readImageSource.call(this, itemIndex);
	const options = readOptionValues.call(this, itemIndex);
	const { parameters, warnings } = readRemoveBgParameters.call(this, itemIndex, options);
	let transfer: Transfer = 'id';
	let input: IDataObject | undefined;
	if (source.kind === 'binary') {
		({ transfer, input } = fileTransfer.call(this, itemIndex, source));
		warnings.unshift(...source.image.warnings);
	}
	return {
		source,
		transfer,
		body: removeBgBody.call(this, itemIndex, source, parameters, options),
		warnings,
		input,
		budget: readCreditBudget.call(this, options, itemIndex),
	};
}

const MIME_BY_FORMAT: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
};

/**
 * The item's image cut out: inline (BASE64) or uploaded (UPLOADED, once Max Credits let the job
 * start) or by ID; one sync POST (at most once per execution, see syncJob.ts); the result URL
 * downloaded into binary "image", checked by its first bytes.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: RemoveBackgroundRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	const { source, warnings } = request;
	let body = request.body;
	const extra: IDataObject = {};
	if (request.input) extra.input = request.input;
	if (warnings.length) extra.warnings = warnings;
	if (source.kind === 'binary' && request.transfer === 'inline') {
		// Raw base64, no data: prefix (https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai).
		const image = await readInputImage.call(this, itemIndex, source.binaryPropertyName);
		const data = (await imageBytes(image)).toString('base64');
		body = withImageReference(body, { type: 'BASE64', data });
	} else if (source.kind === 'binary') {
		body = withImageReference(body, { id: '', type: 'UPLOADED' });
	}
	const format = String((body.parameters as IDataObject).format);
	const job = syncGenerationJob.call(this, itemIndex, {
		body,
		what: 'background removals (remove-bg)',
		extra,
		upload:
			source.kind === 'binary' && request.transfer === 'upload'
				? sourceUpload.call(this, itemIndex, source.binaryPropertyName, body)
				: undefined,
		output: async (id, result, fields) =>
			await output.call(this, itemIndex, id, result, fields, format),
	});
	return await runJob.call(this, itemIndex, job, {
		waitForCompletion: true,
		timeoutSeconds: 0,
		budget: request.budget,
	});
}

async function output(
	this: IExecuteFunctions,
	itemIndex: number,
	id: string,
	result: SyncResult,
	fields: IDataObject,
	format: string,
): Promise<INodeExecutionData[]> {
	if (!result.url) {
		const blocked = result.blockedCount > 0 || result.resultCount === 0;
		throw new NodeOperationError(
			this.getNode(),
			blocked
				? `Leonardo's content moderation withheld the cut-out (blockedCount ${result.blockedCount})`
				: 'Leonardo answered the background removal without an image URL',
			{
				itemIndex,
				description: blocked
					? `Leonardo returns only results that pass its moderation (https://docs.leonardo.ai/docs/remove-bg), and this one did not (generation ${id}). The call may still have been charged (cost: ${JSON.stringify(fields.cost ?? null)}). Try another image.`
					: `Generation ${id}. Leonardo's answer: ${result.answer ?? '(empty)'}.`,
			},
		);
	}
	// An agent gets the cut-out's URL instead of the file: n8n passes a tool's json only.
	if (isToolMode(this))
		return [
			{
				json: {
					id,
					generationId: id,
					status: 'COMPLETE',
					...fields,
					url: result.url,
					width: result.width ?? null,
					height: result.height ?? null,
				},
				pairedItem: { item: itemIndex },
			},
		];
	const image = await downloadResult.call(this, result.url, `${id}_nobg`, itemIndex, IMAGE_FILE);
	const json: IDataObject = {
		id,
		generationId: id,
		status: 'COMPLETE',
		...fields,
		width: result.width ?? null,
		height: result.height ?? null,
		contentType: result.contentType ?? image.mimeType,
		blockedCount: result.blockedCount,
	};
	// The file is told by its bytes (downloadResult); the format asked for should be what came.
	if (image.mimeType !== MIME_BY_FORMAT[format])
		json.warnings = [
			...((json.warnings as string[] | undefined) ?? []),
			`Output Format ${format.toUpperCase()} was asked for, but Leonardo sent ${image.mimeType}.`,
		];
	return [{ json, binary: { image }, pairedItem: { item: itemIndex } }];
}
