import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readOptionValues, readPublicOption, refuseItem } from '../../helpers/parameters';
import { leonardoJobRequest } from '../../transport/leonardoApi';
import { waitForCompletionParameter } from '../shared/common.descriptions';
import { readBlueprintId } from '../shared/ids';
import type { Job } from '../shared/job';
import { howToCheck, readJobSettings, runJob } from '../shared/job';
import type { ImageDelivery } from '../generation/output';
import { imageDelivery } from '../generation/output';
import type { BlueprintVersion } from './api';
import { getBlueprintVersions, getExecution, versionInputs, versionsNewestFirst } from './api';
import {
	blueprintId,
	blueprintVersionId,
	downloadImagesParameter,
	executeOptions,
	nodeInputs,
} from './descriptions';
import type { NodeInputRow } from './nodeInputs';
import {
	checkAgainstVersion,
	checkRowImages,
	readNodeInputRows,
	requireVariableNames,
	uploadRowImages,
	wireNodeInputs,
} from './nodeInputs';
import { executionOutput, failedReasons } from './output';

const properties: INodeProperties[] = [
	blueprintId,
	blueprintVersionId,
	nodeInputs,
	waitForCompletionParameter,
	{ ...downloadImagesParameter, displayOptions: { show: { waitForCompletion: [true] } } },
	executeOptions,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['blueprint'], operation: ['execute'] } },
	properties,
);

interface ExecuteRequest {
	blueprintId: string;
	version: BlueprintVersion;
	rows: NodeInputRow[];
	public: boolean;
	images: ImageDelivery;
	settings: ReturnType<typeof readJobSettings>;
}

/**
 * Reads the item and the Blueprint's versions (the run's version, its inputs and its listed cost),
 * and checks the inputs and images against the version: a mistake costs nothing.
 */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<ExecuteRequest> {
	const id = readBlueprintId.call(this, itemIndex);
	const wanted = String(this.getNodeParameter('blueprintVersionId', itemIndex, '') ?? '').trim();
	const options = readOptionValues.call(this, itemIndex);
	const rows = readNodeInputRows.call(this, itemIndex);
	const versions = await getBlueprintVersions.call(this, id, itemIndex);
	const version = wanted
		? versions.find((candidate) => candidate.akUUID === wanted)
		: versionsNewestFirst(versions)[0];
	if (!version)
		refuseItem(
			this,
			itemIndex,
			wanted
				? `Blueprint ${id} has no version ${wanted}`
				: `Blueprint ${id} has no version Leonardo lists`,
			versions.length
				? `Its versions: ${versions.map((candidate) => candidate.akUUID).join(', ')}.`
				: 'Check the Blueprint ID: "Blueprint → Get Versions" lists what can run.',
		);
	const executability = version.executability as IDataObject | undefined;
	if (executability?.isExecutable === false)
		refuseItem(
			this,
			itemIndex,
			`Version ${version.akUUID} of Blueprint ${id} cannot run now`,
			`Leonardo says: ${JSON.stringify(executability.reasons ?? [])}.`,
		);
	const inputs = versionInputs(version);
	const checked = inputs
		? checkAgainstVersion.call(this, itemIndex, rows, inputs, version.akUUID)
		: requireVariableNames.call(this, itemIndex, rows);
	await checkRowImages.call(this, itemIndex, checked);
	const settings = readJobSettings.call(this, itemIndex, options, 'downloadImages');
	return {
		blueprintId: id,
		version,
		rows: checked,
		public: readPublicOption.call(this, options, itemIndex),
		images: imageDelivery(settings.download, options),
		settings,
	};
}

/** A version's `cost` (the guide's "Cost Planning": check it before executing) when it is a whole number of credits. */
function listedCost(version: BlueprintVersion): number | undefined {
	const cost = version.cost;
	return typeof cost === 'number' && Number.isInteger(cost) && cost > 0 ? cost : undefined;
}

/** Leonardo's execution status as the job lifecycle reads it: COMPLETED → COMPLETE; PENDING and QUEUED → PENDING. */
const JOB_STATUS: Record<string, string> = {
	COMPLETED: 'COMPLETE',
	FAILED: 'FAILED',
};

function blueprintJob(this: IExecuteFunctions, itemIndex: number, request: ExecuteRequest): Job {
	const versionId = request.version.akUUID;
	const cost = listedCost(request.version);
	let rows = request.rows;
	const fields: IDataObject = {
		blueprintId: request.blueprintId,
		blueprintVersionId: versionId,
		listedCost: cost ?? null,
	};
	// The POST body (https://docs.leonardo.ai/reference/executeblueprint; SDK `executeblueprint.ts`):
	// `collectionIds` (optional) is not sent.
	const body = () => ({
		blueprintVersionId: versionId,
		input: { nodeInputs: wireNodeInputs(rows), public: request.public },
	});
	return {
		kind: 'blueprintExecution',
		requestKey: `/blueprint-executions ${JSON.stringify(body())}`,
		pricing: {
			listed: cost,
			sameCostKey: `/blueprint-executions ${versionId}`,
			what: `Blueprint version ${versionId}`,
		},
		beforeStart: async () => {
			const uploaded = await uploadRowImages.call(this, itemIndex, rows);
			rows = uploaded.rows;
			if (uploaded.initImageIds.length) fields.initImageIds = uploaded.initImageIds;
		},
		start: async () => {
			const { id } = await leonardoJobRequest.call(
				this,
				{ method: 'POST', path: '/blueprint-executions', body: body(), itemIndex },
				{
					kind: 'Blueprint execution',
					idOf: (answer) => (answer.executeBlueprint as IDataObject | undefined)?.akUUID,
					howToCheck: howToCheck('blueprintExecution'),
					refusesWithErrorList: true,
				},
			);
			return { id, fields: { ...fields } };
		},
		read: async (id, deadline) => {
			const execution = await getExecution.call(this, id, itemIndex, deadline);
			const status = JOB_STATUS[String(execution.status)] ?? 'PENDING';
			if (status === 'FAILED') {
				const reasons = await failedReasons.call(this, id, itemIndex);
				throw new NodeOperationError(
					this.getNode(),
					`Blueprint execution ${id} failed at Leonardo`,
					{
						itemIndex,
						description: reasons
							? `Leonardo says: ${reasons}`
							: 'Leonardo gives no reason. Check the inputs (an image must be hosted by Leonardo) and try again.',
					},
				);
			}
			return { ...execution, status };
		},
		pending: (id, started) => ({ blueprintExecutionId: id, status: 'PENDING', ...started }),
		finished: async (id, _execution, started) =>
			await executionOutput.call(this, id, started, itemIndex, request.images),
		failedHint: '',
	};
}

/** Runs one Blueprint version for the item: its images uploaded, started once, waited for, downloaded. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	prepared?: ExecuteRequest,
): Promise<INodeExecutionData[]> {
	const request = prepared ?? (await prepare.call(this, itemIndex));
	return await runJob.call(
		this,
		itemIndex,
		blueprintJob.call(this, itemIndex, request),
		request.settings,
	);
}
