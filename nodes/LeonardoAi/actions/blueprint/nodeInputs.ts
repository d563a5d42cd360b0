import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readInputImage } from '../../helpers/binary';
import { checkText, refuseItem } from '../../helpers/parameters';
import { leonardoApiRequest } from '../../transport/leonardoApi';
import { INIT_IMAGE_DESTINATION, uploadInputImage } from '../shared/uploadInputImage';
import type { VersionInput } from './api';

/**
 * A Blueprint run's `input.nodeInputs[]`: `{ nodeId, settingName, value }`, settingName one of
 * text | imageUrl | textVariables, a text variable's value `[{ name, value }]` (SDK 4.21.3
 * `shared/nodeinput.ts`, `shared/textvariable.ts`; https://docs.leonardo.ai/docs/blueprints-guide).
 * An image is a URL hosted by Leonardo ("Image URL Requirements" in the guide): an item's file is
 * uploaded as an init image and sent as the URL GET /init-image/{id} gives it.
 */

const SETTING_NAMES = ['text', 'imageUrl', 'textVariables'] as const;
type SettingName = (typeof SETTING_NAMES)[number];

/** One row of Node Inputs, checked. */
export interface NodeInputRow {
	nodeId: string;
	settingName: SettingName;
	/** A text variable's name. */
	variable?: string;
	/** An image to upload from the item (instead of `value`). */
	binaryPropertyName?: string;
	value: string;
}

const ROWS = 'nodeInputs.input';

function described(input: VersionInput): string {
	const variable = input.variable ? `, variable "${String(input.variable)}"` : '';
	const label = input.label ? `"${String(input.label)}": ` : '';
	return `${label}node ID ${String(input.nodeId)}, setting ${String(input.settingName)}${variable}`;
}

function listOf(inputs: VersionInput[]): string {
	return inputs.length ? inputs.map(described).join('; ') : 'none';
}

