import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

import { leonardoApiRequest } from '../../transport/leonardoApi';
import { ensureFound } from '../shared/byId';

/**
 * Leonardo's Blueprint endpoints (https://docs.leonardo.ai/docs/blueprints-guide; SDK 4.21.3
 * `sdk/blueprints.ts`). Their errors may come as HTTP 200 with a list of errors (the SDK's 200 answer
 * is `SuccessResponse | Array<ApiError>`): leonardoApiRequest turns such a list into the node's error.
 */

/** A version of a Blueprint as GET /blueprints/{id}/versions lists it (`edges[].node`). */
export interface BlueprintVersion extends IDataObject {
	akUUID: string;
}

/** One of a version's inputs (`uiMetadata.inputs[]`, the guide's example: type, label, nodeId, required, settingName, variable). */
export interface VersionInput extends IDataObject {
	nodeId?: string;
	settingName?: string;
	variable?: string;
	label?: string;
	required?: boolean;
}

/** GET /blueprints/{id} (https://docs.leonardo.ai/reference/getblueprintbyid): `{ blueprint }`. */
export async function getBlueprint(
	this: IExecuteFunctions,
	id: string,
	itemIndex: number,
): Promise<IDataObject> {
	const answer = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/blueprints/${encodeURIComponent(id)}`,
		itemIndex,
	});
	return ensureFound.call(this, answer.blueprint, 'Blueprint', id, itemIndex);
}

/**
 * GET /blueprints/{id}/versions (https://docs.leonardo.ai/reference/getblueprintversionsbyblueprintid):
 * `{ blueprintVersions: { edges: [{ cursor, node }], totalCount, pageInfo } }`; the request takes no
 * paging parameters (SDK `getblueprintversionsbyblueprintid.ts`), so one answer holds them all.
 */
export async function getBlueprintVersions(
	this: IExecuteFunctions | ILoadOptionsFunctions,
	id: string,
	itemIndex?: number,
): Promise<BlueprintVersion[]> {
	const answer = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/blueprints/${encodeURIComponent(id)}/versions`,
		itemIndex,
	});
	const edges = (answer.blueprintVersions as IDataObject | undefined)?.edges;
	return (Array.isArray(edges) ? (edges as IDataObject[]) : [])
		.map((edge) => edge?.node as BlueprintVersion | undefined)
		.filter((node): node is BlueprintVersion => !!node && typeof node.akUUID === 'string');
}

/** Newest first, by `createdAt` (the answer's order is not documented). */
export function versionsNewestFirst(versions: BlueprintVersion[]): BlueprintVersion[] {
	return [...versions].sort((a, b) =>
		String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')),
	);
}

/** A version's inputs (`uiMetadata.inputs`); undefined when the version does not list them. */
export function versionInputs(version: BlueprintVersion): VersionInput[] | undefined {
	const inputs = (version.uiMetadata as IDataObject | undefined)?.inputs;
	return Array.isArray(inputs) ? (inputs as VersionInput[]) : undefined;
}

/** GET /blueprint-executions/{id} (https://docs.leonardo.ai/reference/getblueprintexecution): `{ blueprintExecution }`. */
export async function getExecution(
	this: IExecuteFunctions,
	id: string,
	itemIndex: number,
	deadline?: number,
): Promise<IDataObject> {
	const answer = await leonardoApiRequest.call(this, {
		method: 'GET',
		path: `/blueprint-executions/${encodeURIComponent(id)}`,
		itemIndex,
		deadline,
	});
	return ensureFound.call(this, answer.blueprintExecution, 'Blueprint execution', id, itemIndex);
}

/** The most a page of an execution's generations may hold (`first`: 1 to 100). */
const GENERATIONS_PAGE = 100;

/**
 * Every generation of an execution (`edges[].node`: akUUID, status, generationId, failedReason),
 * page by page with `first` and `after` (https://docs.leonardo.ai/reference/getblueprintexecutiongenerations).
 */
export async function getExecutionGenerations(
	this: IExecuteFunctions,
	id: string,
	itemIndex: number,
): Promise<IDataObject[]> {
	const generations: IDataObject[] = [];
	let after: string | undefined;
	for (;;) {
		const qs: IDataObject = { first: GENERATIONS_PAGE };
		if (after) qs.after = after;
		const answer = await leonardoApiRequest.call(this, {
			method: 'GET',
			path: `/blueprint-executions/${encodeURIComponent(id)}/generations`,
			qs,
			itemIndex,
		});
		const page = (answer.blueprintExecutionGenerations ?? {}) as IDataObject;
		const edges = Array.isArray(page.edges) ? (page.edges as IDataObject[]) : [];
		for (const edge of edges) if (edge?.node) generations.push(edge.node as IDataObject);
		const info = (page.pageInfo ?? {}) as IDataObject;
		const next = typeof info.endCursor === 'string' ? info.endCursor : undefined;
		if (info.hasNextPage !== true || !edges.length || !next || next === after) return generations;
		after = next;
	}
}
