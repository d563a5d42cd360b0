import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getGeneration } from '../generation/api';
import type { ImageDelivery } from '../generation/output';
import { generationJson, imagesOutput } from '../generation/output';
import { getExecutionGenerations } from './api';

/**
 * A finished Blueprint run: its generations (GET /blueprint-executions/{id}/generations), each read
 * with GET /generations/{id} for its images, as the guide's last step does
 * (https://docs.leonardo.ai/docs/blueprints-guide, "Retrieve Output Assets"). A generation that did
 * not complete (`status` FAILED, with `failedReason`: SDK `shared/blueprintexecutiongeneration.ts`)
 * is listed with its reason and has no images.
 */
export async function executionOutput(
	this: IExecuteFunctions,
	executionId: string,
	fields: IDataObject,
	itemIndex: number,
	delivery: ImageDelivery,
): Promise<INodeExecutionData[]> {
	const listed = await getExecutionGenerations.call(this, executionId, itemIndex);
	const generations: IDataObject[] = await Promise.all(
		listed.map(async (entry) => {
			const generationId = String(entry.generationId ?? '');
			const base = { generationId, status: entry.status, failedReason: entry.failedReason ?? null };
			if (entry.status !== 'COMPLETED' || !generationId) return { ...base, images: [] };
			const generation = await getGeneration.call(this, generationId, itemIndex);
			return generation
				? { ...base, ...generationJson(generation), failedReason: base.failedReason }
				: { ...base, images: [] };
		}),
	);
	const images = generations.flatMap((generation) =>
		((generation.images as IDataObject[] | undefined) ?? []).map((image) => ({
			...image,
			generationId: generation.generationId,
		})),
	);
	const json: IDataObject = {
		blueprintExecutionId: executionId,
		status: 'COMPLETED',
		...fields,
		generationIds: generations.map((generation) => generation.generationId),
		generations,
		images,
	};
	return await imagesOutput.call(this, json, images, executionId, itemIndex, delivery);
}

/** What a failed run's generations say went wrong (their `failedReason.message`), or '' when nothing. */
export async function failedReasons(
	this: IExecuteFunctions,
	executionId: string,
	itemIndex: number,
): Promise<string> {
	const generations = await getExecutionGenerations
		.call(this, executionId, itemIndex)
		.catch(() => [] as IDataObject[]);
	const messages = generations
		.map((generation) => (generation.failedReason as IDataObject | null | undefined)?.message)
		.filter((message): message is string => typeof message === 'string' && !!message);
	return [...new Set(messages)].join('; ');
}
