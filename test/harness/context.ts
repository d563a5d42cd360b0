import { readFileSync } from 'fs';
import { join } from 'path';

import { startSandbox } from '../sandbox';
import { binaryItem, runWorkflow } from './runWorkflow';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name));

export const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

/** An input item holding a fixture file, labelled by its extension unless told otherwise. */
export function fileItem(name: string, label: { mimeType?: string; fileName?: string; property?: string } = {}) {
	return binaryItem(fixture(name), {
		fileName: label.fileName ?? name,
		mimeType: label.mimeType ?? MIME[name.split('.').pop() as string],
		property: label.property,
	});
}

/** Starts one sandbox for the test file and resets its logs before each test. */
export function useSandbox(options: Parameters<typeof startSandbox>[0] = {}) {
	const context = { sandbox: undefined as unknown as Sandbox };
	beforeAll(async () => {
		context.sandbox = await startSandbox({ generationDelayMs: 200, ...options });
	});
	afterAll(async () => await context.sandbox.close());
	beforeEach(() => context.sandbox.reset());
	afterEach(() => expect(context.sandbox.keyLeaks).toEqual([]));
	return context;
}

type Node = { name?: string; parameters: Record<string, unknown>; continueOnFail?: boolean };

/** Runs a chain of Leonardo AI nodes against the sandbox with a valid (or a given) API key. */
export async function run(sandbox: Sandbox, nodes: Node[], input: unknown[] = [{ json: {} }], apiKey = sandbox.apiKey) {
	const result = await runWorkflow({ nodes, input, credentials: { apiKey, baseUrl: sandbox.apiUrl } });
	// The key must never reach an output or an error, whatever happened.
	expect(JSON.stringify(result.raw.data)).not.toContain(apiKey);
	return result;
}
