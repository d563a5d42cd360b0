import type { IExecuteFunctions } from 'n8n-workflow';

import { checkId, checkText } from './parameters';

/** Comma-separated text ("data, side, back") → its trimmed parts, empty ones skipped. */
export function splitList(text: string): string[] {
	return text
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean);
}

/** Comma-separated Leonardo IDs (empty entries skipped), each checked as a Leonardo ID. */
export function checkIdList(
	context: IExecuteFunctions,
	label: string,
	value: unknown,
	itemIndex: number,
	whereFrom: string,
): string[] {
	return splitList(checkText(context, label, value, itemIndex)).map((id) =>
		checkId(context, label, id, itemIndex, whereFrom),
	);
}
