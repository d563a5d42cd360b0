/** Reading a node's output out of the execution JSON `n8n execute --rawOutput` prints. */

export interface RunItem {
	json: Record<string, unknown>;
	binary?: Record<string, { mimeType: string; fileName?: string; id?: string }>;
}

export interface Execution {
	data: { resultData: { runData: Record<string, Array<{ data: { main: RunItem[][] } }>> } };
}

/** The items a node output on its first run, first output. */
export function nodeOutput(execution: Execution, node: string): RunItem[] {
	return execution.data.resultData.runData[node][0].data.main[0];
}