/** Reads the Node Inputs rows (nothing sent yet). */
export function readNodeInputRows(this: IExecuteFunctions, itemIndex: number): NodeInputRow[] {
	const raw = this.getNodeParameter(ROWS, itemIndex, []) as IDataObject[] | undefined;
	return (Array.isArray(raw) ? raw : []).map((row, index) => {
		const where = `Node Inputs, input ${index + 1}`;
		const text = (name: string, label: string) =>
			checkText(this, `${where}: ${label}`, row[name] ?? '', itemIndex);
		const nodeId = text('nodeId', 'Node ID').trim();
		const settingName = String(row.settingName ?? 'text') as SettingName;
		if (!nodeId)
			refuseItem(
				this,
				itemIndex,
				`${where}: "Node ID" is empty`,
				'Copy the nodeId of the input from "Blueprint → Get Versions" (json.inputs).',
			);
		if (!SETTING_NAMES.includes(settingName))
			refuseItem(
				this,
				itemIndex,
				`${where}: "Setting Name" is not one of ${SETTING_NAMES.join(', ')}: "${settingName}"`,
				'These are the settings a Blueprint input can have (settingName in json.inputs of "Blueprint → Get Versions").',
			);
		const checked: NodeInputRow = { nodeId, settingName, value: text('value', 'Value') };
		if (settingName === 'textVariables')
			checked.variable = text('variable', 'Variable').trim() || undefined;
		if (settingName === 'imageUrl') {
			const field = text('binaryPropertyName', 'Input Binary Field').trim();
			if (field) checked.binaryPropertyName = field;
			else if (!/^https?:\/\//i.test(checked.value.trim()))
				refuseItem(
					this,
					itemIndex,
					`${where}: an image needs an Input Binary Field or a URL in "Value"`,
					'Name the binary field of the item that holds the image (it is uploaded to Leonardo), or give the URL of an image hosted by Leonardo.',
				);
			else checked.value = checked.value.trim();
		}
		return checked;
	});
}

function sameInput(row: NodeInputRow, input: VersionInput): boolean {
	return (
		input.nodeId === row.nodeId &&
		input.settingName === row.settingName &&
		(row.settingName !== 'textVariables' || !row.variable || input.variable === row.variable)
	);
}

/**
 * Checks the rows against the version's inputs before anything is paid for: each row is an input
 * of the version, and each required input has a row. A text variable left unnamed takes the name
 * the version lists for its node.
 */
export function checkAgainstVersion(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: NodeInputRow[],
	inputs: VersionInput[],
	versionId: string,
): NodeInputRow[] {
	const checked = rows.map((row, index) => {
		const matches = inputs.filter((input) => sameInput(row, input));
		if (!matches.length)
			refuseItem(
				this,
				itemIndex,
				`Node Inputs, input ${index + 1}: version ${versionId} has no input with node ID ${row.nodeId} and setting ${row.settingName}${row.variable ? `, variable "${row.variable}"` : ''}`,
				`The version's inputs: ${listOf(inputs)}.`,
			);
		if (row.settingName === 'textVariables' && !row.variable) {
			const named = matches.filter((input) => typeof input.variable === 'string');
			if (named.length !== 1)
				refuseItem(
					this,
					itemIndex,
					`Node Inputs, input ${index + 1}: name the variable`,
					`Node ${row.nodeId} has ${named.length} text variables: ${listOf(named)}.`,
				);
			return { ...row, variable: String(named[0].variable) };
		}
		return row;
	});
	const missing = inputs.filter(
		(input) => input.required === true && !checked.some((row) => sameInput(row, input)),
	);
	if (missing.length)
		refuseItem(
			this,
			itemIndex,
			`Version ${versionId} needs ${missing.length === 1 ? 'an input' : 'inputs'} not given in Node Inputs`,
			`Missing: ${listOf(missing)}. Add a row for each (node ID, setting name${missing.some((input) => input.variable) ? ', variable' : ''}).`,
		);
	return checked;
}

/** Where a version lists no inputs: the rows go as they are, but a text variable needs its name. */
export function requireVariableNames(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: NodeInputRow[],
): NodeInputRow[] {
	rows.forEach((row, index) => {
		if (row.settingName === 'textVariables' && !row.variable)
			refuseItem(
				this,
				itemIndex,
				`Node Inputs, input ${index + 1}: name the variable`,
				'The version lists no inputs, so the node cannot look its name up: fill in Variable.',
			);
	});
	return rows;
}

/** Checks each image the rows upload from the item (format, size) before anything is sent. */
export async function checkRowImages(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: NodeInputRow[],
): Promise<void> {
	for (const row of rows)
		if (row.binaryPropertyName)
			await readInputImage.call(
				this,
				itemIndex,
				row.binaryPropertyName,
				`${ROWS}.binaryPropertyName`,
			);
}

/** The wire `nodeInputs`, text variables of one node gathered into one input. */
export function wireNodeInputs(rows: NodeInputRow[]): IDataObject[] {
	const wire: IDataObject[] = [];
	for (const row of rows) {
		if (row.settingName !== 'textVariables') {
			wire.push({ nodeId: row.nodeId, settingName: row.settingName, value: row.value });
			continue;
		}
		const variable = { name: row.variable ?? '', value: row.value };
		const same = wire.find(
			(input) => input.nodeId === row.nodeId && input.settingName === 'textVariables',
		);
		if (same) (same.value as IDataObject[]).push(variable);
		else wire.push({ nodeId: row.nodeId, settingName: 'textVariables', value: [variable] });
	}
	return wire;
}

/**
 * Uploads each image row's file as an init image and returns the rows with its Leonardo URL
 * (GET /init-image/{id}: `init_images_by_pk.url`, https://docs.leonardo.ai/reference/getinitimagebyid),
 * and the init images' IDs.
 */
export async function uploadRowImages(
	this: IExecuteFunctions,
	itemIndex: number,
	rows: NodeInputRow[],
): Promise<{ rows: NodeInputRow[]; initImageIds: string[] }> {
	const initImageIds: string[] = [];
	const uploaded: NodeInputRow[] = [];
	for (const row of rows) {
		if (!row.binaryPropertyName) {
			uploaded.push(row);
			continue;
		}
		const { target } = await uploadInputImage.call(
			this,
			itemIndex,
			row.binaryPropertyName,
			INIT_IMAGE_DESTINATION,
			`${ROWS}.binaryPropertyName`,
		);
		initImageIds.push(target.id);
		const answer = await leonardoApiRequest.call(this, {
			method: 'GET',
			path: `/init-image/${encodeURIComponent(target.id)}`,
			itemIndex,
		});
		const url = (answer.init_images_by_pk as IDataObject | null | undefined)?.url;
		if (typeof url !== 'string' || !url)
			refuseItem(
				this,
				itemIndex,
				`Leonardo gave no URL for the uploaded image ${target.id}`,
				'The Blueprint was not started. Run the item again; if it keeps happening, the upload did not reach Leonardo.',
			);
		uploaded.push({ ...row, value: url });
	}
	return { rows: uploaded, initImageIds };
}
